namespace Converter.Model;

/// <summary>What a piece of text is, in reading order.</summary>
public enum TextRole
{
    /// <summary>The status note (e.g. <c>（仮訳）</c>).</summary>
    StatusNote,
    /// <summary>The document title.</summary>
    Title,
    /// <summary>A subtitle line of the heading.</summary>
    Subtitle,
    /// <summary>A preamble paragraph.</summary>
    Preamble,
    /// <summary>A section's displayed number.</summary>
    SectionNumber,
    /// <summary>A section's heading text.</summary>
    SectionTitle,
    /// <summary>A clause's caption (e.g. <c>（目的）</c>).</summary>
    ClauseCaption,
    /// <summary>A clause's displayed number.</summary>
    ClauseNumber,
    /// <summary>A clause's text.</summary>
    ClauseText,
    /// <summary>A closing paragraph.</summary>
    Closing,
    /// <summary>The document number (law number, <c>Public Law 115–16</c>).</summary>
    DocumentNumber,
    /// <summary>The title line of a table of contents (<c>目次</c>).</summary>
    ContentsTitle,
    /// <summary>The displayed number of a table-of-contents entry (<c>第一章</c>).</summary>
    ContentsNumber,
    /// <summary>The text of a table-of-contents entry.</summary>
    ContentsEntry,
    /// <summary>A clause's heading after its number (<c>SHORT TITLE.</c>).</summary>
    ClauseHeading,
    /// <summary>The amending law's number of a supplementary provision, after its title.</summary>
    AmendLawNumber,
}

/// <summary>One piece of document text with its role, owning node id (if any) and nesting depth.</summary>
/// <param name="Role">What the text is.</param>
/// <param name="Text">The text as in the model.</param>
/// <param name="NodeId">Id of the section or clause it belongs to, or <c>null</c>.</param>
/// <param name="Depth">0 outside sections; section level for section parts; clause nesting adds one per level.</param>
public sealed record TextPiece(TextRole Role, string Text, string? NodeId, int Depth);

/// <summary>
/// The document's text in reading order: the order every emitter renders it and the order the fidelity
/// check compares against the source.
/// </summary>
public static class ReadingOrder
{
    /// <summary>All text pieces of the document, in reading order.</summary>
    public static IEnumerable<TextPiece> Pieces(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        foreach (var (part, paragraph) in document.Heading.InReadingOrder())
            yield return new(part switch
            {
                HeadingPart.StatusNote => TextRole.StatusNote,
                HeadingPart.Title => TextRole.Title,
                HeadingPart.DocumentNumber => TextRole.DocumentNumber,
                _ => TextRole.Subtitle,
            }, paragraph.Text, null, 0);
        foreach (var part in document.FrontMatter())
        {
            if (part.Paragraph is { } p) yield return new(TextRole.Preamble, p.Text, null, 0);
            else foreach (var piece in ContentsPieces(part.Contents!, null, 0)) yield return piece;
        }
        foreach (var c in document.Clauses)
            foreach (var piece in ClausePieces(c, 1)) yield return piece;
        foreach (var s in document.Sections)
            foreach (var piece in SectionPieces(s)) yield return piece;
        foreach (var p in document.Closing) yield return new(TextRole.Closing, p.Text, null, 0);
    }

    /// <summary>All text of the document in reading order with every whitespace character removed.</summary>
    public static string NonWhitespaceText(Document document)
    {
        var sb = new System.Text.StringBuilder();
        foreach (var piece in Pieces(document))
            foreach (var ch in piece.Text)
                if (!char.IsWhiteSpace(ch)) sb.Append(ch);
        return sb.ToString();
    }

    private static IEnumerable<TextPiece> SectionPieces(Section s)
    {
        if (s.Number is { } n) yield return new(TextRole.SectionNumber, n, s.Id, s.Level);
        yield return new(TextRole.SectionTitle, s.Title, s.Id, s.Level);
        if (s.AmendLawNumber is { } amend) yield return new(TextRole.AmendLawNumber, amend, s.Id, s.Level);
        foreach (var c in s.Clauses)
            foreach (var piece in ClausePieces(c, s.Level + 1)) yield return piece;
        foreach (var child in s.Sections)
            foreach (var piece in SectionPieces(child)) yield return piece;
    }

    private static IEnumerable<TextPiece> ClausePieces(Clause c, int depth)
    {
        if (c.Caption is { } cap) yield return new(TextRole.ClauseCaption, cap, c.Id, depth);
        if (c.Number is { } n) yield return new(TextRole.ClauseNumber, n, c.Id, depth);
        if (c.Heading is { } heading) yield return new(TextRole.ClauseHeading, heading, c.Id, depth);
        if (c.Text.Length > 0) yield return new(TextRole.ClauseText, c.Text, c.Id, depth);
        if (c.Contents is { } contents)
            foreach (var piece in ContentsPieces(contents, c.Id, depth)) yield return piece;
        foreach (var item in c.Items)
            foreach (var piece in ClausePieces(item, depth + 1)) yield return piece;
    }

    private static IEnumerable<TextPiece> ContentsPieces(TableOfContents contents, string? ownerId, int depth)
    {
        if (contents.Title is { } title) yield return new(TextRole.ContentsTitle, title.Text, ownerId, depth);
        foreach (var e in contents.Entries)
        {
            if (e.Number is { } n) yield return new(TextRole.ContentsNumber, n, ownerId, depth);
            yield return new(TextRole.ContentsEntry, e.Text, ownerId, depth);
        }
    }
}
