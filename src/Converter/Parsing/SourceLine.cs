namespace Converter.Parsing;

/// <summary>What a physical line is, before any structure is known.</summary>
internal enum LineKind
{
    /// <summary>Empty line.</summary>
    Blank,
    /// <summary>Only spaces, NBSP, ideographic spaces or tabs: a paragraph separator.</summary>
    Spacer,
    /// <summary>Only whitespace and at least one form feed: a page break.</summary>
    PageBreak,
    /// <summary>A line with text.</summary>
    Text,
    /// <summary>A text line recognised as layout debris (page number, separator, running header).</summary>
    Debris,
}

/// <summary>One physical source line, classified.</summary>
/// <param name="Number">1-based line number.</param>
/// <param name="Kind">Classification.</param>
/// <param name="Content">The text without leading/trailing whitespace and form feeds (empty unless <see cref="LineKind.Text"/> or <see cref="LineKind.Debris"/>).</param>
/// <param name="Indent">Leading whitespace before the content (ideographic spaces included).</param>
/// <param name="HasTrailingWhitespace">The raw line ends in whitespace after its text.</param>
/// <param name="HasFormFeed">The raw line holds a form feed (a page break before or after its text).</param>
/// <param name="Width">Display width of <see cref="Content"/> in columns (CJK counts 2).</param>
internal sealed record SourceLine(
    int Number,
    LineKind Kind,
    string Content,
    string Indent,
    bool HasTrailingWhitespace,
    bool HasFormFeed,
    int Width)
{
    public bool IsText => Kind == LineKind.Text;
}
