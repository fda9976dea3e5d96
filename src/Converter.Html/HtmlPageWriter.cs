using System.Globalization;
using System.Text;
using System.Xml;
using Converter.Emitters;
using Converter.Model;

namespace Converter.Html;

/// <summary>
/// Writes one document as an HTML5 page in reading order: header (status note, <c>h1</c> title, document number,
/// subtitles), then in <c>main</c> the preamble, tables of contents as <c>nav</c>, the body's sections and clauses,
/// and the closing. One instance per write.
/// </summary>
/// <remarks>
/// The page is written with <see cref="XmlWriter"/> as polyglot HTML: the library does the escaping, every non-void
/// element gets an explicit end tag (<c>&lt;div/&gt;</c> would not end in HTML), void elements end in <c>/&gt;</c>
/// (allowed by HTML), and white space between blocks is written by hand so none lands inside text.
/// </remarks>
internal sealed class HtmlPageWriter
{
    /// <summary>Diagnostic code for a character an HTML page cannot carry, written as U+FFFD.</summary>
    public const string ReplacedCharacterCode = "HTML001";

    /// <summary>The id of the front table of contents' <c>nav</c>.</summary>
    public const string FrontContentsId = "contents";

    private static readonly XmlWriterSettings Settings = new()
    {
        Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        OmitXmlDeclaration = true,
        Indent = false,
        NewLineHandling = NewLineHandling.None,
        CloseOutput = false,
    };

    private readonly Document _document;
    private readonly XmlWriter _html;
    private readonly MarkupText _text = MarkupText.ForHtml(ReplacedCharacterCode);
    private readonly IReadOnlyDictionary<TableOfContents, string?[]> _links;
    private readonly bool _japanese;

