using System.Collections.Immutable;
using Converter.Model;

namespace Converter.Docx.Reading;

/// <summary>
/// A Word document's body as a neutral list of paragraphs in reading order, with what Word states about each:
/// style role, heading level, numbering, emphasis, alignment and indent. Nothing here is a guess about the
/// document's structure; <see cref="WordStructure"/> makes the model from it.
/// </summary>
/// <param name="Paragraphs">Every body paragraph in reading order (table cells and text boxes included), empty ones too.</param>
/// <param name="Diagnostics">What reading noticed: tracked changes, comments, notes, tables, text boxes, macros, hidden text.</param>
internal sealed record WordBody(ImmutableArray<WordParagraph> Paragraphs, ImmutableArray<Diagnostic> Diagnostics);

/// <summary>One body paragraph.</summary>
/// <param name="Index">1-based position in reading order: the unit of <see cref="SourceUnit.Paragraph"/> spans.</param>
/// <param name="Text">The text as Word shows it: field results, hyperlinks, content controls, accepted changes; tabs as tabs, line breaks joined as wrapped lines are.</param>
/// <param name="Role">What the paragraph's style says it is.</param>
/// <param name="HeadingLevel">1-9 when the style or the paragraph states an outline level (a heading), or the level of a table-of-contents entry style (<c>toc 2</c>); else <c>null</c>.</param>
/// <param name="Number">The number Word displays before the text (list numbering), or <c>null</c>.</param>
/// <param name="Bold">All of the text is bold.</param>
/// <param name="Centred">The paragraph is centred.</param>
/// <param name="Indent">Where the paragraph's outermost line starts, in twips: the left indent less any hanging indent (a first-line indent is typography, not nesting).</param>
/// <param name="Place">Where in the body it stands (body, table cell, text box).</param>
internal sealed record WordParagraph(
    int Index,
    string Text,
    WordRole Role,
    int? HeadingLevel,
    WordNumber? Number,
    bool Bold,
    bool Centred,
    int Indent,
    WordPlace Place)
{
    /// <summary>True when the paragraph shows nothing: no text and no number.</summary>
    public bool IsEmpty => Number is null && string.IsNullOrWhiteSpace(Text);

    /// <summary>This paragraph's span.</summary>
    public SourceSpan Span => SourceSpan.Paragraphs(Index, Index);
}

/// <summary>What a paragraph's style says it is.</summary>
internal enum WordRole
{
    /// <summary>Nothing in particular (Normal, Body Text, a list style, …).</summary>
    None,
    /// <summary>Word's Title style (or one based on it).</summary>
    Title,
    /// <summary>Word's Subtitle style.</summary>
    Subtitle,
    /// <summary>A heading style (<see cref="WordParagraph.HeadingLevel"/> holds its level).</summary>
    Heading,
    /// <summary>The converter's own Status Note style.</summary>
    StatusNote,
    /// <summary>The converter's own Clause Caption style.</summary>
    Caption,
    /// <summary>The converter's own Clause style.</summary>
    Clause,
    /// <summary>The converter's own Closing style.</summary>
    Closing,
    /// <summary>The converter's own Document Number style (a law number).</summary>
    DocumentNumber,
    /// <summary>Word's TOC Heading style.</summary>
    ContentsHeading,
    /// <summary>Word's <c>toc 1</c> … <c>toc 9</c> styles (<see cref="WordParagraph.HeadingLevel"/> holds the level).</summary>
    ContentsEntry,
}

/// <summary>Where a paragraph stands.</summary>
internal enum WordPlace
{
    /// <summary>Directly in the body (or in a content control in it).</summary>
    Body,
    /// <summary>In a table cell.</summary>
    Table,
    /// <summary>In a text box (read after the paragraph it is anchored to).</summary>
    TextBox,
}

/// <summary>A number Word generates for a list paragraph.</summary>
/// <param name="Display">The number as Word shows it (<c>第一条</c>, <c>（１）</c>, <c>1.2</c>, <c>•</c>).</param>
/// <param name="List">The list it counts in (the abstract numbering definition): paragraphs of one list nest by <paramref name="Level"/>.</param>
/// <param name="Level">The list level, 0-8.</param>
/// <param name="Format">The level's <c>w:numFmt</c> (<c>decimal</c>, <c>japaneseCounting</c>, <c>bullet</c>, …).</param>
/// <param name="Value">The counter's value (0 for a bullet).</param>
internal sealed record WordNumber(string Display, int List, int Level, string Format, int Value)
{
    /// <summary>A bullet rather than a number.</summary>
    public bool IsBullet => Format == "bullet";
}
