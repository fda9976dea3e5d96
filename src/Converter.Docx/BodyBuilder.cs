using System.Collections.Immutable;
using System.Globalization;
using Converter.Model;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using WDocument = DocumentFormat.OpenXml.Wordprocessing.Document;
using WParagraph = DocumentFormat.OpenXml.Wordprocessing.Paragraph;

namespace Converter.Docx;

/// <summary>
/// Walks the model in reading order (<see cref="ReadingOrder"/>) and writes the body: one Word paragraph
/// per heading line, preamble paragraph, section heading, caption, clause and closing paragraph. Every
/// model text becomes runs of its own; the only text added is whitespace between a displayed number and
/// what follows, so the body's text equals the model's. One instance per write.
/// </summary>
/// <remarks>
/// The body is streamed through the SDK's <see cref="OpenXmlWriter"/>: no tree of the whole document is
/// ever built. Elements that never change within a write (<c>w:p</c>, <c>w:r</c>, <c>w:t</c>, the
/// paragraph properties of a plain styled paragraph) are created once per write and written again and
/// again; only what differs per paragraph (bookmarks, indents, numbering) is created per paragraph.
/// </remarks>
internal sealed class BodyBuilder(Model.Document document, ConverterOptions options, LanguageProfile profile)
{
    private readonly XmlTextSanitizer _text = new();
    private readonly BookmarkNames _bookmarkNames = new();
    private readonly Dictionary<string, ParagraphProperties> _styleOnly = new(StringComparer.Ordinal);
    private readonly WParagraph _paragraph = new();
    private readonly Run _run = new();
    private readonly Text _textElement = new();
    private readonly Text _preservedText = new() { Space = SpaceProcessingModeValues.Preserve };
    private readonly TabChar _tab = new();
    private readonly Break _break = new();
    private OpenXmlWriter _writer = null!;
    private int _nextBookmarkId;

    /// <summary>Numbering used by the body (written as a part only when <see cref="ClauseNumbering.IsUsed"/>).</summary>
    public ClauseNumbering Numbering { get; } = new(profile);

    /// <summary>Warnings collected while building.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics => _text.Diagnostics;

    /// <summary>
    /// Whether <see cref="Write"/> will number any clause with Word numbering (and so needs a numbering
    /// part): with <see cref="ConverterOptions.NumberClauses"/>, every clause that shows no number of its own.
    /// </summary>
    public static bool UsesNumbering(Model.Document document, ConverterOptions options) =>
        options.NumberClauses && document.AllClauses().Any(clause => clause.Number is null);

    /// <summary>Writes the main document part's root element (<c>w:document</c>) and everything in it.</summary>
    public void Write(OpenXmlWriter writer)
    {
        _writer = writer;
        writer.WriteStartElement(new WDocument());
        writer.WriteStartElement(new Body());
        var heading = document.Heading;
        if (heading.StatusNote is { } status)
            TextParagraph(StyleIds.StatusNote, status, "the status note");
        TextParagraph(StyleIds.Title, heading.Title, "the title");
        for (var i = 0; i < heading.Subtitles.Length; i++)
            TextParagraph(StyleIds.Subtitle, heading.Subtitles[i], Ordinal("subtitle", i));
        for (var i = 0; i < document.Preamble.Length; i++)
            TextParagraph(StyleIds.BodyText, document.Preamble[i], Ordinal("preamble paragraph", i));

        WriteClauses(document.Clauses, depth: 1, inherited: null);
        foreach (var section in document.Sections) WriteSection(section);

        for (var i = 0; i < document.Closing.Length; i++)
            TextParagraph(StyleIds.Closing, document.Closing[i], Ordinal("closing paragraph", i));

        writer.WriteElement(PackageParts.PageSetup());
        writer.WriteEndElement();
        writer.WriteEndElement();
    }

    private void WriteSection(Section section)
    {
        var level = section.Level;
        ParagraphProperties ppr;
        if (level > StyleIds.HeadingLevels)
        {
            // Sections deeper than the defined heading styles keep their true outline level, so the
            // navigation pane still nests them.
            ppr = new ParagraphProperties(
                new ParagraphStyleId { Val = StyleIds.Heading(level) },
                new OutlineLevel { Val = Math.Min(level - 1, 8) });
        }
        else
        {
            ppr = StyleOnly(StyleIds.Heading(level));
        }
        StartParagraph(ppr);
        var bookmarkId = StartBookmark(section.Id);
        var span = SourceSpan.Line(section.Span.StartLine);
        if (section.Number is { } number)
        {
            WriteRuns(_text.Clean(number, section.Id, span));
            WriteRuns(profile.HeadingSeparator);
        }
        WriteRuns(_text.Clean(section.Title, section.Id, span));
        EndBookmark(bookmarkId);
        _writer.WriteEndElement();

        WriteClauses(section.Clauses, depth: 1, inherited: null);
        foreach (var child in section.Sections) WriteSection(child);
    }

    // Writes sibling clauses at depth (1 = top level of a section or the body). inherited is the parent's
    // Word list when Word numbered the parent, else null and a new list (counting from 1) starts here.
    private void WriteClauses(ImmutableArray<Clause> clauses, int depth, ClauseNumbering.ClauseList? inherited)
    {
        if (clauses.IsDefaultOrEmpty) return;
        var list = inherited ?? ClauseNumbering.NewList(depth - 1);
        foreach (var clause in clauses)
        {
            var wordNumbered = options.NumberClauses && clause.Number is null;
            WriteClause(clause, depth, wordNumbered ? list : null);
            WriteClauses(clause.Items, depth + 1, wordNumbered ? list : null);
        }
    }

