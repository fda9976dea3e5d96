using System.Collections.Immutable;
using System.Globalization;
using Converter.Model;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using WDocument = DocumentFormat.OpenXml.Wordprocessing.Document;
using WParagraph = DocumentFormat.OpenXml.Wordprocessing.Paragraph;

namespace Converter.Docx;

/// <summary>
/// Walks the model in reading order (<see cref="ReadingOrder"/>) and builds the body: one Word paragraph
/// per heading line, preamble paragraph, section heading, caption, clause and closing paragraph. Every
/// model text becomes runs of its own; the only text added is whitespace between a displayed number and
/// what follows, so the body's text equals the model's. One instance per write.
/// </summary>
internal sealed class BodyBuilder(Model.Document document, ConverterOptions options, LanguageProfile profile)
{
    private readonly XmlTextSanitizer _text = new();
    private readonly BookmarkNames _bookmarkNames = new();
    private int _nextBookmarkId;

    /// <summary>Numbering used by the body (written as a part only when <see cref="ClauseNumbering.IsUsed"/>).</summary>
    public ClauseNumbering Numbering { get; } = new(profile);

    /// <summary>Warnings collected while building.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics => _text.Diagnostics;

    /// <summary>
    /// Writes the main document part: each paragraph is built, written and dropped, so memory stays flat
    /// however long the document is.
    /// </summary>
    public void Write(OpenXmlWriter writer)
    {
        writer.WriteStartElement(new WDocument());
        writer.WriteStartElement(new Body());
        var body = new BodyWriter(writer);
        var heading = document.Heading;
        if (heading.StatusNote is { } status)
            body.Append(TextParagraph(StyleIds.StatusNote, status, "the status note"));
        body.Append(TextParagraph(StyleIds.Title, heading.Title, "the title"));
        for (var i = 0; i < heading.Subtitles.Length; i++)
            body.Append(TextParagraph(StyleIds.Subtitle, heading.Subtitles[i], Ordinal("subtitle", i)));
        for (var i = 0; i < document.Preamble.Length; i++)
            body.Append(TextParagraph(StyleIds.BodyText, document.Preamble[i], Ordinal("preamble paragraph", i)));

        AppendClauses(body, document.Clauses, depth: 1, inherited: null);
        foreach (var section in document.Sections) AppendSection(body, section);

        for (var i = 0; i < document.Closing.Length; i++)
            body.Append(TextParagraph(StyleIds.Closing, document.Closing[i], Ordinal("closing paragraph", i)));

        body.Append(PackageParts.PageSetup());
        writer.WriteEndElement();
        writer.WriteEndElement();
    }

    /// <summary>The body being written: each appended element goes straight to the part.</summary>
    private readonly struct BodyWriter(OpenXmlWriter writer)
    {
        public void Append(OpenXmlElement element) => writer.WriteElement(element);
    }

    private void AppendSection(BodyWriter body, Section section)
    {
        var level = section.Level;
        var ppr = new ParagraphProperties(new ParagraphStyleId { Val = StyleIds.Heading(level) });
        // Sections deeper than the defined heading styles keep their true outline level, so the
        // navigation pane still nests them.
        if (level > StyleIds.HeadingLevels) ppr.Append(new OutlineLevel { Val = Math.Min(level - 1, 8) });
        var paragraph = new WParagraph(ppr);
        var bookmarkId = StartBookmark(paragraph, section.Id);
        var span = SourceSpan.Line(section.Span.StartLine);
        if (section.Number is { } number)
        {
            AppendRuns(paragraph, _text.Clean(number, section.Id, span));
            AppendRuns(paragraph, profile.HeadingSeparator);
        }
        AppendRuns(paragraph, _text.Clean(section.Title, section.Id, span));
        paragraph.Append(new BookmarkEnd { Id = bookmarkId });
        body.Append(paragraph);

        AppendClauses(body, section.Clauses, depth: 1, inherited: null);
        foreach (var child in section.Sections) AppendSection(body, child);
    }

    // Appends sibling clauses at depth (1 = top level of a section or the body). inherited is the parent's
    // Word list when Word numbered the parent, else null and a new list (counting from 1) starts here.
    private void AppendClauses(BodyWriter body, ImmutableArray<Clause> clauses, int depth, ClauseNumbering.ClauseList? inherited)
    {
        if (clauses.IsDefaultOrEmpty) return;
        var list = inherited ?? ClauseNumbering.NewList(depth - 1);
        foreach (var clause in clauses)
        {
            var wordNumbered = options.NumberClauses && clause.Number is null;
            AppendClause(body, clause, depth, wordNumbered ? list : null);
            AppendClauses(body, clause.Items, depth + 1, wordNumbered ? list : null);
        }
    }

