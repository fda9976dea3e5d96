namespace Converter.Model;

/// <summary>
/// The inclusive range of 1-based physical source lines a node was built from.
/// </summary>
/// <param name="StartLine">First source line (1-based).</param>
/// <param name="EndLine">Last source line (1-based, inclusive, never before <paramref name="StartLine"/>).</param>
public readonly record struct SourceSpan(int StartLine, int EndLine)
{
    /// <summary>Creates a span covering one line.</summary>
    public static SourceSpan Line(int line) => new(line, line);

    /// <summary>The smallest span covering both spans.</summary>
    public SourceSpan Union(SourceSpan other) =>
        new(Math.Min(StartLine, other.StartLine), Math.Max(EndLine, other.EndLine));

    /// <inheritdoc />
    public override string ToString() =>
        StartLine == EndLine ? $"line {StartLine}" : $"lines {StartLine}-{EndLine}";
}
