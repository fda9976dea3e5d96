using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Converter.Model;

namespace Converter.PlainText;

/// <summary>
/// Stage 4 for statutes and bills: paragraph blocks to heading (title, law number), table of contents, enacting
/// statement, divisions, articles and their provisions, supplementary provisions and appended tables. Every number
/// is placed by its rank in the legal hierarchy (<see cref="NumberingConventions"/>), never by the order in which
/// families happen to appear, so a 号 always hangs on its 項 and a 項 on its 条, across pages and wraps.
/// </summary>
internal sealed partial class StatuteStructureBuilder(List<Diagnostic> diagnostics, DocumentGenre genre)
{
    // 目次, TABLE OF CONTENTS, Contents: a line announcing a table of contents.
    [GeneratedRegex(@"^(?:目\s*次|TABLE\s+OF\s+CONTENTS|Table\s+of\s+Contents|CONTENTS|Contents)$")]
    private static partial Regex ContentsTitle();

    // 別表, 別表第一（第十二条関係）, 別記様式: an appended table or form, kept as text.
    [GeneratedRegex(@"^(?:別表|別記|附録|付録)(?:第[〇一二三四五六七八九十0-9０-９]+)?(?![のにをはがへとでも])")]
    private static partial Regex AppendixHeading();

    // The US printed heading area: the public law or bill number, which the heading keeps as the document number.
    [GeneratedRegex(@"^(?:(?:Public\s+Law|Private\s+Law)\s+[0-9]+[–—-][0-9]+|(?:H\.\s?R\.|S\.|H\.\s?J\.\s?Res\.|S\.\s?J\.\s?Res\.|H\.\s?Con\.\s?Res\.|S\.\s?Con\.\s?Res\.|H\.\s?Res\.|S\.\s?Res\.)\s*[0-9]+)$")]
    private static partial Regex UsDocumentNumber();

    [GeneratedRegex(@"^(?:An\s+Act|AN\s+ACT|A\s+BILL|A\s+Bill|JOINT\s+RESOLUTION|Joint\s+Resolution|CONCURRENT\s+RESOLUTION|RESOLUTION)$")]
    private static partial Regex UsMeasureKind();

    [GeneratedRegex(@"^(?:Be\s+it\s+enacted|Resolved\s+by|Resolved,|The\s+Congress\s+(?:finds|declares))")]
    private static partial Regex UsEnactingFormula();

    // Closing of a US public law: the approval line and the legislative history after it.
    [GeneratedRegex(@"^(?:Approved\s+[A-Z][a-z]+\.?\s+[0-9]{1,2},\s+[0-9]{4}\.?$|LEGISLATIVE\s+HISTORY)")]
    private static partial Regex UsClosing();

    // 最終改正：令和五年六月十四日法律第五十三号, 施行日：…: notes under a Japanese law's title.
    [GeneratedRegex(@"^(?:最終改正|施行日|改正)\s*[:：]")]
    private static partial Regex JapaneseTitleNote();

    private readonly List<Diagnostic> _diagnostics = diagnostics;

    /// <summary>A heading line a statute always sets on its own: a table of contents' title, an appended table's.</summary>
    /// <summary>The enacting or resolving formula of US legislation, which starts a paragraph of its own.</summary>
    public static bool IsEnactingFormula(ReadOnlySpan<char> text) => text.Length > 10 && text[0] is 'B' or 'R' && UsEnactingFormula().IsMatch(text);

    /// <summary>The end of the enacting formula ("… in Congress assembled,"), after which the body starts.</summary>
    public static bool EndsEnactingFormula(ReadOnlySpan<char> text) => text.EndsWith("assembled,") || text.EndsWith("assembled");

    public static bool IsStandaloneHeading(ReadOnlySpan<char> text) =>
        text.Length <= 40 && (ContentsTitle().IsMatch(text) || AppendixHeading().IsMatch(text) && !CharClass.EndsLikeSentence(text))
        || GenreDetector.IsJapaneseLawNumber(text);

    public StructureResult Build(List<Block> input, ParagraphBuilder.Layout layout)
    {
        var blocks = SplitLeadingHeadings(SplitHeadingLines(input), layout);
        var i = 0;

        // ---- heading ----
        Paragraph? status = null;
        if (blocks.Count > 1 && StructureRules.IsStatusNote(blocks[0])) status = ToParagraph(blocks[i++]);
        var headingEnd = HeadingEnd(blocks, i);
        var (title, number, subtitles) = ReadHeading(blocks, i, headingEnd);
        i = headingEnd;

        // ---- table of contents, enacting statement ----
        TableOfContents? contents = null;
        var preamble = ImmutableArray.CreateBuilder<Paragraph>();
        while (i < blocks.Count && !IsStructural(blocks, i))
        {
            if (contents is null && ContentsTitle().IsMatch(blocks[i].Text))
            {
                contents = ReadContents(blocks, ref i, blocks[i]);
                continue;
            }
            // Recitals, then the enacting formula, which the body follows whatever its shape ("That the location …").
            var formula = UsEnactingFormula().IsMatch(blocks[i].Text);
            preamble.Add(ToParagraph(blocks[i++]));
            if (formula) break;
        }

        // ---- closing (a US law's approval line and legislative history) ----
        var closingStart = blocks.Count;
        for (var k = i; k < blocks.Count; k++)
            if (UsClosing().IsMatch(blocks[k].Text)) { closingStart = k; break; }
        var closing = blocks.Skip(closingStart).Select(ToParagraph).ToImmutableArray();

        // ---- body ----
        var tree = new Tree(_diagnostics, genre);
        tree.Read(blocks, i, closingStart);
        var (clauses, sections) = tree.Finish();
        return new StructureResult(new DocumentHeading(status, title, subtitles) { DocumentNumber = number },
            preamble.ToImmutable(), clauses, sections, closing)
        {
            Contents = contents,
        };
    }

