namespace Converter.Pdf.Layout;

/// <summary>One line of a paragraph: glyphs [<see cref="Start"/>, <see cref="End"/>) of the paragraph.</summary>
/// <param name="Start">First glyph of the line.</param>
/// <param name="End">One past the last glyph drawn (trailing spaces excluded).</param>
/// <param name="Width">Natural width of the drawn glyphs, in points.</param>
/// <param name="IsLast">True for the paragraph's last line (never justified).</param>
/// <param name="Emergency">True when the line was cut inside a unit because no break opportunity fitted.</param>
internal readonly record struct LineSpan(int Start, int End, double Width, bool IsLast, bool Emergency);

/// <summary>
/// Breaks a paragraph into lines by JIS X 4051 rules (see <see cref="Kinsoku"/>), greedily, with
/// line-pushing (追い出し, oidashi): when the character that would start the next line may not start a line
/// (or the last one may not end it), characters are pushed to the next line from the last allowed break.
/// No hanging punctuation: every line stays inside the measure; the shortfall is spread by justification.
/// A unit wider than a line (a 10 000-character word) is cut where the line is full (emergency break), so
/// layout always progresses and never overflows.
/// </summary>
internal static class LineBreaker
{
    private const double Epsilon = 1e-6;

    /// <summary>Where breaks are allowed and which glyphs belong to the same unit as the one before.</summary>
    /// <param name="BreakBefore">BreakBefore[i]: a line may start at glyph i.</param>
    /// <param name="JoinedToPrevious">JoinedToPrevious[i]: glyph i is in the same word or number as glyph i-1.</param>
    internal sealed record Analysis(bool[] BreakBefore, bool[] JoinedToPrevious);

    /// <summary>Computes break opportunities for <paramref name="glyphs"/>.</summary>
    public static Analysis Analyze(IReadOnlyList<Glyph> glyphs)
    {
        var n = glyphs.Count;
        var joined = new bool[n];
        var breakBefore = new bool[n];
        for (var i = 1; i < n; i++)
        {
            int prev = glyphs[i - 1].CodePoint, cur = glyphs[i].CodePoint;
            var prevIsWordish = Kinsoku.IsWordChar(prev) || (joined[i - 1] && Kinsoku.IsWordJoiner(prev));
            joined[i] = prevIsWordish && Kinsoku.IsWordChar(cur)
                        || Kinsoku.IsWordChar(prev) && Kinsoku.IsWordJoiner(cur) && i + 1 < n && Kinsoku.IsWordChar(glyphs[i + 1].CodePoint);
        }
        for (var i = 1; i < n; i++)
        {
            int prev = glyphs[i - 1].CodePoint, cur = glyphs[i].CodePoint;
            breakBefore[i] =
                !glyphs[i].IsSpace                                   // break after spaces, not before
                && !joined[i]                                        // never inside a word or number
                && !Kinsoku.NoLineStart.Contains(cur)
                && !(Kinsoku.NoLineEnd.Contains(prev) && !glyphs[i - 1].IsSpace)
                && !(prev == cur && Kinsoku.Inseparable.Contains(cur));
        }
        return new Analysis(breakBefore, joined);
    }

    /// <summary>Breaks <paramref name="glyphs"/> into lines of at most <paramref name="firstWidth"/> (first line) and <paramref name="width"/> points.</summary>
    public static List<LineSpan> Break(IReadOnlyList<Glyph> glyphs, double firstWidth, double width) =>
        Break(glyphs, Analyze(glyphs), firstWidth, width);

    /// <summary>Breaks using a precomputed <paramref name="analysis"/>.</summary>
    public static List<LineSpan> Break(IReadOnlyList<Glyph> glyphs, Analysis analysis, double firstWidth, double width)
    {
        var lines = new List<LineSpan>();
        var n = glyphs.Count;
        var pos = SkipSpaces(glyphs, 0);
        while (pos < n)
        {
            var available = Math.Max(lines.Count == 0 ? firstWidth : width, Epsilon);
            var x = 0.0;
            var i = pos;
            while (i < n && (glyphs[i].IsSpace || x + glyphs[i].Width <= available + Epsilon))
            {
                x += glyphs[i].Width;
                i++;
            }
            int end;
            var emergency = false;
            if (i >= n) end = n;
            else
            {
                end = i;
                while (end > pos && !analysis.BreakBefore[end]) end--;
                if (end == pos)
                {
                    // No allowed break fits: cut where the line is full (at least one glyph, so we always progress).
                    end = Math.Max(i, pos + 1);
                    emergency = true;
                }
            }
            var drawnEnd = end;
            while (drawnEnd > pos && glyphs[drawnEnd - 1].IsSpace) drawnEnd--;
            var lineWidth = 0.0;
            for (var k = pos; k < drawnEnd; k++) lineWidth += glyphs[k].Width;
            var next = SkipSpaces(glyphs, end);
            lines.Add(new LineSpan(pos, drawnEnd, lineWidth, next >= n, emergency));
            pos = next;
        }
        return lines;
    }

    private static int SkipSpaces(IReadOnlyList<Glyph> glyphs, int i)
    {
        while (i < glyphs.Count && glyphs[i].IsSpace) i++;
        return i;
    }
}
