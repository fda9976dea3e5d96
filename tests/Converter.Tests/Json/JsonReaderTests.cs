using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Converter.Json;
using Converter.Model;
using Converter.Tests.Support;
using Json.Schema;

namespace Converter.Tests.Json;

/// <summary>
/// The one-pass reader accepts exactly what the schema accepts, as JsonSchema.Net judges it on a DOM (within the
/// reader's limits: <see cref="JsonEmitter.MaxDepth"/>, each property once, whole numbers that fit an <see cref="int"/>);
/// what it accepts it reads faithfully, and what it rejects is explained by a <see cref="ConversionException"/>.
/// </summary>
public sealed class JsonReaderTests
{
    public static TheoryData<string> Inputs => TestDocuments.AllInputNames();

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Reads_every_emitted_document_back_to_the_same_bytes(string relativePath)
    {
        var json = DocumentConverter.ParseFile(TestDocuments.Full(relativePath)).ToJson();
        Assert.True(JsonReader.TryRead(Encoding.UTF8.GetBytes(json), out var read, out var rejection), rejection);
        Assert.Equal(json, read.ToJson());
    }

    [Fact]
    public void Accepts_exactly_what_the_schema_accepts()
    {
        var checkedCases = 0;
        var accepted = 0;
        foreach (var source in new[] { "seeds/joint-statement-2025-09-22.ja.txt", "tests/Converter.Tests/documents/en-joint-statement-running-header.txt", "tests/Converter.Tests/documents/ja-agreement-articles.txt" })
        {
            var json = DocumentConverter.ParseFile(TestDocuments.Full(source)).ToJson();
            foreach (var mutated in Mutations(json))
            {
                checkedCases++;
                var bytes = Encoding.UTF8.GetBytes(mutated);
                var schemaAccepts = SchemaAccepts(bytes, out var why);
                var readerAccepts = JsonReader.TryRead(bytes, out var document, out var rejection);
                if (schemaAccepts != readerAccepts)
                    Assert.Fail($"the reader {(readerAccepts ? "accepted" : $"rejected ({rejection})")} a document the schema {(schemaAccepts ? "accepts" : $"rejects ({why()})")}:\n{mutated}");
                if (readerAccepts)
                {
                    accepted++;
                    AssertFaithful(mutated, document!.ToJson());
                }
                else if (checkedCases % 5 == 0)
                {
                    // One in five, as wording the errors evaluates the schema in full (slow): never an unhandled
                    // exception, every rejection explained, and validation says the same.
                    var error = Record.Exception(() => DocumentConverter.FromJson(mutated));
                    Assert.IsType<ConversionException>(error);
                    Assert.False(DocumentConverter.ValidateJson(bytes).IsValid);
                }
            }
        }
        Assert.True(checkedCases > 500, $"only {checkedCases} mutations");
        Assert.True(accepted > 10, "valid variations (optional properties left out, other number forms) must still be read");
    }

    [Theory]
    [InlineData("{\"schemaVersion\": \"1.0\"")]
    [InlineData("[]")]
    [InlineData("{\"schemaVersion\": \"1.0\"} {}")]
    [InlineData("{\"schemaVersion\": \"1.0\", // comment\n}")]
    public void Malformed_or_incomplete_json_is_rejected(string json)
    {
        Assert.False(JsonReader.TryRead(Encoding.UTF8.GetBytes(json), out _, out _));
        Assert.Equal(ConversionErrorKind.InvalidJson, Assert.Throws<ConversionException>(() => DocumentConverter.FromJson(json)).Kind);
    }

    [Theory]
    [InlineData("sec-1", true)]
    [InlineData("sec-12.sec-3", true)]
    [InlineData("sec-0", false)]
    [InlineData("sec-1.", false)]
    [InlineData("sec-1.cl-1", false)]
    [InlineData("sec-01", false)]
    public void Section_ids(string id, bool valid) => AssertReads(valid, json => json["sections"]![0]!["id"] = id);

    [Theory]
    [InlineData("cl-1", true)]
    [InlineData("cl-4.cl-1", true)]
    [InlineData("sec-2.cl-3", true)]
    [InlineData("sec-2.sec-1.cl-3.cl-10", true)]
    [InlineData("sec-2", false)]
    [InlineData("cl-1.sec-1", false)]
    [InlineData("sec-1.cl-1.", false)]
    [InlineData("cl-0", false)]
    [InlineData("xcl-1", false)]
    public void Clause_ids(string id, bool valid) => AssertReads(valid, json => json["sections"]![0]!["clauses"]![0]!["id"] = id);