    private static Paragraph ToParagraph(Block b) => new(b.Text, b.Span);

    // ---- heading ----

    /// <summary>Blocks before the first structural block, the table of contents and the enacting formula.</summary>
    private int HeadingEnd(List<Block> blocks, int start)
    {
        var end = start + 1;
        while (end < blocks.Count)
        {
            var b = blocks[end];
            if (IsStructural(blocks, end) || ContentsTitle().IsMatch(b.Text) || UsEnactingFormula().IsMatch(b.Text)) break;
            // A Japanese law's heading is its title, number and notes; anything else (an enacting statement) is preamble.
            // A text that opens with its number (昭和二十一年憲法) has its title next.
            var onlyNumbers = true;
            for (var k = start; k < end && onlyNumbers; k++) onlyNumbers = IsDocumentNumber(blocks[k].Text) || IsUsHeadingPart(blocks[k].Text);
            if (!IsHeadingLine(b) && !(onlyNumbers && StructureRules.IsTitleLike(b))) break;
            end++;
        }
        return end;
    }

    private static bool IsHeadingLine(Block b)
    {
        var text = b.Text;
        if (GenreDetector.IsJapaneseLawNumber(text) || JapaneseTitleNote().IsMatch(text)) return true;
        if (IsDocumentNumber(text) || IsUsHeadingPart(text) || UsMeasureKind().IsMatch(text)) return true;
        if (StructureRules.IsSubtitle(b) || StructureRules.IsStatusNote(b)) return true;
        // The official title of a US measure, and the action line of a bill ("Ms. X introduced the following bill; …").
        return b.Marker is null && (text.StartsWith("To ", StringComparison.Ordinal) || text.StartsWith("Making ", StringComparison.Ordinal)
                                    || text.Contains(" introduced the following ", StringComparison.Ordinal)
                                    || text.StartsWith("Approving ", StringComparison.Ordinal));
    }

    /// <summary>
    /// A line of the US printed heading area other than the title: the congress and session, the chamber, the
    /// distribution code, the public law header and number, a bill number, a date, a bracketed compilation note.
    /// </summary>
    private static bool IsUsHeadingPart(ReadOnlySpan<char> text) =>
        text.Length <= 90 && UsHeadingPart().IsMatch(text) || text.Length > 0 && text[0] == '[';

    [GeneratedRegex(@"^(?:[0-9]{1,3}(?:st|nd|rd|th)\s+(?:CONGRESS|Congress|Session|SESSION)|(?:[0-9]{1,3}(?:st|nd|rd|th)\s+CONGRESS\s+)?[0-9](?:st|nd|rd|th)\s+Session|IN\s+THE\s+(?:HOUSE|SENATE)\b.*|PUBLIC\s+LAW\s+[0-9]+[–—-][0-9]+.*|[0-9]{1,3}\s+STAT\.\s+[0-9]+|[A-Z]{1,2}|(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+[0-9]{1,2},\s+[0-9]{4})$")]
    private static partial Regex UsHeadingPart();

    private static bool IsDocumentNumber(string text) =>
        GenreDetector.IsJapaneseLawNumber(text) || UsDocumentNumber().IsMatch(text);

