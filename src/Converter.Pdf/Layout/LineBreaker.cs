namespace Converter.Pdf.Layout;

/// <summary>One line of a paragraph: glyphs [<see cref="Start"/>, <see cref="End"/>) of the paragraph.</summary>
/// <param name="Start">First glyph of the line.</param>
/// <param name="End">One past the last glyph drawn (trailing spaces excluded).</param>
/// <param name="Width">Natural width of the drawn glyphs, in points (a hyphen added by hyphenation included).</param>
/// <param name="IsLast">True for the paragraph's last line (never justified).</param>
/// <param name="Emergency">True when the line was cut inside a unit because no break opportunity fitted.</param>
/// <param name="Hyphenated">True when a hyphen is added at the end (the line ends inside a word).</param>
internal readonly record struct LineSpan(int Start, int End, double Width, bool IsLast, bool Emergency, bool Hyphenated = false);

/// <summary>How Western (space-separated) text may be fitted: word spaces that shrink, and hyphenation.</summary>
/// <param name="Shrink">How much of each word space a line may give up to fit one more word (a fraction, e.g. 0.2).</param>
/// <param name="HyphenBefore">Per glyph: 1 when a line may end before it with a hyphen added (inside a word), 2 after a word's own hyphen.</param>
/// <param name="HyphenWidth">Width of the added hyphen, in points.</param>
/// <param name="LooseSpace">Stretch per word space (points) above which a line is loose enough to try hyphenating its next word.</param>
internal sealed record WordSpacing(double Shrink, byte[] HyphenBefore, double HyphenWidth, double LooseSpace);

/// <summary>
/// Breaks a paragraph into lines by JIS X 4051 rules (see <see cref="Kinsoku"/>), greedily, with
/// line-pushing (追い出し, oidashi): when the character that would start the next line may not start a line
/// (or the last one may not end it), characters are pushed to the next line from the last allowed break.
/// No hanging punctuation: every line stays inside the measure; the shortfall is spread by justification.
/// A unit wider than a line (a 10 000-character word) is cut where the line is full (emergency break), so
/// layout always progresses and never overflows.
/// Western text (<see cref="WordSpacing"/>) may also shrink its word spaces a little to take one more word, and a line that
/// would be loose ends inside its next word with a hyphen where the word may be hyphenated (never three lines in a row).
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

    /// <summary>Breaks using a precomputed <paramref name="analysis"/>, and for Western text <paramref name="words"/>.</summary>
    public static List<LineSpan> Break(IReadOnlyList<Glyph> glyphs, Analysis analysis, double firstWidth, double width, WordSpacing? words = null)
    {
        var lines = new List<LineSpan>();
        var n = glyphs.Count;
        var pos = SkipSpaces(glyphs, 0);
        while (pos < n)
        {
            var available = Math.Max(lines.Count == 0 ? firstWidth : width, Epsilon);
            var x = 0.0;
            var spaces = 0.0;
            var i = pos;
            while (i < n && (glyphs[i].IsSpace || x + Advance(glyphs, i, pos) <= available + (words?.Shrink ?? 0) * spaces + Epsilon))
            {
                x += Advance(glyphs, i, pos);
                if (glyphs[i].IsSpace) spaces += glyphs[i].Width;
                i++;
            }
            int end;
            var emergency = false;
            var hyphenated = false;
            if (i >= n) end = n;
            else
            {
                end = i;
                while (end > pos && !analysis.BreakBefore[end]) end--;
                var ladder = lines.Count >= 2 && lines[^1].Hyphenated && lines[^2].Hyphenated;   // no third hyphen in a row
                if (words is not null && !ladder && HyphenBreak(glyphs, words, pos, end, i, available) is { } h)
                {
                    hyphenated = words.HyphenBefore[h] == 1;
                    end = h;
                }
                else if (end == pos)
                {
                    // No allowed break fits: cut where the line is full (at least one glyph, so we always progress).
                    end = Math.Max(i, pos + 1);
                    emergency = true;
                }
            }
            var drawnEnd = end;
            while (drawnEnd > pos && glyphs[drawnEnd - 1].IsSpace) drawnEnd--;
            var lineWidth = Width(glyphs, pos, drawnEnd) + (hyphenated ? words!.HyphenWidth : 0);
            var next = SkipSpaces(glyphs, end);
            lines.Add(new LineSpan(pos, drawnEnd, lineWidth, next >= n, emergency, hyphenated));
            pos = next;
        }
        return lines;
    }

    /// <summary>
    /// A break inside the word that did not fit (between <paramref name="end"/> and <paramref name="overflow"/>), when the line
    /// ending at <paramref name="end"/> would be loose: the last hyphenation point whose fragment, with its hyphen, still fits.
    /// </summary>
    private static int? HyphenBreak(IReadOnlyList<Glyph> glyphs, WordSpacing words, int pos, int end, int overflow, double available)
    {
        if (end > pos)
        {
            var drawnEnd = end;
            while (drawnEnd > pos && glyphs[drawnEnd - 1].IsSpace) drawnEnd--;
            var gaps = 0;
            for (var k = pos; k < drawnEnd; k++) if (glyphs[k].IsSpace) gaps++;
            var slack = available - Width(glyphs, pos, drawnEnd);
            if (gaps > 0 && slack / gaps <= words.LooseSpace) return null;
        }
        for (var h = overflow; h > Math.Max(end, pos); h--)
        {
            if (words.HyphenBefore[h] == 0) continue;
            var spaces = 0.0;
            for (var k = pos; k < h; k++) if (glyphs[k].IsSpace) spaces += glyphs[k].Width;
            var need = Width(glyphs, pos, h) + (words.HyphenBefore[h] == 1 ? words.HyphenWidth : 0);
            if (need <= available + words.Shrink * spaces + Epsilon) return h;
        }
        return null;
    }

    /// <summary>Advance of glyph <paramref name="i"/> on a line starting at <paramref name="lineStart"/> (its gap counts unless it starts the line).</summary>
    private static double Advance(IReadOnlyList<Glyph> glyphs, int i, int lineStart) =>
        glyphs[i].Width + (i > lineStart ? glyphs[i].Gap : 0);

    private static double Width(IReadOnlyList<Glyph> glyphs, int start, int end)
    {
        var width = 0.0;
        for (var k = start; k < end; k++) width += Advance(glyphs, k, start);
        return width;
    }

    private static int SkipSpaces(IReadOnlyList<Glyph> glyphs, int i)
    {
        while (i < glyphs.Count && glyphs[i].IsSpace) i++;
        return i;
    }
}
