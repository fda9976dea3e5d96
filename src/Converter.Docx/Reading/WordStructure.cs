using System.Collections.Immutable;
using System.Globalization;
using Converter.Model;
using Converter.PlainText;

namespace Converter.Docx.Reading;

/// <summary>
/// Makes the model from a <see cref="WordBody"/>. Where Word states the structure it is taken as stated: Title and
/// Subtitle styles, heading styles and outline levels (sections by level), list numbering (clauses nested by list
/// level and indent), the converter's own styles (status note, caption, clause, closing). Where it does not, the
/// text parser's conventions decide, through its one seam (<see cref="ParagraphInput"/>): a number typed at the
/// start of a paragraph is read by the parser's numbering families (section families head sections, the rest
/// number clauses nested by the order families appear and by legal rank), bold or centred short paragraphs stand
/// for headings when the document uses no heading style, and the parser's shape rules find the status note,
/// subtitles, captions and closing. A document that states nothing at all (no styles that mean anything, no
/// numbering, no emphasis) is parsed as text with one line per paragraph, exactly as the text parser would.
/// Spans count body paragraphs (<see cref="SourceUnit.Paragraph"/>). Ids and diagnostic codes are the text parser's.
/// </summary>
internal sealed class WordStructure
{
    /// <summary>The metadata's encoding for Word sources: the container, since the XML inside is always Unicode.</summary>
    public const string EncodingName = "docx";

    private readonly List<WordParagraph> _paragraphs;
    private readonly List<Diagnostic> _diagnostics;
    private readonly string _displayName;
    private readonly ParagraphShape?[] _shapes;
    private readonly TypedNumber?[] _typed;
    private readonly bool _usesHeadingStyles;
    private readonly bool _converterStyles;

    private WordStructure(List<WordParagraph> paragraphs, List<Diagnostic> diagnostics, string displayName)
    {
        _paragraphs = paragraphs;
        _diagnostics = diagnostics;
        _displayName = displayName;
        _shapes = new ParagraphShape?[paragraphs.Count];
        // Typed numbers are read in order, so list context (letters, katakana order) carries from one to the next.
        var reader = new ParagraphInput.NumberReader();
        _typed = [.. paragraphs.Select(p => p.Number is null && p.Role is not (WordRole.Title or WordRole.Subtitle or WordRole.StatusNote or WordRole.Caption or WordRole.Closing)
            ? ReadTyped(reader, p.Text)
            : null)];
        _usesHeadingStyles = paragraphs.Exists(p => p.Role == WordRole.Heading);
        _converterStyles = paragraphs.Exists(p => p.Role is WordRole.Clause or WordRole.Caption or WordRole.StatusNote or WordRole.Closing);
    }

    // A number typed at the start, with text after it. A number set off by a tab or an ideographic space, as Word
    // authors type one (and the converter's writer writes one), counts when the parser reads it so without the gap:
    // "・　text" is the bullet "・".
    private static TypedNumber? ReadTyped(ParagraphInput.NumberReader reader, string text)
    {
        if (reader.Read(text) is { } n) return n.Length < text.Length ? n : null;
        var gap = text.AsSpan().IndexOfAny('\t', '\u3000');
        if (gap is < 1 or > 12 || text.AsSpan(0, gap).ContainsAny(" \u00A0")) return null;
        var rest = text[gap..].TrimStart();
        if (rest.Length == 0) return null;
        var token = text[..gap];
        return reader.Read(token + rest) is { } m && m.Display == token ? m with { Length = text.Length - rest.Length } : null;
    }

    // The parser's shape rules, asked only where a rule needs them (most body paragraphs never do).
    private ParagraphShape Shape(int i) => _shapes[i] ??= ParagraphInput.Describe(_paragraphs[i].Text);

