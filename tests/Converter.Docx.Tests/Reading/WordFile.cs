using System.Collections.Immutable;
using System.Text;
using Converter.Docx.Reading;
using Converter.Model;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using WDocument = DocumentFormat.OpenXml.Wordprocessing.Document;

namespace Converter.Docx.Tests.Reading;

/// <summary>Hand-built Word files for the reader's tests: WordprocessingML snippets packaged by the Open XML SDK.</summary>
internal static class WordFile
{
    public const string W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    /// <summary>A .docx whose body is <paramref name="bodyXml"/> (w:p, w:tbl … without the w:body element).</summary>
    public static byte[] Build(string bodyXml, string? stylesXml = null, string? numberingXml = null, string? footnotesXml = null,
        string? commentsXml = null)
    {
        using var stream = new MemoryStream();
        using (var word = WordprocessingDocument.Create(stream, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            var main = word.AddMainDocumentPart();
            main.Document = new WDocument($"<w:document xmlns:w=\"{W}\" xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\" " +
                "xmlns:m=\"http://schemas.openxmlformats.org/officeDocument/2006/math\" xmlns:wps=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\" " +
                "xmlns:v=\"urn:schemas-microsoft-com:vml\" xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\" " +
                "xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\">" +
                $"<w:body>{bodyXml}</w:body></w:document>");
            if (stylesXml is not null)
                main.AddNewPart<StyleDefinitionsPart>().Styles = new Styles($"<w:styles xmlns:w=\"{W}\">{stylesXml}</w:styles>");
            if (numberingXml is not null)
                main.AddNewPart<NumberingDefinitionsPart>().Numbering = new Numbering($"<w:numbering xmlns:w=\"{W}\">{numberingXml}</w:numbering>");
            if (footnotesXml is not null)
                main.AddNewPart<FootnotesPart>().Footnotes = new Footnotes($"<w:footnotes xmlns:w=\"{W}\">{footnotesXml}</w:footnotes>");
            if (commentsXml is not null)
                main.AddNewPart<WordprocessingCommentsPart>().Comments = new Comments($"<w:comments xmlns:w=\"{W}\">{commentsXml}</w:comments>");
        }
        return stream.ToArray();
    }

    /// <summary>A paragraph: optional style, optional numbering (numId, ilvl), text in one run.</summary>
    public static string P(string text, string? style = null, int? numId = null, int ilvl = 0, string? extraPPr = null, string? rPr = null)
    {
        var pPr = new StringBuilder();
        if (style is not null) pPr.Append($"<w:pStyle w:val=\"{style}\"/>");
        if (numId is not null) pPr.Append($"<w:numPr><w:ilvl w:val=\"{ilvl}\"/><w:numId w:val=\"{numId}\"/></w:numPr>");
        if (extraPPr is not null) pPr.Append(extraPPr);
        var props = pPr.Length > 0 ? $"<w:pPr>{pPr}</w:pPr>" : "";
        var run = text.Length == 0 ? "" : $"<w:r>{(rPr is null ? "" : $"<w:rPr>{rPr}</w:rPr>")}<w:t xml:space=\"preserve\">{System.Security.SecurityElement.Escape(text)}</w:t></w:r>";
        return $"<w:p>{props}{run}</w:p>";
    }

    /// <summary>A style definition.</summary>
    public static string Style(string id, string name, string? basedOn = null, int? outline = null, string type = "paragraph", string? numPr = null) =>
        $"<w:style w:type=\"{type}\" w:styleId=\"{id}\"><w:name w:val=\"{name}\"/>" +
        (basedOn is null ? "" : $"<w:basedOn w:val=\"{basedOn}\"/>") +
        (outline is null && numPr is null ? "" : $"<w:pPr>{numPr}{(outline is null ? "" : $"<w:outlineLvl w:val=\"{outline}\"/>")}</w:pPr>") +
        "</w:style>";

    /// <summary>An abstract numbering definition with one level per (format, text) and a w:num pointing at it.</summary>
    public static string List(int id, params (string Format, string Text)[] levels) => List(id, id, null, levels);

    public static string List(int abstractId, int numId, string? overrides, params (string Format, string Text)[] levels)
    {
        var sb = new StringBuilder($"<w:abstractNum w:abstractNumId=\"{abstractId}\">");
        for (var i = 0; i < levels.Length; i++)
            sb.Append($"<w:lvl w:ilvl=\"{i}\"><w:start w:val=\"1\"/><w:numFmt w:val=\"{levels[i].Format}\"/><w:lvlText w:val=\"{levels[i].Text}\"/></w:lvl>");
        sb.Append("</w:abstractNum>");
        sb.Append(Num(numId, abstractId, overrides));
        return sb.ToString();
    }

    public static string Num(int numId, int abstractId, string? overrides = null) =>
        $"<w:num w:numId=\"{numId}\"><w:abstractNumId w:val=\"{abstractId}\"/>{overrides}</w:num>";

    public static Model.Document Read(byte[] bytes, string name = "test.docx") => new DocxReader().Read(bytes, name, ConverterOptions.Default);

    /// <summary>The body as the reader sees it (paragraphs with their stated facts).</summary>
    public static ImmutableArray<WordParagraph> Paragraphs(byte[] bytes)
    {
        using var word = WordprocessingDocument.Open(new MemoryStream(bytes), false);
        return WordBodyReader.Read(word.MainDocumentPart!, "test.docx").Paragraphs;
    }

    /// <summary>An indented outline of the model: one node per line (used to compare structures).</summary>
    public static string Outline(Model.Document d)
    {
        var sb = new StringBuilder();
        var h = d.Heading;
        if (h.StatusNote is { } s) sb.Append("status: ").Append(s.Text).Append('\n');
        sb.Append("title: ").Append(h.Title.Text).Append('\n');
        foreach (var x in h.Subtitles) sb.Append("subtitle: ").Append(x.Text).Append('\n');
        foreach (var x in d.Preamble) sb.Append("preamble: ").Append(x.Text).Append('\n');
        foreach (var c in d.Clauses) Clause(sb, c, 0);
        foreach (var x in d.Sections) Section(sb, x, 0);
        foreach (var x in d.Closing) sb.Append("closing: ").Append(x.Text).Append('\n');
        return sb.ToString();
    }

    private static void Section(StringBuilder sb, Section s, int depth)
    {
        sb.Append(' ', depth * 2).Append("section ").Append(s.Id).Append(' ').Append(s.Number ?? "-").Append(" | ").Append(s.Title).Append('\n');
        foreach (var c in s.Clauses) Clause(sb, c, depth + 1);
        foreach (var x in s.Sections) Section(sb, x, depth + 1);
    }

    private static void Clause(StringBuilder sb, Clause c, int depth)
    {
        sb.Append(' ', depth * 2).Append("clause ").Append(c.Id).Append(' ').Append(c.Number ?? "-");
        if (c.Caption is { } cap) sb.Append(' ').Append(cap);
        sb.Append(" | ").Append(c.Text).Append('\n');
        foreach (var i in c.Items) Clause(sb, i, depth + 1);
    }
}
