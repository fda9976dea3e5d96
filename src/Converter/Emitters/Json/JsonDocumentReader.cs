using System.Text;
using System.Text.Json;
using Converter.Model;

namespace Converter.Emitters.Json;

/// <summary>
/// Reads converter JSON back into the model: parse (bounded depth, no duplicate keys), check the schema's
/// major version, validate against the schema, then map. Every failure is a <see cref="ConversionException"/>
/// naming the position or JSON pointer; nothing is thrown unhandled.
/// </summary>
internal static class JsonDocumentReader
{
    /// <summary>Deep enough for any real document (sections and clauses nest a few levels), shallow enough to stop hostile input.</summary>
    public const int MaxDepth = SchemaValidator.MaxDepth;

    private static ReadOnlySpan<byte> Utf8Bom => [0xEF, 0xBB, 0xBF];

    private static readonly JsonDocumentOptions ParseOptions = new()
    {
        MaxDepth = MaxDepth,
        CommentHandling = JsonCommentHandling.Disallow,
        AllowTrailingCommas = false,
        AllowDuplicateProperties = false,
    };

    /// <summary>Our JSON by content: an object whose first kilobytes name <c>schemaVersion</c>.</summary>
    public static bool LooksLikeDocumentJson(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith(Utf8Bom)) bytes = bytes[3..];
        var i = 0;
        while (i < bytes.Length && bytes[i] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n') i++;
        if (i >= bytes.Length || bytes[i] != (byte)'{') return false;
        var head = bytes[i..Math.Min(bytes.Length, i + 4096)];
        return head.IndexOf("\"schemaVersion\""u8) >= 0 || head.IndexOf("\"$schema\""u8) >= 0;
    }

    public static Document Read(ReadOnlySpan<byte> bytes, string displayName)
    {
        if (bytes.StartsWith(Utf8Bom)) bytes = bytes[3..];
        JsonDocument json;
        try
        {
            json = JsonDocument.Parse(bytes.ToArray(), ParseOptions);
        }
        catch (JsonException e)
        {
            throw new ConversionException(ConversionErrorKind.InvalidJson,
                $"malformed JSON at line {(e.LineNumber ?? 0) + 1}, position {(e.BytePositionInLine ?? 0) + 1}: {Clean(e.Message)}",
                displayName, (int?)(e.LineNumber + 1));
        }
        using (json)
        {
            var root = json.RootElement;
            CheckVersion(root, displayName);
            var errors = SchemaValidator.Validate(root);
            if (errors.Count > 0)
            {
                var first = errors[0];
                var more = errors.Count > 1 ? $" (and {errors.Count - 1} more; run 'converter validate' to list them)" : "";
                throw new ConversionException(ConversionErrorKind.InvalidJson,
                    $"not a valid converter document: {(first.Pointer.Length == 0 ? "/" : first.Pointer)}: {first.Keyword}: {first.Message}{more}",
                    displayName);
            }
            var dto = root.Deserialize(JsonEmitter.Context.DocumentDto)
                      ?? throw new ConversionException(ConversionErrorKind.InvalidJson, "the JSON document is null", displayName);
            return JsonModelMapper.FromDto(dto);
        }
    }

    private static void CheckVersion(JsonElement root, string displayName)
    {
        if (root.ValueKind != JsonValueKind.Object)
            throw new ConversionException(ConversionErrorKind.InvalidJson,
                $"the JSON root is {root.ValueKind.ToString().ToLowerInvariant()}, not an object; expected a converter document", displayName);
        if (!root.TryGetProperty("schemaVersion", out var version) || version.ValueKind != JsonValueKind.String)
            return; // schema validation reports the missing or mistyped property with its pointer
        var text = version.GetString() ?? "";
        var dot = text.IndexOf('.');
        var majorText = dot < 0 ? text : text[..dot];
        if (!int.TryParse(majorText, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var major)
            || major != Document.CurrentSchemaMajor)
            throw new ConversionException(ConversionErrorKind.UnsupportedSchemaVersion,
                $"schemaVersion '{text}' is not supported: this converter reads major version {Document.CurrentSchemaMajor} " +
                $"(writes {Document.CurrentSchemaVersion}); use a converter release that reads version {majorText}",
                displayName);
    }

    private static string Clean(string message)
    {
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message;
    }

    internal static string Describe(ReadOnlySpan<byte> bytes) => Encoding.UTF8.GetString(bytes);
}