    /// <summary>Builds the document.</summary>
    /// <exception cref="ConversionException">The body has no text, or no title.</exception>
    public static Document Build(WordBody body, string sha256, string? sourceName, IEnumerable<Diagnostic> readerDiagnostics)
    {
        var displayName = sourceName ?? "-";
        var paragraphs = body.Paragraphs.Where(p => !p.IsEmpty).ToList();
        if (paragraphs.Count == 0)
            throw new ConversionException(ConversionErrorKind.InputEmpty,
                "the Word document holds no text (only empty paragraphs, pictures or objects); there is nothing to convert", displayName);

        var diagnostics = new List<Diagnostic>(body.Diagnostics);
        diagnostics.AddRange(readerDiagnostics);
        Document document;
        if (!StatesStructure(paragraphs))
        {
            var parsed = ParagraphInput.Parse([.. paragraphs.Select(p => p.Text)], [.. paragraphs.Select(p => p.Index)],
                EncodingName, sha256, sourceName, body.Paragraphs.Length);
            document = SpanUnits.ToParagraphs(parsed);
            diagnostics.AddRange(document.Diagnostics);
        }
        else
        {
            document = new WordStructure(paragraphs, diagnostics, displayName).Build(sha256, sourceName, body.Paragraphs.Length);
        }
        diagnostics.Sort((a, b) => (a.Span?.StartLine ?? 0).CompareTo(b.Span?.StartLine ?? 0));
        return document with { Diagnostics = [.. diagnostics] };
    }

    // Word states structure through meaningful styles, list numbering, or emphasis on short paragraphs past the first.
    private static bool StatesStructure(List<WordParagraph> paragraphs)
    {
        for (var i = 0; i < paragraphs.Count; i++)
        {
            var p = paragraphs[i];
            if (p.Role != WordRole.None || p.Number is not null) return true;
            if (i > 0 && p.Place == WordPlace.Body && (p.Bold || p.Centred) && ParagraphInput.Describe(p.Text) is var shape
                && (p.Centred && shape.IsHeadingShaped || p.Bold && IsBoldHeadingShaped(shape)))
                return true;
        }
        return false;
    }

    // ---- the document ----