    private (Paragraph Title, Paragraph? Number, ImmutableArray<Paragraph> Subtitles) ReadHeading(List<Block> blocks, int start, int end)
    {
        // The title: the first plain line (a Japanese law's name, a compilation's short title in capitals), unless a
        // measure's kind ("An Act", "A BILL") announces its official title: then the line after that.
        int firstPlain = -1, afterMeasure = -1;
        for (var k = start; k < end; k++)
        {
            var text = blocks[k].Text;
            if (UsMeasureKind().IsMatch(text)) { if (k + 1 < end) afterMeasure = k + 1; continue; }
            if (firstPlain < 0 && !IsDocumentNumber(text) && !IsUsHeadingPart(text)) firstPlain = k;
        }
        var titleIndex = firstPlain >= 0 && (afterMeasure < 0 || StructureRules.IsAllCaps(blocks[firstPlain].Text) && firstPlain < afterMeasure)
            ? firstPlain
            : afterMeasure >= 0 ? afterMeasure : firstPlain;

        // The number: a line that is one (a law number, "Public Law 115–16", "H. R. 1000"), else a bracketed note naming it.
        var numberIndex = -1;
        for (var k = start; k < end && numberIndex < 0; k++)
            if (k != titleIndex && IsDocumentNumber(blocks[k].Text)) numberIndex = k;
        for (var k = start; k < end && numberIndex < 0; k++)
            if (k != titleIndex && blocks[k].Text.StartsWith("[Public Law ", StringComparison.Ordinal)) numberIndex = k;

        if (titleIndex < 0)
        {
            // Only numbers in the heading area: the first line stands as the title, and the reader is told.
            titleIndex = start;
            if (numberIndex == start) numberIndex = -1;
            _diagnostics.Add(new Diagnostic("CNV401", DiagnosticSeverity.Warning,
                "no title line found; the first line is used as the title", blocks[start].Span));
        }
        var others = new List<Paragraph>();
        for (var k = start; k < end; k++)
            if (k != titleIndex && k != numberIndex) others.Add(ToParagraph(blocks[k]));
        return (ToParagraph(blocks[titleIndex]), numberIndex < 0 ? null : ToParagraph(blocks[numberIndex]), [.. others]);
    }

    /// <summary>
    /// A single-spaced heading area puts title, law number and notes on adjacent lines of one block: split it where a
    /// line is a law number, a note, a table of contents' title or a part of a US heading area, so each becomes a
    /// heading part of its own (a wrapped title stays one part).
    /// </summary>
    private static List<Block> SplitHeadingLines(List<Block> blocks)
    {
        var result = new List<Block>(blocks.Count + 8);
        var k = 0;
        for (; k < blocks.Count && k < 12; k++)
        {
            var b = blocks[k];
            if (b.LineCount == 1 || b.Marker is not null || UsEnactingFormula().IsMatch(b.Text)) { result.Add(b); continue; }
            var from = 0;
            for (var line = 1; line < b.LineCount; line++)
            {
                var content = b.Lines[line].ContentSpan;
                var previous = b.Lines[line - 1].ContentSpan;
                if (IsHeadingPartLine(content) || IsHeadingPartLine(previous) && !(previous[0] == '[' && previous[^1] != ']')
                    || previous[^1] == ']' || content[0] == '[')
                {
                    result.Add(b.Slice(from, line - from));
                    from = line;
                }
            }
            result.Add(from == 0 ? b : b.Slice(from, b.LineCount - from));
        }
        for (; k < blocks.Count; k++) result.Add(blocks[k]);
        return result;

        static bool IsHeadingPartLine(ReadOnlySpan<char> line) =>
            GenreDetector.IsJapaneseLawNumber(line) || JapaneseTitleNote().IsMatch(line) || ContentsTitle().IsMatch(line)
            || IsUsHeadingPart(line) && line[0] != '[' || UsMeasureKind().IsMatch(line) || UsDocumentNumber().IsMatch(line);
    }

    /// <summary>An English heading glued to the wrapped paragraph under it ("Office of the Inspector General" / "For necessary …").</summary>
    private static List<Block> SplitLeadingHeadings(List<Block> blocks, ParagraphBuilder.Layout layout)
    {
        var result = new List<Block>(blocks.Count);
        foreach (var b in blocks)
        {
            if (b.Marker is null && b.LineCount >= 2 && IsGluedHeading(b.Lines[0], b.Lines[1], layout))
            {
                result.Add(b.Slice(0, 1));
                result.Add(b.Slice(1, b.LineCount - 1));
            }
            else result.Add(b);
        }
        return result;
    }

    // A heading line (short, unpunctuated, Latin) over a paragraph that starts a sentence, set in or running on.
    private static bool IsGluedHeading(in SourceLine first, in SourceLine second, ParagraphBuilder.Layout layout) =>
        char.IsAsciiLetterUpper(first.ContentSpan[0]) && StructureRules.IsHeadingShaped(first.ContentSpan, 1)
        && first.Width < layout.WrapWidth * 0.85 && second.Marker is null
        && (char.IsAsciiLetterUpper(second.ContentSpan[0]) || second.ContentSpan.StartsWith("(") && second.ContentSpan.Length > 1 && char.IsAsciiLetterUpper(second.ContentSpan[1]))
        && (second.Indent.Length > first.Indent.Length || second.Width >= layout.WrapWidth * 0.6);

    // ---- table of contents ----

