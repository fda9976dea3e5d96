using System.Collections.Immutable;
using Converter.Model;

namespace Converter.Emitters.Json;

/// <summary>Maps the JSON transfer objects (the reader's full path) to the model, and removed-line kinds to and from their names.</summary>
internal static class JsonModelMapper
{
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
