namespace Converter.Pdf.Layout;

/// <summary>A run of glyphs drawn with one text-showing call: one font, no extra spacing inside.</summary>
/// <param name="X">Left edge, from the left edge of the page.</param>
/// <param name="Text">The characters (a soft hyphen U+00AD is a hyphen added by hyphenation: drawn as a hyphen, read as none).</param>
/// <param name="Font">Font slot.</param>
/// <param name="Size">Type size.</param>
/// <param name="Node">The structure element (index into <see cref="DocumentLayout.Nodes"/>) the run belongs to; -1 for an artifact.</param>
internal sealed record PlacedRun(double X, string Text, FontSlot Font, double Size, int Node = -1);

/// <summary>A line placed on a page.</summary>
/// <param name="Block">Index of the block (in <see cref="DocumentLayout.Blocks"/>) the line belongs to.</param>
/// <param name="Top">Top of the line box, from the top of the page.</param>
/// <param name="Baseline">Baseline, from the top of the page.</param>
/// <param name="Runs">What to draw.</param>
internal sealed record PlacedLine(int Block, double Top, double Baseline, IReadOnlyList<PlacedRun> Runs)
{
    /// <summary>The line's text (all runs).</summary>
    public string Text => string.Concat(Runs.Select(r => r.Text));
}

/// <summary>One page of laid-out lines.</summary>
/// <param name="Number">1-based page number.</param>
/// <param name="Lines">Lines in reading order.</param>
/// <param name="Footer">The page number line (an artifact, not document content).</param>
internal sealed record PageLayout(int Number, IReadOnlyList<PlacedLine> Lines, PlacedLine Footer);

/// <summary>What a block is.</summary>
/// <param name="Kind">What it renders.</param>
internal sealed record BlockInfo(BlockKind Kind);

/// <summary>
/// An element of the structure tree (tagged PDF): a standard structure type and its parent. Children are the nodes that
/// name it as parent, in index order; a node that runs point at (<see cref="PlacedRun.Node"/>) holds marked content.
/// </summary>
/// <param name="Tag">Standard structure type: Document, Sect, H1–H6, P, L, LI, Lbl, LBody, Caption, TOC, TOCI.</param>
/// <param name="Parent">Index of the parent node; -1 for the root.</param>
internal sealed record StructNode(string Tag, int Parent);

/// <summary>Kinds of blocks.</summary>
internal enum BlockKind
{
    /// <summary>Status note, right-aligned above the title.</summary>
    StatusNote,
    /// <summary>Document title, centred.</summary>
    Title,
    /// <summary>Subtitle line, centred.</summary>
    Subtitle,
    /// <summary>Preamble paragraph.</summary>
    Preamble,
    /// <summary>Section heading.</summary>
    SectionHeading,
    /// <summary>Clause caption.</summary>
    Caption,
    /// <summary>Clause (with its number, if any).</summary>
    Clause,
    /// <summary>Closing paragraph.</summary>
    Closing,
    /// <summary>Title of a table of contents.</summary>
    ContentsTitle,
    /// <summary>Entry of a table of contents.</summary>
    ContentsEntry,
}

/// <summary>A position in the document: page and top of the first line there.</summary>
/// <param name="Page">1-based page.</param>
/// <param name="Top">From the top of the page.</param>
internal readonly record struct Anchor(int Page, double Top);

/// <summary>An outline (bookmark) entry.</summary>
/// <param name="Title">Shown title.</param>
/// <param name="Level">1 for top-level sections.</param>
/// <param name="Target">Where it points.</param>
internal sealed record OutlineEntry(string Title, int Level, Anchor Target);

/// <summary>The whole laid-out document: pages, block kinds, outline and named destinations.</summary>
/// <param name="Pages">Pages in order.</param>
/// <param name="Blocks">Per-block information.</param>
/// <param name="Nodes">The structure tree, root first.</param>
/// <param name="Outline">Bookmarks in document order (levels give nesting).</param>
/// <param name="Destinations">Named destinations: section and clause ids.</param>
/// <param name="Style">Geometry used.</param>
internal sealed record DocumentLayout(
    IReadOnlyList<PageLayout> Pages,
    IReadOnlyList<BlockInfo> Blocks,
    IReadOnlyList<StructNode> Nodes,
    IReadOnlyList<OutlineEntry> Outline,
    IReadOnlyList<KeyValuePair<string, Anchor>> Destinations,
    PageStyle Style)
{
    /// <summary>Diagnostics found while laying out (characters without a glyph).</summary>
    public IReadOnlyList<Converter.Model.Diagnostic> Diagnostics { get; init; } = [];
}
