using System.Text.Json;
using System.Text.Json.Nodes;
using Converter.Json;
using Converter.Model;
using Converter.Tests.Support;

namespace Converter.Tests.Json;

/// <summary>
/// Schema 1.1's span unit: a span counts lines (the default, never written) or paragraphs (a Word source, written
/// as <c>"unit": "paragraph"</c>); the schema, the writer and both readers agree, and the model's enum matches the schema's.
/// </summary>
public sealed class SpanUnitTests
{
    private static Document WordLike()
    {
        static SourceSpan P(int a, int b) => SourceSpan.Paragraphs(a, b);
        var seed = TestDocuments.ParseSeed();
        return seed with
        {
            Metadata = seed.Metadata with { Encoding = "docx", LineCount = 24 },
            Heading = new DocumentHeading(new Paragraph("（仮訳）", P(1, 1)), new Paragraph(seed.Heading.Title.Text, P(2, 2)), []),
            Preamble = [new Paragraph("前文。", P(3, 3))],
            Clauses = [new Clause("cl-1", "１．", null, "本文。", [], P(4, 5))],
            Sections = [],
            Closing = [],
            RemovedLines = [],
            Diagnostics = [new Diagnostic("DOCX104", DiagnosticSeverity.Warning, "table read as text", P(5, 5))],
        };
    }

    [Fact]
    public void Paragraph_spans_are_written_with_their_unit_and_read_back()
    {
        var json = WordLike().ToJson();
        Assert.Contains("\"unit\": \"paragraph\"", json, StringComparison.Ordinal);
        Assert.Contains("\"encoding\": \"docx\"", json, StringComparison.Ordinal);
        using (var doc = JsonDocument.Parse(json)) Assert.Empty(SchemaValidator.Validate(doc.RootElement));

        var read = DocumentConverter.FromJson(json);
        Assert.Equal(SourceSpan.Paragraphs(4, 5), read.Clauses[0].Span);
        Assert.Equal(SourceUnit.Paragraph, read.Heading.Title.Span.Unit);
        Assert.Equal(SourceUnit.Paragraph, read.Diagnostics[0].Span!.Value.Unit);
        Assert.Equal(json, read.ToJson());
    }

    [Fact]
    public void Line_spans_are_written_as_in_schema_1_0()
    {
        var json = TestDocuments.ParseSeed().ToJson();
        Assert.DoesNotContain("\"unit\"", json, StringComparison.Ordinal);
        Assert.Equal(SourceUnit.Line, DocumentConverter.FromJson(json).Heading.Title.Span.Unit);
    }

    [Fact]
    public void The_schema_refuses_an_unknown_unit_and_lists_exactly_the_model_units()
    {
        var node = JsonNode.Parse(WordLike().ToJson())!;
        node["clauses"]![0]!["span"]!["unit"] = "page";
        using (var doc = JsonDocument.Parse(node.ToJsonString()))
            Assert.Contains(SchemaValidator.Validate(doc.RootElement), e => e.Pointer == "/clauses/0/span/unit" && e.Keyword == "enum");
        Assert.Equal(ConversionErrorKind.InvalidJson, Assert.Throws<ConversionException>(() => DocumentConverter.FromJson(node.ToJsonString())).Kind);

        var span = JsonNode.Parse(SchemaValidator.SchemaText)!["$defs"]!["span"]!;
        Assert.Equal(["startLine", "endLine", "unit"], span["properties"]!.AsObject().Select(p => p.Key));
        Assert.Equal(Enum.GetNames<SourceUnit>().Select(n => JsonNamingPolicy.CamelCase.ConvertName(n)),
            span["properties"]!["unit"]!["enum"]!.AsArray().Select(n => (string)n!));
    }

    [Fact]
    public void SourceSpan_says_what_it_counts()
    {
        Assert.Equal("lines 3-5", new SourceSpan(3, 5).ToString());
        Assert.Equal("paragraph 4", SourceSpan.Paragraphs(4, 4).ToString());
        Assert.Equal(SourceSpan.Paragraphs(2, 9), SourceSpan.Paragraphs(2, 3).Union(SourceSpan.Paragraphs(8, 9)));
        Assert.NotEqual(new SourceSpan(1, 1), SourceSpan.Paragraphs(1, 1));
        Assert.Equal(SourceUnit.Line, default(SourceSpan).Unit);
    }
}
