using System.Collections.Immutable;

namespace Converter.Model;

/// <summary>
/// A parsed structured document: heading, preamble, body (top-level clauses and/or sections),
/// closing, and everything the parser noticed on the way. Immutable; safe to share across threads.
/// </summary>
/// <remarks>
/// Reading order for fidelity is: heading, preamble, top-level clauses, sections (depth first),
/// closing. Every non-whitespace source character is in exactly one of those places or in
/// <see cref="RemovedLines"/>.
/// </remarks>
/// <param name="SchemaVersion">Version of the JSON contract this model corresponds to (<c>major.minor</c>).</param>
/// <param name="Metadata">Facts about the source: title, language, name, hash, encoding, line count.</param>
/// <param name="Heading">Status note, title and subtitle lines.</param>
/// <param name="Preamble">Paragraphs between the heading and the body.</param>
/// <param name="Clauses">Top-level clauses, for documents whose body has no section headings (or before the first one).</param>
/// <param name="Sections">Sections of the body, in source order.</param>
/// <param name="Closing">Paragraphs after the body that are not clauses: signature blocks, dates, places.</param>
/// <param name="RemovedLines">Source lines dropped as layout debris (page numbers, running headers, separators).</param>
/// <param name="Diagnostics">Oddities found while reading; never fatal.</param>
public sealed record Document(
    string SchemaVersion,
    DocumentMetadata Metadata,
    DocumentHeading Heading,
    ImmutableArray<Paragraph> Preamble,
    ImmutableArray<Clause> Clauses,
    ImmutableArray<Section> Sections,
    ImmutableArray<Paragraph> Closing,
    ImmutableArray<RemovedLine> RemovedLines,
    ImmutableArray<Diagnostic> Diagnostics)
{
    /// <summary>The schema version this library writes: <c>major.minor</c>. A reader accepts any minor of its major.</summary>
    public const string CurrentSchemaVersion = "1.0";

    /// <summary>The major part of <see cref="CurrentSchemaVersion"/>.</summary>
    public const int CurrentSchemaMajor = 1;

    /// <summary>All sections of the document, depth first, in source order.</summary>
    public IEnumerable<Section> AllSections()
    {
        foreach (var section in Sections)
            foreach (var s in section.SelfAndDescendants())
                yield return s;
    }

    /// <summary>All clauses of the document (top-level, in sections, and nested items), depth first, in source order.</summary>
    public IEnumerable<Clause> AllClauses()
    {
        foreach (var clause in Clauses)
            foreach (var c in clause.SelfAndDescendants())
                yield return c;
        foreach (var section in AllSections())
            foreach (var clause in section.Clauses)
                foreach (var c in clause.SelfAndDescendants())
                    yield return c;
    }
}

/// <summary>Facts about the source document.</summary>
/// <param name="Title">The document title (same text as <see cref="DocumentHeading.Title"/>).</param>
/// <param name="Language">BCP 47 language tag detected from the text (<c>ja</c>, <c>en</c>).</param>
/// <param name="SourceName">File name of the source (no directory), or <c>null</c> for stdin or in-memory text.</param>
/// <param name="SourceSha256">Lower-case hex SHA-256 of the source bytes as read.</param>
/// <param name="Encoding">Name of the detected text encoding (<c>utf-8</c>, <c>utf-8-bom</c>, <c>utf-16le</c>, <c>shift_jis</c>, …).</param>
/// <param name="LineCount">Number of physical lines in the decoded source.</param>
public sealed record DocumentMetadata(
    string Title,
    string Language,
    string? SourceName,
    string SourceSha256,
    string Encoding,
    int LineCount);

/// <summary>The heading block at the top of the document.</summary>
/// <param name="StatusNote">A status marker such as <c>（仮訳）</c> or <c>(Provisional translation)</c>, if present.</param>
/// <param name="Title">The title, joined from its wrapped lines.</param>
/// <param name="Subtitles">Lines under the title that belong to the heading (dates, places, sub-titles).</param>
public sealed record DocumentHeading(
    Paragraph? StatusNote,
    Paragraph Title,
    ImmutableArray<Paragraph> Subtitles);

