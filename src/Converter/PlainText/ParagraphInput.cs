using Converter.Model;

namespace Converter.PlainText;

/// <summary>
/// The seam between readers of formats that already know their paragraphs (Word) and the text parser. It is the
/// only part of the parser such a reader uses, and it hands out answers, not parser types, so the parser behind it
/// can be replaced (the one table of numbering families) by rewiring this file alone:
/// <list type="bullet">
/// <item><see cref="Parse"/>: the text parser's stages from line classification on, with one line per paragraph and
/// no paragraph joining, for documents whose structure the source does not state;</item>
/// <item><see cref="NumberReader"/>: a number or bullet typed at the start of a paragraph, read by the parser's
/// numbering families in list context;</item>
/// <item><see cref="Describe"/>: what the parser's shape rules say about one paragraph on its own;</item>
/// <item><see cref="Join"/> and <see cref="DetectLanguage"/>: the parser's line-joining rule and language guess.</item>
/// </list>
/// </summary>
internal static class ParagraphInput
{
    /// <summary>
    /// Parses paragraphs as a text document with one line per paragraph: debris, heading, preamble, sections,
    /// clauses and closing exactly as the text parser finds them, but no paragraph is ever joined to another.
    /// Spans count in <paramref name="numbers"/> (the caller's paragraph numbers, ascending) and are marked as lines;
    /// the caller changes their unit.
    /// </summary>
    /// <exception cref="ConversionException">No paragraph has text, or no title can be found.</exception>
    public static Document Parse(IReadOnlyList<string> paragraphs, IReadOnlyList<int> numbers, string encodingName,
        string sha256, string? sourceName, int lineCount)
    {
        var displayName = sourceName ?? "-";
        var lines = new List<SourceLine>(paragraphs.Count);
        for (var i = 0; i < paragraphs.Count; i++)
            lines.Add(LineClassifier.ClassifyLine(numbers[i], OneLine(paragraphs[i])));
        if (!lines.Exists(l => l.IsText))
            throw new ConversionException(ConversionErrorKind.InputEmpty, "the document holds no text", displayName);

        var removed = new List<RemovedLine>();
        var diagnostics = new List<Diagnostic>();
        lines = DebrisFilter.Apply(lines, removed);
        foreach (var r in removed)
            diagnostics.Add(new Diagnostic("CNV201", DiagnosticSeverity.Info, $"removed {DescribeDebris(r.Kind)} '{r.Text}'", SourceSpan.Line(r.Line)));
        lines.RemoveAll(l => !l.IsText);
        if (lines.Count == 0)
            throw new ConversionException(ConversionErrorKind.NoTitle,
                "the document holds only page numbers and separator lines; there is no text to convert", displayName);

        var blocks = new List<Block>(lines.Count);
        for (var i = 0; i < lines.Count; i++) blocks.Add(new Block(lines, i, 1));
        var genre = GenreDetector.Detect(lines);
        var layout = NoWrapping with { Genre = genre };
        var structure = genre == DocumentGenre.Statement
            ? new StructureBuilder(diagnostics, displayName).Build(blocks, layout)
            : new StatuteStructureBuilder(diagnostics, genre).Build(blocks, layout);

        var metadata = new DocumentMetadata(structure.Heading.Title.Text, DetectLanguage(string.Join('\n', paragraphs)),
            sourceName is null ? null : Path.GetFileName(sourceName), sha256, encodingName, lineCount) { Genre = genre };
        diagnostics.Sort((a, b) => (a.Span?.StartLine ?? 0).CompareTo(b.Span?.StartLine ?? 0));
        return new Document(Document.CurrentSchemaVersion, metadata, structure.Heading, structure.Preamble,
            structure.Clauses, structure.Sections, structure.Closing, [.. removed], [.. diagnostics])
        {
            Contents = structure.Contents,
        };
    }

    private static string DescribeDebris(RemovedLineKind kind) => kind switch
    {
        RemovedLineKind.PageNumber => "page number",
        RemovedLineKind.RunningHeader => "running header",
        RemovedLineKind.Separator => "separator line",
        _ => "end marker",
    };

    // Paragraphs are whole lines: nothing was hard-wrapped, so no rule about wrap widths applies.
    private static readonly ParagraphBuilder.Layout NoWrapping = new(false, false, false, 0);

    // A paragraph is one line: the characters that would end a line are spaces here (the text keeps its own).
    private static string OneLine(string text) =>
        text.AsSpan().IndexOfAny("\r\n\f\v\u0085\u2028\u2029") < 0 ? text
            : string.Create(text.Length, text, static (span, t) =>
            {
                for (var i = 0; i < t.Length; i++) span[i] = t[i] is '\r' or '\n' or '\f' or '\v' or '\u0085' or '\u2028' or '\u2029' ? ' ' : t[i];
            });

    /// <summary>The text of two wrapped lines joined as the parser joins them: nothing between CJK characters, else one space.</summary>
    public static string Join(string before, string after)
    {
        if (before.Length == 0) return after;
        if (after.Length == 0) return before;
        return LineJoiner.NeedsSpace(before[^1], after[0]) ? before + " " + after : before + after;
    }

