using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Converter.Model;
using Converter.PlainText;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;

namespace Converter.Docx.Reading;

/// <summary>
/// Walks the main document part in reading order and makes the <see cref="WordBody"/>: one paragraph per <c>w:p</c>
/// (table cells row by row, text boxes after the paragraph they are anchored to), its text as Word shows it and the
/// properties its style and numbering state. One instance per document.
/// </summary>
/// <remarks>
/// Elements are matched by name in the WordprocessingML namespace rather than by SDK class, so content the SDK does
/// not type (<c>w:smartTag</c>, elements inside unknown wrappers) is read like the rest. Text as shown means: field
/// results, not field codes (nested fields too, across paragraphs); tracked insertions kept and deletions dropped
/// (a deleted paragraph mark joins the paragraph to the next), as if every change were accepted; hidden text and
/// content-control placeholders left out; line breaks joined as the text parser joins wrapped lines.
/// </remarks>
internal sealed class WordBodyReader
{
    private const string W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private const string M = "http://schemas.openxmlformats.org/officeDocument/2006/math";
    private const string Mc = "http://schemas.openxmlformats.org/markup-compatibility/2006";

    // Deeper nesting than this (tables in tables, content controls in content controls) is not a real document.
    private const int MaxDepth = 64;
    private const int MaxReported = 20;

    private readonly MainDocumentPart _main;
    private readonly WordStyles _styles;
    private readonly WordNumbering _numbering;
    private readonly string _displayName;
    private readonly List<WordParagraph> _paragraphs = [];
    private readonly List<Diagnostic> _diagnostics = [];
    private readonly List<bool> _fields = []; // open fields: false while in the code, true in the result
    private readonly StringBuilder _text = new();
    private readonly List<OpenXmlElement> _textBoxes = [];
    private readonly List<(string Id, int Paragraph, bool Endnote)> _notes = [];
    private readonly Dictionary<string, int> _commentAnchors = new(StringComparer.Ordinal);
    private string _carried = ""; // text of a paragraph whose mark was deleted, joined to the next
    private int _bold, _notBold;
    private bool _changed, _hidden;
    private int _changedParagraphs, _hiddenParagraphs, _tables, _textBoxCount, _placeholders, _objects;
    private readonly Dictionary<string, int> _dropped = [];

    private WordBodyReader(MainDocumentPart main, string displayName)
    {
        _main = main;
        _displayName = displayName;
        _styles = new WordStyles(main.StyleDefinitionsPart?.Styles);
        _numbering = new WordNumbering(main.NumberingDefinitionsPart?.Numbering, _styles);
    }

    /// <summary>Reads the body of <paramref name="main"/>.</summary>
    public static WordBody Read(MainDocumentPart main, string displayName)
    {
        var reader = new WordBodyReader(main, displayName);
        var body = main.Document?.Body ?? throw new ConversionException(ConversionErrorKind.InvalidDocument,
            "the Word file has no document body (word/document.xml holds no w:body); it is damaged: open it in Word and save it again", displayName);
        reader.Blocks(body, WordPlace.Body, 0);
        if (reader._carried.Length > 0) reader.AddParagraph(null, reader._carried, WordPlace.Body);
        reader.Report();
        return new WordBody([.. reader._paragraphs], [.. reader._diagnostics]);
    }

    // ---- block level ----

    private void Blocks(OpenXmlElement container, WordPlace place, int depth)
    {
        if (depth > MaxDepth)
            throw new ConversionException(ConversionErrorKind.InvalidDocument,
                $"the Word file nests tables or content controls more than {MaxDepth} levels deep; it is not a document the converter reads", _displayName);
        foreach (var child in container.ChildElements)
        {
            if (child.NamespaceUri == Mc && child.LocalName == "AlternateContent")
            {
                if (Branch(child) is { } branch) Blocks(branch, place, depth + 1);
                continue;
            }
            if (child.NamespaceUri != W) continue;
            switch (child.LocalName)
            {
                case "p":
                    Paragraph(child, place, depth);
                    break;
                case "tbl":
                    if (place != WordPlace.Table) _tables++;
                    foreach (var row in Children(child, "tr"))
                    {
                        if (Child(Child(row, "trPr"), "del") is not null) { _changed = true; continue; }
                        foreach (var cell in Children(row, "tc")) Blocks(cell, WordPlace.Table, depth + 1);
                    }
                    break;
                case "sdt":
                    if (IsPlaceholder(child)) { _placeholders++; break; }
                    if (Child(child, "sdtContent") is { } content) Blocks(content, place, depth + 1);
                    break;
                case "customXml":
                case "ins":
                case "moveTo":
                    Blocks(child, place, depth + 1);
                    break;
                case "del":
                case "moveFrom":
                    _changed = true;
                    break;
                case "altChunk":
                    Drop("altChunk");
                    break;
                case "sectPr":
                case "bookmarkStart":
                case "bookmarkEnd":
                case "proofErr":
                case "permStart":
                case "permEnd":
                    break;
                default:
                    if (child.LocalName.StartsWith("comment", StringComparison.Ordinal) || child.LocalName.StartsWith("move", StringComparison.Ordinal)) break;
                    Blocks(child, place, depth + 1);
                    break;
            }
        }
    }