    /// <summary>
    /// The entries after a contents title: division headings with their article ranges, 附則, appended tables. The
    /// contents end where the body begins: the first block that is not an entry, or an entry whose number is the
    /// first entry's again (the body's first chapter).
    /// </summary>
    private TableOfContents ReadContents(List<Block> blocks, ref int i, Block? titleBlock)
    {
        var start = i;
        if (titleBlock is not null) i++;
        var entries = new List<(Marker? Marker, Block Block)>();
        // The outermost entries (the first entry's rank) never repeat a number: a repeat is the body's first heading.
        int? topRank = null;
        var topNumbers = new HashSet<string>(StringComparer.Ordinal);
        while (i < blocks.Count)
        {
            var b = blocks[i];
            var marker = b.Marker;
            var convention = marker is null ? default : NumberingConventions.Of(marker, genre);
            var isEntry = marker is not null && (convention.IsDivision || convention.IsArticle && entries.Count > 0 && IsEntryText(b.TextFrom(marker.Length)))
                          || GenreDetector.IsSupplementaryHeading(b.Text) || AppendixHeading().IsMatch(b.Text);
            if (!isEntry) break;
            if (marker is not null)
            {
                topRank ??= convention.Rank;
                if (convention.Rank == topRank && !topNumbers.Add(NormalizeNumber(marker.Display))) break;
            }
            entries.Add((marker, b));
            i++;
        }
        var minRank = entries.Select(e => e.Marker is { } m ? NumberingConventions.Of(m, genre).Rank ?? 0 : int.MaxValue).DefaultIfEmpty(0).Min();
        var built = entries.Select(e =>
        {
            if (e.Marker is not { } m) return new TocEntry(null, e.Block.Text, 1, e.Block.Span);
            var rest = e.Block.TextFrom(m.Length);
            var level = (NumberingConventions.Of(m, genre).Rank ?? minRank) - minRank + 1;
            return rest.Length == 0
                ? new TocEntry(null, e.Block.Text, Math.Max(1, level), e.Block.Span)
                : new TocEntry(m.Display, rest, Math.Max(1, level), e.Block.Span);
        }).ToImmutableArray();
        var span = built.Length > 0 ? blocks[start].Span.Union(built[^1].Span) : blocks[start].Span;
        return new TableOfContents(titleBlock is null ? null : ToParagraph(titleBlock), built, span);
    }

    // A contents entry names a section and stops there: "Sec. 101. Definitions.", not a whole provision.
    private static bool IsEntryText(string text) => text.Length > 0 && text.Length <= 160 && !text.Contains("—", StringComparison.Ordinal)
                                                    && text.Count(c => c == '.') <= 2;

    /// <summary>A number compared across layouts and cases: <c>SEC. 2.</c> and <c>Sec. 2.</c> are the same number.</summary>
    private static string NormalizeNumber(string display)
    {
        var chars = display.Where(c => !char.IsWhiteSpace(c) && c is not ('.' or '—' or '–' or '-')).Select(char.ToUpperInvariant);
        var s = new string([.. chars]);
        return s.StartsWith("SECTION", StringComparison.Ordinal) ? "SEC" + s[7..] : s;
    }

    // ---- structure ----

    /// <summary>True for a block the body starts with: a division, an article, a caption before one, 附則, an appended table.</summary>
    private bool IsStructural(List<Block> blocks, int k)
    {
        var b = blocks[k];
        if (b.Marker is { } m)
        {
            // A numbered provision starts the body too, even before any article (a 号 list in a fragment), and so
            // does a bullet with text: recitals and enacting words are never bulleted.
            var c = NumberingConventions.Of(m, genre);
            if (c.IsDivision || c.IsArticle || c.Role == NumberingRole.Provision && ClauseMarkers.IsSetOff(m, b.Text)
                || c.Role == NumberingRole.Bullet && b.Text.Length > m.Length) return true;
        }
        if (GenreDetector.IsSupplementaryHeading(b.Text) || AppendixHeading().IsMatch(b.Text) && b.Width <= 80) return true;
        return IsCaptionBefore(blocks, k);
    }

    /// <summary>A caption: a short bracketed line, right before the article or paragraph it names.</summary>
    private bool IsCaptionBefore(List<Block> blocks, int k)
    {
        if (!IsCaptionBlock(blocks[k]) || k + 1 >= blocks.Count) return false;
        if (blocks[k + 1].Marker is not { } next) return false;
        var c = NumberingConventions.Of(next, genre);
        return c.IsArticle || c.Role == NumberingRole.Provision && c.ClauseKind == ClauseKind.Paragraph;
    }

    /// <summary>A caption's shape: a bracketed phrase on a line (or two, when a long one wraps).</summary>
    private static bool IsCaptionBlock(Block b) => b.LineCount <= 2 && StructureRules.IsCaptionLine(b.Text, b.Width);

    /// <summary>Builds the tree of the body, one block at a time.</summary>
    private sealed partial class Tree(List<Diagnostic> diagnostics, DocumentGenre genre)
    {
        // A US heading run into its text: "IN GENERAL.—The Secretary …", "SHORT TITLE. This Act …".
        [GeneratedRegex(@"^(?:[A-Z][A-Za-z0-9’'“”&,;()\- ]{0,110}?\.—|[A-Z0-9][A-Z0-9’'“”&,;()\-—–/ ]{1,200}\.[0-9]{0,2}(?=\s|$))")]
        private static partial Regex UsRunInHeading();

