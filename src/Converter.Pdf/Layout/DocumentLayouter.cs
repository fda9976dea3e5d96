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
/// Lays a <see cref="Document"/> out on pages: turns the reading order (<see cref="ReadingOrder.Pieces"/>) into
/// blocks (status note, title, preamble, headings, clauses, closing), composes their lines and paginates them.
/// Pure: no PDF library, no I/O; the same document, options and fonts always give the same layout.
/// </summary>
internal static class DocumentLayouter
{
    /// <summary>Lays out <paramref name="document"/>.</summary>
    public static DocumentLayout Layout(Document document, ConverterOptions options, FontPalette fonts, PageStyle style)
    {
        ArgumentNullException.ThrowIfNull(document);
        var blocks = Compose(document, options, fonts, style, out var diagnostics);
        var layout = Paginator.Paginate(blocks, style, fonts);
        return layout with { Diagnostics = diagnostics };
    }

    /// <summary>Composes the blocks of <paramref name="document"/> in reading order.</summary>
    public static List<ComposedBlock> Compose(Document document, ConverterOptions options, FontPalette fonts, PageStyle style, out List<Diagnostic> diagnostics)
    {
        // First occurrence wins: a hand-built model with a repeated id still renders (its destination points at the first).
        var sections = new Dictionary<string, Section>(StringComparer.Ordinal);
        foreach (var s in document.AllSections()) sections.TryAdd(s.Id, s);
        var clauses = new Dictionary<string, Clause>(StringComparer.Ordinal);
        foreach (var c in document.AllClauses()) clauses.TryAdd(c.Id, c);
        var blocks = new List<ComposedBlock>();
        var diags = new List<Diagnostic>();
        var reported = new HashSet<(int, string)>();
        var openSections = new List<Section>();
        var siblingCounters = new Dictionary<string, int>(StringComparer.Ordinal);
        double body = style.BodySize, left = style.MarginLeft, width = style.TextWidth, line = body * style.LineSpacing;
        var pieces = ReadingOrder.Pieces(document).ToList();
        var previousKind = (BlockKind?)null;

        for (var p = 0; p < pieces.Count; p++)
        {
            var piece = pieces[p];
            var issues = new List<GlyphIssue>();
            ComposedBlock block;
            switch (piece.Role)
            {
                case TextRole.StatusNote:
                    block = Block(BlockKind.StatusNote, "P", new ParagraphSpec(piece.Text, FontSlot.Body, body, left, width, Align: Alignment.Right), 0);
                    break;
                case TextRole.Title:
                    block = Block(BlockKind.Title, "H1",
                        new ParagraphSpec(piece.Text, FontSlot.Heading, style.TitleSize, left + 2 * body, width - 4 * body, Align: Alignment.Center),
                        previousKind is null ? 0 : line * 0.5, keep: true);
                    break;
                case TextRole.Subtitle or TextRole.DocumentNumber:
                    block = Block(BlockKind.Subtitle, "P", new ParagraphSpec(piece.Text, FontSlot.Body, body, left, width, Align: Alignment.Center),
                        previousKind == BlockKind.Title ? line * 0.5 : 0);
                    break;
                case TextRole.Preamble:
                    block = Block(BlockKind.Preamble, "P", new ParagraphSpec(piece.Text, FontSlot.Body, body, left, width, FirstIndent: body),
                        previousKind is BlockKind.Title or BlockKind.Subtitle ? line : line * 0.5);
                    break;
                case TextRole.SectionNumber or TextRole.SectionTitle:
                {
                    var section = sections[piece.NodeId!];
                    string? number = null;
                    var title = piece.Text;
                    if (piece.Role == TextRole.SectionNumber && p + 1 < pieces.Count && pieces[p + 1] is { Role: TextRole.SectionTitle } next && next.NodeId == piece.NodeId)
                    {
                        number = piece.Text;
                        title = next.Text;
                        p++;
                    }
                    while (openSections.Count > 0 && openSections[^1].Level >= section.Level) openSections.RemoveAt(openSections.Count - 1);
                    openSections.Add(section);
                    var indent = (section.Level - 1) * body;
                    var tag = "H" + Math.Min(section.Level + 1, 6).ToString(CultureInfo.InvariantCulture);
                    block = Block(BlockKind.SectionHeading, tag,
                        new ParagraphSpec(title, FontSlot.Heading, style.HeadingSize, left + indent, width - indent, Number: number),
                        line, keep: true, anchors: [section.Id],
                        outline: (section.Number is null ? section.Title : section.Number + " " + section.Title, section.Level));
                    break;
                }
                case TextRole.ClauseCaption:
                {
                    var clause = clauses[piece.NodeId!];
                    var indent = ClauseIndent(clause.Id, openSections, body);
                    block = Block(BlockKind.Caption, "P", new ParagraphSpec(piece.Text, FontSlot.Body, body, left + indent + body, width - indent - body),
                        line * 0.5, keep: true, anchors: [clause.Id]);
                    break;
                }
                case TextRole.AmendLawNumber:
                {
                    var section = sections[piece.NodeId!];
                    var indent = (section.Level - 1) * body;
                    block = Block(BlockKind.Caption, "P", new ParagraphSpec(piece.Text, FontSlot.Body, body, left + indent, width - indent), 0, keep: true);
                    break;
                }
                case TextRole.ContentsTitle or TextRole.ContentsNumber or TextRole.ContentsEntry:
                {
                    var text = piece.Text;
                    string? number = null;
                    if (piece.Role == TextRole.ContentsNumber && p + 1 < pieces.Count && pieces[p + 1] is { Role: TextRole.ContentsEntry } next)
                    {
                        number = piece.Text;
                        text = next.Text;
                        p++;
                    }
                    var indent = piece.Role == TextRole.ContentsTitle ? 0 : body;
                    block = Block(BlockKind.Preamble, "P", new ParagraphSpec(text, FontSlot.Body, body, left + indent, width - indent, Number: number),
                        piece.Role == TextRole.ContentsTitle ? line : 0);
                    break;
                }
                case TextRole.ClauseNumber or TextRole.ClauseText or TextRole.ClauseHeading:
                {
                    var clause = clauses[piece.NodeId!];
                    var text = piece.Text;
                    string? number = null;
                    if (piece.Role == TextRole.ClauseNumber && p + 1 < pieces.Count && pieces[p + 1] is { Role: TextRole.ClauseText or TextRole.ClauseHeading } next && next.NodeId == piece.NodeId)
                    {
                        number = piece.Text;
                        text = next.Text;
                        p++;
                    }
                    var dot = clause.Id.LastIndexOf('.');
                    var parent = dot < 0 ? "" : clause.Id[..dot];
                    var ordinal = siblingCounters[parent] = siblingCounters.GetValueOrDefault(parent) + 1;
                    if (number is null && options.NumberClauses)
                    {
                        var nested = parent[(parent.LastIndexOf('.') + 1)..].StartsWith("cl-", StringComparison.Ordinal);
                        number = nested ? $"({ordinal})" : $"{ordinal}.";
                    }
                    var indent = ClauseIndent(clause.Id, openSections, body);
                    var afterCaption = previousKind == BlockKind.Caption && blocks[^1].Anchors.Contains(clause.Id);
                    block = Block(BlockKind.Clause, "P",
                        new ParagraphSpec(text, FontSlot.Body, body, left + indent, width - indent, FirstIndent: number is null ? body : 0, Number: number),
                        afterCaption ? 0 : previousKind == BlockKind.SectionHeading ? line * 0.25 : line * 0.5,
                        anchors: afterCaption ? [] : [clause.Id]);
                    break;
                }
                case TextRole.Closing:
                {
                    openSections.Clear();
                    var single = ParagraphComposer.Compose(new ParagraphSpec(piece.Text, FontSlot.Body, body, left, width, Align: Alignment.Right), fonts, style, []);
                    var spec = single.Count == 1
                        ? new ParagraphSpec(piece.Text, FontSlot.Body, body, left, width, Align: Alignment.Right)
                        : new ParagraphSpec(piece.Text, FontSlot.Body, body, left, width, FirstIndent: body);
                    block = Block(BlockKind.Closing, "P", spec, previousKind == BlockKind.Closing ? 0 : line);
                    break;
                }
                default:
                    throw new InvalidOperationException($"no layout for text role {piece.Role}");
            }
            blocks.Add(block);
            previousKind = block.Info.Kind;
            Report(issues, piece, document, sections, clauses, fonts, block.Info.Kind, diags, reported);

            ComposedBlock Block(BlockKind kind, string tag, ParagraphSpec spec, double spaceBefore, bool keep = false,
                IReadOnlyList<string>? anchors = null, (string, int)? outline = null) =>
                new(new BlockInfo(tag, openSections.Select(s => s.Id).ToArray(), kind),
                    ParagraphComposer.Compose(spec, fonts, style, issues), spaceBefore, keep, anchors ?? [], outline);
        }
        diagnostics = diags;
        return blocks;
    }

