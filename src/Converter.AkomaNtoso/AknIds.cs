using System.Globalization;
using Converter.Model;

namespace Converter.AkomaNtoso;

/// <summary>
/// The eId of every section and clause: the Akoma Ntoso Naming Convention's shape (<c>abbreviation_number</c>, joined
/// by <c>__</c>: <c>chp_1__art_2__para_3</c>) over the model's positional ids (<c>sec-1.cl-2.cl-3</c>). The number is
/// the position from our id, and the full path is kept, because positions restart in every container and the
/// displayed numbers can repeat. Clauses and child sections of one container are numbered apart in our ids
/// (<c>cl-1</c>, <c>sec-1</c>); where their abbreviations meet (a clause section <c>SEC. 1.</c> beside a section
/// heading), the later one takes the next free number, so eIds stay unique.
/// </summary>
internal static class AknIds
{
    /// <summary>Node id → eId for every section and clause of <paramref name="document"/>.</summary>
    public static IReadOnlyDictionary<string, string> For(Document document)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        var siblings = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < document.Clauses.Length; i++) Add(document.Clauses[i], "", i, siblings, map);
        for (var i = 0; i < document.Sections.Length; i++) Add(document.Sections[i], "", i, siblings, map);
        return map;
    }

    private static void Add(Section s, string parent, int index, HashSet<string> siblings, Dictionary<string, string> map)
    {
        var eId = Unique(parent, AknVocabulary.For(s.Kind).Abbreviation, Position(s.Id, index), siblings);
        map[s.Id] = eId;
        var children = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < s.Clauses.Length; i++) Add(s.Clauses[i], eId, i, children, map);
        for (var i = 0; i < s.Sections.Length; i++) Add(s.Sections[i], eId, i, children, map);
    }

    private static void Add(Clause c, string parent, int index, HashSet<string> siblings, Dictionary<string, string> map)
    {
        var eId = Unique(parent, AknVocabulary.For(c.Kind).Abbreviation, Position(c.Id, index), siblings);
        map[c.Id] = eId;
        var children = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < c.Items.Length; i++) Add(c.Items[i], eId, i, children, map);
    }

    private static string Unique(string parent, string abbreviation, int position, HashSet<string> siblings)
    {
        while (true)
        {
            var own = string.Create(CultureInfo.InvariantCulture, $"{abbreviation}_{position}");
            if (siblings.Add(own)) return parent.Length == 0 ? own : parent + "__" + own;
            position++;
        }
    }

    // The number of the id's last step (sec-2.cl-3 → 3); the sibling position when the id has another shape.
    private static int Position(string id, int index)
    {
        var last = id[(id.LastIndexOf('.') + 1)..];
        var dash = last.LastIndexOf('-');
        return dash >= 0 && int.TryParse(last.AsSpan(dash + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0
            ? n
            : index + 1;
    }
}
