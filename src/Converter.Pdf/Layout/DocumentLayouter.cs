using System.Globalization;
using Converter.Model;

namespace Converter.Pdf.Layout;

/// <summary>A composed block before pagination.</summary>
/// <param name="Info">Tagging information.</param>
/// <param name="Lines">Composed lines.</param>
/// <param name="SpaceBefore">Space above the block (dropped at the top of a page).</param>
/// <param name="KeepWithNext">True for headings and captions: never the last thing on a page.</param>
/// <param name="Anchors">Ids of named destinations that point at the block's first line.</param>
/// <param name="Outline">Outline entry pointing at the block, if any (its target is filled in by pagination).</param>
internal sealed record ComposedBlock(
    BlockInfo Info, IReadOnlyList<ComposedLine> Lines, double SpaceBefore, bool KeepWithNext,
    IReadOnlyList<string> Anchors, (string Title, int Level)? Outline);

/// <summary>
/// Lays a <see cref="Document"/> out on pages: walks the model (heading, preamble, clauses, sections, closing) into blocks,
/// composes their lines, builds the structure tree the blocks are tagged with, and paginates.
/// Pure: no PDF library, no I/O; the same document, options and fonts always give the same layout.
/// </summary>
/// <remarks>
/// Tags: <c>Document › H1</c> (title), <c>P</c> (status note, subtitles, preamble, closing), <c>Sect</c> per section with
/// <c>H2</c>–<c>H6</c> by depth; numbered clauses are list items (<c>L › LI › Lbl</c> for the number, <c>LBody › P</c> for the
/// text, items in a nested <c>L</c> inside the <c>LBody</c>), a clause caption is a <c>Caption</c> first in its <c>LI</c>;
/// unnumbered clauses are <c>P</c>. The page number is an artifact.
/// </remarks>
internal sealed class DocumentLayouter
{
    private readonly ConverterOptions _options;
    private readonly FontPalette _fonts;
    private readonly PageStyle _style;
    private readonly Document _document;
    private readonly List<ComposedBlock> _blocks = [];
    private readonly List<StructNode> _nodes = [];
    private readonly List<Diagnostic> _diagnostics = [];
    private readonly HashSet<(int, string)> _reported = [];
    private readonly double _body, _left, _width, _line;

    private DocumentLayouter(Document document, ConverterOptions options, FontPalette fonts, PageStyle style)
    {
        _document = document;
        _options = options;
        _fonts = fonts;
        _style = style;
        _body = style.BodySize;
        _left = style.MarginLeft;
        _width = style.TextWidth;
        _line = _body * style.LineSpacing;
    }

    /// <summary>Lays out <paramref name="document"/>.</summary>
    public static DocumentLayout Layout(Document document, ConverterOptions options, FontPalette fonts, PageStyle style)
    {
        ArgumentNullException.ThrowIfNull(document);
        var layouter = new DocumentLayouter(document, options, fonts, style);
        layouter.Walk();
        var layout = Paginator.Paginate(layouter._blocks, style, fonts);
        return layout with { Nodes = layouter._nodes, Diagnostics = layouter._diagnostics };
    }

    /// <summary>Composes the blocks of <paramref name="document"/> in reading order (for tests).</summary>
    public static List<ComposedBlock> Compose(Document document, ConverterOptions options, FontPalette fonts, PageStyle style, out List<Diagnostic> diagnostics)
    {
        var layouter = new DocumentLayouter(document, options, fonts, style);
        layouter.Walk();
        diagnostics = layouter._diagnostics;
        return layouter._blocks;
    }

    private BlockKind? Previous => _blocks.Count == 0 ? null : _blocks[^1].Info.Kind;

    private int Node(string tag, int parent)
    {
        _nodes.Add(new StructNode(tag, parent));
        return _nodes.Count - 1;
    }

    private void Walk()
    {
        var root = Node("Document", -1);
        var heading = _document.Heading;
        var subtitle = 0;
        foreach (var (part, paragraph) in heading.InReadingOrder())
        {
            switch (part)
            {
                case HeadingPart.StatusNote:
                    Add(BlockKind.StatusNote, new ParagraphSpec(paragraph.Text, FontSlot.Body, _body, _left, _width, Align: Alignment.Right, Node: Node("P", root)),
                        0, where: "the status note", span: paragraph.Span);
                    break;
                case HeadingPart.Title:
                    Add(BlockKind.Title, new ParagraphSpec(paragraph.Text, FontSlot.Heading, _style.TitleSize, _left + 2 * _body, _width - 4 * _body,
                            Align: Alignment.Center, Node: Node("H1", root)),
                        Previous is null ? 0 : _line * 0.5, keep: true, where: "the title", span: paragraph.Span);
                    break;
                default:   // document number and subtitles: centred under the title
                    Add(BlockKind.Subtitle, new ParagraphSpec(paragraph.Text, FontSlot.Body, _body, _left, _width, Align: Alignment.Center, Node: Node("P", root)),
                        Previous == BlockKind.Title ? _line * 0.5 : 0,
                        where: part == HeadingPart.DocumentNumber ? "the document number" : $"subtitle {++subtitle}", span: paragraph.Span);
                    break;
            }
        }
        var preamble = 0;
        foreach (var part in _document.FrontMatter())
        {
            if (part.Contents is { } contents)
            {
                Contents(contents, root, 0, "the table of contents");
                continue;
            }
            var paragraph = part.Paragraph!;
            Add(BlockKind.Preamble, new ParagraphSpec(paragraph.Text, FontSlot.Body, _body, _left, _width, FirstIndent: _style.ParagraphIndent * _body,
                    Node: Node("P", root)),
                Previous is BlockKind.Title or BlockKind.Subtitle ? _line : _line * 0.5, where: $"preamble paragraph {++preamble}", span: paragraph.Span);
        }
        Clauses(_document.Clauses, root, 0, 1);
        foreach (var section in _document.Sections) Section(section, 1, root);
        for (var i = 0; i < _document.Closing.Length; i++) Closing(_document.Closing[i], i, root);
    }

