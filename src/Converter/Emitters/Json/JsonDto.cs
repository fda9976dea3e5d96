using System.Text.Json.Serialization;

namespace Converter.Emitters.Json;

// The JSON shape, kept apart from the model so the wire format is explicit and stable.
// Property order here is the order on the wire; schemas/document.schema.json mirrors it.

internal sealed class DocumentDto
{
    [JsonPropertyName("$schema")] public string? Schema { get; set; }
    public string SchemaVersion { get; set; } = "";
    public MetadataDto Metadata { get; set; } = new();
    public HeadingDto Heading { get; set; } = new();
    public TableOfContentsDto? Contents { get; set; }
    public List<ParagraphDto> Preamble { get; set; } = [];
    public List<ClauseDto> Clauses { get; set; } = [];
    public List<SectionDto> Sections { get; set; } = [];
    public List<ParagraphDto> Closing { get; set; } = [];
    public List<RemovedLineDto> RemovedLines { get; set; } = [];
    public List<DiagnosticDto> Diagnostics { get; set; } = [];
}

internal sealed class MetadataDto
{
    public string Title { get; set; } = "";
    public string Language { get; set; } = "";
    public string? SourceName { get; set; }
    public string SourceSha256 { get; set; } = "";
    public string Encoding { get; set; } = "";
    public int LineCount { get; set; }
    public string? Genre { get; set; }
}

internal sealed class HeadingDto
{
    public ParagraphDto? StatusNote { get; set; }
    public ParagraphDto Title { get; set; } = new();
    public ParagraphDto? DocumentNumber { get; set; }
    public List<ParagraphDto> Subtitles { get; set; } = [];
}

internal sealed class TableOfContentsDto
{
    public ParagraphDto? Title { get; set; }
    public List<TocEntryDto> Entries { get; set; } = [];
    public SpanDto Span { get; set; } = new();
}

internal sealed class TocEntryDto
{
    public string? Number { get; set; }
    public string Text { get; set; } = "";
    public int Level { get; set; }
    public SpanDto Span { get; set; } = new();
}

internal sealed class ParagraphDto
{
    public string Text { get; set; } = "";
    public SpanDto Span { get; set; } = new();
}

internal sealed class SpanDto
{
    public int StartLine { get; set; }
    public int EndLine { get; set; }
}

internal sealed class SectionDto
{
    public string Id { get; set; } = "";
    public string? Kind { get; set; }
    public string? Number { get; set; }
    public string Title { get; set; } = "";
    public string? AmendLawNumber { get; set; }
    public SpanDto Span { get; set; } = new();
    public List<ClauseDto> Clauses { get; set; } = [];
    public List<SectionDto> Sections { get; set; } = [];
}

internal sealed class ClauseDto
{
    public string Id { get; set; } = "";
    public string? Kind { get; set; }
    public string? Number { get; set; }
    public string? Caption { get; set; }
    public string? Heading { get; set; }
    public string Text { get; set; } = "";
    public SpanDto Span { get; set; } = new();
    public TableOfContentsDto? Contents { get; set; }
    public List<ClauseDto> Items { get; set; } = [];
}

internal sealed class RemovedLineDto
{
    public int Line { get; set; }
    public string Kind { get; set; } = "";
    public string Text { get; set; } = "";
}

internal sealed class DiagnosticDto
{
    public string Code { get; set; } = "";
    public string Severity { get; set; } = "";
    public string Message { get; set; } = "";
    public SpanDto? Span { get; set; }
}

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    WriteIndented = true,
    RespectRequiredConstructorParameters = true,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow)]
[JsonSerializable(typeof(DocumentDto))]
internal sealed partial class DocumentJsonContext : JsonSerializerContext;