    [Theory]
    [InlineData("ja", true)]
    [InlineData("und", true)]
    [InlineData("ja-Jpan-JP", true)]
    [InlineData("zh-Hant-123-abcde-fghijk", true)]
    [InlineData("en-", false)]
    // .NET's '$' (JsonSchema.Net's patterns) also matches before a final newline: the reader judges as the schema's validator does.
    [InlineData("en\n", true)]
    [InlineData("ＪＡ", false)]
    public void Language_tags(string language, bool valid) => AssertReads(valid, json => json["metadata"]!["language"] = language);

    [Theory]
    [InlineData("1.0", true)]
    [InlineData("1.12", true)]
    [InlineData("1.01", false)]
    [InlineData("1.1\n", true)]
    [InlineData("1", false)]
    public void Schema_versions(string version, bool valid) => AssertReads(valid, json => json["schemaVersion"] = version);

    [Theory]
    [InlineData("https://example.com/x.json", true)]
    [InlineData("urn:x", true)]
    [InlineData("not a uri", false)]
    [InlineData("/relative/path", false)]
    public void Schema_uris_are_checked_as_the_schema_formats_them(string uri, bool valid) => AssertReads(valid, json => json["$schema"] = uri);

    /// <summary>One limit both ways: the deepest document the writer writes is read back, one level more is refused by both.</summary>
    [Fact]
    public void Writer_and_reader_share_one_depth_limit()
    {
        var deepest = Enumerable.Range(1, 100).TakeWhile(levels => Writes(Nested(levels))).Last();
        Assert.InRange(deepest, 40, 80);
        var json = Nested(deepest).ToJson();
        Assert.Equal(json, DocumentConverter.FromJson(json).ToJson());
        Assert.True(DocumentConverter.ValidateJson(Encoding.UTF8.GetBytes(json)).IsValid);

        var tooDeep = Assert.Throws<ConversionException>(() => Nested(deepest + 1).ToJson());
        Assert.Equal(ConversionErrorKind.InvalidDocument, tooDeep.Kind);
        Assert.Contains(JsonEmitter.MaxDepth.ToString(System.Globalization.CultureInfo.InvariantCulture), tooDeep.Message, StringComparison.Ordinal);

        // The same one level deeper, written by hand: the reader refuses it as too deep.
        var innermost = string.Join('.', Enumerable.Repeat("cl-1", deepest));
        var at = json.IndexOf("\"items\": []", json.IndexOf($"\"{innermost}\"", StringComparison.Ordinal), StringComparison.Ordinal);
        var deeper = json[..at] + $"\"items\": [{{\"id\": \"{innermost}.cl-1\", \"text\": \"x\", \"span\": {{\"startLine\": 1, \"endLine\": 1}}, \"items\": []}}]" + json[(at + 11)..];
        var refused = Assert.Throws<ConversionException>(() => DocumentConverter.FromJson(deeper));
        Assert.Equal(ConversionErrorKind.InvalidJson, refused.Kind);
        Assert.Contains("depth", refused.Message, StringComparison.OrdinalIgnoreCase);
        Assert.False(DocumentConverter.ValidateJson(Encoding.UTF8.GetBytes(deeper)).IsValid);

        static bool Writes(Document document)
        {
            try
            {
                _ = document.ToJson();
                return true;
            }
            catch (ConversionException)
            {
                return false;
            }
        }
    }

    [Fact]
    public void The_contract_is_read_from_the_published_schema() =>
        Assert.Equal(JsonShapes.Clause.Names, JsonContract.Current.Clause.Shape.Names);

    /// <summary>A schema the reader would not apply as written is refused when the reader loads it, never read past.</summary>
    [Theory]
    [InlineData("/$defs/paragraph/properties/text", "maxLength", "5")]
    [InlineData("/$defs/span/properties", "column", "{\"type\": \"integer\"}")]
    [InlineData("/$defs/section/properties/kind", "enum", "[\"section\", \"book\"]")]
    [InlineData("/$defs/metadata", "additionalProperties", "true")]
    [InlineData("/$defs/clause", "minProperties", "1")]
    [InlineData("/properties/metadata", "type", "\"string\"")]
    public void A_schema_out_of_step_with_the_reader_is_refused(string pointer, string keyword, string value)
    {
        var schema = JsonNode.Parse(SchemaValidator.SchemaText)!;
        var target = pointer.Split('/', StringSplitOptions.RemoveEmptyEntries).Aggregate(schema, (node, step) => node[step]!);
        target.AsObject().Remove(keyword);
        target[keyword] = JsonNode.Parse(value);
        var e = Assert.Throws<InvalidOperationException>(() => new JsonContract(schema.ToJsonString()));
        Assert.Contains("must be brought in step", e.Message, StringComparison.Ordinal);
    }