    private void Paragraph(OpenXmlElement p, WordPlace place, int depth)
    {
        _text.Clear();
        _bold = _notBold = 0;
        _changed = _hidden = false;
        var pPr = Child(p, "pPr");
        var styleId = Val(Child(pPr, "pStyle"));
        var styleBold = _styles.Paragraph(styleId).Bold;
        var styleHidden = _styles.Paragraph(styleId).Hidden;
        Inline(p, styleBold, styleHidden, depth);
        var text = ParagraphInput.Join(_carried, JoinBreaks(_text.ToString()));
        _carried = "";
        if (_changed) _changedParagraphs++;
        if (_hidden) _hiddenParagraphs++;

        // A deleted paragraph mark (accepted): the text runs on into the next paragraph, which keeps its own properties.
        if (Child(Child(pPr, "rPr"), "del") is not null)
        {
            _changedParagraphs++;
            _carried = text;
        }
        else AddParagraph(pPr, text, place);

        // Text boxes anchored in this paragraph follow it.
        if (_textBoxes.Count > 0)
        {
            var boxes = _textBoxes.ToArray();
            _textBoxes.Clear();
            foreach (var box in boxes)
            {
                _textBoxCount++;
                Blocks(box, WordPlace.TextBox, depth + 1);
            }
        }
    }

    private void AddParagraph(OpenXmlElement? pPr, string text, WordPlace place)
    {
        var styleId = Val(Child(pPr, "pStyle"));
        var facts = _styles.Paragraph(styleId);
        var role = facts.Role;
        var level = facts.HeadingLevel;
        if (Int(Child(pPr, "outlineLvl")) is { } outline)
        {
            level = outline is >= 0 and <= 8 ? outline + 1 : null;
            if (level is not null && role == WordRole.None) role = WordRole.Heading;
            if (level is null && role == WordRole.Heading) role = WordRole.None;
        }

        var numPr = Child(pPr, "numPr");
        var numId = Int(Child(numPr, "numId")) ?? facts.NumId;
        WordNumber? number = null;
        var indent = Indent.From(pPr?.GetFirstChild<DocumentFormat.OpenXml.Wordprocessing.Indentation>())
            .Or(IndentByName(Child(pPr, "ind")));
        if (numId is { } n && n != 0)
        {
            var ilvl = Int(Child(numPr, "ilvl")) ?? facts.NumLevel ?? _numbering.LevelForStyle(n, styleId) ?? 0;
            number = _numbering.Next(n, ilvl);
            if (number is not null) indent = indent.Or(_numbering.IndentOf(n, ilvl));
        }
        indent = indent.Or(facts.Indent);

        var jc = Val(Child(pPr, "jc"));
        var centred = jc is not null ? jc == "center" : facts.Centred == true;
        var bold = _bold > 0 && _notBold == 0;
        // A list whose levels state no indent still nests by level: each level stands a quarter inch further in.
        var start = number is not null && indent is { Left: null, Hanging: null } ? number.Level * 360 : indent.Start;
        _paragraphs.Add(new WordParagraph(_paragraphs.Count + 1, text, role, role is WordRole.Heading or WordRole.ContentsEntry ? level : null,
            number, bold, centred, start, place));
    }

    // The SDK types w:ind where it knows the element; inside unknown wrappers it is read by name.
    private static Indent IndentByName(OpenXmlElement? ind)
    {
        if (ind is null || ind is DocumentFormat.OpenXml.Wordprocessing.Indentation) return Indent.None;
        static int? A(OpenXmlElement e, string name) =>
            int.TryParse(Attr(e, name), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var v) ? v : null;
        return new Indent(A(ind, "left") ?? A(ind, "start"), A(ind, "hanging"), A(ind, "firstLine"));
    }

