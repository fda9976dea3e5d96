using System.Collections.Immutable;
using Converter.Model;

namespace Converter.PlainText;

/// <summary>The structure stage's result, before metadata is attached.</summary>
internal sealed record StructureResult(
    DocumentHeading Heading,
    ImmutableArray<Paragraph> Preamble,
    ImmutableArray<Clause> Clauses,
    ImmutableArray<Section> Sections,
    ImmutableArray<Paragraph> Closing)
{
    /// <summary>The front table of contents, if the document has one.</summary>
    public TableOfContents? Contents { get; init; }
}

/// <summary>
/// The tree under construction, private to one structure build: sections and clauses are gathered into mutable
/// nodes while the blocks are read, then frozen once into the immutable model with ids from their positions.
/// </summary>
internal static class StructureNodes
{
    // Ids number the children in order under their parent's id ("sec-2.cl-3"); loops, as every node of a large document passes here.
    public static ImmutableArray<Clause> FreezeClauses(List<ClauseNode> nodes, string prefix)
    {
        if (nodes.Count == 0) return [];
        var result = ImmutableArray.CreateBuilder<Clause>(nodes.Count);
        for (var n = 0; n < nodes.Count; n++) result.Add(nodes[n].Freeze($"{prefix}{n + 1}"));
        return result.MoveToImmutable();
    }

    public static ImmutableArray<Section> FreezeSections(List<SectionNode> nodes, string prefix)
    {
        if (nodes.Count == 0) return [];
        var result = ImmutableArray.CreateBuilder<Section>(nodes.Count);
        for (var n = 0; n < nodes.Count; n++) result.Add(nodes[n].Freeze($"{prefix}{n + 1}"));
        return result.MoveToImmutable();
    }
}

/// <summary>A section being built.</summary>
internal sealed class SectionNode(string familyKey, int? rank, string? number, string title, SourceSpan span, int value)
{
    public string FamilyKey { get; } = familyKey;
    public int? Rank { get; } = rank;
    public int Value { get; } = value;
    public SectionKind Kind { get; init; } = SectionKind.Section;
    public string? AmendLawNumber { get; init; }
    public List<ClauseNode> Clauses { get; } = [];
    public List<SectionNode> Sections { get; } = [];

    public Section Freeze(string id)
    {
        var clauses = StructureNodes.FreezeClauses(Clauses, id + ".cl-");
        var sections = StructureNodes.FreezeSections(Sections, id + ".sec-");
        var full = span;
        foreach (var c in clauses) full = full.Union(c.Span);
        foreach (var s in sections) full = full.Union(s.Span);
        return new Section(id, number, title, clauses, sections, full) { Kind = Kind, AmendLawNumber = AmendLawNumber };
    }
}

/// <summary>A clause being built.</summary>
internal sealed class ClauseNode(MarkerFamily? family, int? rank, string? number, string? caption, string text, SourceSpan span, int value, string? level = null)
{
    public MarkerFamily? Family { get; } = family;
    public string? Level { get; } = level;
    public int? Rank { get; } = rank;
    public int Value { get; } = value;
    public string Text => text;
    public string? Caption => caption;
    public ClauseKind Kind { get; init; } = ClauseKind.Paragraph;
    /// <summary>The source line's indentation in display columns (an ideographic space is two).</summary>
    public int IndentColumns { get; init; }
    public string? Heading { get; set; }
    public TableOfContents? Contents { get; set; }

    // Most clauses have no items: their list is made when the first item comes.
    public List<ClauseNode> Items => _items ??= [];

    public bool HasItems => _items is { Count: > 0 };

    private List<ClauseNode>? _items;

    public Clause Freeze(string id)
    {
        if (_items is null)
            return new Clause(id, number, caption, text, [], span) { Kind = Kind, Heading = Heading, Contents = Contents };
        var items = StructureNodes.FreezeClauses(_items, id + ".cl-");
        var full = span;
        foreach (var c in items) full = full.Union(c.Span);
        return new Clause(id, number, caption, text, items, full) { Kind = Kind, Heading = Heading, Contents = Contents };
    }
}