        private readonly List<SectionNode> _topSections = [];
        private readonly List<ClauseNode> _topClauses = [];
        private readonly List<SectionNode> _sections = [];
        private readonly List<ClauseNode> _clauses = [];
        private readonly Dictionary<(ClauseNode?, MarkerFamily), int> _lastValue = [];
        private string? _caption;
        private SourceSpan _captionSpan;
        private int? _letterContext, _upperLetterContext;
        private char _kanaContext;
        private bool _inAppendix;
        private bool _inTable;

        public void Read(List<Block> blocks, int start, int end)
        {
            for (var k = start; k < end; k++)
            {
                var b = blocks[k];
                var text = b.Text;
                if (GenreDetector.IsSupplementaryHeading(text)) { OpenSupplementary(b); continue; }
                if (AppendixHeading().IsMatch(text) && b.Width <= 80 && b.Marker is null) { OpenAppendix(b); continue; }
                if (_inAppendix) { AddText(b, text); continue; }

                // "[16 U.S.C. 757a] That (a) for the purpose …": a citation and the enacting "That" before the first provision.
                if (b.Marker is null && LeadIn(text) is > 0 and var leadIn)
                {
                    AddText(b, text[..leadIn].TrimEnd());
                    b = new Block(b, text[leadIn..], b.Span);
                    text = b.Text;
                }
                var marker = ClauseMarkers.InContext(b, _letterContext, _kanaContext, _upperLetterContext);
                if (marker is not null) Remember(marker);
                var convention = marker is null ? default : NumberingConventions.Of(marker, genre);
                // A reference opening an amending sentence (第三条中「…」を…) is not the article.
                if (marker is not null && (convention.IsArticle || convention.IsDivision) && !ClauseMarkers.IsSetOff(marker, text))
                {
                    marker = null;
                    convention = default;
                }
                if (marker is null && IsUnnumberedHeading(blocks, k, end))
                {
                    OpenUnnumberedDivision(b);
                    continue;
                }
                if (marker is null && IsCaptionBlock(b) && k + 1 < end && blocks[k + 1].Marker is { } next
                    && NumberingConventions.Of(next, genre) is { } nc && !nc.IsDivision)
                {
                    FlushCaption();
                    _caption = text;
                    _captionSpan = b.Span;
                    continue;
                }
                if (marker is null || _inTable && !convention.IsDivision && !IsExpectedNext(marker, convention))
                {
                    AddText(b, text);
                    continue;
                }
                if (convention.Role is NumberingRole.Listed or NumberingRole.Bullet)
                {
                    // A list starts after a finished sentence or a lead-in; after a line broken mid-sentence "T." is
                    // an initial (Robert / T. Stafford), and a bullet with nothing after it is an end mark.
                    var rest0 = b.TextFrom(marker.Length);
                    if (rest0.Length > 0 && (k == start || EndsListLeadIn(blocks[k - 1].Text)
                        || blocks[k - 1].Marker is { } before && NumberingConventions.Of(before, genre).IsDivision))
                        AddPoint(b, marker, rest0);
                    else AddText(b, text);
                    continue;
                }
                _inTable = false;
                var rest = b.TextFrom(marker.Length);
                if (convention.IsDivision)
                {
                    // "TITLE I" on its own line, its heading on the next.
                    var span = b.Span;
                    if (rest.Length == 0 && k + 1 < end && blocks[k + 1] is { Marker: null } title
                        && StructureRules.IsHeadingShaped(title.Text, title.LineCount))
                    {
                        rest = title.Text;
                        span = span.Union(title.Span);
                        k++;
                    }
                    OpenDivision(b, marker, convention, rest, span);
                    continue;
                }
                // "SEC. 2. SHORT TITLE." or "§ 3. Effective date." on its own line, the section's text on the next.
                (string Heading, Block Text)? headingLine = null;
                if (convention.IsArticle && k + 1 < end && IsHeadingLine(rest, b) && blocks[k + 1] is { Marker: null } textBlock
                    && !IsCaptionBlock(textBlock) && !IsUnnumberedHeading(blocks, k + 1, end) && !IsContentsIntro(rest))
                {
                    headingLine = (rest, textBlock);
                    k++;
                }
                var clause = headingLine is { } h
                    ? AddProvision(b, marker, convention, h.Text.Text, h.Heading, b.Span.Union(h.Text.Span))
                    : AddProvision(b, marker, convention, rest);
                // "次の表の上欄に掲げる…": the rows of the table that follows start with article numbers of their own.
                _inTable = clause.Text.Contains("次の表", StringComparison.Ordinal);
                // A table of contents announced by the provision ("The table of contents for this Act is as follows:").
                if (IsContentsIntro(clause.Text) && k + 1 < end)
                {
                    var j = k + 1;
                    clause.Contents = ReadInlineContents(blocks, ref j, end);
                    k = j - 1;
                }
            }
        }

        // The lead-in before a provision run into the enacting clause of an old-style act.
        [GeneratedRegex(@"^(?:\[[^\]]{1,60}\]\s*)?That\s+(?=\((?:a|1)\)\s)|^\[[^\]]{1,60}\]\s*(?=\((?:a|1)\)\s)")]
        private static partial Regex ProvisionLeadIn();