    // ---- inline level ----

    private void Inline(OpenXmlElement container, bool? styleBold, bool? styleHidden, int depth)
    {
        if (depth > MaxDepth)
            throw new ConversionException(ConversionErrorKind.InvalidDocument,
                $"the Word file nests inline content more than {MaxDepth} levels deep; it is not a document the converter reads", _displayName);
        foreach (var child in container.ChildElements)
        {
            if (child.NamespaceUri == M)
            {
                // Equations: their text, in order (m:t), as Word's linear form would show the characters.
                foreach (var t in child.Descendants())
                    if (t.LocalName == "t" && t.NamespaceUri == M) Append(t.InnerText, bold: false);
                continue;
            }
            if (child.NamespaceUri == Mc && child.LocalName == "AlternateContent")
            {
                if (Branch(child) is { } branch) Inline(branch, styleBold, styleHidden, depth + 1);
                continue;
            }
            if (child.NamespaceUri != W) continue;
            switch (child.LocalName)
            {
                case "r":
                    Run(child, styleBold, styleHidden, depth);
                    break;
                case "pPr":
                case "bookmarkStart":
                case "bookmarkEnd":
                case "proofErr":
                case "permStart":
                case "permEnd":
                case "commentRangeEnd":
                    break;
                case "commentRangeStart":
                    if (Attr(child, "id") is { } commentId) _commentAnchors.TryAdd(commentId, _paragraphs.Count + 1);
                    break;
                case "del":
                case "moveFrom":
                    _changed = true;
                    break;
                case "ins":
                case "moveTo":
                    _changed = true;
                    Inline(child, styleBold, styleHidden, depth + 1);
                    break;
                case "sdt":
                    if (IsPlaceholder(child)) { _placeholders++; break; }
                    if (Child(child, "sdtContent") is { } content) Inline(content, styleBold, styleHidden, depth + 1);
                    break;
                default:
                    // hyperlink, smartTag, customXml, fldSimple (its children are the result), dir, bdo, and wrappers
                    // the SDK does not know: their runs are the text.
                    Inline(child, styleBold, styleHidden, depth + 1);
                    break;
            }
        }
    }

    private void Run(OpenXmlElement run, bool? styleBold, bool? styleHidden, int depth)
    {
        var rPr = Child(run, "rPr");
        var (charBold, charHidden) = _styles.Character(Val(Child(rPr, "rStyle")));
        var bold = OnOff(Child(rPr, "b")) ?? charBold ?? styleBold ?? false;
        var hidden = OnOff(Child(rPr, "vanish")) ?? charHidden ?? styleHidden ?? false;
        foreach (var c in run.ChildElements)
        {
            if (c.NamespaceUri == Mc && c.LocalName == "AlternateContent")
            {
                if (Branch(c) is { } branch) CollectTextBoxes(branch);
                continue;
            }
            if (c.NamespaceUri != W) continue;
            switch (c.LocalName)
            {
                case "t":
                    if (hidden) { if (c.InnerText.Length > 0 && Visible) _hidden = true; }
                    else if (Visible) Append(c.InnerText, bold);
                    break;
                case "tab":
                case "ptab":
                    if (!hidden && Visible) _text.Append('\t');
                    break;
                case "br":
                case "cr":
                    if (!hidden && Visible) _text.Append('\n');
                    break;
                case "softHyphen":
                    if (!hidden && Visible) Append("\u00AD", bold);
                    break;
                case "noBreakHyphen":
                    if (!hidden && Visible) Append("\u2011", bold);
                    break;
                case "sym":
                    if (!hidden && Visible && int.TryParse(Attr(c, "char"), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var code)
                        && code is > 0x20 and <= 0xFFFF and not (>= 0xD800 and <= 0xDFFF))
                        Append(((char)code).ToString(), bold);
                    break;
                case "fldChar":
                    Field(Attr(c, "fldCharType"));
                    break;
                case "delText":
                case "delInstrText":
                    _changed = true;
                    break;
                case "footnoteReference":
                case "endnoteReference":
                    if (Attr(c, "id") is { } noteId) _notes.Add((noteId, _paragraphs.Count + 1, c.LocalName == "endnoteReference"));
                    break;
                case "commentReference":
                    if (Attr(c, "id") is { } refId) _commentAnchors.TryAdd(refId, _paragraphs.Count + 1);
                    break;
                case "drawing":
                case "pict":
                    CollectTextBoxes(c);
                    break;
                case "object":
                    _objects++;
                    break;
                case "ruby":
                    // The base text is the text; the reading aid above it (furigana) is not.
                    if (Child(c, "rubyBase") is { } rubyBase) Inline(rubyBase, bold, hidden, depth + 1);
                    break;
            }
        }
    }

