using System.Buffers;
using Converter.Emitters;
using Converter.Model;

namespace Converter.Json;

/// <summary>
/// Writes the document as indented UTF-8 JSON valid against <c>schemas/document.schema.json</c>:
/// stable property order, Japanese written as-is, LF line endings, a final newline.
/// </summary>
public sealed class JsonEmitter : IDocumentEmitter
{
    /// <summary>The schema's <c>$id</c>, written as <c>$schema</c> in every document.</summary>
    public const string SchemaId = "https://schemas.statement-converter.org/converter/document/1.1/document.schema.json";

    /// <summary>
    /// The deepest nesting of JSON objects and arrays the converter writes, reads and validates; the one limit of the
    /// reader, the writer, the DOM of the error path and <c>converter validate</c>. One limit for both directions means
    /// the writer can write everything the reader accepts and the reader reads back everything the writer writes.
    /// 128 is far beyond any document: each section or clause level takes two (an array and an object), so with every
    /// numbering family the parser knows nested in one another a document stays near 100, and real ones use about 15.
    /// It is low enough that a hostile input stops at once and that JsonSchema.Net, which recurses once per level or
    /// more, stays far from the end of a worker thread's stack.
    /// </summary>
    public const int MaxDepth = 128;

    /// <inheritdoc />
    public string Format => "json";

    /// <inheritdoc />
    public string FileExtension => ".json";

    /// <inheritdoc />
    public string MediaType => "application/json";

    /// <inheritdoc />
    /// <exception cref="ConversionException">The document nests deeper than <see cref="MaxDepth"/> allows (<see cref="ConversionErrorKind.InvalidDocument"/>).</exception>
    public IReadOnlyList<Diagnostic> Write(Document document, Stream output, ConverterOptions options)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(output);
        JsonWriter.Write(document, output);
        return [];
    }

    /// <summary>The document as UTF-8 JSON bytes (with a final newline).</summary>
    /// <exception cref="ConversionException">The document nests deeper than <see cref="MaxDepth"/> allows (<see cref="ConversionErrorKind.InvalidDocument"/>).</exception>
    public static byte[] ToUtf8Bytes(Document document) => Render(document).WrittenSpan.ToArray();

    /// <summary>The document as JSON text (what <see cref="ToUtf8Bytes"/> holds, decoded).</summary>
    internal static string ToJsonString(Document document) => System.Text.Encoding.UTF8.GetString(Render(document).WrittenSpan);

    private static ArrayBufferWriter<byte> Render(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        // About one and a half times the source (text, indentation, spans), from the line count; the buffer grows if needed.
        var buffer = new ArrayBufferWriter<byte>((int)Math.Clamp(document.Metadata.LineCount * 128L + 4096, 4096, 256L * 1024 * 1024));
        JsonWriter.Write(document, buffer);
        return buffer;
    }
}
