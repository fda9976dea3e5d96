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
/// <param name="Node">Structure node of the text.</param>
/// <param name="NumberNode">Structure node of the number (a list label); the text's node when -1.</param>
/// <param name="Lead">Text set in the heading font before <paramref name="Text"/>, on the same lines (a clause heading), or null.</param>
internal sealed record ParagraphSpec(
    string Text, FontSlot Font, double Size, double Left, double Width,
    double FirstIndent = 0, string? Number = null, Alignment Align = Alignment.Justify,
    int Node = -1, int NumberNode = -1, string? Lead = null);

/// <summary>Composes one paragraph into lines: shapes it, breaks it (<see cref="LineBreaker"/>) and places runs.</summary>
/// <remarks>
/// Justification: Japanese lines spread their shortfall over the gaps between characters (at most a quarter em each, else the
/// line stays ragged); lines of Western text stretch or shrink only their word spaces, and never to more than twice the font's
/// space: a line that would need more is set ragged (flush left) instead. Western paragraphs are hyphenated (US English
/// patterns) when a line would otherwise be loose.
/// </remarks>
internal static class ParagraphComposer
{
    /// <summary>How much a word space may shrink to take one more word (a fifth, as word processors allow).</summary>
    internal const double SpaceShrink = 0.2;

    /// <summary>Composes <paramref name="spec"/>; characters without a glyph are added to <paramref name="issues"/>.</summary>
    public static List<ComposedLine> Compose(ParagraphSpec spec, FontPalette fonts, PageStyle style, List<GlyphIssue> issues)
    {
        var size = spec.Size;
        var height = size * style.LineSpacing;
        var baseline = (height - size) / 2 + 0.88 * size;
        var glyphs = TextShaper.Shape(spec.Text, spec.Font, size, fonts, issues);
        var leadCount = 0;
        if (spec.Lead is { Length: > 0 } lead)
        {
            var leadGlyphs = TextShaper.Shape(lead, FontSlot.Heading, size, fonts, issues);
            if (glyphs.Count > 0 && !leadGlyphs[^1].IsSpace && !glyphs[0].IsSpace && !fonts.Cjk)
                leadGlyphs.AddRange(TextShaper.Shape(" ", spec.Font, size, fonts, issues));
            leadCount = leadGlyphs.Count;
            glyphs.InsertRange(0, leadGlyphs);
        }
        var numberNode = spec.NumberNode >= 0 ? spec.NumberNode : spec.Node;

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
            numberRuns = Runs(numberGlyphs, 0, numberGlyphs.Count, spec.Left, 0, null, size, _ => numberNode);
            textLeft = firstLeft = spec.Left + hang;
        }

