using System.Buffers;
using System.Collections.Immutable;
using Converter.Model;

namespace Converter.PlainText;

/// <summary>
/// Stage 4: paragraph blocks to heading, preamble, sections, clauses and closing. Works on the shape of
/// each block (length, final punctuation, leading number) and on the expected numbering sequence, never
/// on particular strings of a particular document.
/// </summary>
internal sealed class StructureBuilder
{
    private readonly List<Diagnostic> _diagnostics;
    private readonly string _displayName;

    public StructureBuilder(List<Diagnostic> diagnostics, string displayName)
    {
        _diagnostics = diagnostics;
        _displayName = displayName;
    }

    public StructureResult Build(List<Block> input, ParagraphBuilder.Layout layout)
    {
        var titleIndex = input.Count > 1 && StructureRules.IsStatusNote(input[0]) ? 1 : 0;
        var blocks = SplitHeadingArea(Presplit(input, titleIndex + 1, layout));

        // Heading: status note, title, subtitles.
        var i = 0;
        Paragraph? status = null;
        if (blocks.Count > 1 && StructureRules.IsStatusNote(blocks[0]))
            status = ToParagraph(blocks[i++]);
        var titleBlock = blocks[i];
        if (!StructureRules.IsTitleLike(titleBlock))
            throw new ConversionException(ConversionErrorKind.NoTitle,
                $"no title found: the first paragraph (lines {titleBlock.Span.StartLine}-{titleBlock.Span.EndLine}) reads as body text; " +
                "a document must start with its title (optionally after a status note such as （仮訳）); add the title line",
                _displayName, titleBlock.Span.StartLine);
        var title = ToParagraph(blocks[i++]);
        var subtitles = ImmutableArray.CreateBuilder<Paragraph>();
        while (i < blocks.Count && IsSubtitle(blocks, i, status is not null, subtitles.Count))
            subtitles.Add(ToParagraph(blocks[i++]));

        var body = blocks.GetRange(i, blocks.Count - i);
        var closingStart = FindClosingStart(body);
        var closing = body.Skip(closingStart).SelectMany(ClosingParagraphs).ToImmutableArray();
        body = body.GetRange(0, closingStart);

        var units = Classify(body);
        var firstStructural = units.FindIndex(u => u.Kind is UnitKind.Heading || u.Kind is UnitKind.Clause && u.Marker is not null || u.Kind == UnitKind.Caption);
        int preambleEnd;
        if (firstStructural >= 0) preambleEnd = firstStructural;
        else
        {
            preambleEnd = 0;
            while (preambleEnd < units.Count && StructureRules.IsRecital(units[preambleEnd].Block.Text)) preambleEnd++;
            // "… have agreed as follows:" closes a run of recitals.
            if (preambleEnd > 0 && preambleEnd < units.Count && units[preambleEnd].Block.Text.TrimEnd().EndsWith(':')) preambleEnd++;
        }
        var preamble = units.Take(preambleEnd).Select(u => ToParagraph(u.Block)).ToImmutableArray();

        var tree = new TreeBuilder(_diagnostics);
        foreach (var unit in units.Skip(preambleEnd)) tree.Add(unit);
        var (clauses, sections) = tree.Finish();

        return new StructureResult(new DocumentHeading(status, title, subtitles.ToImmutable()), preamble, clauses, sections, closing);
    }

    private static Paragraph ToParagraph(Block b) => new(b.Text, b.Span);

