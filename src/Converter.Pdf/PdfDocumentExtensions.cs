using Converter.Model;

namespace Converter.Pdf;

/// <summary>Two-line use: parse, then <c>document.ToPdf(stream)</c>.</summary>
public static class PdfDocumentExtensions
{
    private static readonly PdfEmitter Emitter = new();

    /// <summary>Writes <paramref name="document"/> as PDF to <paramref name="output"/>; see <see cref="PdfEmitter"/>.</summary>
    /// <returns>What the emitter noticed, e.g. characters with no glyph in the font (PDF001).</returns>
    /// <exception cref="ConversionException">A font option is unusable.</exception>
    public static IReadOnlyList<Diagnostic> ToPdf(this Document document, Stream output, ConverterOptions? options = null) =>
        Emitter.Write(document, output, options ?? ConverterOptions.Default);
}
