using System.Text;
using Converter.Model;

namespace Converter.Tests.Support;

/// <summary>
/// A compact, human-checkable rendering of a document's structure (the format of documents/*.expected.txt):
/// one node per line, two spaces of indentation per depth, clause texts cut to 12 code points.
/// </summary>
public static class Outline
{
    public static string Render(Document d)
    {
        var sb = new StringBuilder();
        sb.Append("language: ").Append(d.Metadata.Language).Append('\n');
        foreach (var (part, paragraph) in d.Heading.InReadingOrder())
            sb.Append(part switch
            {
                HeadingPart.StatusNote => "status: ",
                HeadingPart.Title => "title: ",
                HeadingPart.DocumentNumber => "number: ",
                _ => "subtitle: ",
            }).Append(paragraph.Text).Append('\n');
        if (d.Contents is { } contents) sb.Append("contents: ").Append(contents.Entries.Length).Append(" entries\n");
        foreach (var p in d.Preamble) sb.Append("preamble: ").Append(Prefix(p.Text)).Append('\n');
        foreach (var c in d.Clauses) Clause(sb, c, 0);
        foreach (var sec in d.Sections) Section(sb, sec, 0);
        foreach (var p in d.Closing) sb.Append("closing: ").Append(Prefix(p.Text)).Append('\n');
        foreach (var r in d.RemovedLines) sb.Append("removed ").Append(KindName(r.Kind)).Append(' ').Append(r.Line).Append('\n');
        return sb.ToString();
    }

    private static void Section(StringBuilder sb, Section s, int depth)
    {
        sb.Append(' ', depth * 2).Append("section ").Append(s.Number ?? "-").Append(" | ").Append(s.Title).Append('\n');
        foreach (var c in s.Clauses) Clause(sb, c, depth + 1);
        foreach (var child in s.Sections) Section(sb, child, depth + 1);
    }

    private static void Clause(StringBuilder sb, Clause c, int depth)
    {
        sb.Append(' ', depth * 2).Append("clause ").Append(c.Number ?? "-");
        if (c.Caption is { } cap) sb.Append(" [").Append(cap).Append(']');
        sb.Append(" | ").Append(Prefix(c.Text)).Append('\n');
        foreach (var item in c.Items) Clause(sb, item, depth + 1);
    }

    private static string Prefix(string text)
    {
        var runes = text.EnumerateRunes().Take(12);
        var sb = new StringBuilder();
        foreach (var r in runes) sb.Append(r.ToString());
        return sb.ToString();
    }

    private static string KindName(RemovedLineKind k) => k switch
    {
        RemovedLineKind.PageNumber => "pageNumber",
        RemovedLineKind.RunningHeader => "runningHeader",
        RemovedLineKind.Separator => "separator",
        _ => "endMarker",
    };
}
