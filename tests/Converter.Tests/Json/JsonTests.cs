using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Converter.Json;
using Converter.Model;
using Converter.Testing;
using Converter.Tests.Support;

namespace Converter.Tests.Json;

public sealed class JsonTests
{
    public static TheoryData<string> Inputs => TestDocuments.AllInputNames();

    [Fact]
    public void Seed_json_matches_snapshot() =>
        Snapshot.Match(TestDocuments.ParseSeed().ToJson(), "seed", "json");

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Emitted_json_validates_against_the_schema(string relativePath)
    {
        var json = DocumentConverter.ParseFile(TestDocuments.Full(relativePath)).ToJson();
        using var doc = JsonDocument.Parse(json);
        Assert.Empty(SchemaValidator.Validate(doc.RootElement));
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Round_trip_is_byte_identical(string relativePath)
    {
        var json = DocumentConverter.ParseFile(TestDocuments.Full(relativePath)).ToJson();
        Assert.Equal(json, DocumentConverter.FromJson(json).ToJson());
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(json));
        Assert.Equal(json, DocumentConverter.FromJson(stream).ToJson());
    }

    [Fact]
    public void Json_is_utf8_with_japanese_as_is_lf_and_final_newline()
    {
        var json = TestDocuments.ParseSeed().ToJson();
        Assert.Contains("\"（仮訳）\"", json);
        Assert.DoesNotContain("\\u", json);
        Assert.DoesNotContain("\r", json);
        Assert.EndsWith("}\n", json);
        Assert.StartsWith("{\n  \"$schema\": \"" + JsonEmitter.SchemaId + "\",\n  \"schemaVersion\": \"1.1\",", json);
    }

    [Fact]
    public void Same_input_gives_identical_json() =>
        Assert.Equal(TestDocuments.ParseSeed().ToJson(), TestDocuments.ParseSeed().ToJson());

    [Fact]
    public void Published_schema_file_is_the_embedded_one() =>
        Assert.Equal(File.ReadAllText(RepositoryFiles.PathOf("schemas", "document.schema.json")), SchemaValidator.SchemaText);

    [Fact]
    public void Schema_id_is_versioned_and_every_property_is_described()
    {
        var schema = JsonNode.Parse(SchemaValidator.SchemaText)!;
        Assert.Equal(JsonEmitter.SchemaId, (string?)schema["$id"]);
        Assert.Equal("https://json-schema.org/draft/2020-12/schema", (string?)schema["$schema"]);
        foreach (var (owner, properties) in PropertyBags(schema))
            foreach (var (name, definition) in properties)
                Assert.True(definition!["description"] is not null || definition["$ref"] is not null && name is "metadata" or "heading" or "span",
                    $"{owner}.{name} has no description");
    }

    private static IEnumerable<(string, JsonObject)> PropertyBags(JsonNode schema)
    {
        yield return ("document", schema["properties"]!.AsObject());
        foreach (var (name, def) in schema["$defs"]!.AsObject())
            if (def!["properties"] is JsonObject props) yield return (name, props);
    }

    // Each hand-made invalid document must fail at the expected JSON pointer.
    public static TheoryData<string, string, string> InvalidDocuments => new()
    {
        { "missing title", "/heading", "required" },
        { "wrong type", "/metadata/lineCount", "type" },
        { "unknown property", "/author", "additionalProperties" },
        { "line 0", "/sections/0/span/startLine", "minimum" },
        { "bad id", "/sections/1/id", "pattern" },
        { "wrong schemaVersion", "/schemaVersion", "pattern" },
        { "clause without text", "/sections/0/clauses/2", "required" },
        { "unknown clause kind", "/sections/2/clauses/0/kind", "enum" },
        { "bad language", "/metadata/language", "pattern" },
    };

    [Theory]
    [MemberData(nameof(InvalidDocuments))]
    public void Invalid_documents_fail_at_the_expected_pointer(string damage, string pointer, string keyword)
    {
        var node = JsonNode.Parse(TestDocuments.ParseSeed().ToJson())!;
        switch (damage)
        {
            case "missing title": node["heading"]!.AsObject().Remove("title"); break;
            case "wrong type": node["metadata"]!["lineCount"] = "206"; break;
            case "unknown property": node.AsObject()["author"] = "someone"; break;
            case "line 0": node["sections"]![0]!["span"]!["startLine"] = 0; break;
            case "bad id": node["sections"]![1]!["id"] = "section two"; break;
            case "wrong schemaVersion": node["schemaVersion"] = "2.0"; break;
            case "clause without text": node["sections"]![0]!["clauses"]![2]!.AsObject().Remove("text"); break;
            case "unknown clause kind": node["sections"]![2]!["clauses"]![0]!["kind"] = "chapter"; break;
            case "bad language": node["metadata"]!["language"] = "Japanese!"; break;
        }
        using var doc = JsonDocument.Parse(node.ToJsonString());
        var errors = SchemaValidator.Validate(doc.RootElement);
        Assert.Contains(errors, e => e.Pointer == pointer && e.Keyword == keyword);
    }

    [Fact]
    public void Reader_rejects_an_unknown_major_version_with_a_clear_message()
    {
        var node = JsonNode.Parse(TestDocuments.ParseSeed().ToJson())!;
        node["schemaVersion"] = "2.0";
        var e = Assert.Throws<ConversionException>(() => DocumentConverter.FromJson(node.ToJsonString()));
        Assert.Equal(ConversionErrorKind.UnsupportedSchemaVersion, e.Kind);
        Assert.Contains("schemaVersion '2.0'", e.Message);
    }

    [Theory]
    [InlineData("{\"schemaVersion\": \"1.0\",\n  \"metadata\": {,}}", "line 2")]
    [InlineData("[1, 2, 3]", "not an object")]
    [InlineData("{\"schemaVersion\": \"1.0\"}", "required")]
    [InlineData("{\"schemaVersion\": \"1.0\", \"schemaVersion\": \"1.0\"}", "malformed JSON")]
    public void Reader_reports_bad_json_with_position(string json, string expected)
    {
        var e = Assert.Throws<ConversionException>(() => DocumentConverter.FromJson(json));
        Assert.Equal(ConversionErrorKind.InvalidJson, e.Kind);
        Assert.Contains(expected, e.Message);
    }

    [Fact]
    public void Reader_stops_at_hostile_nesting()
    {
        var json = "{\"schemaVersion\":\"1.0\",\"x\":" + new string('[', 10_000) + new string(']', 10_000) + "}";
        var e = Assert.Throws<ConversionException>(() => DocumentConverter.FromJson(json));
        Assert.Equal(ConversionErrorKind.InvalidJson, e.Kind);
        Assert.Contains("depth", e.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Content_detection_tells_json_from_text()
    {
        var json = Encoding.UTF8.GetBytes(TestDocuments.ParseSeed().ToJson());
        Assert.Equal(TestDocuments.ParseSeed().ToJson(), DocumentConverter.Load(json, "renamed.txt").ToJson());
        Assert.Equal("Title", DocumentConverter.Load("Title\n\nBody text here.\n"u8, "x.json").Heading.Title.Text);
    }
}