    private void AppendClause(BodyWriter body, Clause clause, int depth, ClauseNumbering.ClauseList? list)
    {
        var nesting = (depth - 1) * profile.IndentUnit;
        string? bookmarkId = null;
        if (clause.Caption is { } caption)
        {
            var ppr = new ParagraphProperties(new ParagraphStyleId { Val = StyleIds.ClauseCaption });
            if (nesting > 0) ppr.Append(Indent(left: nesting + (profile.Japanese ? profile.CharWidth : 0)));
            var captionParagraph = new WParagraph(ppr);
            bookmarkId = StartBookmark(captionParagraph, clause.Id);
            AppendRuns(captionParagraph, _text.Clean(caption, clause.Id, clause.Span));
            body.Append(captionParagraph);
        }

        var properties = new ParagraphProperties(new ParagraphStyleId { Val = StyleIds.Clause });
        if (list is not null)
        {
            var level = Math.Min(depth - 1, ClauseNumbering.MaxLevel);
            properties.Append(new NumberingProperties(
                new NumberingLevelReference { Val = level },
                new NumberingId { Val = Numbering.NumId(list) }));
            // Repeated on the paragraph because a style's first-line indent would otherwise mix with the
            // list's hanging indent in some readers.
            var (left, hanging) = Numbering.Indent(level);
            properties.Append(Indent(left, hanging: hanging));
        }
        else if (clause.Number is not null)
        {
            // The displayed number hangs: wrapped lines align after it, as in printed statutes.
            var hanging = profile.Japanese ? profile.CharWidth : profile.IndentUnit;
            properties.Append(Indent(nesting + hanging, hanging: hanging));
        }
        else if (nesting > 0)
        {
            properties.Append(Indent(nesting));
        }

        var paragraph = new WParagraph(properties);
        bookmarkId ??= StartBookmark(paragraph, clause.Id);
        if (clause.Number is { } number)
        {
            AppendRuns(paragraph, _text.Clean(number, clause.Id, clause.Span));
            AppendRuns(paragraph, profile.NumberSeparator);
        }
        AppendRuns(paragraph, _text.Clean(clause.Text, clause.Id, clause.Span));
        paragraph.Append(new BookmarkEnd { Id = bookmarkId });
        body.Append(paragraph);
    }

    private WParagraph TextParagraph(string styleId, Model.Paragraph source, string where)
    {
        var paragraph = new WParagraph(new ParagraphProperties(new ParagraphStyleId { Val = styleId }));
        AppendRuns(paragraph, _text.Clean(source.Text, where, source.Span));
        return paragraph;
    }

    /// <summary>Starts a bookmark named after the node id (see <see cref="BookmarkNames"/>); returns its id for the end.</summary>
    private string StartBookmark(WParagraph paragraph, string nodeId)
    {
        var id = (_nextBookmarkId++).ToString(CultureInfo.InvariantCulture);
        paragraph.Append(new BookmarkStart { Id = id, Name = _bookmarkNames.Allocate(nodeId) });
        return id;
    }

    private static Indentation Indent(int left, int? hanging = null)
    {
        var ind = new Indentation { Left = left.ToString(CultureInfo.InvariantCulture) };
        if (hanging is { } h) ind.Hanging = h.ToString(CultureInfo.InvariantCulture);
        return ind;
    }

    /// <summary>
    /// Appends <paramref name="text"/> as runs: tabs and line breaks inside the text become Word tabs and
    /// breaks (a tab inside <c>w:t</c> would be shown as a space).
    /// </summary>
    private static void AppendRuns(WParagraph paragraph, string text)
    {
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && text[i] is not ('\t' or '\n' or '\r')) continue;
            if (i > start) paragraph.Append(new Run(TextElement(text[start..i])));
            if (i < text.Length)
            {
                if (text[i] == '\t') paragraph.Append(new Run(new TabChar()));
                else if (text[i] == '\n' || i + 1 >= text.Length || text[i + 1] != '\n') paragraph.Append(new Run(new Break()));
            }
            start = i + 1;
        }
    }

    private static Text TextElement(string text)
    {
        var element = new Text(text);
        // Without xml:space="preserve" Word drops leading/trailing spaces and collapses runs of them.
        if (char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1]) || text.Contains("  ", StringComparison.Ordinal))
            element.Space = SpaceProcessingModeValues.Preserve;
        return element;
    }

    private static string Ordinal(string what, int index) =>
        string.Create(CultureInfo.InvariantCulture, $"{what} {index + 1}");
}