    private bool Visible
    {
        get
        {
            foreach (var inResult in _fields)
                if (!inResult) return false;
            return true;
        }
    }

    // Complex fields: begin, code, separate, result, end; a field's code may hold nested fields.
    private void Field(string? type)
    {
        switch (type)
        {
            case "begin":
                if (_fields.Count < MaxDepth) _fields.Add(false);
                break;
            case "separate":
                if (_fields.Count > 0) _fields[^1] = true;
                break;
            case "end":
                if (_fields.Count > 0) _fields.RemoveAt(_fields.Count - 1);
                break;
        }
    }

    private void Append(string text, bool bold)
    {
        _text.Append(text);
        foreach (var ch in text)
        {
            if (char.IsWhiteSpace(ch)) continue;
            if (bold) _bold++; else _notBold++;
        }
    }

    private void CollectTextBoxes(OpenXmlElement element)
    {
        foreach (var d in element.Descendants())
            if (d.LocalName == "txbxContent" && d.NamespaceUri == W && !HasTextBoxAncestor(d, element))
                _textBoxes.Add(d);
    }

    // A text box inside a text box is read with its outer box, not twice.
    private static bool HasTextBoxAncestor(OpenXmlElement box, OpenXmlElement stop)
    {
        for (var e = box.Parent; e is not null && e != stop; e = e.Parent)
            if (e.LocalName == "txbxContent" && e.NamespaceUri == W) return true;
        return false;
    }

    // mc:AlternateContent: the first choice (what Word shows), else the fallback.
    private static OpenXmlElement? Branch(OpenXmlElement alternate) =>
        alternate.ChildElements.FirstOrDefault(e => e.LocalName == "Choice") ?? alternate.ChildElements.FirstOrDefault(e => e.LocalName == "Fallback");

    private static bool IsPlaceholder(OpenXmlElement sdt) => Child(Child(sdt, "sdtPr"), "showingPlcHdr") is { } flag && OnOff(flag) != false;

    // Line breaks inside a paragraph are wrapped lines: joined as the text parser joins them.
    private static string JoinBreaks(string text)
    {
        if (!text.Contains('\n')) return text.Trim();
        var result = "";
        foreach (var part in text.Split('\n'))
            result = ParagraphInput.Join(result.TrimEnd(), part.Trim());
        return result.Trim();
    }

    // ---- what is reported, not read ----

    private void Drop(string what) => _dropped[what] = _dropped.GetValueOrDefault(what) + 1;

    private void Report()
    {
        if (_changedParagraphs > 0)
            Add("DOCX101", DiagnosticSeverity.Warning,
                $"the document has tracked changes in {_changedParagraphs} paragraph(s): read as if every change were accepted (insertions kept, deletions left out)", null);
        if (_tables > 0)
            Add("DOCX104", DiagnosticSeverity.Warning,
                $"{_tables} table(s) read as text: each cell's paragraphs in reading order, row by row (the model has no tables yet)", null);
        if (_textBoxCount > 0)
            Add("DOCX106", DiagnosticSeverity.Info, $"{_textBoxCount} text box(es) read after the paragraph each is anchored to", null);
        if (_hiddenParagraphs > 0)
            Add("DOCX108", DiagnosticSeverity.Info, $"hidden text in {_hiddenParagraphs} paragraph(s) left out (Word does not show it)", null);
        if (_placeholders > 0)
            Add("DOCX108", DiagnosticSeverity.Info, $"{_placeholders} empty content control(s) showing placeholder text left out", null);
        if (_objects > 0)
            Add("DOCX109", DiagnosticSeverity.Info, $"{_objects} embedded object(s) (OLE) not read", null);
        if (_dropped.GetValueOrDefault("altChunk") is > 0 and var chunks)
            Add("DOCX109", DiagnosticSeverity.Warning, $"{chunks} imported chunk(s) (w:altChunk: HTML, RTF or another document embedded whole) not read; open the file in Word and save it again to merge them", null);
        ReportNotes();
        ReportComments();
        ReportHeadersAndFooters();
    }

