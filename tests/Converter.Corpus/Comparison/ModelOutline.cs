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
        [.. s.Clauses.Select(FromClause), .. s.Sections.Select(FromSection)]);

    private static OutlineNode FromClause(Clause c) => new(
        false, c.Kind.ToString(), c.Number, c.Caption, c.Heading, c.Text, null, c.Contents?.Entries.Length,
        [.. c.Items.Select(FromClause)]);

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
