using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Json.Schema;

namespace Converter.Json;

/// <summary>
/// The schema's rules as <see cref="JsonReader"/> applies them, read from the embedded schema the first time a document
/// is read: for each object, its required properties (no others are allowed); for each value, its type, minimum length,
/// pattern, allowed values, format and minimum. Loading checks the vocabulary (<see cref="JsonShapes"/>) against the
/// schema and refuses a schema keyword the reader does not apply, so the reader and the schema cannot drift apart
/// silently: the schema stays the one statement of what is valid.
/// </summary>
internal sealed class JsonContract
{
    private static readonly Lazy<JsonContract> Loaded = new(() => new JsonContract(SchemaValidator.SchemaText));

    /// <summary>The rules of the embedded schema.</summary>
    public static JsonContract Current => Loaded.Value;

    public ObjectRules Document { get; }
    public ObjectRules Metadata { get; }
    public ObjectRules Heading { get; }
    public ObjectRules Paragraph { get; }
    public ObjectRules Span { get; }
    public ObjectRules Section { get; }
    public ObjectRules Clause { get; }
    public ObjectRules Contents { get; }
    public ObjectRules Entry { get; }
    public ObjectRules RemovedLine { get; }
    public ObjectRules Diagnostic { get; }

    internal JsonContract(string schemaText)
    {
        using var schema = JsonDocument.Parse(schemaText);
        var root = schema.RootElement;
        Document = new ObjectRules(JsonShapes.Document, root);
        Metadata = new ObjectRules(JsonShapes.Metadata, root);
        Heading = new ObjectRules(JsonShapes.Heading, root);
        Paragraph = new ObjectRules(JsonShapes.Paragraph, root);
        Span = new ObjectRules(JsonShapes.Span, root);
        Section = new ObjectRules(JsonShapes.Section, root);
        Clause = new ObjectRules(JsonShapes.Clause, root);
        Contents = new ObjectRules(JsonShapes.Contents, root);
        Entry = new ObjectRules(JsonShapes.Entry, root);
        RemovedLine = new ObjectRules(JsonShapes.RemovedLine, root);
        Diagnostic = new ObjectRules(JsonShapes.Diagnostic, root);

        // The values the model holds as enums, matched to their members now, so a schema out of step with the model
        // fails here rather than in the middle of reading a document.
        _ = Metadata.Values[(int)MetadataProperty.Genre]!.Members<Model.DocumentGenre>();
        _ = Span.Values[(int)SpanProperty.Unit]!.Members<Model.SourceUnit>();
        _ = Section.Values[(int)SectionProperty.Kind]!.Members<Model.SectionKind>();
        _ = Clause.Values[(int)ClauseProperty.Kind]!.Members<Model.ClauseKind>();
        _ = RemovedLine.Values[(int)RemovedLineProperty.Kind]!.Members<Model.RemovedLineKind>();
        _ = Diagnostic.Values[(int)DiagnosticProperty.Severity]!.Members<Model.DiagnosticSeverity>();
    }

    /// <summary>The element at a JSON pointer of the form <c>/a/b/c</c> (no escapes), or a load failure.</summary>
    internal static JsonElement At(JsonElement root, string pointer)
    {
        var element = root;
        foreach (var step in pointer.Split('/', StringSplitOptions.RemoveEmptyEntries))
            if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(step, out element))
                throw Unsupported(pointer, "is not in the schema");
        return element;
    }

    internal static InvalidOperationException Unsupported(string pointer, string what) =>
        new($"the document schema at #{pointer} {what}; the JSON reader (Json/JsonContract.cs, Json/JsonShapes.cs) must be brought in step with it");
}

/// <summary>The rules of one object: its properties (those of its <see cref="JsonShape"/>, no others), which are required, and the rules of its scalar values.</summary>
internal sealed class ObjectRules
{
    private static readonly HashSet<string> Annotations = ["title", "description"];

    public JsonShape Shape { get; }

    /// <summary>Bit <c>i</c> set when property <c>i</c> of the shape is required.</summary>
    public int Required { get; }

    /// <summary>Rules of each property's value, by property index; <c>null</c> for objects and arrays, which have their own rules.</summary>
    public ValueRule?[] Values { get; }

