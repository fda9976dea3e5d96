namespace Converter.Corpus.Truth;

/// <summary>
/// A corpus document as its source markup describes it, in neutral terms: what each genre reader
/// (<see cref="Sources.EGovReader"/>, <see cref="Sources.UslmReader"/>, <see cref="Sources.StatementReader"/>)
/// makes of its XML or Markdown. The renderers lay it out as text; <see cref="Facts.FactExtractor"/> lists
/// the facts the parsed model must reproduce. All text is as a reader sees it (already rendered inline).
/// </summary>
/// <param name="Genre">Which conventions the document follows.</param>
/// <param name="Title">The document's title as displayed.</param>
/// <param name="DocumentNumber">The law, public law or bill number as displayed, or <c>null</c>.</param>
/// <param name="HeadingLines">Every line of the heading block in display order (the title and number among them).</param>
/// <param name="Preamble">Preamble paragraphs (制定文, recitals, enacting formula), in order.</param>
/// <param name="Contents">A front table of contents (目次), or <c>null</c>.</param>
/// <param name="Body">Divisions, provisions and loose text of the body, in order.</param>
/// <param name="Closing">Paragraphs after the body (approval line, legislative history, end matter).</param>
public sealed record TruthDocument(
    CorpusGenre Genre,
    string Title,
    string? DocumentNumber,
    IReadOnlyList<HeadingLine> HeadingLines,
    IReadOnlyList<string> Preamble,
    TruthContents? Contents,
    IReadOnlyList<TruthNode> Body,
    IReadOnlyList<TruthText> Closing)
{
    /// <summary>The model's genre the document should get (<c>Statute</c>, <c>Bill</c>, <c>Statement</c>).</summary>
    public string ModelGenre { get; init; } = Genre == CorpusGenre.Statement ? "Statement" : "Statute";
}

/// <summary>What a line of the heading block is.</summary>
public enum HeadingRole
{
    /// <summary>The title.</summary>
    Title,
    /// <summary>The document number.</summary>
    DocumentNumber,
    /// <summary>Any other heading line (congress, session, chamber, dateline, document type such as <c>An Act</c>).</summary>
    Other,
}

/// <summary>One line of the heading block.</summary>
public sealed record HeadingLine(HeadingRole Role, string Text);

/// <summary>A table of contents: its label (目次) and its entries.</summary>
/// <param name="Label">The label line, or <c>null</c> when the entries follow a provision's text.</param>
/// <param name="Entries">Entries in order.</param>
public sealed record TruthContents(string? Label, IReadOnlyList<TruthTocEntry> Entries);

/// <summary>One entry of a table of contents.</summary>
/// <param name="Number">The entry's designator (<c>第一章</c>, <c>Sec. 1.</c>), or <c>null</c>.</param>
/// <param name="Text">The entry text after the designator.</param>
/// <param name="Level">1 for top-level entries.</param>
/// <param name="Separator">What stands between designator and text when displayed.</param>
public sealed record TruthTocEntry(string? Number, string Text, int Level, string Separator);

/// <summary>What a body node is.</summary>
public enum TruthNodeType
{
    /// <summary>A heading that opens a division (編/章/節/款/目, TITLE, Subtitle, a statement heading, 附則, 別表).</summary>
    Division,
    /// <summary>A numbered (or bulleted) provision: article, section, paragraph, item, point.</summary>
    Provision,
    /// <summary>Loose text: an unnumbered paragraph, a continuation, a table row, a footnote.</summary>
    Text,
    /// <summary>Text quoted by an amendment: displayed as its own indented lines, structurally the enclosing provision's text.</summary>
    Quoted,
    /// <summary>A table of contents inside a provision (US bills, section 1(b)).</summary>
    Contents,
}

/// <summary>
/// A node of the body. Divisions hold provisions and divisions; provisions hold provisions (paragraphs, items)
/// and text. Kinds are the model's names (<c>Chapter</c>, <c>Article</c>, <c>Item</c>, …) so facts can name them.
/// </summary>
public sealed class TruthNode
{
    /// <summary>What the node is.</summary>
    public required TruthNodeType Type { get; init; }

    /// <summary>The model kind the node should get (<c>SectionKind</c> or <c>ClauseKind</c> name), or <c>null</c> when no kind fits.</summary>
    public string? Kind { get; init; }

    /// <summary>The number as displayed (<c>第一章</c>, <c>第三条</c>, <c>２</c>, <c>(a)</c>, <c>SEC. 2.</c>, <c>1.</c>, <c>•</c>), or <c>null</c>.</summary>
    public string? Number { get; init; }

    /// <summary>A division's title, or a provision's caption shown on its own line above it (<c>（目的）</c>).</summary>
    public string? Title { get; init; }

    /// <summary>A provision's heading after its number (<c>SHORT TITLE.</c>, <c>IN GENERAL.—</c>).</summary>
    public string? Heading { get; init; }

    /// <summary>The amending law's number of a supplementary provision, as displayed after its label.</summary>
    public string? AmendLawNumber { get; init; }

    /// <summary>The node's own text (a provision's text before its children; a text node's text).</summary>
    public string Text { get; init; } = "";

    /// <summary>Lines of a <see cref="TruthNodeType.Quoted"/> node: text with its indent level relative to the enclosing provision.</summary>
    public IReadOnlyList<TruthText> Lines { get; init; } = [];

    /// <summary>Entries of a <see cref="TruthNodeType.Contents"/> node.</summary>
    public TruthContents? Contents { get; init; }

    /// <summary>Whether a <see cref="TruthNodeType.Text"/> node is page furniture in the source itself (an end marker <c>###</c>, a rule).</summary>
    public bool Furniture { get; init; }

    /// <summary>Whether the provision's heading/number run into its first child on one line (<c>(b)(1) The …</c>).</summary>
    public bool RunInChild { get; init; }

    /// <summary>Children in order.</summary>
    public List<TruthNode> Children { get; init; } = [];

    /// <summary>This node and all its descendants, depth first.</summary>
    public IEnumerable<TruthNode> SelfAndDescendants()
    {
        yield return this;
        foreach (var child in Children)
            foreach (var node in child.SelfAndDescendants())
                yield return node;
    }

    /// <inheritdoc />
    public override string ToString() => $"{Type} {Kind} {Number} {Title ?? Heading}";
}

/// <summary>A line of loose text with an indent level (for quoted text and closing matter).</summary>
/// <param name="Text">The text.</param>
/// <param name="Indent">Indent level.</param>
/// <param name="Furniture">Whether it is page furniture in the source itself (end marker, rule).</param>
public sealed record TruthText(string Text, int Indent = 0, bool Furniture = false);
