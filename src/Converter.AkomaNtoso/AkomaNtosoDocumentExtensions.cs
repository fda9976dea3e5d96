using Converter.Model;

namespace Converter.AkomaNtoso;

/// <summary>Two-line use of the Akoma Ntoso emitter: parse, then <c>document.ToAkomaNtoso(path)</c>.</summary>
public static class AkomaNtosoDocumentExtensions
{
    private static readonly AknEmitter Emitter = new();

    /// <summary>Writes the document as Akoma Ntoso XML to <paramref name="output"/>.</summary>
    /// <param name="document">The document to write.</param>
    /// <param name="output">A writable stream; it is left open.</param>
    /// <param name="options">Options (the timestamp dates the manifestation); <see cref="ConverterOptions.Default"/> when <c>null</c>.</param>
    /// <returns>What the emitter noticed, e.g. <c>AKN001</c> for replaced characters.</returns>
    public static IReadOnlyList<Diagnostic> ToAkomaNtoso(this Document document, Stream output, ConverterOptions? options = null) =>
        Emitter.Write(document, output, options ?? ConverterOptions.Default);

    /// <summary>
    /// Writes the document as Akoma Ntoso XML to <paramref name="path"/>: first to a temporary file in the same
    /// directory, then renamed into place, so a reader never sees a half-written file.
    /// </summary>
    /// <param name="document">The document to write.</param>
    /// <param name="path">Destination file; its directory is created if needed. An existing file is replaced.</param>
    /// <param name="options">Options; <see cref="ConverterOptions.Default"/> when <c>null</c>.</param>
    /// <returns>What the emitter noticed, e.g. <c>AKN001</c> for replaced characters.</returns>
    /// <exception cref="ConversionException">The file could not be written (<see cref="ConversionErrorKind.OutputFailed"/>).</exception>
    public static IReadOnlyList<Diagnostic> ToAkomaNtoso(this Document document, string path, ConverterOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentException.ThrowIfNullOrEmpty(path);
        IReadOnlyList<Diagnostic> diagnostics = [];
        Converter.IO.AtomicFile.Write(path, stream => diagnostics = document.ToAkomaNtoso(stream, options));
        return diagnostics;
    }
}
