using System.Security.Cryptography;
using System.Xml;
using Converter.Model;
using Converter.Readers;
using DocumentFormat.OpenXml.Packaging;

namespace Converter.Docx.Reading;

/// <summary>
/// Reads Word documents (<c>.docx</c>, also <c>.docm</c> and templates, whose macros are never run) into the
/// model: title, headings, numbered clauses and text as Word shows them, with paragraph spans. Recognised by content
/// (a zip; Word 97–2003 and encrypted files, which are OLE compound files, are recognised to be refused with a
/// clear message). Stateless and thread-safe.
/// <code>
/// var readers = ReaderRegistry.Core.With(new DocxReader());
/// var document = DocumentConverter.ParseFile("statement.docx", null, readers);
/// </code>
/// </summary>
public sealed class DocxReader : IDocumentReader
{
    /// <inheritdoc />
    public string Format => "docx";

    /// <inheritdoc />
    public bool Recognizes(ReadOnlySpan<byte> bytes) => PackageGuard.IsContainer(bytes);

    /// <inheritdoc />
    /// <remarks>
    /// Diagnostics besides the text parser's: <c>DOCX101</c> tracked changes read as accepted, <c>DOCX102</c> a comment,
    /// <c>DOCX103</c> a footnote or endnote, <c>DOCX104</c> tables read as text, <c>DOCX105</c> macros ignored,
    /// <c>DOCX106</c> text boxes, <c>DOCX107</c> headers and footers not read, <c>DOCX108</c> hidden text or
    /// placeholders left out, <c>DOCX109</c> embedded objects or imported chunks not read.
    /// </remarks>
    public Document Read(ReadOnlySpan<byte> bytes, string? sourceName, ConverterOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var displayName = sourceName ?? "-";
        if (bytes.Length > options.MaxInputBytes)
            throw new ConversionException(ConversionErrorKind.InputTooLarge,
                $"the input is {bytes.Length:N0} bytes, more than the limit of {options.MaxInputBytes:N0}; raise --max-input-size if this is really one document",
                displayName);
        var data = bytes.ToArray();
        var findings = PackageGuard.Check(data, displayName, options);
        var sha = Convert.ToHexStringLower(SHA256.HashData(data));

        WordBody body;
        try
        {
            using var word = WordprocessingDocument.Open(new MemoryStream(data, writable: false), false);
            var main = word.MainDocumentPart ?? throw PackageGuard.Damaged(displayName, "it has no main document part", null);
            body = WordBodyReader.Read(main, displayName);
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or XmlException or FileFormatException
                                       or UriFormatException or InvalidOperationException or NotSupportedException or KeyNotFoundException)
        {
            throw PackageGuard.Damaged(displayName, $"the Open XML SDK cannot read it ({e.Message.TrimEnd('.')})", e);
        }

        List<Diagnostic> extra = [];
        if (findings.HasMacros)
            extra.Add(new Diagnostic("DOCX105", DiagnosticSeverity.Warning,
                "the document holds macros (a macro-enabled .docm): they were ignored; the converter reads text and never runs macros", null));
        return WordStructure.Build(body, sha, sourceName, extra);
    }
}