    private Document Build(string sha256, string? sourceName, int paragraphCount)
    {
        var i = 0;
        Paragraph? status = null;
        if (_paragraphs.Count > 1 && (_paragraphs[0].Role == WordRole.StatusNote
                                      || _paragraphs[0].Role == WordRole.None && _paragraphs[0].Number is null && Shape(0).IsStatusNote))
            status = ToParagraph(_paragraphs[i++]);

        Paragraph? documentNumber = null;
        if (i < _paragraphs.Count - 1 && _paragraphs[i].Role == WordRole.DocumentNumber) documentNumber = ToParagraph(_paragraphs[i++]);

        var first = _paragraphs[i];
        if (first.Role is not (WordRole.Title or WordRole.Heading) && (first.Number is not null || !Shape(i).IsTitleLike))
            throw new ConversionException(ConversionErrorKind.NoTitle,
                $"no title found: the first paragraph (paragraph {first.Index}) reads as body text; a document must start with its title " +
                "(optionally after a status note such as （仮訳）); add the title, or give it Word's Title style",
                _displayName, first.Index);
        var title = ToParagraph(first);
        i++;
        // A title typed as several Title paragraphs is one title.
        while (first.Role == WordRole.Title && i < _paragraphs.Count && _paragraphs[i].Role == WordRole.Title)
            title = Joined(title, _paragraphs[i++]);

        var subtitles = ImmutableArray.CreateBuilder<Paragraph>();
        while (i < _paragraphs.Count)
        {
            if (documentNumber is null && _paragraphs[i].Role == WordRole.DocumentNumber) documentNumber = ToParagraph(_paragraphs[i++]);
            else if (IsSubtitle(i)) subtitles.Add(ToParagraph(_paragraphs[i++]));
            else break;
        }

        var closingStart = FindClosingStart(i);
        var closing = _paragraphs.Skip(closingStart).Select(ToParagraph).ToImmutableArray();
        var contents = Contents(i, closingStart, out var contentsRange);
        var units = Units(i, closingStart, contentsRange);

        var firstStructural = units.FindIndex(u => u.Kind is UnitKind.Section or UnitKind.Caption
            || u.Kind == UnitKind.Clause && (u.Number is not null || u.Paragraph.Role == WordRole.Clause));
        int preambleEnd;
        if (firstStructural >= 0) preambleEnd = firstStructural;
        else
        {
            preambleEnd = 0;
            while (preambleEnd < units.Count && Shape(units[preambleEnd].At).IsRecital) preambleEnd++;
            if (preambleEnd > 0 && preambleEnd < units.Count && Shape(units[preambleEnd].At).EndsWithColon) preambleEnd++;
        }
        var preamble = units.Take(preambleEnd).Select(u => ToParagraph(u.Paragraph)).ToImmutableArray();

        var tree = new Tree(_diagnostics, IndentInformative(units.Skip(preambleEnd)));
        foreach (var unit in units.Skip(preambleEnd)) tree.Add(unit);
        var (clauses, sections) = tree.Finish();

        var language = ParagraphInput.DetectLanguage(string.Join('\n', _paragraphs.Select(p => p.Text)));
        var genre = clauses.Concat(sections.SelectMany(s => s.SelfAndDescendants()).SelectMany(s => s.Clauses)).Any(c => c.Kind == ClauseKind.Article)
                    || sections.Any(s => s.Kind == SectionKind.SupplementaryProvision)
            ? DocumentGenre.Statute : DocumentGenre.Statement;
        var metadata = new DocumentMetadata(title.Text, language, sourceName is null ? null : Path.GetFileName(sourceName),
            sha256, EncodingName, paragraphCount) { Genre = genre };
        return new Document(Document.CurrentSchemaVersion, metadata,
            new DocumentHeading(status, title, subtitles.ToImmutable()) { DocumentNumber = documentNumber },
            preamble, clauses, sections, closing, [], []) { Contents = contents };
    }

    private bool IsSubtitle(int i)
    {
        var p = _paragraphs[i];
        if (p.Role == WordRole.Subtitle) return true;
        if (p.Role != WordRole.None || p.Number is not null || _typed[i] is not null) return false;
        // A caption right before the first article is the article's, not the heading's.
        if (Shape(i).IsCaption && i + 1 < _paragraphs.Count && _typed[i + 1] is { IsArticle: true }) return false;
        return Shape(i).IsSubtitle;
    }

    // Closing: the converter's Closing style where the document uses the converter's styles; otherwise the parser's
    // rule: the run of closing-like paragraphs at the end, and what follows a signing formula after the last number.
    private int FindClosingStart(int bodyStart)
    {
        var end = _paragraphs.Count;
        var start = end;
        if (_converterStyles)
        {
            while (start > bodyStart && _paragraphs[start - 1].Role == WordRole.Closing) start--;
            return start;
        }
        for (var j = end - 1; j >= bodyStart; j--)
        {
            if (!IsPlain(j) || !Shape(j).IsClosingLike) break;
            start = j;
        }
        var lastNumbered = bodyStart - 1;
        for (var j = end - 1; j >= bodyStart; j--)
            if (!IsPlain(j)) { lastNumbered = j; break; }
        for (var j = Math.Max(lastNumbered + 1, start - 4); j < start; j++)
            if (Shape(j).IsStrongClosing) { start = j; break; }
        // Keep at least one body paragraph unless the body is all closing.
        if (start == bodyStart && start < end && !Shape(bodyStart).IsStrongClosing) start = Math.Min(bodyStart + 1, end);
        return start;
    }

    // A paragraph Word says nothing about and that carries no typed number.
    private bool IsPlain(int i) => _paragraphs[i] is { Role: WordRole.None, Number: null, HeadingLevel: null } && _typed[i] is null;