    public ObjectRules(JsonShape shape, JsonElement schemaRoot)
    {
        Shape = shape;
        var pointer = shape.SchemaPointer;
        var definition = JsonContract.At(schemaRoot, pointer);
        foreach (var keyword in definition.EnumerateObject())
            if (!Annotations.Contains(keyword.Name) && keyword.Name is not ("type" or "additionalProperties" or "required" or "properties")
                && !(pointer.Length == 0 && keyword.Name is "$schema" or "$id" or "$defs"))
                throw JsonContract.Unsupported(pointer, $"uses '{keyword.Name}', which the reader does not apply");
        if (!(definition.TryGetProperty("type", out var type) && type.ValueEquals("object")))
            throw JsonContract.Unsupported(pointer, "is not of type object");
        if (!(definition.TryGetProperty("additionalProperties", out var additional) && additional.ValueKind == JsonValueKind.False))
            throw JsonContract.Unsupported(pointer, "allows properties it does not list");

        var names = definition.GetProperty("properties").EnumerateObject().Select(p => p.Name).ToArray();
        if (!names.SequenceEqual(shape.Names))
            throw JsonContract.Unsupported(pointer, $"lists the properties {string.Join(", ", names)}, the reader and writer {string.Join(", ", shape.Names)}");
        if (names.Length > 31) throw JsonContract.Unsupported(pointer, "has more than 31 properties");

        if (definition.TryGetProperty("required", out var required))
            foreach (var name in required.EnumerateArray())
            {
                var index = Array.IndexOf(names, name.GetString());
                if (index < 0) throw JsonContract.Unsupported(pointer, $"requires '{name}', which it does not list");
                Required |= 1 << index;
            }

        Values = [.. names.Select(name => ValueRule.For(definition.GetProperty("properties").GetProperty(name), $"{pointer}/properties/{name}"))];
    }
}

/// <summary>
/// The schema's rule for one scalar value (a string or an integer), applied by the reader. Plain values are checked
/// here; a number written in another form (<c>1.0</c>, <c>1e2</c>, a sign) and a value with a <c>format</c> are
/// checked by JsonSchema.Net against this part of the schema, so those corner cases are decided as the schema decides them.
/// </summary>
internal sealed class ValueRule
{
    private static readonly HashSet<string> Keywords = ["title", "description", "type", "minLength", "pattern", "enum", "format", "minimum"];

    private readonly Lazy<JsonSchema> _schema;
    private object? _members;

    /// <summary>Where the rule is in the schema.</summary>
    public string Pointer { get; }

    /// <summary>True for <c>"type": "integer"</c>; otherwise the value is a string.</summary>
    public bool IsInteger { get; }

    /// <summary>Least length in text elements (<c>minLength</c>), 0 when none.</summary>
    public int MinLength { get; }

    /// <summary>The <c>pattern</c>, compiled as JsonSchema.Net compiles it (ECMAScript), or <c>null</c>.</summary>
    public Regex? Pattern { get; }

    /// <summary>The <c>enum</c> values in schema order, or <c>null</c>.</summary>
    public string[]? Allowed { get; }

    /// <summary>The <c>enum</c> values as UTF-8, for matching without decoding.</summary>
    public byte[][]? AllowedUtf8 { get; }

    /// <summary>True when the schema names a <c>format</c>: JsonSchema.Net checks those values.</summary>
    public bool HasFormat { get; }

    /// <summary>Least value (<c>minimum</c>) of an integer, <see cref="long.MinValue"/> when none.</summary>
    public long Minimum { get; } = long.MinValue;

    private ValueRule(JsonElement definition, string pointer)
    {
        Pointer = pointer;
        foreach (var keyword in definition.EnumerateObject())
            if (!Keywords.Contains(keyword.Name))
                throw JsonContract.Unsupported(pointer, $"uses '{keyword.Name}', which the reader does not apply");
        var type = definition.TryGetProperty("type", out var t) ? t.GetString() : null;
        IsInteger = type == "integer";
        if (type is not ("string" or "integer") && !(type is null && definition.TryGetProperty("enum", out _)))
            throw JsonContract.Unsupported(pointer, $"has type '{type}', which the reader does not read as a scalar");
        if (definition.TryGetProperty("minLength", out var minLength)) MinLength = minLength.GetInt32();
        if (definition.TryGetProperty("pattern", out var pattern))
            Pattern = new Regex(pattern.GetString()!, RegexOptions.Compiled | RegexOptions.ECMAScript);
        if (definition.TryGetProperty("enum", out var allowed))
        {
            if (allowed.EnumerateArray().Any(v => v.ValueKind != JsonValueKind.String))
                throw JsonContract.Unsupported(pointer, "allows values that are not strings");
            Allowed = [.. allowed.EnumerateArray().Select(v => v.GetString()!)];
            AllowedUtf8 = [.. Allowed.Select(System.Text.Encoding.UTF8.GetBytes)];
        }
        HasFormat = definition.TryGetProperty("format", out _);
        if (definition.TryGetProperty("minimum", out var minimum))
        {
            if (!IsInteger || !minimum.TryGetInt64(out var least)) throw JsonContract.Unsupported(pointer, "has a minimum the reader does not apply");
            Minimum = least;
        }
        if (IsInteger && (MinLength != 0 || Pattern is not null || Allowed is not null || HasFormat))
            throw JsonContract.Unsupported(pointer, "mixes string and integer rules");
        var text = definition.GetRawText();
        _schema = new(() => JsonSchema.FromText(text, new BuildOptions { SchemaRegistry = new SchemaRegistry() }));
    }

