using Converter.Corpus.Facts;
using Converter.Model;

namespace Converter.Corpus.Comparison;

/// <summary>
/// Reduces a parsed <see cref="Document"/> to the outline the facts are checked against. This is the only
/// place that reads the model's structure, so a change of the model touches only this class.
/// </summary>
public static class ModelOutline
{
    /// <summary>The body of the document: top-level clauses, then sections.</summary>
    public static List<OutlineNode> Body(Document doc)
    {
        ArgumentNullException.ThrowIfNull(doc);
        return [.. doc.Clauses.Select(FromClause), .. doc.Sections.Select(FromSection)];
    }

    private static OutlineNode FromSection(Section s) => new(
        true, KindOf(s), s.Number, s.Title, null, "", null, null,
        [.. s.Clauses.Select(FromClause), .. s.Sections.Select(FromSection)]);

    private static OutlineNode FromClause(Clause c) => new(
        false, null, c.Number, c.Caption, null, c.Text, null, null,
        [.. c.Items.Select(FromClause)]);

    /// <summary>
    /// The kind of a section. Schema 1.0 has no kinds: a 附則 and a 別表 are recognised by their heading so that
    /// provisions inside them can be named by scope; other kinds stay unknown.
    /// </summary>
    private static string? KindOf(Section s)
    {
        var heading = Normal.Key(s.Number + s.Title);
        if (heading.StartsWith("附則", StringComparison.Ordinal)) return "SupplementaryProvision";
        if (heading.StartsWith("別表", StringComparison.Ordinal)) return "Appendix";
        return null;
    }

    /// <summary>The heading paragraphs other than the title, where schema 1.0 puts a document number.</summary>
    public static IEnumerable<string> HeadingTexts(Document doc)
    {
        ArgumentNullException.ThrowIfNull(doc);
        if (doc.Heading.StatusNote is { } status) yield return status.Text;
        foreach (var s in doc.Heading.Subtitles) yield return s.Text;
    }

    /// <summary>The document number paragraph, or <c>null</c> (schema 1.0: none).</summary>
    public static string? DocumentNumber(Document doc) => null;

    /// <summary>The number of entries of the front table of contents, or <c>null</c> (schema 1.0: none).</summary>
    public static int? ContentsEntries(Document doc) => null;

    /// <summary>Whether the model has a field for clause headings (schema 1.1); without one a heading is looked for at the start of the text.</summary>
    public const bool HasClauseHeadings = false;
}
