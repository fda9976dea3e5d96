using System.Text;
using System.Text.Json.Nodes;
using Converter.Json;
using Converter.Tests.Support;
using Json.Schema;

namespace Converter.Tests.Json;

/// <summary><see cref="DocumentConverter.ValidateJson"/>: every reason, each placed by file, line and JSON pointer.</summary>
public sealed class ValidateJsonTests
{
    private static string Seed => TestDocuments.ParseSeed().ToJson();

    /// <summary>The 1-based line of the first occurrence of <paramref name="text"/>: the oracle for where a value is.</summary>
    private static int LineOf(string json, string text) => json[..json.IndexOf(text, StringComparison.Ordinal)].Count(c => c == '\n') + 1;

    [Fact]
    public void A_written_document_is_valid()
    {
        var result = DocumentConverter.ValidateJson(Encoding.UTF8.GetBytes(Seed), "seed.json");
        Assert.True(result.IsValid);
        Assert.Empty(result.Errors);
        Assert.Equal("seed.json", result.File);
        Assert.True(result.Evaluate(OutputFormat.List)!.IsValid);
    }

    [Fact]
    public void Schema_errors_name_file_line_pointer_keyword_and_message()
    {
        var node = JsonNode.Parse(Seed)!;
        node["sections"]![1]!["id"] = "section two";
        node["metadata"]!.AsObject().Remove("lineCount");
        var json = node.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true });

        var result = DocumentConverter.ValidateJson(Encoding.UTF8.GetBytes(json), "damaged.json");

        Assert.False(result.IsValid);
        Assert.Equal(["/metadata", "/sections/1/id"], result.Errors.Select(e => e.Pointer));
        var required = result.Errors[0];
        Assert.Equal(("damaged.json", "required", LineOf(json, "\"metadata\"")), (required.File, required.Keyword, required.Line));
        Assert.Contains("lineCount", required.Message, StringComparison.Ordinal);
        var pattern = result.Errors[1];
        Assert.Equal(("pattern", LineOf(json, "\"section two\"")), (pattern.Keyword, pattern.Line));
        Assert.StartsWith("damaged.json: /sections/1/id: pattern: ", pattern.ToString(), StringComparison.Ordinal);
        Assert.False(result.Evaluate(OutputFormat.List)!.IsValid);
    }

    [Fact]
    public void Malformed_json_is_one_error_with_its_line_and_no_schema_evaluation()
    {
        var result = DocumentConverter.ValidateJson("{\"schemaVersion\": \"1.0\",\n  \"metadata\": {,}}"u8, "bad.json");
        var error = Assert.Single(result.Errors);
        Assert.Equal(2, error.Line);
        Assert.Null(error.Pointer);
        Assert.Null(error.Keyword);
        Assert.StartsWith("malformed JSON at line 2, position 16: ", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("LineNumber", error.Message, StringComparison.Ordinal);
        Assert.Equal($"bad.json: {error.Message}", error.ToString());
        Assert.Null(result.Evaluate(OutputFormat.List));
    }

    [Fact]
    public void A_property_given_twice_is_placed_by_line_and_pointer()
    {
        var json = Seed.Replace("\"encoding\": ", "\"title\": \"again\",\n    \"encoding\": ", StringComparison.Ordinal);
        var error = Assert.Single(DocumentConverter.ValidateJson(Encoding.UTF8.GetBytes(json)).Errors);
        Assert.Equal(("/metadata/title", LineOf(json, "\"again\"")), (error.Pointer, error.Line));
        Assert.Equal($"malformed JSON at line {error.Line}: the property /metadata/title is given twice; give each property once", error.Message);
        var read = Assert.Throws<ConversionException>(() => DocumentConverter.FromJson(json));
        Assert.Equal((error.Message, error.Line), (read.Message, read.Line));
    }

    [Theory]
    [InlineData("{\"schemaVersion\": \"1.0\", \"schemaVersion\": \"1.0\"}", "the property /schemaVersion is given twice")]
    [InlineData("{\"schemaVersion\": \"1.0\", \"x\": \"\\udc00\"}", "the string at /x is not valid Unicode")]
    public void What_the_reader_cannot_read_is_invalid_whatever_the_schema_says(string json, string expected)
    {
        var error = Assert.Single(DocumentConverter.ValidateJson(Encoding.UTF8.GetBytes(json)).Errors);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.Equal("-", error.File);
        var read = Assert.Throws<ConversionException>(() => DocumentConverter.FromJson(json));
        Assert.Equal(read.Message, error.Message);
    }

    [Fact]
    public void A_number_the_schema_allows_but_the_model_cannot_hold_is_invalid()
    {
        var json = Seed.Replace("\"lineCount\": 206", "\"lineCount\": 2147483648", StringComparison.Ordinal);
        var error = Assert.Single(DocumentConverter.ValidateJson(Encoding.UTF8.GetBytes(json)).Errors);
        Assert.Equal(("/metadata/lineCount", (string?)null, LineOf(json, "2147483648")), (error.Pointer, error.Keyword, error.Line));
        Assert.Equal(Assert.Throws<ConversionException>(() => DocumentConverter.FromJson(json)).Message, error.Message);
    }

    [Fact]
    public void A_byte_order_mark_is_allowed_as_the_reader_allows_it()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Seed)];
        Assert.True(DocumentConverter.ValidateJson(bytes).IsValid);
        Assert.Equal(Seed, DocumentConverter.Load(bytes).ToJson());
    }
}