/// <summary>A run of text joined from one or more wrapped source lines.</summary>
/// <param name="Text">The text, wrapped lines joined (no space between CJK characters, one between Latin words).</param>
/// <param name="Span">The source lines it came from.</param>
public sealed record Paragraph(string Text, SourceSpan Span);

/// <summary>A section of the body, introduced by a heading line.</summary>
/// <param name="Id">Stable id derived from position, e.g. <c>sec-2</c> or <c>sec-2.sec-1</c>.</param>
/// <param name="Number">The number as displayed in the source (<c>I.</c>, <c>第一章</c>, <c>１．</c>), or <c>null</c>.</param>
/// <param name="Title">Heading text without the number.</param>
/// <param name="Clauses">Clauses of this section.</param>
/// <param name="Sections">Child sections (after this section's own clauses).</param>
/// <param name="Span">Source lines from the heading to the end of the last child.</param>
public sealed record Section(
    string Id,
    string? Number,
    string Title,
    ImmutableArray<Clause> Clauses,
    ImmutableArray<Section> Sections,
    SourceSpan Span)
{
    /// <summary>Nesting depth: 1 for a top-level section.</summary>
    public int Level => Id.Count(c => c == '.') + 1;

    /// <summary>This section followed by all its descendants, depth first.</summary>
    public IEnumerable<Section> SelfAndDescendants()
    {
        yield return this;
        foreach (var child in Sections)
            foreach (var s in child.SelfAndDescendants())
                yield return s;
    }
}

/// <summary>A clause (paragraph, article, item) of the body.</summary>
/// <param name="Id">Stable id derived from position, e.g. <c>sec-2.cl-3</c> or <c>cl-4.cl-1</c>.</param>
/// <param name="Number">The number or bullet as displayed in the source (<c>1.</c>, <c>（１）</c>, <c>第十二条</c>, <c>•</c>), or <c>null</c>.</param>
/// <param name="Caption">A caption line that belongs to the clause (<c>（目的）</c>), or <c>null</c>.</param>
/// <param name="Text">The clause text without number and caption; never empty.</param>
/// <param name="Items">Child clauses (paragraphs of an article, items of a paragraph).</param>
/// <param name="Span">Source lines from the caption (or number) to the end of the last item.</param>
public sealed record Clause(
    string Id,
    string? Number,
    string? Caption,
    string Text,
    ImmutableArray<Clause> Items,
    SourceSpan Span)
{
    /// <summary>This clause followed by all its descendants, depth first.</summary>
    public IEnumerable<Clause> SelfAndDescendants()
    {
        yield return this;
        foreach (var item in Items)
            foreach (var c in item.SelfAndDescendants())
                yield return c;
    }
}

/// <summary>A source line dropped as layout debris, kept here so nothing is silently lost.</summary>
/// <param name="Line">1-based source line.</param>
/// <param name="Kind">What it was.</param>
/// <param name="Text">The line as it was (trailing whitespace trimmed).</param>
public sealed record RemovedLine(int Line, RemovedLineKind Kind, string Text);

/// <summary>Kinds of layout debris.</summary>
public enum RemovedLineKind
{
    /// <summary>A page number in a header or footer (<c>- 2 -</c>, <c>2 / 5</c>, <c>Page 2</c>).</summary>
    PageNumber,
    /// <summary>A running header or footer repeated on several pages.</summary>
    RunningHeader,
    /// <summary>A separator line (<c>***</c>, <c>---</c>, <c>* * *</c>).</summary>
    Separator,
    /// <summary>An end marker (<c>###</c>, <c>- END -</c>).</summary>
    EndMarker,
}

/// <summary>Something the parser noticed: odd but readable input. Never fatal.</summary>
/// <param name="Code">Stable machine-readable code, e.g. <c>CNV101</c>.</param>
/// <param name="Severity">How much it matters.</param>
/// <param name="Message">Human-readable explanation.</param>
/// <param name="Span">Where, if it is tied to source lines.</param>
public sealed record Diagnostic(string Code, DiagnosticSeverity Severity, string Message, SourceSpan? Span);

/// <summary>How much a diagnostic matters.</summary>
public enum DiagnosticSeverity
{
    /// <summary>Informational: something was recognised and handled (e.g. debris removed).</summary>
    Info,
    /// <summary>Something looks wrong in the source and was kept as displayed (e.g. a repeated number).</summary>
    Warning,
}