    private void ReportNotes()
    {
        if (_notes.Count == 0) return;
        var footnotes = NoteTexts(_main.FootnotesPart?.Footnotes?.ChildElements);
        var endnotes = NoteTexts(_main.EndnotesPart?.Endnotes?.ChildElements);
        int footnote = 0, endnote = 0, reported = 0;
        foreach (var (id, paragraph, isEndnote) in _notes)
        {
            var number = isEndnote ? ++endnote : ++footnote;
            if (!(isEndnote ? endnotes : footnotes).TryGetValue(id, out var text) || text.Length == 0) continue;
            if (reported++ >= MaxReported * 5) break;
            Add("DOCX103", DiagnosticSeverity.Info,
                string.Create(CultureInfo.InvariantCulture, $"{(isEndnote ? "endnote" : "footnote")} {number} (not part of the body): {text}"),
                SourceSpan.Paragraphs(Math.Max(paragraph, 1), Math.Max(paragraph, 1)));
        }
    }

    private void ReportComments()
    {
        var comments = _main.WordprocessingCommentsPart?.Comments;
        if (comments is null) return;
        var reported = 0;
        foreach (var comment in comments.ChildElements)
        {
            if (comment.LocalName != "comment") continue;
            var text = ElementText(comment);
            if (text.Length == 0) continue;
            if (reported++ >= MaxReported * 5) break;
            var id = Attr(comment, "id") ?? "";
            SourceSpan? span = _commentAnchors.TryGetValue(id, out var at) ? SourceSpan.Paragraphs(Math.Max(at, 1), Math.Max(at, 1)) : null;
            Add("DOCX102", DiagnosticSeverity.Info, $"comment (not part of the body): {text}", span);
        }
    }

    private void ReportHeadersAndFooters()
    {
        var withText = _main.HeaderParts.Count(h => ElementText(h.Header).Length > 0) + _main.FooterParts.Count(f => ElementText(f.Footer).Length > 0);
        if (withText > 0)
            Add("DOCX107", DiagnosticSeverity.Info, $"{withText} header(s) or footer(s) with text not read: running heads and page numbers are not part of the body", null);
    }

    private Dictionary<string, string> NoteTexts(OpenXmlElementList? notes)
    {
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        if (notes is null) return texts;
        foreach (var note in notes)
        {
            var type = Attr(note, "type");
            if (type is "separator" or "continuationSeparator" or "continuationNotice") continue;
            if (Attr(note, "id") is { } id) texts.TryAdd(id, ElementText(note));
        }
        return texts;
    }

    // The text of a note, comment, header or footer: its paragraphs' w:t, one line each, whitespace kept to single spaces.
    private static string ElementText(OpenXmlElement? element)
    {
        if (element is null) return "";
        var sb = new StringBuilder();
        foreach (var p in element.Descendants())
        {
            if (p.NamespaceUri != W) continue;
            if (p.LocalName == "p" && sb.Length > 0) sb.Append(' ');
            else if (p.LocalName == "t") sb.Append(p.InnerText);
            else if (p.LocalName == "tab") sb.Append(' ');
        }
        return string.Join(' ', sb.ToString().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }

    private void Add(string code, DiagnosticSeverity severity, string message, SourceSpan? span) =>
        _diagnostics.Add(new Diagnostic(code, severity, message, span));

    // ---- element helpers (by name, in the w: namespace) ----

    private static OpenXmlElement? Child(OpenXmlElement? parent, string localName)
    {
        if (parent is null) return null;
        foreach (var c in parent.ChildElements)
            if (c.LocalName == localName && c.NamespaceUri == W) return c;
        return null;
    }

    private static IEnumerable<OpenXmlElement> Children(OpenXmlElement parent, string localName)
    {
        foreach (var c in parent.ChildElements)
            if (c.LocalName == localName && c.NamespaceUri == W) yield return c;
    }

    private static string? Val(OpenXmlElement? element) => element is null ? null : Attr(element, "val");

    // GetAttribute throws for a missing attribute; this answers null.
    private static string? Attr(OpenXmlElement element, string localName)
    {
        foreach (var a in element.GetAttributes())
            if (a.LocalName == localName && a.NamespaceUri == W) return a.Value;
        return null;
    }

    private static int? Int(OpenXmlElement? element) =>
        int.TryParse(Val(element), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var v) ? v : null;

    private static bool? OnOff(OpenXmlElement? element) =>
        element is null ? null : Val(element) is not ("0" or "false" or "off");
}