    private static bool IsSubtitle(List<Block> blocks, int i, bool hasStatus, int subtitleCount)
    {
        var b = blocks[i];
        // A caption right before the first article is the article's, not the heading's.
        if (StructureRules.IsCaption(b) && i + 1 < blocks.Count && blocks[i + 1].Marker is { } m
            && NumberingConventions.Of(m.Family).IsArticle)
            return false;
        if (StructureRules.IsSubtitle(b)) return true;
        if (StructureRules.IsStatusNote(b)) return !hasStatus || subtitleCount == 0;
        // A place line above the date line (ニューヨーク, then 令和７年９月２２日): the date vouches for it.
        if (StructureRules.IsShortLabel(b) && i + 1 < blocks.Count && StructureRules.IsSubtitle(blocks[i + 1])
            && StructureRules.HasDate(blocks[i + 1].Text)) return true;
        // An issuer line under the date (a ministry, a bureau): short and unpunctuated, with the numbered body right after it.
        if (subtitleCount > 0 && i + 1 < blocks.Count && StructureRules.IsIssuerLine(b) && blocks[i + 1].Marker is not null) return true;
        // A theme line under the title ("Creating a Resilient and Sustainable Future for All"), the body numbered from 1
        // right after it: a heading there would hold the whole body.
        return i == 1 + (hasStatus ? 1 : 0) && i + 1 < blocks.Count && IsThemeShaped(blocks, i)
               && blocks[i + 1].Marker is { Value: 1 } first && NumberingConventions.Of(first.Family).Role == NumberingRole.Listed
               && !HasLaterThemeShapedLine(blocks, i + 2);
    }

    private static bool IsThemeShaped(List<Block> blocks, int i) =>
        blocks[i] is { Marker: null, LineCount: 1 } b && StructureRules.IsTitleCase(b.Text) && !CharClass.EndsLikeSentence(b.Text);

    // A heading further on (title case over numbered text of its own, or a line in capitals) makes the first a heading
    // among headings.
    private static bool HasLaterThemeShapedLine(List<Block> blocks, int from)
    {
        for (var k = from; k + 1 < blocks.Count; k++)
        {
            if (blocks[k] is not { Marker: null, LineCount: 1 } b || !StructureRules.IsHeadingShaped(b.Text, 1)) continue;
            if (blocks[k + 1].Marker is not null && IsThemeShaped(blocks, k)) return true;
            if (StructureRules.IsAllCaps(b.Text) && !CharClass.EndsLikeSentence(b.Text)) return true;
        }
        return false;
    }

    // Single-spaced heading area: status note, title and date lines may sit on adjacent lines of one block.
    private static List<Block> SplitHeadingArea(List<Block> blocks)
    {
        if (blocks.Count == 0) return blocks;
        var result = new List<Block>(blocks.Count + 4);
        var first = blocks[0];
        var rest = blocks.Skip(1);
        if (first.LineCount > 1 && StructureRules.IsStatusNote(first.Slice(0, 1)))
        {
            result.Add(first.Slice(0, 1));
            first = first.Slice(1, first.LineCount - 1);
        }
        else if (first.LineCount == 1 && blocks.Count > 1 && StructureRules.IsStatusNote(first))
        {
            result.Add(first);
            first = blocks[1];
            rest = blocks.Skip(2);
        }
        var cut = -1;
        for (var k = 1; k < first.LineCount && cut < 0; k++)
            if (StructureRules.IsSubtitle(first.Slice(k, 1))) cut = k;
        var allSubtitles = cut > 0;
        for (var k = cut + 1; allSubtitles && k < first.LineCount; k++)
            allSubtitles = StructureRules.IsSubtitle(first.Slice(k, 1));
        if (allSubtitles)
        {
            result.Add(first.Slice(0, cut));
            for (var k = cut; k < first.LineCount; k++) result.Add(first.Slice(k, 1));
        }
        else result.Add(first);
        result.AddRange(rest);
        return result;
    }

    // ---- pre-split: headings glued to their first paragraph, several clauses on one long line ----

