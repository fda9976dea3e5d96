using System.Text.Json;
using Converter.Model;

namespace Converter.Json;

/// <summary>
/// Says why JSON is not a document the converter reads, after <see cref="JsonReader"/> has rejected it (or for
/// <c>converter validate</c>): the bytes are parsed into a DOM (bounded depth, no duplicate property) and evaluated
/// against the schema by JsonSchema.Net, whose messages name the JSON pointer. This path runs only for invalid input,
/// so it may be slow; every message is a <see cref="ConversionException"/> or a <see cref="JsonValidationResult"/>.
/// </summary>
internal static class JsonErrors
{
    private static readonly JsonDocumentOptions ParseOptions = new()
    {
        MaxDepth = JsonEmitter.MaxDepth,
        CommentHandling = JsonCommentHandling.Disallow,
        AllowTrailingCommas = false,
        AllowDuplicateProperties = false,
    };

    /// <summary>
    /// The error for a document <see cref="JsonReader"/> rejected, in this order: malformed JSON (with line), a root
    /// that is not an object, an unknown major version, the first schema error (with the count of the others), a
    /// number beyond the model.
    /// </summary>
    /// <exception cref="InvalidOperationException">None of these is found: the reader and the schema disagree (a bug).</exception>
    public static ConversionException Explain(ReadOnlySpan<byte> bytes, string displayName, string rejection)
    {
        var (malformed, json) = Parse(bytes, displayName);
        if (malformed is not null) return new ConversionException(ConversionErrorKind.InvalidJson, malformed.Message, displayName, malformed.Line);
        using (json)
        {
            var root = json!.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
                return new ConversionException(ConversionErrorKind.InvalidJson,
                    $"the JSON root is {root.ValueKind.ToString().ToLowerInvariant()}, not an object; expected a converter document", displayName);
            if (UnsupportedVersion(root) is { } version)
                return new ConversionException(ConversionErrorKind.UnsupportedSchemaVersion, version, displayName);
            var errors = SchemaValidator.Validate(root);
            if (errors.Count > 0)
            {
                var first = errors[0];
                var more = errors.Count > 1 ? $" (and {errors.Count - 1} more; run 'converter validate' to list them)" : "";
                return new ConversionException(ConversionErrorKind.InvalidJson,
                    $"not a valid converter document: {Display(first.Pointer)}: {first.Keyword}: {first.Message}{more}", displayName);
            }
            if (FirstNumberBeyondModel(root) is { } beyond)
                return new ConversionException(ConversionErrorKind.InvalidJson, BeyondModelMessage(beyond), displayName);
        }
        throw new InvalidOperationException(
            $"the JSON reader rejected {displayName} ({rejection}) although the schema accepts it: the reader and the schema disagree; please report this");
    }

    /// <summary>What <see cref="DocumentConverter.ValidateJson"/> reports: every reason the reader would reject the bytes.</summary>
    public static JsonValidationResult Validate(ReadOnlySpan<byte> bytes, string displayName)
    {
        bytes = JsonReader.WithoutBom(bytes);
        var (malformed, json) = Parse(bytes, displayName);
        if (malformed is not null) return new JsonValidationResult(displayName, [malformed], null);
        using (json)
        {
            // Detached from the DOM, which is returned to its pool here, for the caller's Evaluate.
            var root = json!.RootElement.Clone();
            var schemaErrors = SchemaValidator.Validate(root);
            List<JsonValidationError> errors = [.. schemaErrors.Select(e => new JsonValidationError(displayName, null, e.Pointer, e.Keyword, e.Message))];
            if (errors.Count == 0 && FirstNumberBeyondModel(root) is { } beyond)
                errors.Add(new JsonValidationError(displayName, null, beyond.Pointer, null, BeyondModelMessage(beyond)));
            if (errors.Count > 0)
            {
                var lines = JsonLines.Of(bytes, errors.Select(e => e.Pointer!));
                errors = [.. errors.Select(e => lines.TryGetValue(e.Pointer!, out var line) ? e with { Line = line } : e)];
            }
            return new JsonValidationResult(displayName, errors, root);
        }
    }

    /// <summary>The DOM of <paramref name="bytes"/>, or why they are not JSON the reader can read, with the line when known.</summary>
    private static (JsonValidationError? Malformed, JsonDocument? Json) Parse(ReadOnlySpan<byte> bytes, string displayName)
    {
        // System.Text.Json checks the UTF-8 of string values only when they are read, and then throws
        // InvalidOperationException from deep inside the schema validator: check the whole input first.
        if (InvalidUtf8Offset(bytes) is { } bad)
        {
            var line = bytes[..bad].Count((byte)'\n') + 1;
            return (new JsonValidationError(displayName, line, null, null,
                $"malformed JSON at line {line}: invalid UTF-8 byte 0x{bytes[bad]:X2} at offset {bad}; JSON must be UTF-8"), null);
        }
        var copy = bytes.ToArray();
        JsonDocument json;
        try
        {
            json = JsonDocument.Parse(copy, ParseOptions);
        }
        catch (JsonException e) when (e.LineNumber is null && JsonLines.FirstDuplicate(bytes) is var (pointer, line))
        {
            // System.Text.Json finds duplicates in the finished DOM and says neither where nor in which object.
            return (new JsonValidationError(displayName, line, pointer, null,
                $"malformed JSON at line {line}: the property {pointer} is given twice; give each property once"), null);
        }
        catch (JsonException e)
        {
            return (new JsonValidationError(displayName, (int?)(e.LineNumber + 1), null, null,
                $"malformed JSON at line {(e.LineNumber ?? 0) + 1}, position {(e.BytePositionInLine ?? 0) + 1}: {Clean(e.Message)}"), null);
        }
        catch (InvalidOperationException)
        {
            // Comparing property names for duplicates decodes them: one holds an unpaired surrogate escape. Parse again,
            // without that comparison, to find where.
            json = JsonDocument.Parse(copy, ParseOptions with { AllowDuplicateProperties = true });
        }
        if (FirstUnreadableString(json.RootElement) is { } unreadable)
        {
            json.Dispose();
            return (new JsonValidationError(displayName, null, unreadable, null,
                $"malformed JSON: the string at {Display(unreadable)} is not valid Unicode (an unpaired surrogate escape such as \\ud800); text must be valid Unicode"),
                null);
        }
        return (null, json);
    }