        private static int LeadIn(string text)
        {
            if (text.Length < 8 || text[0] is not ('[' or 'T')) return 0;
            var m = ProvisionLeadIn().Match(text);
            return m.Success ? m.Length : 0;
        }

        /// <summary>
        /// An unnumbered heading of US legislation ("Office of the Secretary and Executive Management", "GENERAL
        /// PROVISIONS—THIS TITLE"): short Latin text, no sentence, followed by text that is not a heading.
        /// </summary>
        private static bool IsUnnumberedHeading(List<Block> blocks, int k, int end)
        {
            var b = blocks[k];
            var text = b.Text;
            if (k + 1 >= end || !char.IsAsciiLetterUpper(text[0]) || b.Width > 100) return false;
            if (!StructureRules.IsHeadingShaped(text, b.LineCount) || text.EndsWith('—') || text.Contains(" that ", StringComparison.Ordinal)) return false;
            var next = blocks[k + 1];
            // Text follows, or a heading of the level below (an agency's name over "SALARIES AND EXPENSES").
            return !StructureRules.IsHeadingShaped(next.Text, next.LineCount) || next.Marker is not null
                   || !StructureRules.IsAllCaps(text) && StructureRules.IsAllCaps(next.Text);
        }

        private const int UnnumberedDivisionRank = 100;

        /// <summary>
        /// An unnumbered heading opens a section under the numbered divisions; headings in capitals stand under
        /// headings in upper and lower case (an appropriations act's "SALARIES AND EXPENSES" under its agency).
        /// </summary>
        private void OpenUnnumberedDivision(Block b)
        {
            FlushCaption();
            _clauses.Clear();
            var rank = UnnumberedDivisionRank + (StructureRules.IsAllCaps(b.Text) ? 1 : 0);
            while (_sections.Count > 0 && _sections[^1].Rank >= rank) _sections.RemoveAt(_sections.Count - 1);
            var node = new SectionNode("heading", rank, null, b.Text, b.Span, 0) { Kind = SectionKind.Section };
            (_sections.Count > 0 ? _sections[^1].Sections : _topSections).Add(node);
            _sections.Add(node);
        }

        private void Remember(Marker m)
        {
            switch (m.Family)
            {
                case MarkerFamily.LetterParen: _letterContext = m.Value; break;
                case MarkerFamily.UpperLetterParen: _upperLetterContext = m.Value; break;
                case MarkerFamily.KatakanaItem: _kanaContext = ClauseMarkers.KanaLetter(m); break;
            }
        }

        private void OpenSupplementary(Block b)
        {
            FlushCaption();
            _clauses.Clear();
            _sections.Clear();
            _inAppendix = false;
            var text = b.Text;
            // 附　則　（平成一一年…号）　抄: the title is 附則 as written, the rest is the amending law's number.
            var titleEnd = text.IndexOf('則') + 1;
            var amend = text[titleEnd..].Trim();
            var node = new SectionNode("supplementary", -1, null, text[..titleEnd], b.Span, 0)
            {
                Kind = SectionKind.SupplementaryProvision,
                AmendLawNumber = amend.Length > 0 ? amend : null,
            };
            _topSections.Add(node);
            _sections.Add(node);
            _lastValue.Clear();
        }

        private void OpenAppendix(Block b)
        {
            FlushCaption();
            _clauses.Clear();
            _sections.Clear();
            var node = new SectionNode("appendix", -1, null, b.Text, b.Span, 0) { Kind = SectionKind.Appendix };
            _topSections.Add(node);
            _sections.Add(node);
            _inAppendix = true;
        }

        private void OpenDivision(Block b, Marker marker, NumberingConvention convention, string rest, SourceSpan span)
        {
            FlushCaption();
            _clauses.Clear();
            var rank = convention.Rank ?? 0;
            // A division sits under the nearest open division of a higher rank (or the supplementary provision it is in).
            while (_sections.Count > 0 && _sections[^1].Rank is { } r && r >= rank) _sections.RemoveAt(_sections.Count - 1);
            var previous = LastChild(_sections.Count > 0 ? _sections[^1].Sections : _topSections, marker.Level);
            CheckSequence(marker, previous?.Value, b.Span);
            var title = rest.Length > 0 ? rest : b.Text;
            var node = new SectionNode(marker.Level, rank, rest.Length > 0 ? marker.Display : null, title, span, marker.Value)
            {
                Kind = convention.SectionKind,
            };
            (_sections.Count > 0 ? _sections[^1].Sections : _topSections).Add(node);
            _sections.Add(node);
        }

        private static SectionNode? LastChild(List<SectionNode> siblings, string level)
        {
            for (var k = siblings.Count - 1; k >= 0; k--)
                if (siblings[k].FamilyKey == level) return siblings[k];
            return null;
        }

        /// <summary>A Latin section heading standing alone on its line: short, one sentence or none.</summary>
        private static bool IsHeadingLine(string rest, Block b) =>
            rest.Length is > 0 and <= 90 && b.LineCount == 1 && char.IsAsciiLetterUpper(rest[0])
            && rest.AsSpan()[..^1].IndexOfAny(".!?") < 0 && !rest.EndsWith(':') && !rest.Contains('—');

