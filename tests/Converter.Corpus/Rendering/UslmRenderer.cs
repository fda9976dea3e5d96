using Converter.Corpus.Sources;
using Converter.Corpus.Truth;

namespace Converter.Corpus.Rendering;

/// <summary>
/// Lays out US legislation as printed: heading block, <c>An Act</c> / <c>A BILL</c> and long title, enacting
/// formula, <c>TITLE I—GENERAL PROVISIONS</c>, <c>SEC. 2. SHORT TITLE.</c> on its own line with the text below,
/// <c>(a) IN GENERAL.—The …</c> run in, one step of indent per level, quoted content as indented lines,
/// a table of contents as <c>Sec. 1. Short title.</c> lines, the approval line and legislative history last.
/// </summary>
public static class UslmRenderer
{
    /// <summary>The blocks of the document in reading order.</summary>
    public static IEnumerable<Block> Blocks(TruthDocument doc)
    {
        foreach (var line in doc.HeadingLines)
            yield return new Block(line.Text, 0, 0, Gap: line.Role == HeadingRole.Title);
        foreach (var p in doc.Preamble) yield return new Block(p, 1, 0, Gap: true);
        foreach (var node in doc.Body)
            foreach (var b in Node(node, 0)) yield return b;
        var first = true;
        foreach (var c in doc.Closing)
        {
            yield return new Block(c.Text, c.Indent, c.Indent, Gap: first, Furniture: c.Furniture);
            first = false;
        }
    }

    private static IEnumerable<Block> Node(TruthNode node, int level)
    {
        switch (node.Type)
        {
            case TruthNodeType.Division:
                if (node.Number is { } num && num.EndsWith('—')) yield return new Block(num + node.Title, 0, 0, Gap: true);
                else
                {
                    if (node.Number is { } n) yield return new Block(n, 0, 0, Gap: true);
                    if (!string.IsNullOrEmpty(node.Title)) yield return new Block(node.Title!, 0, 0, Gap: node.Number is null);
                }
                foreach (var child in node.Children)
                    foreach (var b in Node(child, 0)) yield return b;
                break;
            case TruthNodeType.Provision:
                foreach (var b in Provision(node)) yield return b;
                break;
            case TruthNodeType.Quoted:
                foreach (var line in node.Lines) yield return new Block(line.Text, line.Indent, line.Indent);
                break;
            case TruthNodeType.Contents:
                foreach (var e in node.Contents!.Entries)
                    yield return new Block(e.Number + e.Separator + e.Text, level + e.Level, level + e.Level + 1);
                break;
            default:
                yield return new Block(node.Text, level + 1, level + 1, Furniture: node.Furniture);
                break;
        }
    }

    private static IEnumerable<Block> Provision(TruthNode node)
    {
        var level = UslmReader.LevelOf(node.Kind);
        var isSection = node.Kind == "Section";
        var children = node.Children.AsEnumerable();
        // Number and heading, then the text on the same line (a subsection's run-in heading, an untitled section).
        var lead = node.Number + (node.Heading is { } h ? " " + h : "");
        if (isSection && node.Heading is not null)
        {
            yield return new Block(lead, 0, 0, Gap: true);
            if (node.Text.Length > 0) yield return new Block(node.Text, 1, 0);
        }
        else if (node.Text.Length > 0)
        {
            var separator = node.Heading is { } head && head.EndsWith('—') ? "" : " ";
            yield return new Block(lead + separator + node.Text, level, Math.Max(0, level - 1), Gap: isSection);
        }
        else if (node.RunInChild && node.Children.Count > 0)
        {
            // "(b)(1) The Secretary …", "Sec. 503. (a) None of the funds …": the first child runs in.
            var firstBlocks = Provision(node.Children[0]).ToList();
            yield return firstBlocks[0] with { Text = lead + " " + firstBlocks[0].Text, Indent = level, Gap = isSection };
            foreach (var b in firstBlocks.Skip(1)) yield return b;
            children = node.Children.Skip(1);
        }
        else yield return new Block(lead, level, level, Gap: isSection);
        foreach (var child in children)
            foreach (var b in Node(child, level)) yield return b;
    }
}
