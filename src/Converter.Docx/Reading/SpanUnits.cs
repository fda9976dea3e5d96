using System.Collections.Immutable;
using Converter.Model;

namespace Converter.Docx.Reading;

/// <summary>
/// Marks every span of a document parsed from paragraphs as counting paragraphs: the text parser numbers its lines
/// with the paragraph numbers it was given, and calls them lines.
/// </summary>
internal static class SpanUnits
{
    public static Document ToParagraphs(Document d) => d with
    {
        Heading = new DocumentHeading(P(d.Heading.StatusNote), P(d.Heading.Title)!, [.. d.Heading.Subtitles.Select(p => P(p)!)]),
        Preamble = [.. d.Preamble.Select(p => P(p)!)],
        Clauses = Clauses(d.Clauses),
        Sections = [.. d.Sections.Select(Section)],
        Closing = [.. d.Closing.Select(p => P(p)!)],
        Diagnostics = [.. d.Diagnostics.Select(x => x.Span is { } s ? x with { Span = S(s) } : x)],
    };

    private static SourceSpan S(SourceSpan s) => s with { Unit = SourceUnit.Paragraph };

    private static Paragraph? P(Paragraph? p) => p is null ? null : p with { Span = S(p.Span) };

    private static ImmutableArray<Clause> Clauses(ImmutableArray<Clause> clauses) =>
        [.. clauses.Select(c => c with { Span = S(c.Span), Items = Clauses(c.Items) })];

    private static Section Section(Section s) =>
        s with { Span = S(s.Span), Clauses = Clauses(s.Clauses), Sections = [.. s.Sections.Select(Section)] };
}
