using System.Runtime.InteropServices;
using Converter.Model;

namespace Converter.PlainText;

/// <summary>
/// Stage 3: classified lines to paragraph blocks. Handles two layouts: single-spaced text where a blank
/// line ends a paragraph, and "every line followed by a blank line" text (PDF extraction) where paragraph
/// ends are marked by trailing spaces, separator lines, indentation, or the shape of the line.
/// </summary>
internal static class ParagraphBuilder
{
    internal sealed record Layout(bool EveryLineSpaced, bool TrailingSpaceMarksEnd, bool HardWrapped, int WrapWidth)
    {
        /// <summary>The document's genre, decided from its lines before paragraphs are made (statutes have one-line heading forms).</summary>
        public DocumentGenre Genre { get; init; } = DocumentGenre.Statement;
    }

    public static List<Block> Build(List<SourceLine> lines) => Build(lines, Analyse(lines));

    internal static Layout Analyse(List<SourceLine> lines)
    {
        var textCount = 0;
        var trailing = 0;
        foreach (var l in lines)
        {
            if (!l.IsText) continue;
            textCount++;
            if (l.HasTrailingWhitespace) trailing++;
        }
        if (textCount == 0) return new(false, false, false, 0);

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
        // The convention holds outright when no line without the trailing space ends a sentence (a short text, where
        // most lines end paragraphs).
        var trailingMarks = trailing >= 2 && (trailing <= textCount * 0.7 || trailing < textCount && !UnmarkedLineEndsASentence(lines));

        var (wrapWidth, wraps, wider) = EstimateWrapWidth(lines);
        // One mid-sentence break is enough when nothing else runs past it (a short document).
        // Lines running far past the supposed width say the text is not wrapped at it: one line per paragraph, as a
        // browser copies a page, with short unpunctuated lines (names, headings) that only look like wraps.
        var hardWrapped = (wraps >= 2 || wraps == 1 && wider <= 1) && wider < wraps;

        // Blank lines everywhere mean "every line followed by a blank line" only if some lines visibly run on
        // into the next (no sentence end); otherwise they are one-line paragraphs separated by blank lines.
        // (A date line is no evidence: it ends without punctuation but never runs on.)
        var runOn = 0;
        foreach (var l in lines)
            if (l.IsText && l.Width >= wrapWidth * 0.7 && !CharClass.EndsLikeSentence(l.ContentSpan)
                && !CharClass.EndsWithContinuationPunctuation(l.ContentSpan) && !l.HasTrailingWhitespace
                && !StructureRules.HasDate(l.ContentSpan))
                runOn++;
        // A text of three lines has too few gaps to count; spaced throughout, a line running on and the trailing-space
        // convention marking paragraph ends are evidence enough.
        var everyLineSpaced = pairs >= 3 && spaced >= pairs * 0.75 && (runOn >= Math.Max(2, textCount * 0.15) || trailingMarks)
                              || pairs == 2 && spaced == pairs && trailingMarks && runOn >= 1;
        return new(everyLineSpaced, trailingMarks, hardWrapped, wrapWidth);
    }

    private static bool UnmarkedLineEndsASentence(List<SourceLine> lines)
    {
        foreach (var l in lines)
            if (l.IsText && !l.HasTrailingWhitespace && CharClass.EndsLikeSentence(l.ContentSpan)) return true;
        return false;
    }