    /// <summary>
    /// The rule of a property's value, or <c>null</c> when the value is an object (a <c>$ref</c> to a shape) or an array
    /// of objects, which the reader reads by their own <see cref="ObjectRules"/>; those must say nothing more.
    /// </summary>
    public static ValueRule? For(JsonElement definition, string pointer)
    {
        if (definition.TryGetProperty("$ref", out var target))
        {
            OnlyKeywords(definition, pointer, "$ref");
            RefersToShape(target, pointer);
            return null;
        }
        if (!definition.TryGetProperty("items", out var items) && !(definition.TryGetProperty("type", out var type) && type.ValueEquals("array")))
            return new ValueRule(definition, pointer);
        OnlyKeywords(definition, pointer, "type", "items");
        if (!(definition.TryGetProperty("type", out var arrayType) && arrayType.ValueEquals("array")) || items.ValueKind != JsonValueKind.Object)
            throw JsonContract.Unsupported(pointer, "is not an array of objects");
        // Items are a $ref to a shape, or a shape defined in place (the entries of a table of contents).
        if (items.TryGetProperty("$ref", out var itemTarget))
        {
            OnlyKeywords(items, pointer + "/items", "$ref");
            RefersToShape(itemTarget, pointer + "/items");
        }
        else if (!JsonShapes.All.Any(s => s.SchemaPointer == pointer + "/items"))
            throw JsonContract.Unsupported(pointer + "/items", "is an object the reader does not know");
        return null;
    }

    private static void OnlyKeywords(JsonElement definition, string pointer, params ReadOnlySpan<string> applied)
    {
        foreach (var keyword in definition.EnumerateObject())
            if (keyword.Name is not ("title" or "description") && !applied.Contains(keyword.Name))
                throw JsonContract.Unsupported(pointer, $"uses '{keyword.Name}', which the reader does not apply");
    }

    private static void RefersToShape(JsonElement target, string pointer)
    {
        var reference = target.GetString() ?? "";
        if (!JsonShapes.All.Any(s => "#" + s.SchemaPointer == reference))
            throw JsonContract.Unsupported(pointer, $"refers to '{reference}', which is not an object the reader knows");
    }

    /// <summary>Whether a string the reader has decoded meets the rule (all but <c>format</c>, see <see cref="HasFormat"/>).</summary>
    public bool Accepts(string value) =>
        (MinLength <= value.Length && (MinLength <= 1 || new StringInfo(value).LengthInTextElements >= MinLength))
        && (Pattern is null || Pattern.IsMatch(value))
        && (Allowed is null || Array.IndexOf(Allowed, value) >= 0);

    /// <summary>Whether JsonSchema.Net finds <paramref name="value"/> valid against this part of the schema.</summary>
    public bool SchemaAccepts(JsonElement value) =>
        _schema.Value.Evaluate(value, new EvaluationOptions { OutputFormat = OutputFormat.Flag, RequireFormatValidation = true }).IsValid;

    /// <summary>The index in <see cref="Allowed"/> of the current string token, or -1.</summary>
    public int IndexOfAllowed(ref Utf8JsonReader reader)
    {
        var allowed = AllowedUtf8!;
        for (var i = 0; i < allowed.Length; i++)
            if (reader.ValueTextEquals(allowed[i])) return i;
        return -1;
    }

    /// <summary>
    /// For an enumerated value held as a model enum: the member for each allowed value, matched by JSON name.
    /// Every allowed value must name a member and every member must be allowed, else the vocabulary is out of step.
    /// </summary>
    public T[] Members<T>() where T : struct, Enum => (T[])(_members ??= MatchMembers<T>());

    private T[] MatchMembers<T>() where T : struct, Enum
    {
        var names = JsonNames.Of<T>();
        if (Allowed is null || !Allowed.Order(StringComparer.Ordinal).SequenceEqual(names.Order(StringComparer.Ordinal)))
            throw JsonContract.Unsupported(Pointer, $"allows {string.Join(", ", Allowed ?? [])}; the model's {typeof(T).Name} has {string.Join(", ", names)}");
        var members = Enum.GetValues<T>();
        return [.. Allowed.Select(a => members[Array.IndexOf(names, a)])];
    }
}