    // ---- units: each body paragraph as a section heading, a caption or a clause ----

    private enum UnitKind { Section, Caption, Clause }

    private sealed record Unit(UnitKind Kind, int At, WordParagraph Paragraph, string? Number, string Text, string Family,
        int Level, TypedNumber? Typed, WordNumber? Word);

    // A table of contents in Word's TOC styles (an optional TOC Heading, then toc N entries), standing before the
    // body starts: kept as the document's contents, its entries split into number and text as the parser reads them.
    private TableOfContents? Contents(int start, int end, out Range range)
    {
        range = default;
        var first = -1;
        for (var i = start; i < end && first < 0; i++)
        {
            var role = _paragraphs[i].Role;
            if (role is WordRole.ContentsHeading or WordRole.ContentsEntry) first = i;
            else if (role == WordRole.Heading || _paragraphs[i].Number is not null || _typed[i] is not null) return null;
        }
        if (first < 0) return null;
        var k = first;
        Paragraph? title = null;
        if (_paragraphs[k].Role == WordRole.ContentsHeading) title = ToParagraph(_paragraphs[k++]);
        var entries = ImmutableArray.CreateBuilder<TocEntry>();
        var reader = new ParagraphInput.NumberReader();
        for (; k < end && _paragraphs[k].Role == WordRole.ContentsEntry; k++)
        {
            var p = _paragraphs[k];
            var typed = p.Number is null ? ReadTyped(reader, p.Text) : null;
            var number = p.Number?.Display ?? typed?.Display;
            var text = typed is null ? p.Text : p.Text[typed.Length..];
            entries.Add(new TocEntry(number, text, p.HeadingLevel ?? 1, p.Span));
        }
        if (entries.Count == 0) return null;
        range = first..k;
        return new TableOfContents(title, entries.ToImmutable(), _paragraphs[first].Span.Union(_paragraphs[k - 1].Span));
    }

    private List<Unit> Units(int start, int end, Range contents)
    {
        var units = new List<Unit>(end - start);
        var sectionRanks = _typed.Where(t => t is { IsSection: true, Rank: not null }).Select(t => t!.Rank!.Value).Distinct().Order().ToList();
        var headingFamilies = new List<string>();
        for (var i = start; i < end; i++)
        {
            if (i >= contents.Start.Value && i < contents.End.Value) continue;
            var p = _paragraphs[i];
            var typed = _typed[i];
            var rest = typed is null ? p.Text : p.Text[typed.Length..];

            if (p.Role == WordRole.Heading)
            {
                var number = p.Number?.Display ?? typed?.Display;
                units.Add(new Unit(UnitKind.Section, i, p, number, p.Number is null ? rest : p.Text, "", p.HeadingLevel ?? 1, typed, p.Number));
                continue;
            }
            if (p.Role == WordRole.Caption
                || p.Role == WordRole.None && p.Number is null && typed is null && p.Text[0] is '（' or '(' && Shape(i).IsCaption && i + 1 < end && IsArticleAt(i + 1))
            {
                units.Add(new Unit(UnitKind.Caption, i, p, null, p.Text, "", 0, null, null));
                continue;
            }
            if (p.Number is null && p.Role != WordRole.Clause && typed is { IsSection: true, Rank: { } rank })
            {
                units.Add(new Unit(UnitKind.Section, i, p, typed.Display, rest, "", sectionRanks.IndexOf(rank) + 1, typed, null));
                continue;
            }
            if (!_usesHeadingStyles && p.Role is WordRole.None && p.Number is null && p.Place == WordPlace.Body
                && IsEmphasisHeading(i) && (typed is null || !typed.IsBullet) && i + 1 < end)
            {
                // Emphasis standing in for a heading: levels by the order heading numberings appear (unnumbered first seen, first level).
                var family = typed?.Family ?? "plain";
                if (!headingFamilies.Contains(family)) headingFamilies.Add(family);
                var level = sectionRanks.Count + headingFamilies.IndexOf(family) + 1;
                units.Add(new Unit(UnitKind.Section, i, p, typed?.Display, rest, "", level, typed, null));
                continue;
            }
            if (p.Number is { } word)
            {
                units.Add(new Unit(UnitKind.Clause, i, p, word.Display, p.Text, $"list:{word.List}:{word.Level}", word.Level, null, word));
                continue;
            }
            units.Add(typed is not null
                ? new Unit(UnitKind.Clause, i, p, typed.Display, rest, typed.Family, 0, typed, null)
                : new Unit(UnitKind.Clause, i, p, null, p.Text, "", 0, null, null));
        }
        return units;
    }