    /// <summary>The BCP 47 language the parser detects for <paramref name="text"/>.</summary>
    public static string DetectLanguage(string text) => LanguageDetector.Detect(text);

    /// <summary>What the parser's shape rules say about one paragraph on its own (no list context).</summary>
    public static ParagraphShape Describe(string text)
    {
        var block = OneBlock(text);
        if (block is null) return ParagraphShape.Empty;
        return new ParagraphShape(
            IsStatusNote: StructureRules.IsStatusNote(block),
            IsTitleLike: StructureRules.IsTitleLike(block),
            IsSubtitle: StructureRules.IsSubtitle(block),
            IsCaption: StructureRules.IsCaption(block),
            IsClosingLike: StructureRules.IsClosingLike(block),
            IsStrongClosing: StructureRules.IsStrongClosing(block.Text),
            IsHeadingShaped: StructureRules.IsHeadingShaped(block.Text, 1),
            IsRecital: StructureRules.IsRecital(block.Text),
            EndsWithColon: block.Text.EndsWith(':') || block.Text.EndsWith('：'),
            IsUnfinished: !CharClass.EndsLikeSentence(block.Text) && !CharClass.EndsWithContinuationPunctuation(block.Text),
            Width: block.Width);
    }

    private static Block? OneBlock(string text)
    {
        var line = LineClassifier.ClassifyLine(1, OneLine(text));
        return line.IsText ? new Block([line], 0, 1) : null;
    }

    private const int NumberWindow = 48;

    /// <summary>
    /// Reads numbers typed at the start of paragraphs, in order, with the list context the parser keeps (a letter
    /// list makes <c>(i)</c> a letter; a katakana list decides between gojūon and iroha order). One per document.
    /// </summary>
    internal sealed class NumberReader
    {
        private int? _letterContext;
        private char _kanaContext;

        /// <summary>The number at the start of <paramref name="text"/>, or <c>null</c>.</summary>
        public TypedNumber? Read(string text)
        {
            // A number is short and read from the start (as the parser's inline search does): a bounded window of a
            // long paragraph is enough, and spares measuring the whole of it.
            var lead = text.Length - text.AsSpan().TrimStart().Length;
            if (lead == text.Length || !ClauseMarkers.MayStartMarker(text[lead])) return null;
            var block = OneBlock(text.Length - lead > NumberWindow ? text.Substring(lead, NumberWindow) : text);
            if (block is null) return null;
            var m = ClauseMarkers.InContext(block, _letterContext, _kanaContext);
            if (m is null) return null;
            if (m.Family is MarkerFamily.LetterParen) _letterContext = m.Value;
            if (m.Family is MarkerFamily.KatakanaItem) _kanaContext = ClauseMarkers.KanaLetter(m);
            // The block's text starts where the paragraph's text does, less leading whitespace.
            var convention = NumberingConventions.Of(m.Family);
            return new TypedNumber(m.Display, m.Level, m.Value, lead + m.Length, convention.Rank,
                convention.IsDivision, convention.IsArticle, m.Family == MarkerFamily.Bullet,
                m.Slip, m.Branch, m.Family == MarkerFamily.LawParagraph);
        }
    }
}

/// <summary>A number or bullet typed at the start of a paragraph, as the parser's numbering families read it.</summary>
/// <param name="Display">The number exactly as typed (<c>第十二条</c>, <c>（１）</c>, <c>•</c>).</param>
/// <param name="Family">The numbering family's key: numbers with the same key are siblings.</param>
/// <param name="Value">Ordinal value (1-based) for sequence checks; 0 for bullets.</param>
/// <param name="Length">Characters of the paragraph's text taken by the number and the whitespace after it.</param>
/// <param name="Rank">Legal rank (編 1 … 号 12, lower is higher in the tree), or <c>null</c> when only order of appearance tells.</param>
/// <param name="IsSection">The family always heads a section (chapters, parts).</param>
/// <param name="IsArticle">An article (条, Article): unnumbered paragraphs after it belong to it.</param>
/// <param name="IsBullet">A bullet, not a number.</param>
/// <param name="Slip">A typing slip was recognised (no space after the dot, a comma for the dot).</param>
/// <param name="Branch">A branch number (<c>第２条の２</c>) that follows its base without a gap.</param>
/// <param name="IsLawParagraph">A law paragraph mark (<c>○２</c>, <c>２　</c>): its list starts at 2.</param>
internal sealed record TypedNumber(string Display, string Family, int Value, int Length, int? Rank, bool IsSection,
    bool IsArticle, bool IsBullet, bool Slip, bool Branch, bool IsLawParagraph);

/// <summary>What the parser's shape rules say about one paragraph on its own.</summary>
/// <remarks><c>IsUnfinished</c>: no sentence end and no continuation punctuation; <c>Width</c>: display columns (CJK counts 2).</remarks>
internal sealed record ParagraphShape(bool IsStatusNote, bool IsTitleLike, bool IsSubtitle, bool IsCaption, bool IsClosingLike,
    bool IsStrongClosing, bool IsHeadingShaped, bool IsRecital, bool EndsWithColon, bool IsUnfinished, int Width)
{
    /// <summary>The answer for a paragraph without text.</summary>
    public static ParagraphShape Empty { get; } = new(false, false, false, false, false, false, false, false, false, false, 0);
}