    private void WriteClause(Clause clause, int depth, ClauseNumbering.ClauseList? list)
    {
        var nesting = (depth - 1) * profile.IndentUnit;
        string? bookmarkId = null;
        if (clause.Caption is { } caption)
        {
            var captionProperties = nesting > 0
                ? new ParagraphProperties(
                    new ParagraphStyleId { Val = StyleIds.ClauseCaption },
                    Indent(left: nesting + (profile.Japanese ? profile.CharWidth : 0)))
                : StyleOnly(StyleIds.ClauseCaption);
            StartParagraph(captionProperties);
            bookmarkId = StartBookmark(clause.Id);
            WriteRuns(_text.Clean(caption, clause.Id, clause.Span));
            _writer.WriteEndElement();
        }

        ParagraphProperties properties;
        if (list is not null)
        {
            var level = Math.Min(depth - 1, ClauseNumbering.MaxLevel);
            // The indent is repeated on the paragraph because a style's first-line indent would otherwise
            // mix with the list's hanging indent in some readers.
            var (left, hanging) = Numbering.Indent(level);
            properties = new ParagraphProperties(
                new ParagraphStyleId { Val = StyleIds.Clause },
                new NumberingProperties(
                    new NumberingLevelReference { Val = level },
                    new NumberingId { Val = Numbering.NumId(list) }),
                Indent(left, hanging: hanging));
        }
        else if (clause.Number is not null)
        {
            // The displayed number hangs: wrapped lines align after it, as in printed statutes.
            var hanging = profile.Japanese ? profile.CharWidth : profile.IndentUnit;
            properties = new ParagraphProperties(new ParagraphStyleId { Val = StyleIds.Clause }, Indent(nesting + hanging, hanging: hanging));
        }
        else if (nesting > 0)
        {
            properties = new ParagraphProperties(new ParagraphStyleId { Val = StyleIds.Clause }, Indent(nesting));
        }
        else
        {
            properties = StyleOnly(StyleIds.Clause);
        }

        StartParagraph(properties);
        bookmarkId ??= StartBookmark(clause.Id);
        if (clause.Number is { } number)
        {
            WriteRuns(_text.Clean(number, clause.Id, clause.Span));
            WriteRuns(profile.NumberSeparator);
        }
        WriteRuns(_text.Clean(clause.Text, clause.Id, clause.Span));
        EndBookmark(bookmarkId);
        _writer.WriteEndElement();
    }

    private void TextParagraph(string styleId, Model.Paragraph source, string where)
    {
        StartParagraph(StyleOnly(styleId));
        WriteRuns(_text.Clean(source.Text, where, source.Span));
        _writer.WriteEndElement();
    }

    /// <summary>Opens <c>w:p</c> and writes its properties; the caller writes the content and closes it.</summary>
    private void StartParagraph(ParagraphProperties properties)
    {
        _writer.WriteStartElement(_paragraph);
        _writer.WriteElement(properties);
    }

    /// <summary>Paragraph properties that only name a style: the same for every such paragraph of a write.</summary>
    private ParagraphProperties StyleOnly(string styleId)
    {
        if (!_styleOnly.TryGetValue(styleId, out var properties))
        {
            properties = new ParagraphProperties(new ParagraphStyleId { Val = styleId });
            _styleOnly.Add(styleId, properties);
        }
        return properties;
    }

    /// <summary>Starts a bookmark named after the node id (see <see cref="BookmarkNames"/>); returns its id for the end.</summary>
    private string StartBookmark(string nodeId)
    {
        var id = (_nextBookmarkId++).ToString(CultureInfo.InvariantCulture);
        _writer.WriteElement(new BookmarkStart { Id = id, Name = _bookmarkNames.Allocate(nodeId) });
        return id;
    }

    private void EndBookmark(string id) => _writer.WriteElement(new BookmarkEnd { Id = id });

    private static Indentation Indent(int left, int? hanging = null)
    {
        var ind = new Indentation { Left = left.ToString(CultureInfo.InvariantCulture) };
        if (hanging is { } h) ind.Hanging = h.ToString(CultureInfo.InvariantCulture);
        return ind;
    }

    /// <summary>
    /// Writes <paramref name="text"/> as runs: tabs and line breaks inside the text become Word tabs and
    /// breaks (a tab inside <c>w:t</c> would be shown as a space).
    /// </summary>
    private void WriteRuns(string text)
    {
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && text[i] is not ('\t' or '\n' or '\r')) continue;
            if (i > start) WriteTextRun(text[start..i]);
            if (i < text.Length)
            {
                if (text[i] == '\t') WriteRun(_tab);
                else if (text[i] == '\n' || i + 1 >= text.Length || text[i + 1] != '\n') WriteRun(_break);
            }
            start = i + 1;
        }
    }

    private void WriteTextRun(string text)
    {
        _writer.WriteStartElement(_run);
        // Without xml:space="preserve" Word drops leading/trailing spaces and collapses runs of them.
        var preserve = char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1]) || text.Contains("  ", StringComparison.Ordinal);
        _writer.WriteStartElement(preserve ? _preservedText : _textElement);
        _writer.WriteString(text);
        _writer.WriteEndElement();
        _writer.WriteEndElement();
    }

    private void WriteRun(OpenXmlElement content)
    {
        _writer.WriteStartElement(_run);
        _writer.WriteElement(content);
        _writer.WriteEndElement();
    }

    private static string Ordinal(string what, int index) =>
        string.Create(CultureInfo.InvariantCulture, $"{what} {index + 1}");
}
