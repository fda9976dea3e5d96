using System.Collections.Immutable;
using Converter.Model;

namespace Converter.Emitters.Json;

/// <summary>Maps between the model and its JSON transfer objects, in both directions.</summary>
internal static class JsonModelMapper
{
    public static DocumentDto ToDto(Document d) => new()
    {
        Schema = JsonEmitter.SchemaId,
        SchemaVersion = d.SchemaVersion,
        Metadata = new MetadataDto
        {
            Title = d.Metadata.Title,
            Language = d.Metadata.Language,
            SourceName = d.Metadata.SourceName,
            SourceSha256 = d.Metadata.SourceSha256,
            Encoding = d.Metadata.Encoding,
            LineCount = d.Metadata.LineCount,
        },
        Heading = new HeadingDto
        {
            StatusNote = d.Heading.StatusNote is { } s ? ToDto(s) : null,
            Title = ToDto(d.Heading.Title),
            Subtitles = d.Heading.Subtitles.Select(ToDto).ToList(),
        },
        Preamble = d.Preamble.Select(ToDto).ToList(),
        Clauses = d.Clauses.Select(ToDto).ToList(),
        Sections = d.Sections.Select(ToDto).ToList(),
        Closing = d.Closing.Select(ToDto).ToList(),
        RemovedLines = d.RemovedLines.Select(r => new RemovedLineDto
        {
            Line = r.Line,
            Kind = KindName(r.Kind),
            Text = r.Text,
        }).ToList(),
        Diagnostics = d.Diagnostics.Select(x => new DiagnosticDto
        {
            Code = x.Code,
            Severity = x.Severity == DiagnosticSeverity.Warning ? "warning" : "info",
            Message = x.Message,
            Span = x.Span is { } span ? ToDto(span) : null,
        }).ToList(),
    };

    private static ParagraphDto ToDto(Paragraph p) => new() { Text = p.Text, Span = ToDto(p.Span) };

    private static SpanDto ToDto(SourceSpan s) => new() { StartLine = s.StartLine, EndLine = s.EndLine };

    private static SectionDto ToDto(Section s) => new()
    {
        Id = s.Id,
        Number = s.Number,
        Title = s.Title,
        Span = ToDto(s.Span),
        Clauses = s.Clauses.Select(ToDto).ToList(),
        Sections = s.Sections.Select(ToDto).ToList(),
    };

    private static ClauseDto ToDto(Clause c) => new()
    {
        Id = c.Id,
        Number = c.Number,
        Caption = c.Caption,
        Text = c.Text,
        Span = ToDto(c.Span),
        Items = c.Items.Select(ToDto).ToList(),
    };

    internal static string KindName(RemovedLineKind kind) => kind switch
    {
        RemovedLineKind.PageNumber => "pageNumber",
        RemovedLineKind.RunningHeader => "runningHeader",
        RemovedLineKind.Separator => "separator",
        RemovedLineKind.EndMarker => "endMarker",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    internal static RemovedLineKind? ParseKind(string name) => name switch
    {
        "pageNumber" => RemovedLineKind.PageNumber,
        "runningHeader" => RemovedLineKind.RunningHeader,
        "separator" => RemovedLineKind.Separator,
        "endMarker" => RemovedLineKind.EndMarker,
        _ => null,
    };

    // Reverse direction: the DTO has already passed schema validation, so shapes are trusted here.
    public static Document FromDto(DocumentDto d) => new(
        d.SchemaVersion,
        new DocumentMetadata(d.Metadata.Title, d.Metadata.Language, d.Metadata.SourceName,
            d.Metadata.SourceSha256, d.Metadata.Encoding, d.Metadata.LineCount),
        new DocumentHeading(
            d.Heading.StatusNote is { } s ? FromDto(s) : null,
            FromDto(d.Heading.Title),
            d.Heading.Subtitles.Select(FromDto).ToImmutableArray()),
        d.Preamble.Select(FromDto).ToImmutableArray(),
        d.Clauses.Select(FromDto).ToImmutableArray(),
        d.Sections.Select(FromDto).ToImmutableArray(),
        d.Closing.Select(FromDto).ToImmutableArray(),
        d.RemovedLines.Select(r => new RemovedLine(r.Line, ParseKind(r.Kind) ?? RemovedLineKind.Separator, r.Text)).ToImmutableArray(),
        d.Diagnostics.Select(x => new Diagnostic(x.Code,
            x.Severity == "warning" ? DiagnosticSeverity.Warning : DiagnosticSeverity.Info,
            x.Message, x.Span is { } span ? FromDto(span) : null)).ToImmutableArray());

    private static Paragraph FromDto(ParagraphDto p) => new(p.Text, FromDto(p.Span));

    private static SourceSpan FromDto(SpanDto s) => new(s.StartLine, s.EndLine);

    private static Section FromDto(SectionDto s) => new(s.Id, s.Number, s.Title,
        s.Clauses.Select(FromDto).ToImmutableArray(), s.Sections.Select(FromDto).ToImmutableArray(), FromDto(s.Span));

    private static Clause FromDto(ClauseDto c) => new(c.Id, c.Number, c.Caption, c.Text,
        c.Items.Select(FromDto).ToImmutableArray(), FromDto(c.Span));
}