    // Emphasis standing in for a heading: a centred heading-shaped paragraph, or a bold one that is not a sentence
    // (bold headings run longer than the parser's unemphasised ones: up to three lines of 80 columns).
    private bool IsEmphasisHeading(int i) =>
        _paragraphs[i].Centred && Shape(i).IsHeadingShaped || _paragraphs[i].Bold && IsBoldHeadingShaped(Shape(i));

    // A bold label ending in a colon ("Annex:") heads what follows it too.
    private static bool IsBoldHeadingShaped(ParagraphShape shape) =>
        shape.IsUnfinished && shape.Width <= MaxBoldHeadingWidth || shape.EndsWithColon && shape.Width <= 40;

    private const int MaxBoldHeadingWidth = 240;

    private bool IsArticleAt(int i) =>
        _typed[i] is { IsArticle: true } || _paragraphs[i].Number is { } n && n.Display.StartsWith('第') && n.Display.EndsWith('条');

    // Indentation tells nesting when the clauses stand at more than one indent; otherwise numbering families do.
    private static bool IndentInformative(IEnumerable<Unit> units) =>
        units.Where(u => u.Kind == UnitKind.Clause).Select(u => u.Paragraph.Indent).Distinct().Skip(1).Any();

    private static Paragraph ToParagraph(WordParagraph p) =>
        new(p.Number is { } n ? n.Display + " " + p.Text : p.Text, p.Span);

    private static Paragraph Joined(Paragraph first, WordParagraph next) =>
        new(ParagraphInput.Join(first.Text, next.Text), first.Span.Union(next.Span));

    // ---- the tree ----

    private sealed class Tree(List<Diagnostic> diagnostics, bool indentInformative)
    {
        private readonly List<SectionNode> _topSections = [];
        private readonly List<ClauseNode> _topClauses = [];
        private readonly List<SectionNode> _sections = [];
        private readonly List<ClauseNode> _clauses = [];
        private readonly Dictionary<string, int> _lastValue = new(StringComparer.Ordinal);
        private Unit? _caption;

        public void Add(Unit unit)
        {
            switch (unit.Kind)
            {
                case UnitKind.Caption:
                    FlushCaption();
                    _caption = unit;
                    break;
                case UnitKind.Section:
                    FlushCaption();
                    _clauses.Clear();
                    while (_sections.Count > 0 && _sections[^1].Level >= unit.Level) _sections.RemoveAt(_sections.Count - 1);
                    var section = new SectionNode(unit.Level, unit.Number, unit.Text, unit.Paragraph.Span);
                    (_sections.Count > 0 ? _sections[^1].Sections : _topSections).Add(section);
                    _sections.Add(section);
                    break;
                default:
                    AddClause(unit);
                    break;
            }
        }

        // A caption that never reached its clause is kept as a clause of its own where it stands.
        private void FlushCaption()
        {
            if (_caption is not { } c) return;
            Container.Add(new ClauseNode(null, null, c.Text, c.Paragraph.Span, c.Paragraph.Indent, "", null, false, true, 0));
            _caption = null;
        }

