namespace Converter.PlainText;

/// <summary>What a physical line is, before any structure is known.</summary>
internal enum LineKind : byte
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

/// <summary>
/// One physical source line, classified. The content is a range of the decoded text: most lines are only
/// looked at (shape tests, joining), so their own string is made only when something keeps it. A struct, kept in
/// one list per stage: a large input has millions of lines, and as objects they all lived to the end of the parse
/// and were marked and copied by every garbage collection.
/// </summary>
internal readonly struct SourceLine
{
    private readonly string _source;
    private readonly int _start;
    private readonly int _length;

    /// <summary>A line whose content is <paramref name="source"/>[<paramref name="start"/>..+<paramref name="length"/>].</summary>
    public SourceLine(int number, LineKind kind, string source, int start, int length, string indent,
        bool hasTrailingWhitespace, bool hasFormFeed, int width)
    {
        Number = number;
        Kind = kind;
        _source = source;
        _start = start;
        _length = length;
        Indent = indent;
        HasTrailingWhitespace = hasTrailingWhitespace;
        HasFormFeed = hasFormFeed;
        Width = width;
        // Read once here, as several stages ask and a struct cannot remember a later answer (Match looks at the
        // first character before any pattern, so running text costs one test).
        Marker = ClauseMarkers.Match(source.AsSpan(start, length), null);
    }

    /// <summary>A line whose content is the whole of <paramref name="content"/> (already cleaned of form feeds).</summary>
    public SourceLine(int number, LineKind kind, string content, string indent, bool hasTrailingWhitespace, bool hasFormFeed, int width)
        : this(number, kind, content, 0, content.Length, indent, hasTrailingWhitespace, hasFormFeed, width)
    {
    }

    private SourceLine(SourceLine line, LineKind kind)
    {
        this = line;
        Kind = kind;
    }

    /// <summary>1-based line number.</summary>
    public int Number { get; }

    /// <summary>Classification.</summary>
    public LineKind Kind { get; }

    /// <summary>The text without leading/trailing whitespace and form feeds (empty unless <see cref="LineKind.Text"/> or <see cref="LineKind.Debris"/>).</summary>
    public string Content => _start == 0 && _length == _source.Length ? _source : _source.Substring(_start, _length);

    /// <summary><see cref="Content"/> without making a string of it.</summary>
    public ReadOnlySpan<char> ContentSpan => _source.AsSpan(_start, _length);

    /// <summary>Leading whitespace before the content (ideographic spaces included).</summary>
    public string Indent { get; }

    /// <summary>The raw line ends in whitespace after its text.</summary>
    public bool HasTrailingWhitespace { get; }

    /// <summary>The raw line holds a form feed (a page break before or after its text).</summary>
    public bool HasFormFeed { get; }

    /// <summary>Display width of <see cref="Content"/> in columns (CJK counts 2).</summary>
    public int Width { get; }

    public bool IsText => Kind == LineKind.Text;

    /// <summary>The marker the content starts with, read without list context.</summary>
    public Marker? Marker { get; }

    /// <summary>The same line, recognised as layout debris.</summary>
    public SourceLine AsDebris() => new(this, LineKind.Debris);

    /// <inheritdoc />
    public override string ToString() => $"{Number} {Kind}: {ContentSpan}";
}