    // The heading area (status note, title block) is left whole: a title's first line is heading-shaped too.
    // Only a title block that cannot be a title (a whole paragraph) gives up its first line as the title.
    private List<Block> Presplit(List<Block> input, int headingBlocks, ParagraphBuilder.Layout layout)
    {
        var result = new List<Block>(input.Count);
        result.AddRange(input.Take(headingBlocks - 1));
        if (input.Count >= headingBlocks)
        {
            var title = input[headingBlocks - 1];
            if (title.LineCount > 1 && !StructureRules.IsTitleLike(title) && StructureRules.IsHeadingShaped(title.FirstLine.ContentSpan, 1)
                && title.FirstLine.Marker is null)
            {
                result.Add(title.Slice(0, 1));
                result.Add(title.Slice(1, title.LineCount - 1));
            }
            else result.Add(title);
        }
        for (var k = headingBlocks; k < input.Count; k++)
        {
            var block = input[k];
            if (StructureRules.HasLeadingHeading(block, layout))
            {
                AddInlineClauses(block.Slice(0, 1), result);
                AddInlineClauses(block.Slice(1, block.LineCount - 1), result);
            }
            else AddInlineClauses(block, result);
        }
        return result;
    }

    // A whole page on one line: split "1. … 2. … 3. …" where the next number of the same family follows a sentence end.
    private static void AddInlineClauses(Block block, List<Block> result)
    {
        var marker = block.Marker;
        var length = marker is null || marker.Value == 0 ? 0 : block.TextLength;
        if (length < 80)
        {
            result.Add(block);
            return;
        }
        // Searched in a rented buffer: most blocks hold one clause, and their joined text is never needed whole.
        var buffer = ArrayPool<char>.Shared.Rent(length);
        var text = buffer.AsSpan(0, length);
        block.CopyTextTo(text);
        var start = 0;
        var expected = marker!.Value + 1;
        var searchFrom = marker.Length;
        while (true)
        {
            var cut = FindInlineMarker(text, searchFrom, marker.Family, expected);
            if (cut < 0) break;
            result.Add(new Block(block, new string(text[start..cut].TrimEnd()), block.Span));
            start = cut;
            searchFrom = cut + 1;
            expected++;
        }
        result.Add(start == 0 ? block : new Block(block, new string(text[start..]), block.Span));
        ArrayPool<char>.Shared.Return(buffer);
    }

    /// <summary>
    /// Where the next number of the list starts inside the text: right after a finished sentence (its final
    /// punctuation, perhaps a closing bracket, then optional spaces). Numbers inside a sentence never count.
    /// </summary>
    private static int FindInlineMarker(ReadOnlySpan<char> text, int from, MarkerFamily family, int expected)
    {
        for (var q = Math.Max(from, 1); q < text.Length - 1; q++)
        {
            // Cheap filter first: a marker starts with a digit, a bracket, a letter or a bullet, never with a space.
            if (char.IsWhiteSpace(text[q]) || !(char.IsWhiteSpace(text[q - 1]) || CharClass.IsSentenceEnd(text[q - 1]) || IsClosingBracket(text[q - 1])))
                continue;
            var p = q;
            while (p > 0 && char.IsWhiteSpace(text[p - 1])) p--;
            while (p > 0 && IsClosingBracket(text[p - 1])) p--;
            if (p == 0 || !CharClass.IsSentenceEnd(text[p - 1])) continue;
            // A marker is short: look at a bounded slice so a page-long line stays linear.
            var m = ClauseMarkers.Match(text.Slice(q, Math.Min(MarkerWindow, text.Length - q)), null);
            if (m is not null && m.Family == family && m.Value == expected) return q;
        }
        return -1;
    }

    private const int MarkerWindow = 24;

    private static bool IsClosingBracket(char c) => c is '」' or '』' or '）' or ')' or '"' or '”' or '’';

    // ---- closing ----

    private static int FindClosingStart(List<Block> body)
    {
        var start = body.Count;
        for (var j = body.Count - 1; j >= 0; j--)
        {
            if (!StructureRules.IsClosingLike(body[j])) break;
            start = j;
        }
        // A formula that opens the closing ("IN WITNESS WHEREOF", "Done at …", "以上") takes what follows it,
        // even long sentences (the date and place of signature), as long as no numbered clause follows.
        var lastNumbered = body.FindLastIndex(b => b.Marker is not null);
        for (var j = Math.Max(lastNumbered + 1, start - 4); j < start; j++)
            if (StructureRules.IsStrongClosing(body[j].Text)) { start = j; break; }
        // Keep at least one body paragraph unless the document is all closing-like lines.
        if (start == 0 && body.Count > 0 && !StructureRules.IsStrongClosing(body[0].Text)) start = Math.Min(1, body.Count);
        return start;
    }

