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
    public const string CurrentSchemaVersion = "1.1";

    /// <summary>The major part of <see cref="CurrentSchemaVersion"/>.</summary>
    public const int CurrentSchemaMajor = 1;

    /// <summary>
    /// A table of contents at the front of the document (<c>目次</c>, <c>CONTENTS</c>), kept as its own node: its text
    /// stays in the model, its entries are not structure. In reading order it stands among the preamble paragraphs
    /// by its span (see <see cref="FrontMatter"/>).
    /// </summary>
    public TableOfContents? Contents { get; init; }

    /// <summary>
    /// The preamble paragraphs and the front table of contents in reading order: source order by span start, the
    /// contents first on a tie. A statute's enacting statement may precede its table of contents.
    /// </summary>
    public IEnumerable<FrontMatterPart> FrontMatter()
    {
        var contentsDone = Contents is null;
        foreach (var p in Preamble)
        {
            if (!contentsDone && Contents!.Span.StartLine <= p.Span.StartLine)
            {
                contentsDone = true;
                yield return new FrontMatterPart(null, Contents);
            }
            yield return new FrontMatterPart(p, null);
        }
        if (!contentsDone) yield return new FrontMatterPart(null, Contents);
    }

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
    int LineCount)
{
    /// <summary>The kind of document, decided from evidence; it chooses the conventions the parser applied.</summary>
    public DocumentGenre Genre { get; init; } = DocumentGenre.Statement;
}

/// <summary>Kinds of document, each with its own conventions.</summary>
public enum DocumentGenre
{
    /// <summary>A statement, communiqué, declaration, agreement or other non-legislative text.</summary>
    Statement,
    /// <summary>An enacted law or a compilation of one: Japanese 法律 (条/項/号, 附則), a US public law.</summary>
    Statute,
    /// <summary>A bill or draft law as introduced (<c>A BILL</c>, <c>H. R. 1000</c>).</summary>
    Bill,
}

/// <summary>One part of the front matter: a preamble paragraph or the table of contents (exactly one is set).</summary>
/// <param name="Paragraph">A preamble paragraph.</param>
/// <param name="Contents">The front table of contents.</param>
public readonly record struct FrontMatterPart(Paragraph? Paragraph, TableOfContents? Contents);

/// <summary>The heading block at the top of the document.</summary>
/// <param name="StatusNote">A status marker such as <c>（仮訳）</c> or <c>(Provisional translation)</c>, if present.</param>
/// <param name="Title">The title, joined from its wrapped lines.</param>
/// <param name="Subtitles">Lines under the title that belong to the heading (dates, places, sub-titles).</param>
public sealed record DocumentHeading(
    Paragraph? StatusNote,
    Paragraph Title,
    ImmutableArray<Paragraph> Subtitles)
{
    /// <summary>
    /// The document's number as shown: a law number (<c>（昭和三十四年法律第百二十五号）</c>, <c>昭和二十一年憲法</c>),
    /// <c>Public Law 115–16</c>, <c>H. R. 1000</c>; <c>null</c> when none is shown.
    /// </summary>
    public Paragraph? DocumentNumber { get; init; }

    /// <summary>
    /// The heading's paragraphs in reading order: source order by span start (a number may precede or follow the
    /// title); on a tie: status note, title, document number, subtitles.
    /// </summary>
    public IEnumerable<(HeadingPart Part, Paragraph Paragraph)> InReadingOrder()
    {
        var parts = new List<(HeadingPart, Paragraph)>(Subtitles.Length + 3);
        if (StatusNote is { } status) parts.Add((HeadingPart.StatusNote, status));
        parts.Add((HeadingPart.Title, Title));
        if (DocumentNumber is { } number) parts.Add((HeadingPart.DocumentNumber, number));
        foreach (var s in Subtitles) parts.Add((HeadingPart.Subtitle, s));
        // A stable sort keeps the fixed order above for paragraphs starting on the same line.
        return parts.OrderBy(p => p.Item2.Span.StartLine);
    }
}

