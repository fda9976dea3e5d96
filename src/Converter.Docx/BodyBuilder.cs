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
/// ever built. The SDK elements written (<c>w:p</c>, <c>w:r</c>, <c>w:t</c>, bookmarks, each distinct set
/// of paragraph properties) are created once per write and written again and again, with their text or
/// ids set before each use, so the cost per paragraph is the XML written and little else.
/// </remarks>
internal sealed class BodyBuilder(Model.Document document, ConverterOptions options, LanguageProfile profile)
{
    private readonly XmlTextSanitizer _text = new();
    private readonly BookmarkNames _bookmarkNames = new();
    private readonly Dictionary<PropertiesKey, ParagraphProperties> _properties = [];
    private readonly BookmarkStart _bookmarkStart = new();
    private readonly BookmarkEnd _bookmarkEnd = new();
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
        var subtitle = 0;
        foreach (var (part, paragraph) in document.Heading.InReadingOrder())
        {
            switch (part)
            {
                case HeadingPart.StatusNote: TextParagraph(StyleIds.StatusNote, paragraph, "the status note"); break;
                case HeadingPart.Title: TextParagraph(StyleIds.Title, paragraph, "the title"); break;
                case HeadingPart.DocumentNumber: TextParagraph(StyleIds.DocumentNumber, paragraph, "the document number"); break;
                default: TextParagraph(StyleIds.Subtitle, paragraph, Ordinal("subtitle", subtitle++)); break;
            }
        }
        var preamble = 0;
        foreach (var part in document.FrontMatter())
        {
            if (part.Paragraph is { } p) TextParagraph(StyleIds.BodyText, p, Ordinal("preamble paragraph", preamble++));
            else WriteContents(part.Contents!, "the table of contents");
        }

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
        // Sections deeper than the defined heading styles keep their true outline level, so the
        // navigation pane still nests them.
        StartParagraph(Properties(new PropertiesKey(StyleIds.Heading(level))
        {
            OutlineLevel = level > StyleIds.HeadingLevels ? Math.Min(level - 1, 8) : null,
        }));
        var bookmarkId = StartBookmark(section.Id);
        var span = SourceSpan.Line(section.Span.StartLine);
        if (section.Number is { } number)
        {
            WriteRuns(_text.Clean(number, section.Id, span));
            WriteRuns(profile.HeadingSeparator);
        }
        WriteRuns(_text.Clean(section.Title, section.Id, span));
        if (section.AmendLawNumber is { } amend)
        {
            WriteRuns(profile.HeadingSeparator);
            WriteRuns(_text.Clean(amend, section.Id, span));
        }
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
            StartParagraph(Properties(new PropertiesKey(StyleIds.ClauseCaption)
            {
                Left = nesting > 0 ? nesting + (profile.Japanese ? profile.CharWidth : 0) : null,
            }));
            bookmarkId = StartBookmark(clause.Id);
            WriteRuns(_text.Clean(caption, clause.Id, clause.Span));
            _writer.WriteEndElement();
        }

        var properties = new PropertiesKey(StyleIds.Clause);
        if (list is not null)
        {
            var level = Math.Min(depth - 1, ClauseNumbering.MaxLevel);
            // The indent is repeated on the paragraph because a style's first-line indent would otherwise
            // mix with the list's hanging indent in some readers.
            var (left, hanging) = Numbering.Indent(level);
            properties = properties with { NumberingLevel = level, NumberingId = Numbering.NumId(list), Left = left, Hanging = hanging };
        }
        else if (clause.Number is not null)
        {
            // The displayed number hangs: wrapped lines align after it, as in printed statutes.
            var hanging = profile.Japanese ? profile.CharWidth : profile.IndentUnit;
            properties = properties with { Left = nesting + hanging, Hanging = hanging };
        }
        else if (nesting > 0)
        {
            properties = properties with { Left = nesting };
        }

        StartParagraph(Properties(properties));
        bookmarkId ??= StartBookmark(clause.Id);
        if (clause.Number is { } number)
        {
            WriteRuns(_text.Clean(number, clause.Id, clause.Span));
            if (clause.Heading is not null || clause.Text.Length > 0) WriteRuns(profile.NumberSeparator);
        }
        if (clause.Heading is { } heading)
        {
            WriteRuns(_text.Clean(heading, clause.Id, clause.Span));
            if (clause.Text.Length > 0) WriteRuns(" ");
        }
        WriteRuns(_text.Clean(clause.Text, clause.Id, clause.Span));
        EndBookmark(bookmarkId);
        _writer.WriteEndElement();
        if (clause.Contents is { } contents) WriteContents(contents, clause.Id);
    }

    /// <summary>A table of contents: its title in the TOC Heading style, each entry in the toc style of its level.</summary>
    private void WriteContents(TableOfContents contents, string where)
    {
        if (contents.Title is { } title) TextParagraph(StyleIds.ContentsHeading, title, where);
        foreach (var entry in contents.Entries)
        {
            StartParagraph(Properties(new PropertiesKey(StyleIds.ContentsEntry(entry.Level))));
            if (entry.Number is { } number)
            {
                WriteRuns(_text.Clean(number, where, entry.Span));
                WriteRuns(profile.HeadingSeparator);
            }
            WriteRuns(_text.Clean(entry.Text, where, entry.Span));
            _writer.WriteEndElement();
        }
    }

    private void TextParagraph(string styleId, Model.Paragraph source, string where)
    {
        StartParagraph(Properties(new PropertiesKey(styleId)));
        WriteRuns(_text.Clean(source.Text, where, source.Span));
        _writer.WriteEndElement();
    }

    /// <summary>Opens <c>w:p</c> and writes its properties; the caller writes the content and closes it.</summary>
    private void StartParagraph(ParagraphProperties properties)
    {
        _writer.WriteStartElement(_paragraph);
        _writer.WriteElement(properties);
    }

    /// <summary>What a paragraph's properties hold: a style and, where needed, numbering, indent and outline level.</summary>
    private readonly record struct PropertiesKey(string StyleId)
    {
        public int? NumberingLevel { get; init; }
        public int? NumberingId { get; init; }
        public int? Left { get; init; }
        public int? Hanging { get; init; }
        public int? OutlineLevel { get; init; }
    }

    /// <summary>
    /// The paragraph properties for <paramref name="key"/>, made on first use and written again for every
    /// paragraph with the same ones (most paragraphs share a handful).
    /// </summary>
    private ParagraphProperties Properties(PropertiesKey key)
    {
        if (_properties.TryGetValue(key, out var properties)) return properties;

        // Children in schema order (CT_PPrBase): pStyle, numPr, ind, outlineLvl.
        properties = new ParagraphProperties(new ParagraphStyleId { Val = key.StyleId });
        if (key is { NumberingLevel: { } level, NumberingId: { } numId })
        {
            properties.Append(new NumberingProperties(
                new NumberingLevelReference { Val = level },
                new NumberingId { Val = numId }));
        }
        if (key.Left is { } left)
        {
            var ind = new Indentation { Left = left.ToString(CultureInfo.InvariantCulture) };
            if (key.Hanging is { } hanging) ind.Hanging = hanging.ToString(CultureInfo.InvariantCulture);
            properties.Append(ind);
        }
        if (key.OutlineLevel is { } outline) properties.Append(new OutlineLevel { Val = outline });
        _properties.Add(key, properties);
        return properties;
    }

    /// <summary>Starts a bookmark named after the node id (see <see cref="BookmarkNames"/>); returns its id for the end.</summary>
    private string StartBookmark(string nodeId)
    {
        var id = (_nextBookmarkId++).ToString(CultureInfo.InvariantCulture);
        _bookmarkStart.Id = id;
        _bookmarkStart.Name = _bookmarkNames.Allocate(nodeId);
        _writer.WriteElement(_bookmarkStart);
        return id;
    }

    private void EndBookmark(string id)
    {
        _bookmarkEnd.Id = id;
        _writer.WriteElement(_bookmarkEnd);
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
        var element = preserve ? _preservedText : _textElement;
        element.Text = text;
        _writer.WriteElement(element);
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
