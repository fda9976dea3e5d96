namespace Converter.Model;

/// <summary>
/// The inclusive range of 1-based source positions a node was built from: physical lines of a text source, or
/// body paragraphs of a Word source (<see cref="Unit"/>).
/// </summary>
/// <param name="StartLine">First source line or paragraph (1-based).</param>
/// <param name="EndLine">Last source line or paragraph (1-based, inclusive, never before <paramref name="StartLine"/>).</param>
public readonly record struct SourceSpan(int StartLine, int EndLine)
{
    /// <summary>
    /// What the numbers count: <see cref="SourceUnit.Line"/> (the default, and the only unit of schema 1.0) or
    /// <see cref="SourceUnit.Paragraph"/> for sources made of paragraphs (Word).
    /// </summary>
    public SourceUnit Unit { get; init; }

    /// <summary>Creates a span covering one line.</summary>
    public static SourceSpan Line(int line) => new(line, line);

    /// <summary>Creates a span covering body paragraphs <paramref name="start"/> to <paramref name="end"/> (1-based, inclusive).</summary>
    public static SourceSpan Paragraphs(int start, int end) => new(start, end) { Unit = SourceUnit.Paragraph };

    /// <summary>The smallest span covering both spans (in this span's unit).</summary>
    public SourceSpan Union(SourceSpan other) =>
        new(Math.Min(StartLine, other.StartLine), Math.Max(EndLine, other.EndLine)) { Unit = Unit };

    /// <inheritdoc />
    public override string ToString()
    {
        var (one, many) = Unit == SourceUnit.Paragraph ? ("paragraph", "paragraphs") : ("line", "lines");
        return StartLine == EndLine ? $"{one} {StartLine}" : $"{many} {StartLine}-{EndLine}";
    }
}

/// <summary>What the numbers of a <see cref="SourceSpan"/> count.</summary>
public enum SourceUnit
{
    /// <summary>Physical lines of a text source (1-based).</summary>
    Line,
    /// <summary>Paragraphs of a Word document's body in reading order (1-based; table cells and text boxes included).</summary>
    Paragraph,
}
