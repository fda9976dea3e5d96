namespace Converter.Pdf.Layout;

/// <summary>How the lines of a paragraph sit in their measure.</summary>
internal enum Alignment
{
    /// <summary>Justified (両端揃え): every line but the last fills the measure.</summary>
    Justify,
    /// <summary>Centred.</summary>
    Center,
    /// <summary>Flush right.</summary>
    Right,
}

/// <summary>A composed line before pagination: height, baseline offset and runs with absolute x.</summary>
/// <param name="Height">Line pitch.</param>
/// <param name="BaselineOffset">Baseline below the line's top.</param>
/// <param name="Runs">What to draw.</param>
internal sealed record ComposedLine(double Height, double BaselineOffset, IReadOnlyList<PlacedRun> Runs);

/// <summary>What to compose: text, font, size, position and shape of one paragraph.</summary>
/// <param name="Text">Paragraph text.</param>
/// <param name="Font">Primary font slot (Body or Heading).</param>
/// <param name="Size">Type size.</param>
/// <param name="Left">Left edge of the measure, from the page's left edge.</param>
/// <param name="Width">Width of the measure.</param>
/// <param name="FirstIndent">Extra indent of the first line (ignored with a <paramref name="Number"/>).</param>
/// <param name="Number">A number drawn hanging at <paramref name="Left"/>; the text's lines start after it.</param>
/// <param name="Align">Alignment.</param>
internal sealed record ParagraphSpec(
    string Text, FontSlot Font, double Size, double Left, double Width,
    double FirstIndent = 0, string? Number = null, Alignment Align = Alignment.Justify);

/// <summary>Composes one paragraph into lines: shapes it, breaks it (<see cref="LineBreaker"/>) and places runs.</summary>
internal static class ParagraphComposer
{
    /// <summary>Composes <paramref name="spec"/>; characters without a glyph are added to <paramref name="issues"/>.</summary>
    public static List<ComposedLine> Compose(ParagraphSpec spec, FontPalette fonts, PageStyle style, List<GlyphIssue> issues)
    {
        var size = spec.Size;
        var height = size * style.LineSpacing;
        var baseline = (height - size) / 2 + 0.88 * size;
        var glyphs = TextShaper.Shape(spec.Text, spec.Font, size, fonts, issues);

        double textLeft = spec.Left, firstLeft = spec.Left + spec.FirstIndent;
        List<PlacedRun>? numberRuns = null;
        if (spec.Number is { } number)
        {
            var numberGlyphs = TextShaper.Shape(number, spec.Font, size, fonts, issues);
            var numberWidth = numberGlyphs.Sum(g => g.Width);
            var half = size / 2;
            var gap = NumberGap(number) * size;
            var hang = spec.Font == FontSlot.Heading
                ? numberWidth + gap                                                   // heading: number, gap, title
                : Math.Max(Math.Ceiling((numberWidth + gap) / half - 1e-9) * half, size); // clause: hanging indent on a half-em grid
            numberRuns = Runs(numberGlyphs, 0, numberGlyphs.Count, spec.Left, 0, null, size);
            textLeft = firstLeft = spec.Left + hang;
        }

        var analysis = LineBreaker.Analyze(glyphs);
        var firstWidth = spec.Left + spec.Width - firstLeft;
        var width = spec.Left + spec.Width - textLeft;
        var spans = LineBreaker.Break(glyphs, analysis, firstWidth, width);
        var lines = new List<ComposedLine>(Math.Max(spans.Count, 1));
        for (var l = 0; l < spans.Count; l++)
        {
            var span = spans[l];
            var left = l == 0 ? firstLeft : textLeft;
            var measure = l == 0 ? firstWidth : width;
            double x = left, perGap = 0;
            bool[]? gapsAt = null;
            switch (spec.Align)
            {
                case Alignment.Center: x = left + Math.Max(0, (measure - span.Width) / 2); break;
                case Alignment.Right: x = left + Math.Max(0, measure - span.Width); break;
                default:
                    if (!span.IsLast && span.Width < measure)
                    {
                        var (joined, wordSpacing) = JustificationJoins(glyphs, analysis.JoinedToPrevious, span.Start, span.End);
                        var gaps = 0;
                        for (var i = span.Start + 1; i < span.End; i++) if (!joined[i]) gaps++;
                        var extra = measure - span.Width;
                        // Latin text stretches word spaces (both sides of each space: up to an em more per space);
                        // Japanese spreads a little over every gap.
                        var limit = wordSpacing ? 0.5 : style.MaxJustifyPerGap;
                        if (gaps > 0 && extra / gaps <= limit * size)
                        {
                            perGap = extra / gaps;
                            gapsAt = joined;
                        }
                    }
                    break;
            }
            var runs = Runs(glyphs, span.Start, span.End, x, perGap, gapsAt, size);
            if (l == 0 && numberRuns is not null) runs.InsertRange(0, numberRuns);
            lines.Add(new ComposedLine(height, baseline, runs));
        }
        if (lines.Count == 0 && numberRuns is not null) lines.Add(new ComposedLine(height, baseline, numberRuns));
        return lines;
    }