/// <summary>The parts of a document heading.</summary>
public enum HeadingPart
{
    /// <summary>The status note.</summary>
    StatusNote,
    /// <summary>The title.</summary>
    Title,
    /// <summary>The document number.</summary>
    DocumentNumber,
    /// <summary>A subtitle line.</summary>
    Subtitle,
}

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
    /// <summary>What the section is: a part, chapter, supplementary provision (附則), … (<see cref="SectionKind.Section"/> when only a heading).</summary>
    public SectionKind Kind { get; init; } = SectionKind.Section;

    /// <summary>
    /// For a supplementary provision added by an amending law: that law's number as shown after the title, with any
    /// note after it (<c>（平成一一年一二月八日法律第一五一号）　抄</c>); otherwise <c>null</c>.
    /// </summary>
    public string? AmendLawNumber { get; init; }

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
/// <param name="Text">The clause text without number, caption and heading; empty only when the clause has a heading, contents or items.</param>
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
    /// <summary>What the clause is: an article (条), a paragraph (項), an item (号), a US section, a point, ….</summary>
    public ClauseKind Kind { get; init; } = ClauseKind.Paragraph;

    /// <summary>A heading after the number (<c>SHORT TITLE.</c>, <c>IN GENERAL.—</c>), or <c>null</c>.</summary>
    public string? Heading { get; init; }

    /// <summary>A table of contents inside the clause (US bills list their sections in section 1(b)), after the text.</summary>
    public TableOfContents? Contents { get; init; }

    /// <summary>This clause followed by all its descendants, depth first.</summary>
    public IEnumerable<Clause> SelfAndDescendants()
    {
        yield return this;
        foreach (var item in Items)
            foreach (var c in item.SelfAndDescendants())
                yield return c;
    }
}

/// <summary>Kinds of sections. Japanese ranks map as 編 Part, 章 Chapter, 節 Section, 款 Subsection, 目 Division.</summary>
public enum SectionKind
{
    /// <summary>A section: a statement's headed section, a 節, a <c>Section</c> heading.</summary>
    Section,
    /// <summary>編, <c>Part</c>.</summary>
    Part,
    /// <summary>章, <c>Chapter</c>.</summary>
    Chapter,
    /// <summary>款, a subsection heading.</summary>
    Subsection,
    /// <summary>目, <c>Division</c>.</summary>
    Division,
    /// <summary>A US <c>TITLE I—</c>.</summary>
    Title,
    /// <summary>A US <c>Subtitle A—</c>.</summary>
    Subtitle,
    /// <summary>A US <c>Subpart</c>.</summary>
    Subpart,
    /// <summary>A US <c>Subchapter</c>.</summary>
    Subchapter,
    /// <summary>Supplementary provisions (附則), the original one or one added by an amending law.</summary>
    SupplementaryProvision,
    /// <summary>An appended table or annex (別表, <c>Annex</c>), kept as text.</summary>
    Appendix,
}

/// <summary>Kinds of clauses. Japanese ranks map as 条 Article, 項 Paragraph, 号 Item, イ/（１） Subitem.</summary>
public enum ClauseKind
{
    /// <summary>A paragraph: a 項, a statement's numbered or unnumbered paragraph, a US <c>(1)</c>.</summary>
    Paragraph,
    /// <summary>An article: 条, <c>Article 5</c>.</summary>
    Article,
    /// <summary>A section of legislation: <c>SEC. 2.</c>, <c>§ 3.</c>, <c>Section 1.</c>.</summary>
    Section,
    /// <summary>A US subsection <c>(a)</c>.</summary>
    Subsection,
    /// <summary>A US subparagraph <c>(A)</c>.</summary>
    Subparagraph,
    /// <summary>A US clause <c>(i)</c>.</summary>
    Clause,
    /// <summary>A US subclause <c>(I)</c>.</summary>
    Subclause,
    /// <summary>An item: 号 (<c>一</c>), a US item <c>(aa)</c>.</summary>
    Item,
    /// <summary>A subitem: イ, （１）, and deeper levels of a 号.</summary>
    Subitem,
    /// <summary>A point of a list: a bullet, a lettered point of a statement.</summary>
    Point,
}

/// <summary>A table of contents, kept as text: its entries are not structure.</summary>
/// <param name="Title">The heading line (<c>目次</c>, <c>TABLE OF CONTENTS</c>), or <c>null</c> when the list stands alone.</param>
/// <param name="Entries">The entries in source order.</param>
/// <param name="Span">Source lines from the title to the last entry.</param>
public sealed record TableOfContents(Paragraph? Title, ImmutableArray<TocEntry> Entries, SourceSpan Span);

/// <summary>One entry of a table of contents.</summary>
/// <param name="Number">The number as displayed (<c>第一章</c>, <c>Sec. 101.</c>, <c>TITLE I—</c>), or <c>null</c>.</param>
/// <param name="Text">The entry text after the number (<c>総則（第一条―第十九条）</c>); never empty.</param>
/// <param name="Level">Nesting level, 1 for the outermost entries.</param>
/// <param name="Span">The source lines of the entry.</param>
public sealed record TocEntry(string? Number, string Text, int Level, SourceSpan Span);

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
