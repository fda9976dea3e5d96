using Converter.Corpus.Truth;

namespace Converter.Corpus.Rendering;

/// <summary>
/// Lays out a Japanese law as e-Gov's text view shows it: title, law number in parentheses, 制定文, 目次
/// with indented entries, division headings indented with ideographic spaces by rank, captions on their
/// own line, <c>第一条　本文</c>, paragraphs <c>２　…</c>, items <c>一　…</c> and subitems indented one step
/// per level, <c>附　則　（…）　抄</c>, appended tables row by row.
/// </summary>
public static class EGovRenderer
{
    // e-Gov indents headings by rank: 編 two ideographic spaces, 章 three, 節 four, 款 five, 目 six; 附則 as a chapter.
    private static int HeadingIndent(string? kind) => kind switch
    {
        "Part" => 2,
        "Chapter" => 3,
        "Section" => 4,
        "Subsection" => 5,
        "Division" => 6,
        "SupplementaryProvision" => 3,
        _ => 0,
    };

    /// <summary>The blocks of the document in reading order.</summary>
    public static IEnumerable<Block> Blocks(TruthDocument doc)
    {
        foreach (var line in doc.HeadingLines) yield return new Block(line.Text);
        foreach (var p in doc.Preamble) yield return new Block(p, 1, 0, Gap: true);
        if (doc.Contents is { } toc)
        {
            yield return new Block(toc.Label ?? "目次", 0, 0, Gap: true);
            foreach (var entry in toc.Entries)
                yield return new Block((entry.Number is null ? "" : entry.Number + entry.Separator) + entry.Text, entry.Level, entry.Level + 1);
        }
        foreach (var node in doc.Body)
            foreach (var b in Node(node, 0)) yield return b;
    }

    private static IEnumerable<Block> Node(TruthNode node, int itemDepth)
    {
        switch (node.Type)
        {
            case TruthNodeType.Division:
            {
                var heading = node.Kind == "SupplementaryProvision"
                    ? node.Title + (node.AmendLawNumber is { } amend ? "\u3000" + amend : "")
                    : (node.Number is null ? "" : node.Number + "\u3000") + node.Title;
                yield return new Block(heading, HeadingIndent(node.Kind), HeadingIndent(node.Kind), Gap: true);
                foreach (var child in node.Children)
                    foreach (var b in Node(child, 0)) yield return b;
                break;
            }
            case TruthNodeType.Provision:
                foreach (var b in Provision(node, itemDepth)) yield return b;
                break;
            default:
                yield return new Block(node.Text, itemDepth + 1, itemDepth + 1);
                break;
        }
    }

    private static IEnumerable<Block> Provision(TruthNode node, int itemDepth)
    {
        if (node.Title is { } caption) yield return new Block(caption, 1, 1);
        var children = node.Children;
        var text = node.Text;
        var isItem = node.Kind is "Item" or "Subitem";
        var indent = isItem ? itemDepth : 0;
        if (node.Number is null) indent = Math.Max(indent, 1); // an unnumbered paragraph starts one step in
        var line = node.Number is null ? text : node.Number + "\u3000" + text;
        yield return new Block(line, indent, isItem ? indent + 1 : 1);
        var childDepth = isItem ? itemDepth + 1 : 1;
        foreach (var child in children)
            foreach (var b in Node(child, child.Kind is "Item" or "Subitem" ? childDepth : 0)) yield return b;
    }
}