    /// <summary>
    /// Where justification may add space in glyphs [start, end): true means "no extra space before this glyph".
    /// Never inside a word or number, never before punctuation that may not start a line (、。, ) …) and never
    /// after an opening bracket; a line of Latin text (spaces, no CJK) stretches only around its spaces.
    /// </summary>
    internal static (bool[] Joined, bool WordSpacing) JustificationJoins(IReadOnlyList<Glyph> glyphs, bool[] joinedToPrevious, int start, int end)
    {
        var joined = (bool[])joinedToPrevious.Clone();
        var latinLine = true;
        var hasSpace = false;
        for (var i = start; i < end; i++)
        {
            if (glyphs[i].IsSpace) hasSpace = true;
            else if (glyphs[i].CodePoint >= 0x2E80) latinLine = false;
        }
        for (var i = start + 1; i < end; i++)
        {
            if (joined[i]) continue;
            var prohibited = Kinsoku.NoLineStart.Contains(glyphs[i].CodePoint) || Kinsoku.NoLineEnd.Contains(glyphs[i - 1].CodePoint);
            var latinNonSpace = latinLine && hasSpace && !glyphs[i - 1].IsSpace && !glyphs[i].IsSpace;
            if (prohibited || latinNonSpace) joined[i] = true;
        }
        return (joined, latinLine && hasSpace);
    }

    /// <summary>
    /// Space between a hanging number and its text, in ems: none after full-width punctuation, which carries its
    /// own half-em of space (１．, （１）, ・); a full-width space after a kanji or kana (第１条, 第一章), as in Japanese
    /// laws; half an em otherwise (1., (a), Section I).
    /// </summary>
    internal static double NumberGap(string number)
    {
        var trimmed = number.TrimEnd();
        if (trimmed.Length == 0) return 0.5;
        var last = char.ConvertToUtf32(trimmed, trimmed.Length - (char.IsLowSurrogate(trimmed[^1]) && trimmed.Length > 1 ? 2 : 1));
        if ("．。、，）」』】〕〉》］｝・：".Contains((char)last, StringComparison.Ordinal)) return 0;
        if (last is >= 0x3040 and <= 0x30FF or >= 0x3400 and <= 0x9FFF or >= 0xF900 and <= 0xFAFF) return 1;
        return 0.5;
    }

    /// <summary>Groups glyphs [start, end) into runs: a new run at each font change and, when justifying, at each gap.</summary>
    private static List<PlacedRun> Runs(IReadOnlyList<Glyph> glyphs, int start, int end, double x, double perGap, bool[]? joined, double size)
    {
        var runs = new List<PlacedRun>();
        var text = new System.Text.StringBuilder();
        double runX = x;
        FontSlot font = default;
        for (var i = start; i < end; i++)
        {
            var g = glyphs[i];
            var gap = joined is not null && i > start && !joined[i];
            if (gap) x += perGap;
            if (g.Text.Length == 0)
            {
                // A space the font cannot draw: leave the room, end the run.
                if (text.Length > 0) runs.Add(new PlacedRun(runX, text.ToString(), font, size));
                text.Clear();
                x += g.Width;
                continue;
            }
            if (text.Length > 0 && (gap || g.Font != font))
            {
                runs.Add(new PlacedRun(runX, text.ToString(), font, size));
                text.Clear();
            }
            if (text.Length == 0)
            {
                runX = x;
                font = g.Font;
            }
            text.Append(g.Text);
            x += g.Width;
        }
        if (text.Length > 0) runs.Add(new PlacedRun(runX, text.ToString(), font, size));
        return runs;
    }
}