    private void Section(Section section, int level, int parent)
    {
        var sect = Node("Sect", parent);
        var indent = (level - 1) * _body;
        var tag = "H" + Math.Min(level + 1, 6).ToString(CultureInfo.InvariantCulture);
        // A supplementary provision's amending-law number follows its title on the heading line (附則（平成…号）　抄).
        var title = section.AmendLawNumber is { } amend ? section.Title + (_fonts.Cjk ? "\u3000" : " ") + amend : section.Title;
        Add(BlockKind.SectionHeading,
            new ParagraphSpec(title, FontSlot.Heading, _style.HeadingSize, _left + indent, _width - indent, Number: section.Number, Node: Node(tag, sect)),
            _line, keep: true, anchors: [section.Id],
            outline: (section.Number is null ? section.Title : section.Number + " " + section.Title, level), where: section.Id, span: section.Span);
        Clauses(section.Clauses, sect, 0, level);
        foreach (var child in section.Sections) Section(child, level + 1, sect);
    }

    /// <summary>
    /// A list of sibling clauses: numbered ones grouped into <c>L</c> lists, unnumbered ones paragraphs. Items indent one em
    /// per level, except an article's later paragraphs (項 ２, ３), which hang at the article's own indent as statutes print them.
    /// </summary>
    private void Clauses(IReadOnlyList<Clause> clauses, int parent, int depth, int sectionLevel, ClauseKind? parentKind = null)
    {
        var list = -1;
        for (var k = 0; k < clauses.Count; k++)
        {
            var clause = clauses[k];
            var number = clause.Number;
            if (number is null && _options.NumberClauses)
                number = depth > 0 ? $"({k + 1})" : string.Create(CultureInfo.InvariantCulture, $"{k + 1}.");
            var level = parentKind == ClauseKind.Article && clause.Kind == ClauseKind.Paragraph && depth > 0 ? depth - 1 : depth;
            var indent = (sectionLevel - 1 + level) * _body;
            int textNode, numberNode = -1, itemsParent;
            int? captionNode = null;
            if (number is not null)
            {
                if (list < 0) list = Node("L", parent);
                var item = Node("LI", list);
                if (clause.Caption is not null) captionNode = Node("Caption", item);
                numberNode = Node("Lbl", item);
                var body = Node("LBody", item);
                textNode = Node("P", body);
                itemsParent = body;
            }
            else
            {
                list = -1;
                if (clause.Caption is not null) captionNode = Node("P", parent);
                textNode = Node("P", parent);
                itemsParent = parent;
            }
            var afterCaption = false;
            if (clause.Caption is { } caption)
            {
                Add(BlockKind.Caption, new ParagraphSpec(caption, FontSlot.Body, _body, _left + indent + _body, _width - indent - _body, Node: captionNode!.Value),
                    _line * 0.5, keep: true, anchors: [clause.Id], where: clause.Id, span: clause.Span);
                afterCaption = true;
            }

            // A Japanese article of several paragraphs (項) has no text of its own: its first, unnumbered paragraph is set
            // on the article's line, and the numbered paragraphs (２, ３) hang at the article's indent, as statutes are printed.
            var items = clause.Items;
            var text = clause.Text;
            IReadOnlyList<Clause> firstItems = [];
            string? merged = null;
            if (text.Length == 0 && clause.Heading is null && clause.Contents is null && items.Length > 0
                && items[0] is { Number: null, Caption: null, Heading: null, Contents: null } first && first.Kind == ClauseKind.Paragraph && !_options.NumberClauses)
            {
                text = first.Text;
                merged = first.Id;
                firstItems = first.Items;
                items = items[1..];
            }
            Add(BlockKind.Clause,
                new ParagraphSpec(text, FontSlot.Body, _body, _left + indent, _width - indent,
                    FirstIndent: number is null ? _style.ParagraphIndent * _body : 0, Number: number, Node: textNode, NumberNode: numberNode,
                    Lead: clause.Heading),
                afterCaption ? 0 : Previous == BlockKind.SectionHeading ? _line * 0.25 : _line * 0.5,
                anchors: Anchors(afterCaption ? null : clause.Id, merged), where: clause.Id, span: clause.Span);
            if (firstItems.Count > 0) Clauses(firstItems, itemsParent, level + 1, sectionLevel, ClauseKind.Paragraph);
            if (clause.Contents is { } contents) Contents(contents, itemsParent, indent + _body, clause.Id);
            if (items.Length > 0) Clauses(items, itemsParent, merged is null ? level + 1 : level, sectionLevel, merged is null ? clause.Kind : null);
        }
    }