    private static string? UnsupportedVersion(JsonElement root)
    {
        if (!root.TryGetProperty("schemaVersion", out var version) || version.ValueKind != JsonValueKind.String)
            return null; // schema validation reports the missing or mistyped property with its pointer
        var text = version.GetString() ?? "";
        var dot = text.IndexOf('.');
        var majorText = dot < 0 ? text : text[..dot];
        return int.TryParse(majorText, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var major)
               && major == Document.CurrentSchemaMajor
            ? null
            : $"schemaVersion '{text}' is not supported: this converter reads major version {Document.CurrentSchemaMajor} " +
              $"(writes {Document.CurrentSchemaVersion}); use a converter release that reads version {majorText}";
    }

    /// <summary>
    /// The first number, in document order, that the schema allows but the model cannot hold (every number of a valid
    /// document is a line number, count or level, held as an <see cref="int"/>): its pointer and text; or <c>null</c>.
    /// </summary>
    private static (string Pointer, string Number)? FirstNumberBeyondModel(JsonElement root)
    {
        foreach (var (pointer, value) in Scalars(root, ""))
        {
            if (value.ValueKind != JsonValueKind.Number) continue;
            var raw = value.GetRawText();
            var reader = new Utf8JsonReader(System.Text.Encoding.UTF8.GetBytes(raw));
            reader.Read();
            if (WholeNumber(ref reader) is null) return (pointer, raw);
        }
        return null;
    }

    private static string BeyondModelMessage((string Pointer, string Number) beyond) =>
        $"not a valid converter document: {Display(beyond.Pointer)}: {BeyondInt(beyond.Number)}";

    /// <summary>
    /// The number the reader stands on as an <see cref="int"/> when it is a whole number in range: JSON Schema's
    /// <c>integer</c> is any number with a zero fraction, so <c>1e2</c> and <c>100.0</c> are read as 100.
    /// </summary>
    internal static int? WholeNumber(ref Utf8JsonReader reader)
    {
        if (reader.TryGetInt32(out var value)) return value;
        if (reader.TryGetDecimal(out var d) && d == decimal.Truncate(d) && d is >= int.MinValue and <= int.MaxValue) return (int)d;
        return null;
    }

    internal static string BeyondInt(ReadOnlySpan<byte> number) => BeyondInt(System.Text.Encoding.UTF8.GetString(number));

    private static string BeyondInt(string number) => $"the number {number} is not a whole number from {int.MinValue} to {int.MaxValue}";

    /// <summary>Offset of the first byte that is not part of a valid UTF-8 sequence, or <c>null</c> when all are valid.</summary>
    private static int? InvalidUtf8Offset(ReadOnlySpan<byte> bytes)
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
    /// <see cref="InvalidOperationException"/>.
    /// </summary>
    private static string? FirstUnreadableString(JsonElement root)
    {
        foreach (var (pointer, value) in Scalars(root, ""))
            if (value.ValueKind == JsonValueKind.Undefined || value.ValueKind == JsonValueKind.String && !Readable(value)) return pointer;
        return null;

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

    /// <summary>
    /// Every scalar value in document order with its JSON pointer (depth is bounded by <see cref="JsonEmitter.MaxDepth"/>).
    /// A property name that cannot be read as a string gives an undefined value at <c>…/(property name)</c> for the rest of its object.
    /// </summary>
    private static IEnumerable<(string Pointer, JsonElement Value)> Scalars(JsonElement element, string pointer)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Array:
                var index = 0;
                foreach (var item in element.EnumerateArray())
                    foreach (var scalar in Scalars(item, $"{pointer}/{index++}")) yield return scalar;
                break;
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    string? name = null;
                    try { name = property.Name; }
                    catch (InvalidOperationException) { /* reported below */ }
                    if (name is null)
                    {
                        yield return (pointer + "/(property name)", default);
                        yield break;
                    }
                    foreach (var scalar in Scalars(property.Value, $"{pointer}/{JsonLines.Escape(name)}")) yield return scalar;
                }
                break;
            default:
                yield return (pointer, element);
                break;
        }
    }

    private static string Display(string pointer) => pointer.Length == 0 ? "/" : pointer;

    // System.Text.Json ends its messages with the 0-based position and path, which the message already gives 1-based.
    private static string Clean(string message)
    {
        foreach (var tail in (ReadOnlySpan<string>)[" LineNumber:", " Path:"])
        {
            var cut = message.IndexOf(tail, StringComparison.Ordinal);
            if (cut > 0) message = message[..cut];
        }
        return message;
    }
}
