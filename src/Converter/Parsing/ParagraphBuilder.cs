namespace Converter.Parsing;

/// <summary>
/// Stage 3: classified lines to paragraph blocks. Handles two layouts: single-spaced text where a blank
/// line ends a paragraph, and "every line followed by a blank line" text (PDF extraction) where paragraph
/// ends are marked by trailing spaces, separator lines, indentation, or the shape of the line.
/// </summary>
internal static class ParagraphBuilder
{
    internal sealed record Layout(bool EveryLineSpaced, bool TrailingSpaceMarksEnd, bool HardWrapped, int WrapWidth);

    public static List<Block> Build(List<SourceLine> lines) => Build(lines, Analyse(lines));

    internal static Layout Analyse(List<SourceLine> lines)
    {
        var text = lines.Where(l => l.IsText).ToList();
        if (text.Count == 0) return new(false, false, false, 0);

        // Gaps between consecutive text lines: how often is there a blank line in between?
        int pairs = 0, spaced = 0;
        var lastText = -1;
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].Kind == LineKind.Debris) continue;
            if (!lines[i].IsText) continue;
            if (lastText >= 0)
            {
                pairs++;
                var gapHasBlank = false;
                for (var j = lastText + 1; j < i; j++)
                    if (lines[j].Kind is LineKind.Blank or LineKind.Spacer or LineKind.PageBreak) gapHasBlank = true;
                if (gapHasBlank) spaced++;
            }
            lastText = i;
        }
        var trailing = text.Count(l => l.HasTrailingWhitespace);
        var trailingMarks = trailing >= 2 && trailing <= text.Count * 0.7;

        var widths = text.Select(l => l.Width).Order().ToArray();
        var wrapWidth = widths[(int)Math.Floor((widths.Length - 1) * 0.9)];
        var nearFull = widths.Count(w => w >= wrapWidth * 0.8);
        var hardWrapped = text.Count >= 3 && wrapWidth <= 200 && nearFull >= text.Count * 0.3;

        // Blank lines everywhere mean "every line followed by a blank line" only if some lines visibly run on
        // into the next (no sentence end); otherwise they are one-line paragraphs separated by blank lines.
        var runOn = text.Count(l => l.Width >= wrapWidth * 0.7 && !CharClass.EndsLikeSentence(l.Content)
            && !CharClass.EndsWithContinuationPunctuation(l.Content) && !l.HasTrailingWhitespace);
        var everyLineSpaced = pairs >= 3 && spaced >= pairs * 0.75 && (runOn >= Math.Max(2, text.Count * 0.15) || trailingMarks);
        return new(everyLineSpaced, trailingMarks, hardWrapped, wrapWidth);
    }

    internal static List<Block> Build(List<SourceLine> lines, Layout layout)
    {
        var blocks = new List<Block>();
        var current = new List<SourceLine>();
        SourceLine? previous = null;
        var blanks = 0;
        var spacer = false;
        foreach (var line in lines)
        {
            switch (line.Kind)
            {
                case LineKind.Blank:
                    blanks++;
                    continue;
                case LineKind.Spacer:
                    spacer = true;
                    continue;
                case LineKind.PageBreak:
                case LineKind.Debris:
                    continue; // page layout: neither text nor a paragraph end by itself
            }

            if (previous is not null && EndsParagraph(previous, line, blanks, spacer, layout))
            {
                blocks.Add(new Block(current));
                current = [];
            }
            current.Add(line);
            previous = line;
            blanks = 0;
            spacer = false;
        }
        if (current.Count > 0) blocks.Add(new Block(current));
        return blocks;
    }

    private static bool EndsParagraph(SourceLine a, SourceLine b, int blanks, bool spacer, Layout layout)
    {
        if (spacer) return true;
        if (b.Indent.Contains('\u3000') && !a.Indent.Contains('\u3000')) return true; // Japanese paragraph indent
        if (b.Indent.Contains('\u3000') && a.Indent.Contains('\u3000') && blanks > 0) return true;

        if (layout.EveryLineSpaced)
        {
            if (layout.TrailingSpaceMarksEnd) return a.HasTrailingWhitespace || StartsNewUnit(a, b);
            return LooksComplete(a, layout) || StartsNewUnit(a, b);
        }

        // Single-spaced: a blank line ends a paragraph, except a run that is a page break inside a sentence.
        if (blanks > 0)
            return blanks < 3 || LooksComplete(a, layout) || StartsNewUnit(a, b);
        // One paragraph per line (text copied from a web page), unless the line plainly goes on.
        if (!layout.HardWrapped) return !CharClass.EndsWithContinuationPunctuation(a.Content) || StartsNewUnit(a, b);
        return StartsNewUnit(a, b) || (a.HasFormFeed || b.HasFormFeed) && LooksComplete(a, layout);
    }

    /// <summary>The line reads as the last line of a paragraph: short, or ends a sentence well short of the wrap width.</summary>
    private static bool LooksComplete(SourceLine a, Layout layout)
    {
        if (!layout.HardWrapped) return true;
        if (CharClass.EndsWithContinuationPunctuation(a.Content)) return false;
        if (a.Width < layout.WrapWidth * 0.6) return true;
        return CharClass.EndsLikeSentence(a.Content) && a.Width < layout.WrapWidth * 0.92;
    }

    /// <summary>The next line opens a new clause or heading and the previous one reads as finished.</summary>
    private static bool StartsNewUnit(SourceLine a, SourceLine b)
    {
        if (!ClauseMarkers.StartsWithMarker(b.Content)) return false;
        return CharClass.EndsLikeSentence(a.Content) || a.Content.EndsWith(':') || a.Content.EndsWith('：')
               || !CharClass.EndsWithContinuationPunctuation(a.Content) && a.Width < 40;
    }
}
