using System.IO.Compression;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using Converter.Model;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using Xunit;
using WParagraph = DocumentFormat.OpenXml.Wordprocessing.Paragraph;

namespace Converter.Docx.Tests;

/// <summary>An emitted .docx held in memory, already checked by the Open XML validator.</summary>
internal sealed class Docx
{
    private Docx(byte[] bytes, IReadOnlyList<Diagnostic> diagnostics)
    {
        Bytes = bytes;
        Diagnostics = diagnostics;
    }

    public byte[] Bytes { get; }

    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    /// <summary>Emits <paramref name="document"/> and asserts the result passes validation with no error.</summary>
    public static Docx Emit(Model.Document document, ConverterOptions? options = null)
    {
        using var stream = new MemoryStream();
        var diagnostics = document.ToDocx(stream, options);
        var docx = new Docx(stream.ToArray(), diagnostics);
        AssertValid(docx.Bytes);
        return docx;
    }

    /// <summary>Runs <see cref="OpenXmlValidator"/> (Office 2019) and fails listing every error.</summary>
    public static void AssertValid(byte[] bytes)
    {
        using var word = WordprocessingDocument.Open(new MemoryStream(bytes), false);
        var validator = new OpenXmlValidator(FileFormatVersions.Office2019);
        // Read each error while the package is open: the error objects point into it.
        var errors = validator.Validate(word)
            .Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Id}: {e.Description}")
            .ToList();
        Assert.True(errors.Count == 0, $"{errors.Count} validation error(s):\n" + string.Join("\n", errors));
    }

    /// <summary>Opens the package read-only and runs <paramref name="read"/> on it.</summary>
    public T Read<T>(Func<WordprocessingDocument, T> read)
    {
        using var word = WordprocessingDocument.Open(new MemoryStream(Bytes), false);
        return read(word);
    }

    /// <summary>Body paragraphs as (style id, text) pairs.</summary>
    public IReadOnlyList<(string? Style, string Text)> Paragraphs() => Read(word =>
        word.MainDocumentPart!.Document!.Body!.Elements<WParagraph>()
            .Select(p => (p.ParagraphProperties?.ParagraphStyleId?.Val?.Value, Text(p)))
            .ToList());

    /// <summary>The body's text in document order: <c>w:t</c> as is, <c>w:tab</c> as a tab, <c>w:br</c> as a line feed.</summary>
    public string BodyText() => Read(word => Text(word.MainDocumentPart!.Document!.Body!));

    /// <summary>Only the <c>w:t</c> elements of the body, concatenated.</summary>
    public string BodyTextElementsOnly() => Read(word =>
        string.Concat(word.MainDocumentPart!.Document!.Body!.Descendants<Text>().Select(t => t.Text)));

    /// <summary>The XML of a part, by its path in the zip.</summary>
    public string? Part(string path)
    {
        using var zip = new ZipArchive(new MemoryStream(Bytes), ZipArchiveMode.Read);
        var entry = zip.GetEntry(path);
        if (entry is null) return null;
        using var reader = new StreamReader(entry.Open(), Encoding.UTF8);
        return reader.ReadToEnd();
    }

    /// <summary>A part pretty-printed for a snapshot, with the converter version (changes every release) masked.</summary>
    public string PrettyPart(string path)
    {
        var xml = Part(path) ?? throw new InvalidOperationException("no part " + path);
        var doc = XDocument.Parse(xml);
        var sb = new StringBuilder();
        var settings = new XmlWriterSettings { Indent = true, IndentChars = "  ", OmitXmlDeclaration = true, NewLineChars = "\n" };
        using (var writer = XmlWriter.Create(sb, settings)) doc.Root!.WriteTo(writer);
        return sb.ToString().Replace(CoreProperties.Creator, "converter {version}", StringComparison.Ordinal);
    }

    public IReadOnlyList<string> EntryNames()
    {
        using var zip = new ZipArchive(new MemoryStream(Bytes), ZipArchiveMode.Read);
        return zip.Entries.Select(e => e.FullName).ToList();
    }

    private static string Text(OpenXmlElement element)
    {
        var sb = new StringBuilder();
        foreach (var e in element.Descendants())
        {
            switch (e)
            {
                case Text t: sb.Append(t.Text); break;
                case TabChar: sb.Append('\t'); break;
                case Break: sb.Append('\n'); break;
            }
        }
        return sb.ToString();
    }
}
