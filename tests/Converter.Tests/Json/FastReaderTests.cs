using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Converter.Emitters.Json;
using Converter.Tests.Support;

namespace Converter.Tests.Json;

/// <summary>
/// The reader's one-pass fast path must accept exactly what it can be sure of: never a document the schema
/// rejects, and for what it accepts, the same model as the full path (DOM, schema validation, mapping).
/// </summary>
public sealed class FastReaderTests
{
    public static TheoryData<string> Inputs => TestDocuments.AllInputNames();

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Fast_path_reads_every_emitted_document_as_the_full_path_does(string relativePath)
    {
        var json = Encoding.UTF8.GetBytes(DocumentConverter.ParseFile(TestDocuments.Full(relativePath)).ToJson());
        var fast = JsonFastReader.TryRead(json);
        Assert.NotNull(fast);
        Assert.Equal(JsonDocumentReader.ReadFull(json, "test").ToJson(), fast.ToJson());
    }

    [Fact]
    public void Fast_path_never_accepts_what_the_schema_rejects()
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
                var fast = JsonFastReader.TryRead(bytes);
                if (fast is null) continue;
                accepted++;
                using var dom = JsonDocument.Parse(bytes, new JsonDocumentOptions { MaxDepth = JsonDocumentReader.MaxDepth, AllowDuplicateProperties = false });
                var errors = SchemaValidator.Validate(dom.RootElement);
                Assert.True(errors.Count == 0, $"fast path accepted a document the schema rejects ({string.Join("; ", errors.Select(e => $"{e.Pointer}: {e.Keyword}"))}):\n{mutated}");
                Assert.Equal(JsonDocumentReader.ReadFull(bytes, "test").ToJson(), fast.ToJson());
            }
        }
        Assert.True(checkedCases > 500, $"only {checkedCases} mutations");
        Assert.True(accepted > 10, "the fast path should still accept valid variations (reordered or optional properties)");
    }

    [Theory]
    [InlineData("{\"schemaVersion\": \"1.0\"")]
    [InlineData("[]")]
    [InlineData("{\"schemaVersion\": \"1.0\"} {}")]
    [InlineData("{\"schemaVersion\": \"1.0\", // comment\n}")]
    public void Malformed_or_incomplete_json_is_left_to_the_full_path(string json) =>
        Assert.Null(JsonFastReader.TryRead(Encoding.UTF8.GetBytes(json)));

    [Theory]
    [InlineData("sec-1", true)]
    [InlineData("sec-12.sec-3", true)]
    [InlineData("sec-0", false)]
    [InlineData("sec-1.", false)]
    [InlineData("sec-1.cl-1", false)]
    [InlineData("sec-01", false)]
    public void Section_ids(string id, bool valid) => Assert.Equal(valid, JsonFastReader.IsSectionId(id));

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
    public void Clause_ids(string id, bool valid) => Assert.Equal(valid, JsonFastReader.IsClauseId(id));

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

    private enum Mutation { Remove, Null, EmptyString, Number, Zero, Negative, Huge, String, Object, Array, Unknown, BadId, BadEnum }

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