        private List<ClauseNode> Container => _sections.Count > 0 ? _sections[^1].Clauses : _topClauses;

        private void AddClause(Unit unit)
        {
            var caption = _caption;
            _caption = null;
            var span = caption is not null ? caption.Paragraph.Span.Union(unit.Paragraph.Span) : unit.Paragraph.Span;
            var typed = unit.Typed;
            var node = new ClauseNode(unit.Number, caption?.Text, unit.Text, span, unit.Paragraph.Indent, unit.Family,
                typed?.Rank, typed?.IsArticle == true, unit.Number is null, typed?.Value ?? 0)
            {
                EndsWithColon = unit.Text.TrimEnd().EndsWith(':') || unit.Text.TrimEnd().EndsWith('：'),
            };
            var previous = indentInformative ? PlaceByIndent(node) : PlaceByFamily(node, typed);
            if (typed is not null && !typed.IsBullet) CheckSequence(node, typed, previous);
            (_clauses.Count > 0 ? _clauses[^1].Items : Container).Add(node);
            _clauses.Add(node);
        }

        // Indentation states the nesting: a deeper clause is a child, one at the same indent a sibling. An
        // unnumbered paragraph takes numbered items only when it announces them with a colon (as in the parser).
        private ClauseNode? PlaceByIndent(ClauseNode node)
        {
            while (_clauses.Count > 0 && _clauses[^1].Indent > node.Indent) _clauses.RemoveAt(_clauses.Count - 1);
            ClauseNode? previous = null;
            if (_clauses.Count > 0 && _clauses[^1].Indent == node.Indent)
            {
                previous = _clauses[^1];
                _clauses.RemoveAt(_clauses.Count - 1);
            }
            while (_clauses.Count > 0 && _clauses[^1].Unnumbered && !(_clauses[^1].EndsWithColon && !node.Unnumbered))
                _clauses.RemoveAt(_clauses.Count - 1);
            return previous?.Family == node.Family ? previous : null;
        }

        // Numbering families state the nesting: the text parser's rules (see StructureBuilder): a family already
        // open is a sibling; legal ranks close deeper ranks; a new family nests under what is open.
        private ClauseNode? PlaceByFamily(ClauseNode node, TypedNumber? typed)
        {
            if (node.Unnumbered)
            {
                // An unnumbered paragraph after an article belongs to the article; elsewhere it is a clause of its own.
                var article = _clauses.FindLastIndex(c => c.IsArticle);
                if (article >= 0) _clauses.RemoveRange(article + 1, _clauses.Count - article - 1);
                else _clauses.Clear();
                return null;
            }
            var same = _clauses.FindLastIndex(c => c.Family == node.Family);
            if (same >= 0)
            {
                var previous = _clauses[same];
                _clauses.RemoveRange(same, _clauses.Count - same);
                return previous;
            }
            if (node.Rank is { } rank)
            {
                var parent = _clauses.FindLastIndex(c => c.Rank is { } r && r < rank);
                if (parent >= 0) _clauses.RemoveRange(parent + 1, _clauses.Count - parent - 1);
                while (_clauses.Count > 0 && _clauses[^1].Rank is { } r && r >= rank) _clauses.RemoveAt(_clauses.Count - 1);
            }
            while (_clauses.Count > 0 && _clauses[^1].Unnumbered && !_clauses[^1].EndsWithColon) _clauses.RemoveAt(_clauses.Count - 1);
            return null;
        }

