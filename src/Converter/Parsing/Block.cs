using Converter.Model;

namespace Converter.Parsing;

/// <summary>A paragraph candidate: consecutive text lines that belong together, joined.</summary>
internal sealed class Block
{
    public Block(IReadOnlyList<SourceLine> lines)
        : this(lines, LineJoiner.Join(lines), new SourceSpan(lines[0].Number, lines[^1].Number))
    {
    }

    /// <summary>A block whose text is a part of its lines' joined text (a clause split out of a long line).</summary>
    public Block(IReadOnlyList<SourceLine> lines, string text, SourceSpan span)
    {
        Lines = lines;
        Text = text;
        Span = span;
    }

    public IReadOnlyList<SourceLine> Lines { get; }

    /// <summary>Wrapped lines joined into one text.</summary>
    public string Text { get; }

    public SourceSpan Span { get; }

    /// <summary>Leading whitespace of the first line.</summary>
    public string Indent => Lines[0].Indent;

    public int Width => CharClass.Width(Text);

    public override string ToString() => $"{Span}: {Text}";
}

/// <summary>Joins wrapped lines: nothing between CJK characters, one space between Latin words.</summary>
internal static class LineJoiner
{
    public static string Join(IReadOnlyList<SourceLine> lines)
    {
        if (lines.Count == 1) return lines[0].Content;
        var sb = new System.Text.StringBuilder(lines.Sum(l => l.Content.Length + 1));
        foreach (var line in lines)
        {
            if (sb.Length > 0 && NeedsSpace(sb[^1], line.Content[0])) sb.Append(' ');
            sb.Append(line.Content);
        }
        return sb.ToString();
    }

    /// <summary>
    /// A space goes between the two sides of a wrap unless either side is CJK, or the first line ends
    /// in a hyphen or soft hyphen (the hyphen is kept as it was; no guessing whether it was a break).
    /// </summary>
    public static bool NeedsSpace(char before, char after) =>
        !(CharClass.IsCjk(before) || CharClass.IsCjk(after)
          || before is '-' or '\u00AD' or '\u2010' or '/' or '\u00A0');
}
