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

    internal static string GenreName(DocumentGenre genre) => genre switch
    {
        DocumentGenre.Statement => "statement",
        DocumentGenre.Statute => "statute",
        DocumentGenre.Bill => "bill",
        _ => throw new ArgumentOutOfRangeException(nameof(genre), genre, null),
    };

    internal static DocumentGenre? ParseGenre(string name) => name switch
    {
        "statement" => DocumentGenre.Statement,
        "statute" => DocumentGenre.Statute,
        "bill" => DocumentGenre.Bill,
        _ => null,
    };

    private static readonly string[] SectionKindNames = [.. Enum.GetNames<SectionKind>().Select(CamelCase)];
    private static readonly string[] ClauseKindNames = [.. Enum.GetNames<ClauseKind>().Select(CamelCase)];

    private static string CamelCase(string name) => char.ToLowerInvariant(name[0]) + name[1..];

    internal static string KindName(SectionKind kind) => SectionKindNames[(int)kind];

    internal static string KindName(ClauseKind kind) => ClauseKindNames[(int)kind];

    internal static SectionKind? ParseSectionKind(string name)
    {
        var i = Array.IndexOf(SectionKindNames, name);
        return i < 0 ? null : (SectionKind)i;
    }

    internal static ClauseKind? ParseClauseKind(string name)
    {
        var i = Array.IndexOf(ClauseKindNames, name);
        return i < 0 ? null : (ClauseKind)i;
    }

    // Reverse direction: the DTO has already passed schema validation, so shapes are trusted here.
    public static Document FromDto(DocumentDto d) => new(
        d.SchemaVersion,
        new DocumentMetadata(d.Metadata.Title, d.Metadata.Language, d.Metadata.SourceName,
            d.Metadata.SourceSha256, d.Metadata.Encoding, d.Metadata.LineCount)
        {
            Genre = d.Metadata.Genre is { } genre ? ParseGenre(genre) ?? DocumentGenre.Statement : DocumentGenre.Statement,
        },
        new DocumentHeading(
            d.Heading.StatusNote is { } s ? FromDto(s) : null,
            FromDto(d.Heading.Title),
            d.Heading.Subtitles.Select(FromDto).ToImmutableArray())
        {
            DocumentNumber = d.Heading.DocumentNumber is { } number ? FromDto(number) : null,
        },
        d.Preamble.Select(FromDto).ToImmutableArray(),
        d.Clauses.Select(FromDto).ToImmutableArray(),
        d.Sections.Select(FromDto).ToImmutableArray(),
        d.Closing.Select(FromDto).ToImmutableArray(),
        d.RemovedLines.Select(r => new RemovedLine(r.Line, ParseKind(r.Kind) ?? RemovedLineKind.Separator, r.Text)).ToImmutableArray(),
        d.Diagnostics.Select(x => new Diagnostic(x.Code,
            x.Severity == "warning" ? DiagnosticSeverity.Warning : DiagnosticSeverity.Info,
            x.Message, x.Span is { } span ? FromDto(span) : null)).ToImmutableArray())
    {
        Contents = d.Contents is { } contents ? FromDto(contents) : null,
    };

    private static TableOfContents FromDto(TableOfContentsDto t) => new(
        t.Title is { } title ? FromDto(title) : null,
        t.Entries.Select(e => new TocEntry(e.Number, e.Text, e.Level, FromDto(e.Span))).ToImmutableArray(),
        FromDto(t.Span));

    private static Paragraph FromDto(ParagraphDto p) => new(p.Text, FromDto(p.Span));

    private static SourceSpan FromDto(SpanDto s) => new(s.StartLine, s.EndLine);

    private static Section FromDto(SectionDto s) => new(s.Id, s.Number, s.Title,
        s.Clauses.Select(FromDto).ToImmutableArray(), s.Sections.Select(FromDto).ToImmutableArray(), FromDto(s.Span))
    {
        Kind = s.Kind is { } kind ? ParseSectionKind(kind) ?? SectionKind.Section : SectionKind.Section,
        AmendLawNumber = s.AmendLawNumber,
    };

    private static Clause FromDto(ClauseDto c) => new(c.Id, c.Number, c.Caption, c.Text,
        c.Items.Select(FromDto).ToImmutableArray(), FromDto(c.Span))
    {
        Kind = c.Kind is { } kind ? ParseClauseKind(kind) ?? ClauseKind.Paragraph : ClauseKind.Paragraph,
        Heading = c.Heading,
        Contents = c.Contents is { } contents ? FromDto(contents) : null,
    };
}