    // A signature block typed single-spaced (name, title, date) is one line per closing paragraph.
    private static IEnumerable<Paragraph> ClosingParagraphs(Block b)
    {
        if (!(b.LineCount > 1 && StructureRules.IsSignatureShaped(b))) return [ToParagraph(b)];
        var paragraphs = new List<Paragraph>(b.LineCount);
        foreach (var l in b.Lines) paragraphs.Add(new Paragraph(l.Content, SourceSpan.Line(l.Number)));
        return paragraphs;
    }

    // ---- classification ----

    internal enum UnitKind { Heading, Clause, Caption }

    internal sealed record Unit(UnitKind Kind, Block Block, Marker? Marker, string Text, string FamilyKey, SourceSpan Span, string? Caption = null);

    private List<Unit> Classify(List<Block> body)
    {
        var units = new List<Unit>(body.Count);
        // Order in which numbering families first appear: an earlier family is an outer level.
        var firstSeen = new Dictionary<string, int>(StringComparer.Ordinal);
        int? letterContext = null;
        var kanaContext = '\0';
        void Add(Unit unit)
        {
            if (unit.Marker is { } m) firstSeen.TryAdd(m.Level, units.Count);
            units.Add(unit);
        }

        var ordinalHeadings = StructureRules.OrdinalHeadings(body);
        for (var k = 0; k < body.Count; k++)
        {
            var b = body[k];
            var next = k + 1 < body.Count ? body[k + 1] : null;
            if (ordinalHeadings.Contains(k))
            {
                Add(new Unit(UnitKind.Heading, b, null, b.Text, "ordinal", b.Span));
                continue;
            }
            var marker = ClauseMarkers.InContext(b, letterContext, kanaContext);
            if (marker?.Family is MarkerFamily.LetterParen) letterContext = marker.Value;
            if (marker?.Family is MarkerFamily.KatakanaItem) kanaContext = ClauseMarkers.KanaLetter(marker);
            var rest = marker is null ? b.Text : b.TextFrom(marker.Length);

            if (StructureRules.IsCaption(b) && next is not null && next.Marker is { } nm && NumberingConventions.Of(nm.Family).IsArticle)
            {
                Add(new Unit(UnitKind.Caption, b, null, b.Text, "", b.Span));
                continue;
            }

            if (marker is not null && marker.Slip)
                _diagnostics.Add(new Diagnostic("CNV303", DiagnosticSeverity.Warning,
                    $"number '{marker.Display}' looks like a typing slip (no space after the number, or a comma for its dot); read as a clause number and kept as displayed",
                    SourceSpan.Line(b.Span.StartLine)));

            if (marker is not null && rest.Length == 0 && next is not null)
            {
                // A number alone on its line: the next block is its heading text or its clause text.
                var nextIsHeading = StructureRules.IsHeadingShaped(next.Text, next.LineCount) && next.Marker is null;
                if (nextIsHeading && (NumberingConventions.Of(marker.Family).IsArticle || IsSectionCandidate(marker.Family)))
                {
                    Add(new Unit(UnitKind.Heading, b, marker, next.Text, FamilyKey(marker, next.Text), b.Span.Union(next.Span)));
                    k++;
                    continue;
                }
                if (next.Marker is null)
                {
                    Add(new Unit(UnitKind.Clause, b, marker, next.Text, FamilyKey(marker, next.Text), b.Span.Union(next.Span)));
                    k++;
                    continue;
                }
            }

            if (IsHeading(b, marker, rest, next) && (marker is null || IsNumberedHeadingInContext(units, firstSeen, marker, next)))
            {
                // A section-family number with no text after it ("第一章" alone) is shown as the heading itself.
                Add(rest.Length > 0
                    ? new Unit(UnitKind.Heading, b, marker, rest, FamilyKey(marker, rest), b.Span)
                    : new Unit(UnitKind.Heading, b, null, b.Text, FamilyKey(marker, rest), b.Span));
                continue;
            }

            if (rest.Length == 0) { marker = null; rest = b.Text; }
            Add(new Unit(UnitKind.Clause, b, marker, rest, marker is null ? "" : FamilyKey(marker, rest), b.Span));
        }
        return units;
    }