        var analysis = LineBreaker.Analyze(glyphs);
        var firstWidth = spec.Left + spec.Width - firstLeft;
        var width = spec.Left + spec.Width - textLeft;
        var western = !fonts.Cjk && spec.Align == Alignment.Justify;
        var words = western ? Words(glyphs, spec.Font, size, fonts) : null;
        var spans = LineBreaker.Break(glyphs, analysis, firstWidth, width, words);
        var lines = new List<ComposedLine>(Math.Max(spans.Count, 1));
        Func<int, int> nodeOf = i => spec.Node;
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
                    var (joined, wordSpacing) = JustificationJoins(glyphs, analysis.JoinedToPrevious, span.Start, span.End, western);
                    var gaps = 0;
                    var spaceWidth = 0.0;
                    for (var i = span.Start + 1; i < span.End; i++)
                        if (!joined[i])
                        {
                            gaps++;
                            spaceWidth = Math.Max(spaceWidth, glyphs[i - 1].IsSpace ? glyphs[i - 1].Width : 0);
                        }
                    var extra = measure - span.Width;
                    if (gaps == 0 || (span.IsLast && extra >= 0)) break;
                    if (wordSpacing)
                    {
                        // Word spaces: never wider than twice the space (else ragged), shrunk by at most a fifth.
                        if (extra / gaps <= spaceWidth + 1e-9 && extra / gaps >= -SpaceShrink * spaceWidth - 1e-9)
                        {
                            perGap = extra / gaps;
                            gapsAt = joined;
                        }
                    }
                    else if (extra > 0 && extra / gaps <= style.MaxJustifyPerGap * size)
                    {
                        perGap = extra / gaps;
                        gapsAt = joined;
                    }
                    break;
            }
            var end = span.End;
            var runs = Runs(glyphs, span.Start, end, x, perGap, gapsAt, size, nodeOf, leadCount);
            if (span.Hyphenated && end > span.Start)
            {
                // The added hyphen is a soft hyphen (U+00AD): drawn as a hyphen, read back as no character (ISO 32000-1 §14.8.2.2.3).
                var last = glyphs[end - 1];
                var at = runs.Count == 0 ? x : RunEnd(runs[^1], glyphs, span, x, perGap, gapsAt);
                runs.Add(new PlacedRun(at, "\u00AD", last.Font, size, spec.Node));
            }
            if (l == 0 && numberRuns is not null) runs.InsertRange(0, numberRuns);
            lines.Add(new ComposedLine(height, baseline, runs));
        }
        if (lines.Count == 0 && numberRuns is not null) lines.Add(new ComposedLine(height, baseline, numberRuns));
        return lines;
    }

    /// <summary>Hyphenation points and word-space rules for a Western paragraph.</summary>
    private static WordSpacing Words(List<Glyph> glyphs, FontSlot slot, double size, FontPalette fonts)
    {
        var hyphenBefore = new byte[glyphs.Count + 1];
        var hyphenator = Hyphenator.EnglishUs;
        var word = new System.Text.StringBuilder();
        for (var i = 0; i < glyphs.Count;)
        {
            if (!IsLetter(glyphs[i].CodePoint)) { i++; continue; }
            var start = i;
            word.Clear();
            while (i < glyphs.Count && IsLetter(glyphs[i].CodePoint) && glyphs[i].Text.Length == 1)
            {
                word.Append(glyphs[i].Text[0]);
                i++;
            }
            // A word between spaces, of letters only (not part of a number, an address or a code like "COVID-19").
            var before = start == 0 ? ' ' : glyphs[start - 1].CodePoint;
            var after = i >= glyphs.Count ? ' ' : glyphs[i].CodePoint;
            var boundedBefore = before is ' ' or '(' or '“' or '‘' or '"' or '\'' or '-' or '—' or '–' or '/';
            var boundedAfter = after is ' ' or ')' or '”' or '’' or '"' or '\'' or '.' or ',' or ';' or ':' or '?' or '!' or '-' or '—' or '–' or '/';
            if (boundedBefore && boundedAfter && word.Length >= 5)
                foreach (var k in hyphenator.Points(word.ToString())) hyphenBefore[start + k] = 1;
            // After a word's own hyphen, between letters: a line may end there without adding one.
            if (i + 1 < glyphs.Count && glyphs[i].CodePoint == '-' && IsLetter(glyphs[i + 1].CodePoint) && i - start >= 2)
                hyphenBefore[i + 1] = 2;
        }
        var latin = slot == FontSlot.Heading ? FontSlot.HeadingLatin : FontSlot.BodyLatin;
        var hyphenFont = fonts[latin].HasGlyph('-') ? fonts[latin] : fonts[slot];
        var space = fonts[latin].HasGlyph(' ') ? fonts[latin].Advance(' ') * size : size / 4;
        return new WordSpacing(SpaceShrink, hyphenBefore, hyphenFont.Advance('-') * size, space / 2);

        static bool IsLetter(int c) => c is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= 0xC0 and <= 0x24F and not 0xD7 and not 0xF7;
    }

    private static double RunEnd(PlacedRun run, List<Glyph> glyphs, LineSpan span, double x, double perGap, bool[]? gapsAt)
    {
        // The x where the line's last glyph ends: walk the line again (cheap: one line).
        var at = x;
        for (var i = span.Start; i < span.End; i++)
        {
            if (i > span.Start)
            {
                at += glyphs[i].Gap;
                if (gapsAt is not null && !gapsAt[i]) at += perGap;
            }
            at += glyphs[i].Width;
        }
        return at;
    }

    /// <summary>
    /// Where justification may add space in glyphs [start, end): true means "no extra space before this glyph".
    /// Never inside a word or number, never before punctuation that may not start a line (、。, ) …) and never
    /// after an opening bracket; a line of Western text (a Western paragraph, or spaces and no CJK) stretches only after its spaces.
    /// </summary>
    internal static (bool[] Joined, bool WordSpacing) JustificationJoins(IReadOnlyList<Glyph> glyphs, bool[] joinedToPrevious, int start, int end, bool western = false)
    {
        var joined = (bool[])joinedToPrevious.Clone();
        var latinLine = true;
        var hasSpace = false;
        for (var i = start; i < end; i++)
        {
            if (glyphs[i].IsSpace) hasSpace = true;
            else if (glyphs[i].CodePoint >= 0x2E80) latinLine = false;
        }
        var wordSpacing = hasSpace && (western || latinLine);
        for (var i = start + 1; i < end; i++)
        {
            if (wordSpacing)
            {
                joined[i] = !glyphs[i - 1].IsSpace || glyphs[i].IsSpace;
                continue;
            }
            if (joined[i]) continue;
            var prohibited = Kinsoku.NoLineStart.Contains(glyphs[i].CodePoint) || Kinsoku.NoLineEnd.Contains(glyphs[i - 1].CodePoint);
            if (prohibited) joined[i] = true;
        }
        return (joined, wordSpacing);
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

    /// <summary>Groups glyphs [start, end) into runs: a new run at each font change, each fixed gap and, when justifying, at each stretchable gap.</summary>
    private static List<PlacedRun> Runs(IReadOnlyList<Glyph> glyphs, int start, int end, double x, double perGap, bool[]? joined, double size,
        Func<int, int> node, int leadCount = 0)
    {
        var runs = new List<PlacedRun>();
        var text = new System.Text.StringBuilder();
        double runX = x;
        FontSlot font = default;
        var runNode = -1;
        for (var i = start; i < end; i++)
        {
            var g = glyphs[i];
            var gap = i > start && (g.Gap != 0 || (joined is not null && !joined[i]));
            if (i > start)
            {
                x += g.Gap;
                if (joined is not null && !joined[i]) x += perGap;
            }
            if (g.Text.Length == 0)
            {
                // A space the font cannot draw: leave the room, end the run.
                if (text.Length > 0) runs.Add(new PlacedRun(runX, text.ToString(), font, size, runNode));
                text.Clear();
                x += g.Width;
                continue;
            }
            var glyphNode = node(i);
            if (text.Length > 0 && (gap || g.Font != font || glyphNode != runNode || i == leadCount))
            {
                runs.Add(new PlacedRun(runX, text.ToString(), font, size, runNode));
                text.Clear();
            }
            if (text.Length == 0)
            {
                runX = x;
                font = g.Font;
                runNode = glyphNode;
            }
            text.Append(g.Text);
            x += g.Width;
        }
        if (text.Length > 0) runs.Add(new PlacedRun(runX, text.ToString(), font, size, runNode));
        return runs;
    }
}