    private static Document Nested(int levels)
    {
        Clause? inner = null;
        for (var level = levels; level >= 1; level--)
            inner = new Clause(string.Join('.', Enumerable.Repeat("cl-1", level)), null, null, "text", inner is null ? [] : [inner], new SourceSpan(1, 1));
        return TestDocuments.ParseSeed() with { Clauses = [inner!] };
    }

    private static void AssertReads(bool valid, Action<JsonNode> damage)
    {
        var node = JsonNode.Parse(TestDocuments.ParseSeed().ToJson())!;
        damage(node);
        var bytes = Encoding.UTF8.GetBytes(node.ToJsonString());
        Assert.Equal(valid, SchemaAccepts(bytes, out _));
        Assert.Equal(valid, JsonReader.TryRead(bytes, out _, out _));
    }

    /// <summary>The oracle: JsonSchema.Net on a DOM parsed within the reader's limits, and every number an <see cref="int"/>.</summary>
    private static bool SchemaAccepts(byte[] bytes, out Func<string> why)
    {
        JsonDocument dom;
        try
        {
            dom = JsonDocument.Parse(bytes, new JsonDocumentOptions { MaxDepth = JsonEmitter.MaxDepth, AllowDuplicateProperties = false });
        }
        catch (JsonException e)
        {
            why = () => e.Message;
            return false;
        }
        using (dom)
        {
            // The flag format stops at the first failure (fast); the pointers of the errors are only looked for on demand.
            var root = dom.RootElement.Clone();
            why = () => SchemaValidator.Validate(root) is { Count: > 0 } errors ? string.Join("; ", errors.Select(e => $"{e.Pointer}: {e.Keyword}")) : "a number beyond int";
            return SchemaValidator.Evaluate(root, OutputFormat.Flag).IsValid && NumbersFit(root);
        }

        static bool NumbersFit(JsonElement e) => e.ValueKind switch
        {
            JsonValueKind.Number => e.TryGetDecimal(out var d) && d == decimal.Truncate(d) && d is >= int.MinValue and <= int.MaxValue,
            JsonValueKind.Array => e.EnumerateArray().All(NumbersFit),
            JsonValueKind.Object => e.EnumerateObject().All(p => NumbersFit(p.Value)),
            _ => true,
        };
    }

    /// <summary>Every string and number of the input (but <c>$schema</c>, which is always ours) is in what was read.</summary>
    private static void AssertFaithful(string input, string written)
    {
        var have = Values(JsonNode.Parse(written)!).GroupBy(v => v).ToDictionary(g => g.Key, g => g.Count());
        foreach (var group in Values(JsonNode.Parse(input)!).GroupBy(v => v))
            Assert.True(have.GetValueOrDefault(group.Key) >= group.Count(), $"'{group.Key}' was lost in reading:\n{input}");

        static IEnumerable<string> Values(JsonNode node) => node switch
        {
            JsonObject o => o.Where(p => p.Key != "$schema" && p.Value is not null).SelectMany(p => Values(p.Value!)),
            JsonArray a => a.Where(i => i is not null).SelectMany(i => Values(i!)),
            JsonValue v when v.GetValueKind() == JsonValueKind.Number => [decimal.Parse(v.ToJsonString(), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture).ToString("0", System.Globalization.CultureInfo.InvariantCulture)],
            _ => [node.ToString()],
        };
    }