        private void CheckSequence(ClauseNode node, TypedNumber typed, ClauseNode? previous)
        {
            var where = SourceSpan.Paragraphs(node.Span.EndLine, node.Span.EndLine);
            if (typed.Slip)
                diagnostics.Add(new Diagnostic("CNV303", DiagnosticSeverity.Warning,
                    $"number '{typed.Display}' looks like a typing slip (no space after the number, or a comma for its dot); read as a clause number and kept as displayed", where));
            if (previous is not null)
            {
                Compare(typed, previous.Value, where);
            }
            else if (!(typed.Value == 1 || typed.IsLawParagraph && typed.Value == 2))
            {
                if (_lastValue.TryGetValue(node.Family, out var earlier)) Compare(typed, earlier, where);
                else
                    diagnostics.Add(new Diagnostic("CNV304", DiagnosticSeverity.Warning,
                        $"numbering '{typed.Display}' starts at {typed.Value}, not 1; kept as displayed", where));
            }
            _lastValue[node.Family] = typed.Value;
        }

        private void Compare(TypedNumber typed, int previous, SourceSpan where)
        {
            if (typed.Value == 0 || previous == 0) return;
            if (typed.Value == previous && !typed.Branch)
                diagnostics.Add(new Diagnostic("CNV302", DiagnosticSeverity.Warning,
                    $"number '{typed.Display}' repeats the previous number; kept as displayed", where));
            else if (typed.Value != previous + 1 && !(typed.Branch && typed.Value == previous))
                diagnostics.Add(new Diagnostic("CNV301", DiagnosticSeverity.Warning,
                    string.Create(CultureInfo.InvariantCulture, $"number '{typed.Display}' is out of sequence (expected {previous + 1}); kept as displayed"), where));
        }

        public (ImmutableArray<Clause> Clauses, ImmutableArray<Section> Sections) Finish()
        {
            FlushCaption();
            return (FreezeClauses(_topClauses, "cl-"), FreezeSections(_topSections, "sec-"));
        }
    }

    // Ids number children in order under their parent's id (sec-2.cl-3), as the text parser's do.
    private static ImmutableArray<Clause> FreezeClauses(List<ClauseNode> nodes, string prefix) =>
        [.. nodes.Select((n, k) => n.Freeze(string.Create(CultureInfo.InvariantCulture, $"{prefix}{k + 1}")))];

    private static ImmutableArray<Section> FreezeSections(List<SectionNode> nodes, string prefix) =>
        [.. nodes.Select((n, k) => n.Freeze(string.Create(CultureInfo.InvariantCulture, $"{prefix}{k + 1}")))];

    private sealed class SectionNode(int level, string? number, string title, SourceSpan span)
    {
        public int Level { get; } = level;
        public List<ClauseNode> Clauses { get; } = [];
        public List<SectionNode> Sections { get; } = [];

        public Section Freeze(string id)
        {
            var clauses = FreezeClauses(Clauses, id + ".cl-");
            var sections = FreezeSections(Sections, id + ".sec-");
            var full = span;
            foreach (var c in clauses) full = full.Union(c.Span);
            foreach (var s in sections) full = full.Union(s.Span);
            return new Section(id, number, title, clauses, sections, full) { Kind = WordKinds.Section(number, title) };
        }
    }

    private sealed class ClauseNode(string? number, string? caption, string text, SourceSpan span, int indent, string family,
        int? rank, bool isArticle, bool unnumbered, int value)
    {
        public int Indent { get; } = indent;
        public string Family { get; } = family;
        public int? Rank { get; } = rank;
        public bool IsArticle { get; } = isArticle;
        public bool Unnumbered { get; } = unnumbered;
        public int Value { get; } = value;
        public bool EndsWithColon { get; init; }
        public SourceSpan Span { get; } = span;
        public List<ClauseNode> Items { get; } = [];

        public Clause Freeze(string id) => Freeze(id, null);

        private Clause Freeze(string id, ClauseKind? parent)
        {
            var kind = WordKinds.Clause(number, parent);
            var items = ImmutableArray.CreateRange(Items.Select((n, k) => n.Freeze(string.Create(CultureInfo.InvariantCulture, $"{id}.cl-{k + 1}"), kind)));
            var full = Span;
            foreach (var c in items) full = full.Union(c.Span);
            return new Clause(id, number, caption, text, items, full) { Kind = kind };
        }
    }
}
