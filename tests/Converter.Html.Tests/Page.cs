using System.Text;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Converter.Model;

namespace Converter.Html.Tests;

/// <summary>One document written as HTML: the bytes, AngleSharp's reading of them with its parse errors, and the writer's diagnostics.</summary>
internal sealed record Page(Document Document, byte[] Bytes, IHtmlDocument Dom, IReadOnlyList<string> ParseErrors, IReadOnlyList<Diagnostic> Diagnostics)
{
    public static Page Emit(Document document, ConverterOptions? options = null)
    {
        using var stream = new MemoryStream();
        var diagnostics = new HtmlEmitter().Write(document, stream, options ?? ConverterOptions.Default);
        var bytes = stream.ToArray();
        var errors = new List<string>();
        var parser = new HtmlParser(new HtmlParserOptions { IsNotConsumingCharacterReferences = false });
        parser.Error += (_, e) => errors.Add(e is AngleSharp.Html.Dom.Events.HtmlErrorEvent h ? $"{h.Position.Line}:{h.Position.Column}: {h.Message}" : e.ToString() ?? "");
        var dom = parser.ParseDocument(Encoding.UTF8.GetString(bytes));
        return new Page(document, bytes, dom, errors, diagnostics);
    }

    /// <summary>Writes the page to a file in <paramref name="folder"/> for the browser.</summary>
    public string SaveIn(string folder, string name)
    {
        var path = Path.Combine(folder, name + ".html");
        File.WriteAllBytes(path, Bytes);
        return path;
    }
}

/// <summary>
/// What a page must show, worked out from the model alone (not from the writer): the text in reading order with the
/// characters an HTML page cannot carry as U+FFFD, and the heading outline.
/// </summary>
internal static class Expected
{
    public static string Text(Document document)
    {
        var sb = new StringBuilder();
        foreach (var piece in ReadingOrder.Pieces(document)) Append(sb, piece.Text);
        return sb.ToString();
    }

    /// <summary>Non-white-space characters, after the HTML input-stream rule (controls, noncharacters and lone surrogates → U+FFFD).</summary>
    public static void Append(StringBuilder sb, string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            int scalar;
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                scalar = char.ConvertToUtf32(text[i], text[++i]);
            else
                scalar = text[i];
            var bad = scalar is >= 0xD800 and <= 0xDFFF
                      || (scalar < 0x20 && scalar is not ('\t' or '\n' or '\r' or '\f'))
                      || scalar is >= 0x7F and <= 0x9F
                      || scalar is >= 0xFDD0 and <= 0xFDEF
                      || (scalar & 0xFFFE) == 0xFFFE;
            var s = bad ? "\uFFFD" : char.ConvertFromUtf32(scalar);
            if (!string.IsNullOrWhiteSpace(s)) sb.Append(s);
        }
    }

    public static string NonWhitespace(string text) => new([.. text.Where(c => !char.IsWhiteSpace(c))]);

    /// <summary>
    /// The outline: the title at level 1; each section one level below the heading it stands under, showing number,
    /// title and amending-law number; a clause with a caption or a heading one level below, showing the caption, or
    /// else number and heading; a table of contents' title one level below. Levels stop at 6.
    /// </summary>
    public static List<(int Level, string Text)> Outline(Document document)
    {
        var outline = new List<(int, string)> { (1, Clean(document.Heading.Title.Text)) };
        foreach (var part in document.FrontMatter())
            if (part.Contents?.Title is { } title) outline.Add((2, Clean(title.Text)));
        foreach (var c in document.Clauses) Clause(c, 1);
        foreach (var s in document.Sections) Section(s, 1);
        return outline;

        void Section(Section s, int outer)
        {
            var level = Math.Min(6, outer + 1);
            outline.Add((level, Clean((s.Number ?? "") + s.Title + (s.AmendLawNumber ?? ""))));
            foreach (var c in s.Clauses) Clause(c, level);
            foreach (var child in s.Sections) Section(child, level);
        }

        void Clause(Clause c, int outer)
        {
            var level = outer;
            if (c.Caption is not null || c.Heading is not null)
            {
                level = Math.Min(6, outer + 1);
                outline.Add((level, Clean(c.Caption ?? (c.Number ?? "") + c.Heading)));
            }
            if (c.Contents?.Title is { } title) outline.Add((Math.Min(6, level + 1), Clean(title.Text)));
            foreach (var item in c.Items) Clause(item, level);
        }

        static string Clean(string text)
        {
            var sb = new StringBuilder();
            Append(sb, text);
            return sb.ToString();
        }
    }
}