        private ClauseNode AddProvision(Block b, Marker marker, NumberingConvention convention, string rest, string headingLine, SourceSpan span)
        {
            var node = AddProvision(b, marker, convention, rest, span);
            node.Heading = headingLine;
            return node;
        }

        private ClauseNode AddProvision(Block b, Marker marker, NumberingConvention convention, string rest) => AddProvision(b, marker, convention, rest, b.Span);

        private ClauseNode AddProvision(Block b, Marker marker, NumberingConvention convention, string rest, SourceSpan lineSpan)
        {
            var rank = convention.Rank ?? NumberingConventions.ArticleLevel;
            while (_clauses.Count > 0 && (_clauses[^1].Rank ?? int.MaxValue) >= rank) _clauses.RemoveAt(_clauses.Count - 1);
            var parent = _clauses.Count > 0 ? _clauses[^1] : null;
            var siblings = parent is null ? Container : parent.Items;

            var key = (parent, marker.Family);
            if (_lastValue.TryGetValue(key, out var previous)) CheckSequence(marker, previous, b.Span);
            _lastValue[key] = marker.LastValue;

            var (heading, text) = SplitHeading(rest, convention);
            var span = _caption is null ? lineSpan : _captionSpan.Union(lineSpan);
            var node = new ClauseNode(marker.Family, rank, marker.Display, _caption, text, span, marker.Value, marker.Level)
            {
                Kind = convention.ClauseKind,
                Heading = heading,
            };
            _caption = null;
            siblings.Add(node);
            _clauses.Add(node);

            // "SEC. 101. (a) Such amounts …": a provision run into its section's first line is the section's first item.
            if (text.Length > 0 && ClauseMarkers.Match(text, _letterContext, _kanaContext, _upperLetterContext) is { } inner
                && NumberingConventions.Of(inner, genre) is { Role: NumberingRole.Provision } innerConvention
                && (innerConvention.Rank ?? 0) > rank && inner.Value == 1)
            {
                Remember(inner);
                var innerRest = text[inner.Length..];
                var (innerHeading, innerText) = SplitHeading(innerRest, innerConvention);
                var replaced = new ClauseNode(marker.Family, rank, marker.Display, node.Caption, "", span, marker.Value, marker.Level)
                {
                    Kind = convention.ClauseKind,
                    Heading = heading,
                };
                siblings[^1] = replaced;
                _clauses[^1] = replaced;
                var child = new ClauseNode(inner.Family, innerConvention.Rank, inner.Display, null, innerText, b.Span, inner.Value, inner.Level)
                {
                    Kind = innerConvention.ClauseKind,
                    Heading = innerHeading,
                };
                replaced.Items.Add(child);
                _clauses.Add(child);
                _lastValue[(replaced, inner.Family)] = inner.Value;
                return child;
            }
            return node;
        }

        /// <summary>A heading run into a US provision's text (<c>IN GENERAL.—</c>, <c>SHORT TITLE.</c>); none in Japanese.</summary>
        private (string? Heading, string Text) SplitHeading(string rest, NumberingConvention convention)
        {
            if (rest.Length == 0 || rest[0] > '\u024F') return (null, rest);
            var m = UsRunInHeading().Match(rest);
            if (!m.Success) return (null, rest);
            var heading = m.Value;
            // A section's heading is in capitals; a subsection's ends with ".—".
            if (!heading.EndsWith(".—", StringComparison.Ordinal))
            {
                if (!convention.IsArticle || heading.Any(char.IsLower) || heading.Count(char.IsLetter) < 3) return (null, rest);
            }
            return (heading, rest[heading.Length..].TrimStart());
        }

        private List<ClauseNode> Container => _sections.Count > 0 ? _sections[^1].Clauses : _topClauses;

        /// <summary>
        /// Text with no number: the rows of a table or the flush text after a list (they go on with the innermost open
        /// provision), a paragraph of a supplementary provision without articles, a row of an appended table (they
        /// stand in the section; such a paragraph takes the items and paragraphs that follow it, as a first 項 does).
        /// </summary>
        private void AddText(Block b, string text)
        {
            var span = _caption is null ? b.Span : _captionSpan.Union(b.Span);
            var hasCaption = _caption is not null;
            var node = new ClauseNode(null, hasCaption || _clauses.Count == 0 ? ParagraphRank : null, null, _caption, text, span, 0)
            {
                Kind = ClauseKind.Paragraph,
            };
            _caption = null;
            if (_clauses.Count > 0 && !_inAppendix && !hasCaption)
            {
                _clauses[^1].Items.Add(node);
                return;
            }
            while (_clauses.Count > 0 && (_clauses[^1].Rank ?? int.MaxValue) >= ParagraphRank) _clauses.RemoveAt(_clauses.Count - 1);
            (_clauses.Count > 0 ? _clauses[^1].Items : Container).Add(node);
            // A Japanese unnumbered paragraph is a 項 and holds the 号 after it; English text before a list is its
            // lead-in (a chapeau), and the list stands beside it.
            if (!_inAppendix && CharClass.IsCjk(text[0])) _clauses.Add(node);
        }