    /// <summary>
    /// A short numbered line heads a section only if something belongs under it and its siblings are
    /// headings too: when the next block returns to an outer numbering level, or the previous number of the
    /// same list was a plain clause, the line is the last item of a list of short clauses.
    /// </summary>
    private static bool IsNumberedHeadingInContext(List<Unit> units, Dictionary<string, int> firstSeen, Marker marker, Block? next)
    {
        if (NumberingConventions.Of(marker.Family).IsDivision) return true;
        var own = firstSeen.TryGetValue(marker.Level, out var o) ? o : int.MaxValue;
        // (A bullet after it is no outer level: bullets hang under the heading, as ○ paragraphs do under １． 法の支配.)
        if (next is not null && next.Marker is { } nextMarker && nextMarker.Level != marker.Level
            && NumberingConventions.Of(nextMarker.Family).Role != NumberingRole.Bullet
            && firstSeen.TryGetValue(nextMarker.Level, out var n) && n < own)
            return false;
        for (var j = units.Count - 1; j >= 0; j--)
        {
            if (units[j].Marker is not { } m) continue;
            if (m.Level == marker.Level) return units[j].Kind == UnitKind.Heading;
            if (firstSeen.TryGetValue(m.Level, out var f) && f < own) break; // left the list's parent
        }
        return true;
    }

    private static bool IsSectionCandidate(MarkerFamily f) => NumberingConventions.Of(f).IsDivision || f is MarkerFamily.EnSection
        or MarkerFamily.RomanDot or MarkerFamily.UpperLetterDot or MarkerFamily.FullDot or MarkerFamily.FullParenArabic
        or MarkerFamily.ArabicDot or MarkerFamily.ParenArabic or MarkerFamily.JpOrdinal or MarkerFamily.LawParagraph
        or MarkerFamily.Decimal2 or MarkerFamily.Decimal3;

    private static bool IsHeading(Block b, Marker? marker, string rest, Block? next)
    {
        if (marker is not null && NumberingConventions.Of(marker.Family).IsDivision) return true;
        if (next is null) return false;
        if (!StructureRules.IsHeadingShaped(rest.Length > 0 ? rest : b.Text, b.LineCount, marker is not null)) return false;
        if (marker is null) return true;
        if (!IsSectionCandidate(marker.Family)) return false;
        // "１．総論" heads a section; "１．short item" followed by "２．…" is a list of short clauses.
        var nextMarker = next.Marker;
        return nextMarker is null || nextMarker.Level != marker.Level;
    }

    private static string FamilyKey(Marker? marker, string text)
    {
        if (marker is not null) return marker.Level;
        return StructureRules.IsAllCaps(text) ? "caps" : "plain";
    }

    // ---- tree ----

    private sealed class TreeBuilder
    {
        private static readonly int ArticleRank = NumberingConventions.ArticleLevel;

        private readonly List<Diagnostic> _diagnostics;
        private readonly List<SectionNode> _topSections = [];
        private readonly List<ClauseNode> _topClauses = [];
        private readonly List<SectionNode> _sectionStack = [];
        private readonly List<ClauseNode> _clauseStack = [];
        private readonly Dictionary<MarkerFamily, int> _lastValue = [];
        private string? _pendingCaption;
        private SourceSpan? _pendingCaptionSpan;

        public TreeBuilder(List<Diagnostic> diagnostics) => _diagnostics = diagnostics;

        public void Add(Unit unit)
        {
            switch (unit.Kind)
            {
                case UnitKind.Caption:
                    _pendingCaption = unit.Text;
                    _pendingCaptionSpan = unit.Span;
                    return;
                case UnitKind.Heading:
                    AddHeading(unit);
                    return;
                default:
                    AddClause(unit);
                    return;
            }
        }