    /// <summary>
    /// A table of contents: <c>TOC › Caption</c> (its title) and a <c>TOCI › Lbl, P</c> per entry, deeper levels in nested
    /// <c>TOC</c>s; entries hang their numbers and indent one em per level, with no space between them.
    /// </summary>
    private void Contents(TableOfContents contents, int parent, double indent, string where)
    {
        var toc = Node("TOC", parent);
        if (contents.Title is { } title)
            Add(BlockKind.ContentsTitle, new ParagraphSpec(title.Text, FontSlot.Heading, _body, _left + indent, _width - indent, Node: Node("Caption", toc)),
                _line * 0.5, keep: true, where: where, span: title.Span);
        var levels = new List<(int Level, int Toc, int LastItem)> { (contents.Entries.IsEmpty ? 1 : contents.Entries.Min(e => e.Level), toc, -1) };
        var firstEntry = true;
        foreach (var entry in contents.Entries)
        {
            while (levels.Count > 1 && levels[^1].Level > entry.Level) levels.RemoveAt(levels.Count - 1);
            if (entry.Level > levels[^1].Level && levels[^1].LastItem >= 0)
                levels.Add((entry.Level, Node("TOC", levels[^1].LastItem), -1));
            var (level, current, _) = levels[^1];
            var item = Node("TOCI", current);
            levels[^1] = (level, current, item);
            var depth = Math.Max(0, entry.Level - levels[0].Level) + 1;
            var left = _left + indent + depth * _body;
            var label = entry.Number is null ? -1 : Node("Lbl", item);
            Add(BlockKind.ContentsEntry,
                new ParagraphSpec(entry.Text, FontSlot.Body, _body, left, _width - indent - depth * _body, Number: entry.Number,
                    Node: Node("P", item), NumberNode: label),
                firstEntry && contents.Title is null ? _line * 0.5 : 0, where: where, span: entry.Span);
            firstEntry = false;
        }
    }

    private static string[] Anchors(params string?[] ids) => ids.OfType<string>().ToArray();

    private void Closing(Paragraph paragraph, int index, int root)
    {
        var single = ParagraphComposer.Compose(new ParagraphSpec(paragraph.Text, FontSlot.Body, _body, _left, _width, Align: Alignment.Right), _fonts, _style, []);
        var node = Node("P", root);
        var spec = single.Count == 1
            ? new ParagraphSpec(paragraph.Text, FontSlot.Body, _body, _left, _width, Align: Alignment.Right, Node: node)
            : new ParagraphSpec(paragraph.Text, FontSlot.Body, _body, _left, _width, FirstIndent: _style.ParagraphIndent * _body, Node: node);
        Add(BlockKind.Closing, spec, Previous == BlockKind.Closing ? 0 : _line, where: $"closing paragraph {index + 1}", span: paragraph.Span);
    }

    private void Add(BlockKind kind, ParagraphSpec spec, double spaceBefore, bool keep = false, IReadOnlyList<string>? anchors = null,
        (string, int)? outline = null, string where = "", SourceSpan? span = null)
    {
        var issues = new List<GlyphIssue>();
        _blocks.Add(new ComposedBlock(new BlockInfo(kind), ParagraphComposer.Compose(spec, _fonts, _style, issues), spaceBefore, keep, anchors ?? [], outline));
        Report(issues, where, span, kind is BlockKind.Title or BlockKind.SectionHeading);
    }

    private void Report(List<GlyphIssue> issues, string where, SourceSpan? span, bool heading)
    {
        if (issues.Count == 0) return;
        var primary = heading ? _fonts.Heading : _fonts.Body;
        var fallback = heading ? _fonts.HeadingFallback : _fonts.BodyFallback;
        foreach (var issue in issues)
        {
            if (!_reported.Add((issue.CodePoint, where))) continue;
            var ch = char.ConvertFromUtf32(issue.CodePoint);
            var name = char.IsControl(ch, 0) ? "" : $" '{ch}'";
            _diagnostics.Add(issue.Invisible
                ? new Diagnostic("PDF003", DiagnosticSeverity.Info,
                    $"U+{issue.CodePoint:X4} (invisible format character) in {where} is not drawn", span)
                : issue.UsedFallback
                ? new Diagnostic("PDF002", DiagnosticSeverity.Info,
                    $"U+{issue.CodePoint:X4}{name} in {where} has no glyph in {primary.Name}; drawn in a bundled font", span)
                : new Diagnostic("PDF001", DiagnosticSeverity.Warning,
                    $"U+{issue.CodePoint:X4}{name} in {where} has no glyph in {primary.Name} or {fallback.Name}; " +
                    (issue.Replacement is null ? "left out" : "drawn as 〓 (U+3013)"), span));
        }
    }
}
