using Converter.Model;

namespace Converter.Pdf;

/// <summary>Two-line use of the PDF emitter: parse, then <c>document.ToPdf(path)</c>.</summary>
public static class PdfDocumentExtensions
{
    private static readonly PdfEmitter Emitter = new();

    /// <summary>Writes the document as PDF (PDF/A-2u unless <see cref="ConverterOptions.PdfA"/> is off) to <paramref name="output"/>.</summary>
    /// <param name="document">The document to write.</param>
    /// <param name="output">A writable stream; it is left open.</param>
    /// <param name="options">Options (timestamp, clause numbering, PDF/A, fonts); <see cref="ConverterOptions.Default"/> when <c>null</c>.</param>
    /// <returns>What the emitter noticed, e.g. <c>PDF001</c> for a character no font can draw.</returns>
    /// <exception cref="ConversionException">A font option is unusable (<see cref="ConversionErrorKind.InvalidOption"/>).</exception>
    public static IReadOnlyList<Diagnostic> ToPdf(this Document document, Stream output, ConverterOptions? options = null) =>
        Emitter.Write(document, output, options ?? ConverterOptions.Default);

    /// <summary>
    /// Writes the document as PDF to <paramref name="path"/>: first to a temporary file in the same directory,
    /// then renamed into place, so a reader never sees a half-written file and a failure leaves any existing
    /// file untouched.
    /// </summary>
    /// <param name="document">The document to write.</param>
    /// <param name="path">Destination file; its directory is created if needed. An existing file is replaced.</param>
    /// <param name="options">Options; <see cref="ConverterOptions.Default"/> when <c>null</c>.</param>
    /// <returns>What the emitter noticed, e.g. <c>PDF001</c> for a character no font can draw.</returns>
    /// <exception cref="ConversionException">A font option is unusable, or the file could not be written.</exception>
    public static IReadOnlyList<Diagnostic> ToPdf(this Document document, string path, ConverterOptions? options = null) =>
        document.WriteFile(Emitter, path, options);
}