        // A caption that never reached its article (a heading came first, or the text ended) is kept as a
        // clause of its own where it stands, so reading order still follows the source.
        private void FlushCaption()
        {
            if (_pendingCaption is null || _pendingCaptionSpan is not { } span) return;
            var container = _sectionStack.Count > 0 ? _sectionStack[^1].Clauses : _topClauses;
            container.Add(new ClauseNode(null, null, null, null, _pendingCaption, span, 0));
            _pendingCaption = null;
            _pendingCaptionSpan = null;
        }

        private void AddHeading(Unit unit)
        {
            FlushCaption();
            _clauseStack.Clear();
            var rank = unit.Marker is null ? null : NumberingConventions.Of(unit.Marker.Family).Rank;
            var same = -1;
            for (var k = 0; k < _sectionStack.Count && same < 0; k++)
                if (_sectionStack[k].FamilyKey == unit.FamilyKey) same = k;
            SectionNode? previousSibling = null;
            if (same >= 0)
            {
                previousSibling = _sectionStack[same];
                _sectionStack.RemoveRange(same, _sectionStack.Count - same);
            }
            else if (rank is not null && NumberingConventions.Of(unit.Marker!.Family).IsDivision)
            {
                // A chapter-like heading (第二章) sits under the nearest section of a higher rank, or at the top.
                var parent = _sectionStack.Count - 1;
                while (parent >= 0 && !(_sectionStack[parent].Rank is { } r && r < rank)) parent--;
                _sectionStack.RemoveRange(parent + 1, _sectionStack.Count - parent - 1);
            }
            else if (rank is not null)
            {
                while (_sectionStack.Count > 0 && _sectionStack[^1].Rank is { } r && r >= rank) _sectionStack.RemoveAt(_sectionStack.Count - 1);
            }
            else if (unit.Marker is null && _sectionStack.Exists(x => x.Rank < ArticleRank))
            {
                // Legal ranks (編, 章, 節) number every level: an unnumbered heading after them (附則, an annex) stands outside.
                _sectionStack.Clear();
            }
            var node = new SectionNode(unit.FamilyKey, rank, unit.Marker?.Display, unit.Text, unit.Span, unit.Marker?.Value ?? 0)
            {
                Kind = unit.Marker is { } m ? NumberingConventions.Of(m).SectionKind : SectionKind.Section,
            };
            CheckSequence(unit.Marker, previousSibling?.Value, unit.Span);
            var siblings = _sectionStack.Count > 0 ? _sectionStack[^1].Sections : _topSections;
            siblings.Add(node);
            _sectionStack.Add(node);
        }

