using Converter.Model;

namespace Converter.Docx;

/// <summary>Two-line use of the Word emitter: parse, then <c>document.ToDocx(path)</c>.</summary>
public static class DocxDocumentExtensions
{
    private static readonly DocxEmitter Emitter = new();

    /// <summary>Writes the document as .docx to <paramref name="output"/>.</summary>
    /// <param name="document">The document to write.</param>
    /// <param name="output">A writable stream; it is left open.</param>
    /// <param name="options">Options (timestamp, clause numbering); <see cref="ConverterOptions.Default"/> when <c>null</c>.</param>
    /// <returns>What the emitter noticed, e.g. <c>DOCX001</c> for replaced characters.</returns>
    public static IReadOnlyList<Diagnostic> ToDocx(this Document document, Stream output, ConverterOptions? options = null) =>
        Emitter.Write(document, output, options ?? ConverterOptions.Default);

    /// <summary>
    /// Writes the document as .docx to <paramref name="path"/>: first to a temporary file in the same
    /// directory, then renamed into place, so a reader never sees a half-written file and a failure
    /// leaves any existing file untouched.
    /// </summary>
    /// <param name="document">The document to write.</param>
    /// <param name="path">Destination file; its directory is created if needed. An existing file is replaced.</param>
    /// <param name="options">Options (timestamp, clause numbering); <see cref="ConverterOptions.Default"/> when <c>null</c>.</param>
    /// <returns>What the emitter noticed, e.g. <c>DOCX001</c> for replaced characters.</returns>
    /// <exception cref="ConversionException">The file could not be written (<see cref="ConversionErrorKind.OutputFailed"/>).</exception>
    public static IReadOnlyList<Diagnostic> ToDocx(this Document document, string path, ConverterOptions? options = null) =>
        document.WriteFile(Emitter, path, options);
}