    private HtmlPageWriter(Document document, XmlWriter html)
    {
        _document = document;
        _html = html;
        _links = ContentsLinks.Resolve(document);
        _japanese = document.Metadata.Language.StartsWith("ja", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Writes <paramref name="document"/> to <paramref name="output"/> (UTF-8, no BOM) and returns the warnings.</summary>
    public static IReadOnlyList<Diagnostic> Write(Document document, Stream output)
    {
        using var html = XmlWriter.Create(output, Settings);
        var writer = new HtmlPageWriter(document, html);
        writer.WritePage();
        html.Flush();
        return writer._text.Diagnostics;
    }

    /// <summary>The element a clause becomes: a list item for items and points, an article for articles and legislative sections, a div otherwise.</summary>
    internal static string ElementOf(ClauseKind kind) => kind switch
    {
        ClauseKind.Item or ClauseKind.Subitem or ClauseKind.Point => "li",
        ClauseKind.Article or ClauseKind.Section => "article",
        _ => "div",
    };

    /// <summary>Between a number and what follows it: an ideographic space in Japanese (as statutes print it), a space otherwise.</summary>
    private string NumberSeparator => _japanese ? "\u3000" : " ";

    private void WritePage()
    {
        _html.WriteRaw("<!DOCTYPE html>");
        Line();
        _html.WriteStartElement("html");
        _html.WriteAttributeString("lang", _document.Metadata.Language);
        Line();
        WriteHead();
        _html.WriteStartElement("body");
        Line();
        WriteHeader();
        _html.WriteStartElement("main");
        Line();
        var preamble = 0;
        foreach (var part in _document.FrontMatter())
        {
            if (part.Paragraph is { } p)
                Block("p", "preamble", p.Text, string.Create(CultureInfo.InvariantCulture, $"preamble paragraph {++preamble}"), p.Span);
            else
                WriteContents(part.Contents!, FrontContentsId, "contents", 1);
        }
        foreach (var c in _document.Clauses) WriteClause(c, 1);
        foreach (var s in _document.Sections) WriteSection(s, 1);
        WriteClosing();
        End();
        End();
        End();
    }

    private void WriteHead()
    {
        _html.WriteStartElement("head");
        Line();
        _html.WriteStartElement("meta");
        _html.WriteAttributeString("charset", "utf-8");
        _html.WriteEndElement();
        Line();
        _html.WriteStartElement("meta");
        _html.WriteAttributeString("name", "viewport");
        _html.WriteAttributeString("content", "width=device-width, initial-scale=1");
        _html.WriteEndElement();
        Line();
        _html.WriteStartElement("title");
        _html.WriteString(_text.CleanSilently(_document.Heading.Title.Text));
        End();
        _html.WriteStartElement("style");
        Line();
        _html.WriteRaw(StyleSheet.Css);
        End();
        End();
    }

    private void WriteHeader()
    {
        _html.WriteStartElement("header");
        Line();
        foreach (var (part, paragraph) in _document.Heading.InReadingOrder())
        {
            switch (part)
            {
                case HeadingPart.Title:
                    Block("h1", null, paragraph.Text, "title", paragraph.Span);
                    break;
                case HeadingPart.StatusNote:
                    Block("p", "status-note", paragraph.Text, "status note", paragraph.Span);
                    break;
                case HeadingPart.DocumentNumber:
                    Block("p", "document-number", paragraph.Text, "document number", paragraph.Span);
                    break;
                default:
                    Block("p", "subtitle", paragraph.Text, "subtitle", paragraph.Span);
                    break;
            }
        }
        End();
    }

    /// <param name="s">The section.</param>
    /// <param name="outer">The level of the nearest heading above (1 for the title).</param>
    private void WriteSection(Section s, int outer)
    {
        var level = Math.Min(6, outer + 1);
        _html.WriteStartElement("section");
        _html.WriteAttributeString("id", s.Id);
        _html.WriteAttributeString("class", KindClass(s.Kind.ToString()));
        Line();
        _html.WriteStartElement(HeadingElement(level));
        if (s.Number is { } number)
        {
            Span("num", number, s.Id, s.Span);
            _html.WriteString(NumberSeparator);
        }
        Span("title", s.Title, s.Id, s.Span);
        if (s.AmendLawNumber is { } amend)
        {
            _html.WriteString(" ");
            Span("amend-law-number", amend, s.Id, s.Span);
        }
        End();
        WriteClauses(s.Clauses, level);
        foreach (var child in s.Sections) WriteSection(child, level);
        End();
    }

    // Items and points (号, bullets) run together as one ordered list; other clauses stand as blocks.
    private void WriteClauses(IReadOnlyList<Clause> clauses, int outer)
    {
        var inList = false;
        foreach (var c in clauses)
        {
            var item = ElementOf(c.Kind) == "li";
            if (item && !inList)
            {
                _html.WriteStartElement("ol");
                _html.WriteAttributeString("class", "items");
                Line();
                inList = true;
            }
            else if (!item && inList)
            {
                End();
                inList = false;
            }
            WriteClause(c, outer);
        }
        if (inList) End();
    }

    /// <param name="c">The clause.</param>
    /// <param name="outer">The level of the nearest heading above.</param>
    private void WriteClause(Clause c, int outer)
    {
        var element = ElementOf(c.Kind);
        _html.WriteStartElement(element);
        _html.WriteAttributeString("id", c.Id);
        _html.WriteAttributeString("class", "clause " + KindClass(c.Kind.ToString()));
        Line();

        // Reading order: caption, number, heading, text. A caption is the clause's heading element; without one, a
        // heading after the number (SHORT TITLE.) makes the number and heading the heading element.
        var level = outer;
        var numberInHeading = c.Caption is null && c.Heading is not null;
        if (c.Caption is not null || c.Heading is not null)
        {
            level = Math.Min(6, outer + 1);
            _html.WriteStartElement(HeadingElement(level));
            if (c.Caption is { } caption)
            {
                _html.WriteAttributeString("class", "caption");
                _html.WriteString(Clean(caption, c.Id, c.Span));
            }
            else
            {
                _html.WriteAttributeString("class", "clause-heading");
                WriteParts(c, ("num", c.Number), ("heading", c.Heading));
            }
            End();
        }
        (string?, string?)[] line = numberInHeading
            ? [(null, c.Text)]
            : [("num", c.Number), ("heading", c.Heading), (null, c.Text)];
        if (line.Any(part => !string.IsNullOrEmpty(part.Item2)))
        {
            _html.WriteStartElement("p");
            WriteParts(c, line);
            End();
        }
        if (c.Contents is { } contents) WriteContents(contents, c.Id + "-contents", c.Id, level);
        WriteClauses(c.Items, level);
        End();
    }

    /// <param name="contents">The table of contents.</param>
    /// <param name="id">The nav's id.</param>
    /// <param name="where">For messages.</param>
    /// <param name="outer">The level of the nearest heading above; the title becomes one level below.</param>
    private void WriteContents(TableOfContents contents, string id, string where, int outer)
    {
        _html.WriteStartElement("nav");
        _html.WriteAttributeString("id", id);
        _html.WriteAttributeString("class", "contents");
        if (contents.Title is not null)
            _html.WriteAttributeString("aria-labelledby", id + "-title");
        else
            _html.WriteAttributeString("aria-label", _japanese ? "目次" : "Contents");
        Line();
        if (contents.Title is { } t)
        {
            var element = HeadingElement(Math.Min(6, outer + 1));
            _html.WriteStartElement(element);
            _html.WriteAttributeString("id", id + "-title");
            _html.WriteString(Clean(t.Text, where, t.Span));
            End();
        }

        var links = _links.TryGetValue(contents, out var found) ? found : new string?[contents.Entries.Length];
        // Entries nest by level in ordered lists; a level deeper by more than one is taken as one deeper.
        var depth = 0;
        for (var i = 0; i < contents.Entries.Length; i++)
        {
            var entry = contents.Entries[i];
            var entryLevel = Math.Clamp(entry.Level, 1, depth + 1);
            if (entryLevel > depth)
            {
                _html.WriteStartElement("ol");
                depth = entryLevel;
            }
            else
            {
                _html.WriteFullEndElement(); // li
                Line();
                for (; depth > entryLevel; depth--)
                {
                    _html.WriteFullEndElement(); // ol
                    _html.WriteFullEndElement(); // li
                    Line();
                }
            }
            _html.WriteStartElement("li");
            var linked = links[i] is not null;
            if (linked)
            {
                _html.WriteStartElement("a");
                _html.WriteAttributeString("href", "#" + links[i]);
            }
            if (entry.Number is { } number)
            {
                Span("num", number, where, entry.Span);
                _html.WriteString(NumberSeparator);
            }
            _html.WriteString(Clean(entry.Text, where, entry.Span));
            if (linked) _html.WriteFullEndElement();
        }
        for (; depth > 0; depth--)
        {
            _html.WriteFullEndElement(); // li
            _html.WriteFullEndElement(); // ol
            Line();
        }
        End();
    }

    private void WriteClosing()
    {
        if (_document.Closing.IsEmpty) return;
        _html.WriteStartElement("div");
        _html.WriteAttributeString("class", "closing");
        Line();
        for (var i = 0; i < _document.Closing.Length; i++)
        {
            var p = _document.Closing[i];
            Block("p", null, p.Text, string.Create(CultureInfo.InvariantCulture, $"closing paragraph {i + 1}"), p.Span);
        }
        End();
    }

    // The non-empty parts in order, a separator between them: a span of the given class, or plain text.
    private void WriteParts(Clause c, params (string? Class, string? Text)[] parts)
    {
        var first = true;
        foreach (var (cls, text) in parts)
        {
            if (string.IsNullOrEmpty(text)) continue;
            if (!first) _html.WriteString(NumberSeparator);
            first = false;
            if (cls is null) _html.WriteString(Clean(text, c.Id, c.Span));
            else Span(cls, text, c.Id, c.Span);
        }
    }

    private static string HeadingElement(int level) => "h" + level.ToString(CultureInfo.InvariantCulture);

    // SupplementaryProvision → supplementary-provision: a class for styling and for readers of the markup.
    private static string KindClass(string kind)
    {
        var sb = new StringBuilder(kind.Length + 4);
        foreach (var ch in kind)
        {
            if (char.IsUpper(ch) && sb.Length > 0) sb.Append('-');
            sb.Append(char.ToLowerInvariant(ch));
        }
        return sb.ToString();
    }

    private void Block(string element, string? cls, string text, string where, SourceSpan span)
    {
        _html.WriteStartElement(element);
        if (cls is not null) _html.WriteAttributeString("class", cls);
        _html.WriteString(Clean(text, where, span));
        End();
    }

    private void Span(string cls, string text, string where, SourceSpan span)
    {
        _html.WriteStartElement("span");
        _html.WriteAttributeString("class", cls);
        _html.WriteString(Clean(text, where, span));
        _html.WriteFullEndElement();
    }

    // Ends the open element with an explicit end tag, then a line break.
    private void End()
    {
        _html.WriteFullEndElement();
        Line();
    }

    private void Line() => _html.WriteWhitespace("\n");

    private string Clean(string text, string where, SourceSpan? span) => _text.Clean(text, where, span);
}