    /// <summary>Indent of a clause: one em per nesting level of its section beyond the first and per parent clause.</summary>
    private static double ClauseIndent(string clauseId, List<Section> openSections, double em)
    {
        var sectionLevel = openSections.Count == 0 ? 1 : openSections[^1].Level;
        var clauseDepth = clauseId.Split('.').Count(part => part.StartsWith("cl-", StringComparison.Ordinal)) - 1;
        return (sectionLevel - 1 + Math.Max(0, clauseDepth)) * em;
    }

    private static void Report(List<GlyphIssue> issues, TextPiece piece, Document document,
        Dictionary<string, Section> sections, Dictionary<string, Clause> clauses, FontPalette fonts, BlockKind kind,
        List<Diagnostic> diagnostics, HashSet<(int, string)> reported)
    {
        if (issues.Count == 0) return;
        var where = piece.NodeId ?? piece.Role.ToString();
        SourceSpan? span = piece.NodeId is { } id
            ? sections.TryGetValue(id, out var s) ? s.Span : clauses.TryGetValue(id, out var c) ? c.Span : null
            : piece.Role switch
            {
                TextRole.Title => document.Heading.Title.Span,
                TextRole.StatusNote => document.Heading.StatusNote?.Span,
                _ => null,
            };
        var heading = kind is BlockKind.Title or BlockKind.SectionHeading;
        var primary = heading ? fonts.Heading : fonts.Body;
        var fallback = heading ? fonts.HeadingFallback : fonts.BodyFallback;
        foreach (var issue in issues)
        {
            if (!reported.Add((issue.CodePoint, where))) continue;
            var ch = char.ConvertFromUtf32(issue.CodePoint);
            var name = char.IsControl(ch, 0) ? "" : $" '{ch}'";
            diagnostics.Add(issue.Invisible
                ? new Diagnostic("PDF003", DiagnosticSeverity.Info,
                    $"U+{issue.CodePoint:X4} (invisible format character) in {where} is not drawn", span)
                : issue.UsedFallback
                ? new Diagnostic("PDF002", DiagnosticSeverity.Info,
                    $"U+{issue.CodePoint:X4}{name} in {where} has no glyph in {primary.Name}; drawn in {fallback.Name}", span)
                : new Diagnostic("PDF001", DiagnosticSeverity.Warning,
                    $"U+{issue.CodePoint:X4}{name} in {where} has no glyph in {primary.Name} or {fallback.Name}; " +
                    (issue.Replacement is null ? "left out" : "drawn as 〓 (U+3013)"), span));
        }
    }
}
