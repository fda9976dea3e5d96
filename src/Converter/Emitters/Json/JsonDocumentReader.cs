using System.Text.Json;
using Converter.Model;

namespace Converter.Emitters.Json;

/// <summary>
/// Reads converter JSON back into the model. A valid document is read in one pass by <see cref="JsonFastReader"/>;
/// anything that pass is unsure of is read the full way: parse (bounded depth, no duplicate keys), check the schema's
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
        // Valid documents (nearly all) are read in one pass; anything else takes the full path below.
        return JsonFastReader.TryRead(bytes) ?? ReadFull(bytes, displayName);
    }

    /// <summary>The full path: DOM, version check, schema validation with JsonSchema.Net's messages, mapping.</summary>
    internal static Document ReadFull(ReadOnlySpan<byte> bytes, string displayName)
    {
        // System.Text.Json checks the UTF-8 of string values only when they are read, and then throws
        // InvalidOperationException from deep inside the schema validator: check the whole input first.
        if (InvalidUtf8Offset(bytes) is { } bad)
        {
            var line = bytes[..bad].Count((byte)'\n') + 1;
            throw new ConversionException(ConversionErrorKind.InvalidJson,
                $"malformed JSON at line {line}: invalid UTF-8 byte 0x{bytes[bad]:X2} at offset {bad}; JSON must be UTF-8",
                displayName, line);
        }
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
            if (FirstUnreadableString(root, "") is { } pointer)
                throw new ConversionException(ConversionErrorKind.InvalidJson,
                    $"malformed JSON: the string at {(pointer.Length == 0 ? "/" : pointer)} is not valid Unicode (an unpaired surrogate escape such as \\ud800); text must be valid Unicode",
                    displayName);
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
            DocumentDto dto;
            try
            {
                dto = root.Deserialize(JsonEmitter.Context.DocumentDto)
                      ?? throw new ConversionException(ConversionErrorKind.InvalidJson, "the JSON document is null", displayName);
            }
            catch (JsonException e)
            {
                // Valid against the schema but not representable, e.g. a line number beyond 2,147,483,647.
                throw new ConversionException(ConversionErrorKind.InvalidJson,
                    $"not a valid converter document: {Pointer(e.Path)}: {Clean(e.Message)}", displayName);
            }
            return JsonModelMapper.FromDto(dto);
        }
    }

    /// <summary>Offset of the first byte that is not part of a valid UTF-8 sequence, or <c>null</c> when all are valid.</summary>
    internal static int? InvalidUtf8Offset(ReadOnlySpan<byte> bytes)
    {
        if (System.Text.Unicode.Utf8.IsValid(bytes)) return null;
        var offset = 0;
        while (offset < bytes.Length)
        {
            var status = System.Text.Rune.DecodeFromUtf8(bytes[offset..], out _, out var consumed);
            if (status != System.Buffers.OperationStatus.Done) return offset;
            offset += consumed;
        }
        return null;
    }

    /// <summary>
    /// JSON pointer of the first property name or string value that cannot be read as a .NET string (an escaped
    /// unpaired surrogate), or <c>null</c>. System.Text.Json finds these only when the value is read, with an
    /// <see cref="InvalidOperationException"/>; depth is bounded by <see cref="MaxDepth"/>.
    /// </summary>
    internal static string? FirstUnreadableString(JsonElement element, string pointer)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.String:
                return Readable(element) ? null : pointer;
            case JsonValueKind.Array:
                var index = 0;
                foreach (var item in element.EnumerateArray())
                    if (FirstUnreadableString(item, $"{pointer}/{index++}") is { } found) return found;
                return null;
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    string name;
                    try { name = property.Name; }
                    catch (InvalidOperationException) { return pointer + "/(property name)"; }
                    var escaped = name.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);
                    if (FirstUnreadableString(property.Value, $"{pointer}/{escaped}") is { } found) return found;
                }
                return null;
            default:
                return null;
        }

        static bool Readable(JsonElement value)
        {
            try
            {
                _ = value.GetString();
                return true;
            }
            catch (InvalidOperationException)
            {
                return false;
            }
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

    // System.Text.Json's "$.metadata.lineCount" / "$.sections[0].span" as a JSON pointer, like the schema errors.
    private static string Pointer(string? path)
    {
        if (string.IsNullOrEmpty(path) || path == "$") return "/";
        return System.Text.RegularExpressions.Regex.Replace(path.TrimStart('$'), @"\[(\d+)\]|\.", m => "/" + m.Groups[1].Value)
            .Replace("//", "/", StringComparison.Ordinal);
    }

    private static string Clean(string message)
    {
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message;
    }
}
