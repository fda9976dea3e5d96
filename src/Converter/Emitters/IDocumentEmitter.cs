using Converter.Model;

namespace Converter.Emitters;

/// <summary>
/// Writes a <see cref="Document"/> in one output format. Implementations are stateless and thread-safe;
/// adding a format means adding one class and registering it in an <see cref="EmitterRegistry"/>.
/// </summary>
public interface IDocumentEmitter
{
    /// <summary>Format name used on the command line and in the registry (<c>json</c>, <c>docx</c>, <c>pdf</c>).</summary>
    string Format { get; }

    /// <summary>File extension including the dot (<c>.json</c>).</summary>
    string FileExtension { get; }

    /// <summary>IANA media type of the output.</summary>
    string MediaType { get; }

    /// <summary>
    /// Writes the document to <paramref name="output"/>. The same document and options always produce the
    /// same bytes. Returns what the emitter noticed (e.g. a character with no glyph in the font).
    /// </summary>
    /// <exception cref="ConversionException">An option is unusable (e.g. a bad font file).</exception>
    IReadOnlyList<Diagnostic> Write(Document document, Stream output, ConverterOptions options);
}
