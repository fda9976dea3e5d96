using Converter.Emitters;
using Converter.Model;

namespace Converter.Docx;

/// <summary>
/// Writes a <see cref="Document"/> as a Word document: real heading styles (shown in the navigation pane),
/// one paragraph per clause, a bookmark per section and clause, fonts and language tags that follow the
/// document's language, and optional Word numbering for clauses the source leaves unnumbered.
/// The same document and options always give the same bytes. Stateless and thread-safe.
/// </summary>
/// <remarks>
/// Register it with <c>EmitterRegistry.Core.With(new DocxEmitter())</c>, or call
/// <see cref="DocxDocumentExtensions.ToDocx(Document, Stream, ConverterOptions?)"/> directly.
/// </remarks>
public sealed class DocxEmitter : IDocumentEmitter
{
    /// <inheritdoc />
    public string Format => "docx";

    /// <inheritdoc />
    public string FileExtension => ".docx";

    /// <inheritdoc />
    public string MediaType => "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    /// <inheritdoc />
    /// <returns>
    /// Warnings such as <c>DOCX001</c> (a character that XML cannot hold was replaced by U+FFFD);
    /// empty when the text went through unchanged.
    /// </returns>
    public IReadOnlyList<Diagnostic> Write(Document document, Stream output, ConverterOptions options)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(options);
        return DocxPackageWriter.Write(document, options, output);
    }
}