    /// <summary>Structural mutations of every property and value (arrays: first two elements), plus textual ones.</summary>
    private static IEnumerable<string> Mutations(string json)
    {
        var root = JsonNode.Parse(json)!;
        var paths = new List<string[]>();
        Collect(root, [], paths);
        foreach (var path in paths)
        {
            foreach (var kind in Enum.GetValues<Mutation>())
            {
                var copy = JsonNode.Parse(json)!;
                if (Apply(copy, path, kind)) yield return copy.ToJsonString();
            }
        }
        // Textual mutations the node model cannot express.
        yield return ReplaceFirst(json, "\"startLine\": 1", "\"startLine\": 1.0");
        yield return ReplaceFirst(json, "\"lineCount\": ", "\"lineCount\": -");
        yield return ReplaceFirst(json, "\"text\": ", "\"text\": \"dup\", \"text\": ");
        yield return ReplaceFirst(json, "\"schemaVersion\": \"1.1\"", "\"schemaVersion\": \"1.1\\n\"");
        yield return ReplaceFirst(json, "\"language\": \"", "\"language\": \"en-");
        yield return json.Replace("\"schemaVersion\": \"1.1\"", "\"schemaVersion\": \"1.12\"", StringComparison.Ordinal);
        yield return json.Replace("\"schemaVersion\": \"1.1\"", "\"schemaVersion\": \"1.01\"", StringComparison.Ordinal);
        yield return json + "{}";
    }

    private enum Mutation { Remove, Null, EmptyString, Number, Zero, Negative, Huge, String, Object, Array, Unknown, BadId, BadEnum, Fraction, Exponent, BigFraction }

    private static void Collect(JsonNode node, string[] path, List<string[]> paths)
    {
        paths.Add(path);
        switch (node)
        {
            case JsonObject o:
                foreach (var (key, value) in o)
                    if (value is not null) Collect(value, [.. path, key], paths);
                break;
            case JsonArray a:
                for (var i = 0; i < Math.Min(2, a.Count); i++)
                    if (a[i] is { } item) Collect(item, [.. path, "#" + i], paths);
                break;
        }
    }

    private static bool Apply(JsonNode root, string[] path, Mutation kind)
    {
        if (path.Length == 0)
        {
            if (kind != Mutation.Unknown || root is not JsonObject r) return false;
            r["extra"] = 1;
            return true;
        }
        var parent = root;
        foreach (var step in path[..^1]) parent = step.StartsWith('#') ? parent[int.Parse(step[1..], System.Globalization.CultureInfo.InvariantCulture)]! : parent[step]!;
        var last = path[^1];
        JsonNode? Replacement(JsonNode? current) => kind switch
        {
            Mutation.Null => null,
            Mutation.EmptyString => JsonValue.Create(""),
            Mutation.Number => JsonValue.Create(7),
            Mutation.Zero => JsonValue.Create(0),
            Mutation.Negative => JsonValue.Create(-3),
            Mutation.Huge => JsonValue.Create(5_000_000_000L),
            Mutation.String => JsonValue.Create("7"),
            Mutation.Object => new JsonObject(),
            Mutation.Array => new JsonArray(),
            Mutation.BadId => JsonValue.Create(current?.ToString() + ".x"),
            Mutation.BadEnum => JsonValue.Create("unknownValue"),
            // Integers in other forms: 4.5 is not an integer to the schema, 40e-1 is, 2147483647.5 is neither.
            Mutation.Fraction => current is JsonValue v && v.TryGetValue<int>(out var i) ? JsonValue.Create(i + 0.5) : JsonValue.Create(2.5),
            Mutation.Exponent => current is JsonValue v2 && v2.TryGetValue<int>(out var i2) ? JsonNode.Parse(i2 + "0e-1") : JsonNode.Parse("1e0"),
            Mutation.BigFraction => JsonNode.Parse("2147483647.5"),
            _ => current,
        };
        if (last.StartsWith('#'))
        {
            var array = (JsonArray)parent;
            var index = int.Parse(last[1..], System.Globalization.CultureInfo.InvariantCulture);
            if (kind == Mutation.Remove) { array.RemoveAt(index); return true; }
            if (kind == Mutation.Unknown) { if (array[index] is JsonObject item) { item["extra"] = true; return true; } return false; }
            array[index] = Replacement(array[index]?.DeepClone());
            return true;
        }
        var obj = (JsonObject)parent;
        if (kind == Mutation.Remove) return obj.Remove(last);
        if (kind == Mutation.Unknown) { if (obj[last] is JsonObject child) { child["extra"] = "x"; return true; } return false; }
        obj[last] = Replacement(obj[last]?.DeepClone());
        return true;
    }

    private static string ReplaceFirst(string s, string what, string with)
    {
        var i = s.IndexOf(what, StringComparison.Ordinal);
        return i < 0 ? s : s[..i] + with + s[(i + what.Length)..];
    }
}
