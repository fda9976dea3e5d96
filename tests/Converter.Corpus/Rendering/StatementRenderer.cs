using Converter.Corpus.Truth;

namespace Converter.Corpus.Rendering;

/// <summary>
/// Lays out a statement as a browser copies it: the title, heading lines, then one line per paragraph with a
/// blank line between paragraphs; headings on their own line; numbered paragraphs <c>12. …</c>; list items
/// with their bullet (<c>•</c>, nested <c>◦</c>, <c>▪</c>) as text, one step of indent per nesting level,
/// consecutive items of a list without blank lines between them.
/// </summary>
public static class StatementRenderer
{
    /// <summary>The blocks of the document in reading order.</summary>
    public static IEnumerable<Block> Blocks(TruthDocument doc)
    {
        foreach (var line in doc.HeadingLines) yield return new Block(line.Text, 0, 0, Gap: true);
        foreach (var b in Nodes(doc.Body, 0, inList: false)) yield return b;
    }

    private static IEnumerable<Block> Nodes(IReadOnlyList<TruthNode> nodes, int depth, bool inList)
    {
        TruthNode? previous = null;
        foreach (var node in nodes)
        {
            switch (node.Type)
            {
                case TruthNodeType.Division:
                    yield return new Block(node.Title ?? "", 0, 0, Gap: true);
                    foreach (var b in Nodes(node.Children, 0, inList: false)) yield return b;
                    break;
                case TruthNodeType.Provision:
                {
                    var isPoint = node.Kind == "Point";
                    var indent = isPoint ? depth : 0;
                    // Items of one list, and a nested list's first item, follow without a blank line.
                    var gap = !isPoint || (previous is null ? !inList : previous.Kind != "Point");
                    yield return new Block(node.Number + " " + node.Text, indent, indent, Gap: gap);
                    foreach (var b in Nodes(node.Children, isPoint ? depth + 1 : 0, inList: isPoint)) yield return b;
                    break;
                }
                default:
                    yield return new Block(node.Text, depth, depth, Gap: true, Furniture: node.Furniture);
                    break;
            }
            previous = node;
        }
    }
}