        private void AddClause(Unit unit)
        {
            var container = _sectionStack.Count > 0 ? _sectionStack[^1].Clauses : _topClauses;
            var caption = _pendingCaption;
            var span = _pendingCaptionSpan is { } cs ? cs.Union(unit.Span) : unit.Span;
            _pendingCaption = null;
            _pendingCaptionSpan = null;
            var marker = unit.Marker;

            if (marker is null)
            {
                // An unnumbered paragraph after an article belongs to the article; elsewhere it is a clause of its own.
                var article = _clauseStack.Count - 1;
                while (article >= 0 && !(_clauseStack[article].Family is { } f && NumberingConventions.Of(f).IsArticle)) article--;
                if (article >= 0)
                {
                    _clauseStack.RemoveRange(article + 1, _clauseStack.Count - article - 1);
                    _clauseStack[article].Items.Add(new ClauseNode(null, null, null, caption, unit.Text, span, 0));
                    return;
                }
                _clauseStack.Clear();
                var plain = new ClauseNode(null, null, null, caption, unit.Text, span, 0);
                container.Add(plain);
                _clauseStack.Add(plain);
                return;
            }

            var family = marker.Family;
            var rank = NumberingConventions.Of(family).Rank;
            // Loops, not FindLastIndex: a lambda capturing the marker would cost an allocation per clause.
            var same = _clauseStack.Count - 1;
            while (same >= 0 && _clauseStack[same].Level != marker.Level) same--;
            ClauseNode? previous = null;
            if (same >= 0)
            {
                previous = _clauseStack[same];
                _clauseStack.RemoveRange(same, _clauseStack.Count - same);
            }
            else
            {
                // An article stands at the top of its section: never under a paragraph or item of an earlier list.
                if (NumberingConventions.Of(family).IsArticle) _clauseStack.Clear();
                if (rank is not null)
                {
                    // A ranked number (a law paragraph ○２) closes any unranked items opened under its parent article.
                    var parent = _clauseStack.Count - 1;
                    while (parent >= 0 && !(_clauseStack[parent].Rank is { } r && r < rank)) parent--;
                    if (parent >= 0) _clauseStack.RemoveRange(parent + 1, _clauseStack.Count - parent - 1);
                    while (_clauseStack.Count > 0 && _clauseStack[^1].Rank is { } r && r >= rank) _clauseStack.RemoveAt(_clauseStack.Count - 1);
                }
                // A number set further left than an open item is not its child (an indented (a) then 4. at the margin).
                var indent = CharClass.Width(unit.Block.Indent);
                while (_clauseStack.Count > 0 && _clauseStack[^1].IndentColumns > indent) _clauseStack.RemoveAt(_clauseStack.Count - 1);
                // An unnumbered paragraph takes items only when it announces them with a colon.
                while (_clauseStack.Count > 0 && _clauseStack[^1].Family is null && !EndsWithColon(_clauseStack[^1].Text))
                    _clauseStack.RemoveAt(_clauseStack.Count - 1);
                // A list may go on from an earlier section (clauses 5–8 under the second heading, articles across chapters).
                if (family == MarkerFamily.Bullet || marker.Value == 1 || family == MarkerFamily.LawParagraph && marker.Value == 2) { }
                else if (_lastValue.TryGetValue(family, out var earlier)) CheckSequence(marker, earlier, unit.Span);
                else
                    _diagnostics.Add(new Diagnostic("CNV304", DiagnosticSeverity.Warning,
                        $"numbering '{marker.Display}' starts at {marker.Value}, not 1; kept as displayed", SourceSpan.Line(unit.Span.StartLine)));
            }
            if (previous is not null) CheckSequence(marker, previous.Value, unit.Span);
            _lastValue[family] = marker.Value;

            var node = new ClauseNode(family, rank, marker.Display, caption, unit.Text, span, marker.Value, marker.Level)
            {
                Kind = NumberingConventions.Of(family).ClauseKind,
                IndentColumns = CharClass.Width(unit.Block.Indent),
            };
            var parentList = _clauseStack.Count > 0 ? _clauseStack[^1].Items : container;
            parentList.Add(node);
            _clauseStack.Add(node);
        }

        private static bool EndsWithColon(string text)
        {
            var t = text.TrimEnd();
            return t.EndsWith(':') || t.EndsWith('：');
        }

        private void CheckSequence(Marker? marker, int? previousValue, SourceSpan span)
        {
            if (marker is null || marker.Value == 0 || previousValue is not { } prev || prev == 0) return;
            if (marker.Value == prev && !marker.Branch)
                _diagnostics.Add(new Diagnostic("CNV302", DiagnosticSeverity.Warning,
                    $"number '{marker.Display}' repeats the previous number; kept as displayed", SourceSpan.Line(span.StartLine)));
            else if (marker.Value != prev + 1 && !(marker.Branch && marker.Value == prev))
                _diagnostics.Add(new Diagnostic("CNV301", DiagnosticSeverity.Warning,
                    $"number '{marker.Display}' is out of sequence (expected {prev + 1}); kept as displayed", SourceSpan.Line(span.StartLine)));
        }

        public (ImmutableArray<Clause> Clauses, ImmutableArray<Section> Sections) Finish()
        {
            FlushCaption();
            return (StructureNodes.FreezeClauses(_topClauses, "cl-"), StructureNodes.FreezeSections(_topSections, "sec-"));
        }
    }
}
