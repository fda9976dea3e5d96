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
        true, s.Kind.ToString(), s.Number, s.Title, null, "", s.AmendLawNumber, null,
        [.. s.Clauses.Select(FromClause), .. s.Sections.Select(FromSection)], ScopeOf(s));

    private static OutlineNode FromClause(Clause c) => new(
        false, c.Kind.ToString(), c.Number, c.Caption, c.Heading, c.Text, null, c.Contents?.Entries.Length,
        [.. c.Items.Select(FromClause)]);

    /// <summary>
    /// Whether a section opens a numbering scope of its own: by its kind, or failing that by its heading (附則, 別表),
    /// so that a wrong kind costs the kind fact only and the provisions inside are still found.
    /// </summary>
    private static string? ScopeOf(Section s)
    {
        if (s.Kind is SectionKind.SupplementaryProvision or SectionKind.Appendix) return s.Kind.ToString();
        var heading = Normal.Key(s.Number + s.Title);
        if (heading.StartsWith("附則", StringComparison.Ordinal)) return nameof(SectionKind.SupplementaryProvision);
        if (heading.StartsWith("別表", StringComparison.Ordinal)) return nameof(SectionKind.Appendix);
        return null;
    }

    /// <summary>The document number paragraph, or <c>null</c>.</summary>
    public static string? DocumentNumber(Document doc)
    {
        ArgumentNullException.ThrowIfNull(doc);
        return doc.Heading.DocumentNumber?.Text;
    }

    /// <summary>The number of entries of the front table of contents, or <c>null</c> when there is none.</summary>
    public static int? ContentsEntries(Document doc)
    {
        ArgumentNullException.ThrowIfNull(doc);
        return doc.Contents?.Entries.Length;
    }
}
