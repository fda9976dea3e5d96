using Converter.Corpus.Truth;

namespace Converter.Corpus.Facts;

/// <summary>
/// The structure both sides of a comparison are reduced to: the ground truth (<see cref="TruthDocument"/>) and
/// the parsed model. Keys are computed from outlines by one function (<see cref="OutlineKeys"/>), so the two sides
/// are named by the same rules.
/// </summary>
/// <param name="IsDivision">A division (section of the model) rather than a provision (clause).</param>
/// <param name="Kind">Model kind name, or <c>null</c> when unknown.</param>
/// <param name="Number">Number as displayed, or <c>null</c>.</param>
/// <param name="Title">Division title, or provision caption.</param>
/// <param name="Heading">Provision heading after the number.</param>
/// <param name="Text">Provision text (used to find bulleted items again).</param>
/// <param name="AmendLawNumber">A supplementary provision's amend-law number.</param>
/// <param name="ContentsEntries">Entry count of a table of contents held by the provision, or <c>null</c>.</param>
/// <param name="Children">Child nodes.</param>
/// <param name="Scope">For a division that opens a scope of its own numbering (<c>SupplementaryProvision</c>,
/// <c>Appendix</c>), which; else <c>null</c>. Kept apart from <paramref name="Kind"/> so that one wrong kind is one
/// wrong fact, not the loss of every provision inside.</param>
public sealed record OutlineNode(
    bool IsDivision,
    string? Kind,
    string? Number,
    string? Title,
    string? Heading,
    string Text,
    string? AmendLawNumber,
    int? ContentsEntries,
    IReadOnlyList<OutlineNode> Children,
    string? Scope = null);

/// <summary>A keyed node: its key, the key of the division that holds it, and the node.</summary>
/// <param name="Key">Division path (<c>d:第一編/第二章</c>) or provision path (<c>p:main/第三条/2/一</c>).</param>
/// <param name="DivisionPath">Key of the enclosing division (<c>d:</c> for the document).</param>
/// <param name="IsTop">A provision directly in a division or the body (article, US section, numbered paragraph).</param>
/// <param name="Node">The node.</param>
public sealed record KeyedNode(string Key, string DivisionPath, bool IsTop, OutlineNode Node);

/// <summary>Names every node of an outline by its path. Rules are stated once, here.</summary>
/// <remarks>
/// <list type="bullet">
/// <item>A division is named by its normalised number; one without a number by <c>§</c> and the start of its
/// title; in statements always by <c>§</c> and number-plus-title (where a heading's number ends is not fixed there).
/// A supplementary provision is <c>附則#k</c>, an appendix <c>別表#k</c> (k-th in the document).</item>
/// <item>A provision is named by its scope (<c>main</c>, or the supplementary provision or appendix holding it)
/// and the normalised numbers from its top provision down: <c>p:main/第三条/2/一</c>. Articles are unique in
/// their scope, so a misplaced article is still found (its parent is a separate fact).</item>
/// <item>An unnumbered provision is <c>#k</c> (k-th unnumbered sibling): the first paragraph of an article.
/// In statements unnumbered paragraphs are not structure and their children are named as if directly under
/// the parent.</item>
/// <item>A bullet (a number with no letter or digit) is named by its text: <c>•</c> and its first 30 normalised characters.</item>
/// <item>A name taken twice gets <c>@2</c>, <c>@3</c> in document order.</item>
/// </list>
/// </remarks>
public static class OutlineKeys
{
    /// <summary>All nodes of the body with their keys, in document order.</summary>
    public static List<KeyedNode> Keys(IReadOnlyList<OutlineNode> body, CorpusGenre genre)
    {
        var result = new List<KeyedNode>();
        var used = new Dictionary<string, int>(StringComparer.Ordinal);
        var ordinals = new Dictionary<string, int>(StringComparer.Ordinal);
        string Unique(string key)
        {
            var n = used.TryGetValue(key, out var c) ? c + 1 : 1;
            used[key] = n;
            return n == 1 ? key : key + "@" + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        void Divisions(IReadOnlyList<OutlineNode> nodes, string divisionPath, string scope)
        {
            var provisions = new List<OutlineNode>();
            foreach (var node in nodes)
            {
                if (!node.IsDivision) { provisions.Add(node); continue; }
                string segment;
                var childScope = scope;
                if (node.Scope is "SupplementaryProvision" or "Appendix")
                {
                    var label = node.Scope == "Appendix" ? "別表" : "附則";
                    ordinals[label] = ordinals.GetValueOrDefault(label) + 1;
                    segment = label + "#" + ordinals[label].ToString(System.Globalization.CultureInfo.InvariantCulture);
                    childScope = segment;
                }
                else if (genre == CorpusGenre.Statement || Normal.Key(node.Number).Length == 0)
                    segment = "§" + Normal.Prefix(node.Number + node.Title, 40);
                else segment = Normal.Key(node.Number);
                // Statement headings carry no level in the markup: only the nearest heading is a fact, not their nesting.
                var key = Unique((divisionPath == "d:" || genre == CorpusGenre.Statement ? "d:" : divisionPath + "/") + segment);
                result.Add(new KeyedNode(key, divisionPath, false, node));
                // Provisions between child divisions keep their order relative to them.
                Provisions(provisions, divisionPath, scope);
                provisions.Clear();
                Divisions(node.Children, key, childScope);
            }
            Provisions(provisions, divisionPath, scope);
        }

        void Provisions(IReadOnlyList<OutlineNode> nodes, string divisionPath, string scope)
        {
            var unnumbered = 0;
            foreach (var node in nodes)
                Provision(node, divisionPath, "p:" + scope, isTop: true, ref unnumbered);
        }

        void Provision(OutlineNode node, string divisionPath, string parentKey, bool isTop, ref int unnumbered)
        {
            var number = Normal.Key(node.Number);
            string? segment;
            if (number.Length > 0) segment = number;
            else if (node.Number is not null) segment = "•" + Normal.Prefix(node.Text);
            else if (genre == CorpusGenre.Statement) segment = null; // transparent
            else segment = "#" + (++unnumbered).ToString(System.Globalization.CultureInfo.InvariantCulture);
            var key = parentKey;
            if (segment is not null)
            {
                key = Unique(parentKey + "/" + segment);
                result.Add(new KeyedNode(key, divisionPath, isTop, node));
            }
            var childUnnumbered = 0;
            foreach (var child in node.Children.Where(c => !c.IsDivision))
                Provision(child, divisionPath, key, isTop: segment is null && isTop, ref childUnnumbered);
        }

        Divisions(body, "d:", "main");
        return result;
    }

    /// <summary>The outline of a ground-truth body.</summary>
    public static List<OutlineNode> FromTruth(IEnumerable<TruthNode> nodes) =>
        nodes.Where(n => n.Type is TruthNodeType.Division or TruthNodeType.Provision).Select(FromTruth).ToList();

    private static OutlineNode FromTruth(TruthNode n) => new(
        n.Type == TruthNodeType.Division, n.Kind, n.Number, n.Title, n.Heading, n.Text, n.AmendLawNumber,
        n.Children.FirstOrDefault(c => c.Type == TruthNodeType.Contents)?.Contents?.Entries.Count,
        FromTruth(n.Children), n.Kind is "SupplementaryProvision" or "Appendix" ? n.Kind : null);
}