        private static int ParagraphRank => NumberingConventions.ArticleLevel + 1;

        /// <summary>
        /// True when <paramref name="marker"/> goes on from the numbering open where it would attach: the next article
        /// (or a branch of the last), the next 項 of the open article (２ after the unnumbered first), the next item.
        /// </summary>
        private bool IsExpectedNext(Marker marker, NumberingConvention convention)
        {
            var rank = convention.Rank ?? NumberingConventions.ArticleLevel;
            var depth = _clauses.Count;
            while (depth > 0 && (_clauses[depth - 1].Rank ?? int.MaxValue) >= rank) depth--;
            var parent = depth > 0 ? _clauses[depth - 1] : null;
            if (!_lastValue.TryGetValue((parent, marker.Family), out var last))
                last = marker.Family == MarkerFamily.LawParagraph ? 1 : 0;
            return marker.Value == last + 1 || marker.Branch && marker.Value == last;
        }

        private static bool EndsListLeadIn(string text)
        {
            var t = text.AsSpan().TrimEnd();
            return CharClass.EndsLikeSentence(t) || t.Length > 0 && t[^1] is ':' or '：' or '—' or '-';
        }

        /// <summary>
        /// A bullet or a number outside the legal hierarchy (<c>○</c>, <c>1.</c>): a point of the innermost open
        /// provision, or of the section when none is open.
        /// </summary>
        private void AddPoint(Block b, Marker marker, string text)
        {
            var span = _caption is null ? b.Span : _captionSpan.Union(b.Span);
            var node = new ClauseNode(marker.Family, null, marker.Display, _caption, text, span, marker.Value, marker.Level)
            {
                Kind = ClauseKind.Point,
            };
            _caption = null;
            (_clauses.Count > 0 ? _clauses[^1].Items : Container).Add(node);
        }

        // A caption with no article after it (the text ended, a heading came) stays where it stands, as text.
        private void FlushCaption()
        {
            if (_caption is null) return;
            Container.Add(new ClauseNode(null, null, null, null, _caption, _captionSpan, 0));
            _caption = null;
        }

        private static bool IsContentsIntro(string text)
        {
            var t = text.TrimEnd();
            return t.EndsWith(':') && (t.Contains("table of contents", StringComparison.OrdinalIgnoreCase)
                                       || t.Contains("table of sections", StringComparison.OrdinalIgnoreCase));
        }

        /// <summary>The entries of a table of contents inside a provision: numbered lines until a number repeats.</summary>
        private TableOfContents ReadInlineContents(List<Block> blocks, ref int j, int end)
        {
            var start = j;
            var entries = ImmutableArray.CreateBuilder<TocEntry>();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            int? minRank = null;
            while (j < end)
            {
                var b = blocks[j];
                if (b.Marker is not { } m) break;
                var c = NumberingConventions.Of(m, genre);
                if (!(c.IsDivision || c.IsArticle)) break;
                var rest = b.TextFrom(m.Length);
                if (!IsEntryText(rest) || !seen.Add(NormalizeNumber(m.Display))) break;
                var rank = c.Rank ?? NumberingConventions.ArticleLevel;
                minRank ??= rank;
                minRank = Math.Min(minRank.Value, rank);
                entries.Add(new TocEntry(m.Display, rest.Length > 0 ? rest : b.Text, rank, b.Span));
                j++;
            }
            var built = entries.Select(e => e with { Level = e.Level - (minRank ?? e.Level) + 1 }).ToImmutableArray();
            var span = built.Length > 0 ? blocks[start].Span.Union(built[^1].Span) : blocks[start].Span;
            return new TableOfContents(null, built, span);
        }

        private void CheckSequence(Marker marker, int? previousValue, SourceSpan span)
        {
            if (marker.Value == 0 || previousValue is not { } prev || prev == 0) return;
            // Legislation skips numbers on purpose (SEC. 101 after SEC. 3, repealed articles): only going back is odd.
            if (marker.Value == prev && !marker.Branch)
                diagnostics.Add(new Diagnostic("CNV302", DiagnosticSeverity.Warning,
                    $"number '{marker.Display}' repeats the previous number; kept as displayed", SourceSpan.Line(span.StartLine)));
            else if (marker.Value < prev)
                diagnostics.Add(new Diagnostic("CNV301", DiagnosticSeverity.Warning,
                    $"number '{marker.Display}' is out of sequence (after {prev}); kept as displayed", SourceSpan.Line(span.StartLine)));
        }

        public (ImmutableArray<Clause> Clauses, ImmutableArray<Section> Sections) Finish()
        {
            FlushCaption();
            return (StructureNodes.FreezeClauses(_topClauses, "cl-"), StructureNodes.FreezeSections(_topSections, "sec-"));
        }
    }
}
