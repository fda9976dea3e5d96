using Converter.Model;

namespace Converter.Readers;

/// <summary>
/// Reads one binary source format (such as Word) into a <see cref="Document"/>. Text and converter JSON need no
/// reader: the core library reads them itself. A reader is recognised by content, never by file extension.
/// Implementations are stateless and thread-safe.
/// </summary>
public interface IDocumentReader
{
    /// <summary>Short format name (<c>docx</c>), used in messages.</summary>
    string Format { get; }

    /// <summary>
    /// True when <paramref name="bytes"/> look like this format from their first bytes (a signature), so that
    /// <see cref="Read"/> should be asked rather than the text parser. Cheap: called on every input.
    /// </summary>
    bool Recognizes(ReadOnlySpan<byte> bytes);

    /// <summary>Reads the whole source.</summary>
    /// <param name="bytes">The source bytes as read (already bounded by <see cref="ConverterOptions.MaxInputBytes"/>).</param>
    /// <param name="sourceName">Path or name for messages and metadata; <c>null</c> for standard input.</param>
    /// <param name="options">Limits and options.</param>
    /// <exception cref="ConversionException">The source is damaged, encrypted, unsupported, empty or too large.</exception>
    Document Read(ReadOnlySpan<byte> bytes, string? sourceName, ConverterOptions options);
}