    /// <summary>
    /// The width at which the document's lines were hard-wrapped: the narrow band of widths [0.85 W, W]
    /// holding the most lines that break mid-sentence (no sentence end, next line not numbered).
    /// Headings, list items and last lines of paragraphs vary in width; wrapped lines pile up just under W.
    /// </summary>
    private static (int Width, int Count, int Wider) EstimateWrapWidth(List<SourceLine> lines)
    {
        var widths = new List<int>();
        var previous = -1;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (!line.IsText) continue;
            if (previous >= 0 && !CharClass.EndsLikeSentence(lines[previous].ContentSpan) && line.Marker is null
                && lines[previous].Width is >= MinWrapWidth and <= MaxWrapWidth)
                widths.Add(lines[previous].Width);
            previous = i;
        }
        if (widths.Count == 0) return (Fallback(lines), 0, 0);
        widths.Sort();
        int best = 0, bestWidth = widths[^1], low = 0;
        for (var high = 0; high < widths.Count; high++)
        {
            while (widths[low] < widths[high] * 0.85) low++;
            if (high - low + 1 >= best) { best = high - low + 1; bestWidth = widths[high]; }
        }
        // Lines that end a sentence fill the measure too: the widest line just above the band is the real width.
        int width = bestWidth, wider = 0;
        foreach (var l in lines)
        {
            if (!l.IsText || l.Width <= bestWidth) continue;
            if (l.Width <= bestWidth * 1.15) width = Math.Max(width, l.Width);
            else wider++;
        }
        return (width, best, wider);
    }

    private const int MinWrapWidth = 30;
    private const int MaxWrapWidth = 200;

    // No line breaks mid-sentence: the widest ordinary line stands in (used only for "short line" tests).
    private static int Fallback(List<SourceLine> lines)
    {
        var w = 0;
        foreach (var l in lines)
            if (l.IsText && l.Width <= MaxWrapWidth) w = Math.Max(w, l.Width);
        return w == 0 ? MaxWrapWidth : w;
    }

    /// <summary>
    /// The paragraph blocks of <paramref name="lines"/>. The text lines are gathered to the front of the list in
    /// place, and the rest cut off: a block is a range of that list (no second list of a large input's lines).
    /// </summary>
    internal static List<Block> Build(List<SourceLine> lines, Layout layout)
    {
        var all = CollectionsMarshal.AsSpan(lines);
        var count = 0; // text lines gathered so far; never ahead of the line being read, so nothing unread is overwritten
        var blocks = new List<Block>();
        var blockStart = 0;
        var sequence = new NumberingState();
        var blanks = 0;
        var spacer = false;
        var standaloneBefore = false; // the previous text line stands alone: this one starts a new paragraph
        var quotation = default(QuotationState);
        for (var i = 0; i < all.Length; i++)
        {
            var line = all[i];
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

            var marker = ClauseMarkers.InContext(line, sequence.LetterContext, sequence.KanaContext);
            var forced = ForcedBreak(all, i, layout, count > 0 ? all[count - 1].ContentSpan : default);
            var standalone = forced == Break.Around;
            // Inside an open quotation a number at the start of a line is quoted text (an amendment quoting "(a)(1) The").
            var quoted = layout.Genre != DocumentGenre.Statement && quotation.IsOpen && !spacer
                         && (blanks == 0 || layout.EveryLineSpaced && blanks == 1);
            if (count == 0 || forced != Break.None || standaloneBefore
                || !quoted && EndsParagraph(all[count - 1], line, marker, blanks, spacer, layout, sequence, all[blockStart].Indent.Length,
                    count - 1 == blockStart))
            {
                if (count > blockStart) blocks.Add(new Block(lines, blockStart, count - blockStart));
                blockStart = count;
                sequence.Started(marker);
                quotation = default;
            }
            if (layout.Genre != DocumentGenre.Statement) quotation = quotation.After(line.ContentSpan);
            all[count++] = line;
            blanks = 0;
            spacer = false;
            standaloneBefore = standalone;
        }
        if (count > blockStart) blocks.Add(new Block(lines, blockStart, count - blockStart));
        lines.RemoveRange(count, lines.Count - count);
        return blocks;
    }

    /// <summary>Where a line breaks the text into paragraphs whatever its neighbours look like.</summary>
    private enum Break : byte
    {
        /// <summary>Only the shape of the lines decides.</summary>
        None,
        /// <summary>The line starts a paragraph.</summary>
        Before,
        /// <summary>The line is a paragraph of its own.</summary>
        Around,
    }

    /// <summary>
    /// Lines that are a paragraph of their own: a caption right before the article or paragraph it names (also at the
    /// foot of a page, with the page break between them), and in statutes the headings of supplementary provisions,
    /// tables of contents and appended tables, and the law number. A statute's enacting formula, and the line after
    /// it, start a paragraph.
    /// </summary>
    /// <remarks>
    /// Lines before <paramref name="i"/> have been gathered to the front of <paramref name="all"/> already, so the one
    /// before is given as <paramref name="previous"/>; lines after it are still in place.
    /// </remarks>
    private static Break ForcedBreak(ReadOnlySpan<SourceLine> all, int i, Layout layout, ReadOnlySpan<char> previous)
    {
        var line = all[i];
        var text = line.ContentSpan;
        if (text[0] is '（' or '(' && StructureRules.IsCaptionLine(text, line.Width))
        {
            // The next text line, across blank lines, page breaks and removed page furniture.
            for (var j = i + 1; j < all.Length; j++)
            {
                if (!all[j].IsText) continue;
                return all[j].Marker is { } m && NumberingConventions.Of(m, layout.Genre) is var c
                       && (c.IsArticle || c.Role == NumberingRole.Provision && c.ClauseKind == ClauseKind.Paragraph)
                    ? Break.Around : Break.None;
            }
            return Break.None;
        }
        if (layout.Genre == DocumentGenre.Statement) return Break.None;
        if (text[0] == '附' && GenreDetector.IsSupplementaryHeading(text) || StatuteStructureBuilder.IsStandaloneHeading(text)) return Break.Around;
        if (StatuteStructureBuilder.IsEnactingFormula(text)) return Break.Before;
        return StatuteStructureBuilder.EndsEnactingFormula(previous) ? Break.Before : Break.None;
    }

    private static bool EndsParagraph(in SourceLine a, in SourceLine b, Marker? marker, int blanks, bool spacer, Layout layout,
        NumberingState sequence, int paragraphIndent, bool aOpensParagraph)
    {
        if (spacer) return true;
        // A heading in title case after a finished sentence, and the text after such a heading standing alone.
        // ("Japan and the United States" / "underscored …" inside a paragraph is running text: see IsLatinTitleLine.)
        if (layout.HardWrapped && marker is null && char.IsAsciiLetterUpper(b.ContentSpan[0]) && CharClass.EndsLikeSentence(a.ContentSpan)
            && IsLatinTitleLine(b)) return true;
        // A paragraph's first line in title case, as wide as the measure, then running text that is not: a heading over
        // its text ("1. Ensuring U.S.-UK Leadership in Critical and Emerging Technologies" / "A handful of …"). A
        // heading wrapped onto a second title-case line goes on.
        if (layout.HardWrapped && aOpensParagraph && char.IsAsciiLetterUpper(b.ContentSpan[0]) && IsLatinTitleLine(a)
            && HasLowercaseWord(b.ContentSpan) && !ContinuesRunInHeading(b.ContentSpan)) return true;

        if (layout.Genre == DocumentGenre.Statement)
        {
            if (b.Indent.Contains('\u3000') && !a.Indent.Contains('\u3000')) return true; // Japanese paragraph indent
            if (b.Indent.Contains('\u3000') && a.Indent.Contains('\u3000') && blanks > 0) return true;
        }
        else
        {
            // A statute starts every provision with its number, a caption or a heading, and sets its wrapped lines in by
            // a hanging indent: a line set in deeper than the paragraph's first goes on with it. Its articles and
            // divisions (第三条　, SEC. 3., TITLE II—) are never a wrapped line's first words.
            if (marker is not null && NumberingConventions.Of(marker, layout.Genre) is { } c && (c.IsArticle || c.IsDivision)
                && ClauseMarkers.IsSetOff(marker, b.ContentSpan)) return true;
            if (StartsNewUnit(a, b, marker, sequence)) return true;
            // An English heading over its text or over a heading of the other case ("United States Secret Service" /
            // "SALARIES AND EXPENSES" / "  For necessary expenses …").
            if (marker is null && IsLatinHeadingLine(a, layout)
                && (StructureRules.IsAllCaps(a.ContentSpan) != StructureRules.IsAllCaps(b.ContentSpan) || b.Indent.Length > a.Indent.Length))
                return true;
            if (marker is null && b.Indent.Length > paragraphIndent && (blanks == 0 || layout.EveryLineSpaced)
                && a.Width >= layout.WrapWidth * 0.7 && !CharClass.EndsLikeSentence(a.ContentSpan)) return false;
        }

        // "…our nations." / "Ninth, we commit to …": a part of a declaration numbered in words starts a paragraph.
        if (StructureRules.StartsWithOrdinalWord(b.ContentSpan) && CharClass.EndsLikeSentence(a.ContentSpan)) return true;
        if (layout.EveryLineSpaced)
        {
            if (layout.TrailingSpaceMarksEnd) return a.HasTrailingWhitespace || StartsNewUnit(a, b, marker, sequence);
            return LooksComplete(a, layout) || StartsNewUnit(a, b, marker, sequence);
        }

        // Single-spaced: a blank line ends a paragraph, except a run that is a page break inside a sentence.
        if (blanks > 0)
            return blanks < 3 || LooksComplete(a, layout) || StartsNewUnit(a, b, marker, sequence);
        // One paragraph per line (text copied from a web page), unless the line plainly goes on:
        // it ends with a comma, or the next line starts in the middle of a sentence (lower case).
        if (!layout.HardWrapped)
            return !CharClass.EndsWithContinuationPunctuation(a.ContentSpan) && !char.IsLower(b.ContentSpan[0]) || StartsNewUnit(a, b, marker, sequence);
        if (StartsNewUnit(a, b, marker, sequence)) return true;
        if (a.HasFormFeed || b.HasFormFeed) return LooksComplete(a, layout);
        // A wrapped line runs to the wrap width; a sentence that ends well short of it ends the paragraph.
        return CharClass.EndsLikeSentence(a.ContentSpan) && a.Width < layout.WrapWidth * 0.7;
    }

    private static bool IsLatinTitleLine(in SourceLine line)
    {
        var text = line.ContentSpan;
        var start = line.Marker is { } m && m.Length < text.Length ? m.Length : 0;
        var words = text[start..].TrimStart();
        // A sentence heavy with names is title case too ("We, the Economic Leaders of APEC, met in San Francisco,
        // California, on"): a heading has at most two commas and does not end on a word that needs the next.
        return words.Length > 0 && char.IsAsciiLetterUpper(words[0]) && StructureRules.IsTitleCase(words) && !CharClass.EndsLikeSentence(words)
               && !CharClass.EndsWithContinuationPunctuation(words) && words.Count(',') <= 2 && !EndsWithFunctionWord(words)
               && LowercaseWordShare(words) < 0.4;
    }

    // "Today, the Prime Minister of Japan and the President of the United": half its words are lower case; a heading's
    // few are its articles and prepositions ("Building the Clean Energy Economy of the Future": three of eight).
    private static double LowercaseWordShare(ReadOnlySpan<char> text)
    {
        int words = 0, lower = 0;
        foreach (var range in text.Split(' '))
        {
            var word = text[range];
            if (word.Length == 0 || !char.IsLetter(word[0])) continue;
            words++;
            if (char.IsLower(word[0])) lower++;
        }
        return words == 0 ? 1 : (double)lower / words;
    }

    // Running text has words of four letters or more in lower case; the rest of a wrapped heading ("Dialogue") has none.
    private static bool HasLowercaseWord(ReadOnlySpan<char> text)
    {
        foreach (var range in text.Split(' '))
        {
            var word = text[range];
            if (word.Length >= 4 && char.IsLower(word[0]) && char.IsLetter(word[^1])) return true;
        }
        return false;
    }

    // "Policy Act of 2005.—The Secretary shall …": the rest of a run-in heading, in title case up to its end mark.
    private static bool ContinuesRunInHeading(ReadOnlySpan<char> text)
    {
        var end = text.IndexOfAny(".—:");
        if (end <= 0 || end == text.Length - 1) return false;
        var words = 0;
        foreach (var range in text[..end].Split(' '))
        {
            var word = text[..end][range];
            if (word.Length >= 4 && char.IsLower(word[0])) return false;
            words++;
        }
        return words <= 8;
    }

    private static bool EndsWithFunctionWord(ReadOnlySpan<char> text)
    {
        var space = text.LastIndexOf(' ');
        return space >= 0 && text[(space + 1)..] is "a" or "an" or "and" or "as" or "at" or "by" or "for" or "from" or "in" or "of"
            or "on" or "or" or "the" or "to" or "with";
    }

    private static bool IsLatinHeadingLine(in SourceLine a, Layout layout) =>
        char.IsAsciiLetterUpper(a.ContentSpan[0]) && a.Width < layout.WrapWidth * 0.85 && StructureRules.IsHeadingShaped(a.ContentSpan, 1);

    /// <summary>The line reads as the last line of a paragraph: short, or ends a sentence well short of the wrap width.</summary>
    private static bool LooksComplete(in SourceLine a, Layout layout)
    {
        if (!layout.HardWrapped) return true;
        var text = a.ContentSpan;
        // A colon at the end of a short line ends its paragraph ("… in the following areas:"); a comma never does.
        if (text[^1] is ':' or '：' && a.Width < layout.WrapWidth * 0.6) return true;
        if (CharClass.EndsWithContinuationPunctuation(text)) return false;
        if (a.Width < layout.WrapWidth * 0.6) return true;
        // A heading in title case is shorter than the measure even when long ("Partnership for Global Infrastructure
        // and Investment (PGII)"); a wrapped line of running text is not in title case.
        // (A line wider than the measure was never wrapped at it.)
        if ((a.Width < layout.WrapWidth * 0.9 || a.Width > layout.WrapWidth) && StructureRules.IsTitleCase(text) && !CharClass.EndsLikeSentence(text)
            && LowercaseWordShare(text) < 0.4 && !EndsWithFunctionWord(text)) return true;
        return CharClass.EndsLikeSentence(text) && a.Width < layout.WrapWidth * 0.92;
    }


    /// <summary>
    /// The next line opens a new clause or heading: it starts with a number or bullet and either the previous
    /// line reads as finished, or the number cannot be a wrapped line's first word (the next number expected
    /// in an open list, a bullet, a number set off by an ideographic space, a hanging indent).
    /// </summary>
    private static bool StartsNewUnit(in SourceLine a, in SourceLine b, Marker? marker, NumberingState sequence)
    {
        if (marker is null) return false;
        // "subsection\n(c)." : a reference wrapped to the start of a line has no text of its own after it.
        var rest = b.ContentSpan[Math.Min(marker.Length, b.ContentSpan.Length)..];
        if (rest.Length == 0 && marker.Family is not (MarkerFamily.Bullet or MarkerFamily.JpArticle) || rest.Length > 0 && rest[0] is '.' or ',' or ';' or ')') return false;
        var end = a.ContentSpan[^1];
        // A dash ends a lead-in as a colon does ("amounts equivalent to 100 percent of—" in US legislation).
        if (CharClass.EndsLikeSentence(a.ContentSpan) || end is ':' or '：' or ';' or '；' or '—') return true;
        if (end is '、' or '，' or ',') return IsUnambiguous(b, marker);
        return IsUnambiguous(b, marker) || sequence.IsNext(marker)
               || b.Indent.Length < a.Indent.Length || a.Width < 40;
    }

    /// <summary>A marker no wrapped line starts with: a bullet (a line never starts with ・ under Japanese line-breaking rules) or a number set off by an ideographic space.</summary>
    private static bool IsUnambiguous(in SourceLine b, Marker marker)
    {
        if (marker.Family == MarkerFamily.Bullet) return marker.Level != "Bullet-"; // a dash may be a wrapped minus or dash
        return marker.Length < b.ContentSpan.Length && b.ContentSpan[marker.Length - 1] == '\u3000';
    }

    /// <summary>
    /// Quotation marks left open by the lines of the paragraph so far (“ ” and 「 」). A quotation that stays open for
    /// more than a few lines is taken for a typing slip and no longer holds the paragraph together.
    /// </summary>
    private readonly record struct QuotationState(int Depth, int Lines)
    {
        private const int MaxLines = 6;

        public bool IsOpen => Depth > 0 && Lines <= MaxLines;

        public QuotationState After(ReadOnlySpan<char> line)
        {
            var depth = Depth;
            foreach (var c in line)
            {
                if (c is '“' or '「') depth++;
                else if (c is '”' or '」' && depth > 0) depth--;
            }
            return new(depth, depth > 0 ? Lines + 1 : 0);
        }
    }

    /// <summary>The last number seen at the start of a paragraph in each numbering family.</summary>
    private sealed class NumberingState
    {
        private readonly Dictionary<MarkerFamily, int> _last = [];

        public int? LetterContext => _last.TryGetValue(MarkerFamily.LetterParen, out var v) ? v : null;

        public char KanaContext { get; private set; }

        public bool IsNext(Marker marker) =>
            marker.Value > 0 && (_last.TryGetValue(marker.Family, out var last) ? marker.Value == last + 1 : marker.Value == 1);

        public void Started(Marker? marker)
        {
            if (marker is { Value: > 0 }) _last[marker.Family] = marker.Value;
            if (marker?.Family == MarkerFamily.KatakanaItem) KanaContext = ClauseMarkers.KanaLetter(marker);
        }
    }
}
