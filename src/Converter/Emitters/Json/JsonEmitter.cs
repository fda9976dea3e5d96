using System.Buffers;
using System.Text.Json;
using System.Text.Json.Serialization;
using Converter.Model;

namespace Converter.Emitters.Json;

/// <summary>
/// Writes the document as indented UTF-8 JSON valid against <c>schemas/document.schema.json</c>:
/// stable property order, Japanese written as-is, LF line endings, a final newline.
/// </summary>
public sealed class JsonEmitter : IDocumentEmitter
{
    /// <summary>The schema's <c>$id</c>, written as <c>$schema</c> in every document.</summary>
    public const string SchemaId = "https://schemas.statement-converter.org/converter/document/1.1/document.schema.json";

    /// <summary>Reads the transfer objects on the reader's full path (writing goes through <see cref="JsonDocumentWriter"/>).</summary>
    internal static readonly DocumentJsonContext Context = new(new JsonSerializerOptions(DocumentJsonContext.Default.Options)
    {
        MaxDepth = 256,
        Converters = { new WholeNumberConverter() },
    });

    /// <inheritdoc />
    public string Format => "json";

    /// <inheritdoc />
    public string FileExtension => ".json";

    /// <inheritdoc />
    public string MediaType => "application/json";

    /// <inheritdoc />
    public IReadOnlyList<Diagnostic> Write(Document document, Stream output, ConverterOptions options)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(output);
        JsonDocumentWriter.Write(document, output);
        return [];
    }

    /// <summary>The document as UTF-8 JSON bytes (with a final newline).</summary>
    public static byte[] ToUtf8Bytes(Document document) => Render(document).WrittenSpan.ToArray();

    /// <summary>The document as JSON text (what <see cref="ToUtf8Bytes"/> holds, decoded).</summary>
    internal static string ToJsonString(Document document) => System.Text.Encoding.UTF8.GetString(Render(document).WrittenSpan);

    private static ArrayBufferWriter<byte> Render(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        // About one and a half times the source (text, indentation, spans), from the line count; the buffer grows if needed.
        var buffer = new ArrayBufferWriter<byte>((int)Math.Clamp(document.Metadata.LineCount * 128L + 4096, 4096, 256L * 1024 * 1024));
        JsonDocumentWriter.Write(document, buffer);
        return buffer;
    }
}

/// <summary>
/// Reads line numbers and counts: JSON Schema's <c>integer</c> is any number with a zero fraction, so <c>1e2</c> and
/// <c>100.0</c> are valid and read as 100; a number outside <see cref="int"/>'s range is a
/// <see cref="JsonException"/> (the reader reports it as invalid JSON), never an unhandled error.
/// Writes plain integers.
/// </summary>
internal sealed class WholeNumberConverter : JsonConverter<int>
{
    public override int Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.Number) throw new JsonException("expected an integer");
        if (reader.TryGetInt32(out var value)) return value;
        if (reader.TryGetDecimal(out var d) && d == decimal.Truncate(d) && d is >= int.MinValue and <= int.MaxValue) return (int)d;
        throw new JsonException($"the number {System.Text.Encoding.UTF8.GetString(reader.ValueSpan)} is not a whole number from {int.MinValue} to {int.MaxValue}");
    }

    public override void Write(Utf8JsonWriter writer, int value, JsonSerializerOptions options) => writer.WriteNumberValue(value);
}
