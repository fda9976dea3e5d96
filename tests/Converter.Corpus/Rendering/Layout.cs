using System.Text;

namespace Converter.Corpus.Rendering;

/// <summary>The plain-text layouts a corpus document is rendered into.</summary>
public enum Layout
{
    /// <summary>
    /// The reading view: e-Gov's text view (one element per line, ideographic-space indents, no wrapping),
    /// a printed bill or law (hard-wrapped at 75 columns, indented by level), or a statement as a browser
    /// copies it (one line per paragraph, blank lines between paragraphs).
    /// </summary>
    View,
    /// <summary>
    /// Text extracted from a PDF: wrapped (40 full-width or 75 Latin columns), a blank line after every
    /// physical line, a page-number line and a form feed every <see cref="LayoutWriter.LinesPerPage"/> lines,
    /// page breaks falling inside paragraphs and words.
    /// </summary>
    Pdf,
    /// <summary>Single-spaced hard-wrapped text without indentation; blank lines only between structural units.</summary>
    Single,
}

/// <summary>A logical line from a genre renderer, before a layout wraps and paginates it.</summary>
/// <param name="Text">The line's text (never containing a line break).</param>
/// <param name="Indent">Indent of the first physical line, in indent units.</param>
/// <param name="RestIndent">Indent of wrapped continuation lines, in indent units.</param>
/// <param name="Gap">Whether a structural unit starts here (a blank line before it in the view and single layouts).</param>
/// <param name="Furniture">Whether the line is page furniture in the source itself (an end marker, a rule): the parser may drop it.</param>
public sealed record Block(string Text, int Indent = 0, int RestIndent = 0, bool Gap = false, bool Furniture = false);

/// <summary>How a genre's text is laid out.</summary>
/// <param name="IndentUnit">One indent unit (an ideographic space for Japanese, spaces for English).</param>
/// <param name="WrapColumns">Wrap width in display columns (a full-width character counts two).</param>
/// <param name="WrapView">Whether the view layout wraps (printed legislation) or keeps one line per element.</param>
/// <param name="PageNumber">Formats a page number line.</param>
public sealed record LayoutStyle(string IndentUnit, int WrapColumns, bool WrapView, Func<int, string> PageNumber)
{
    /// <summary>Japanese statutes: 40 full-width characters a line, <c>- 12 -</c> page numbers.</summary>
    public static readonly LayoutStyle Japanese = new("\u3000", 80, WrapView: false, n => $"- {n} -");

    /// <summary>US legislation: 75 columns, two-space indent steps, bare page numbers; printed text is wrapped.</summary>
    public static readonly LayoutStyle Legislation = new("  ", 75, WrapView: true, n => n.ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>Statements: 75 columns, four-space list nesting, bare page numbers; the browser view is not wrapped.</summary>
    public static readonly LayoutStyle Statement = new("    ", 75, WrapView: false, n => n.ToString(System.Globalization.CultureInfo.InvariantCulture));
}

/// <summary>Why a line of a rendering may be removed by the parser.</summary>
public enum DebrisKind
{
    /// <summary>A page-number line the PDF layout inserted.</summary>
    PageNumber,
    /// <summary>Page furniture present in the source itself (an end marker <c>###</c>, a rule).</summary>
    SourceFurniture,
}

/// <summary>A line of a rendering that is debris (1-based line number as the parser counts lines).</summary>
public sealed record DebrisLine(int Line, string Text, DebrisKind Kind);

/// <summary>A rendered text and the lines in it that are debris (everything else is content).</summary>
/// <param name="Text">The text (LF line ends, UTF-8 when encoded).</param>
/// <param name="Debris">Lines the parser may remove: inserted page numbers and source furniture.</param>
public sealed record Rendering(string Text, IReadOnlyList<DebrisLine> Debris);

/// <summary>Lays out renderer blocks as one of the <see cref="Layout"/>s. Deterministic: fixed widths and page length.</summary>
public static class LayoutWriter
{
    /// <summary>Physical text lines per PDF page (each followed by a blank line).</summary>
    public const int LinesPerPage = 35;

    /// <summary>Renders the blocks in the layout.</summary>
    public static Rendering Write(IEnumerable<Block> blocks, Layout layout, LayoutStyle style)
    {
        var output = new Output();
        var pageLines = 0;
        var page = 1;
        var pendingFormFeed = false;
        var first = true;
        foreach (var block in blocks)
        {
            var indent = layout == Layout.Single ? 0 : block.Indent;
            var rest = layout == Layout.Single ? 0 : block.RestIndent;
            var wrap = layout != Layout.View || style.WrapView;
            var lines = wrap && !block.Furniture
                ? Wrap(block.Text, style.WrapColumns, indent * Columns(style.IndentUnit), rest * Columns(style.IndentUnit))
                : [block.Text];
            if (layout != Layout.Pdf && block.Gap && !first) output.Add("", null);
            first = false;
            for (var i = 0; i < lines.Count; i++)
            {
                var prefix = Repeat(style.IndentUnit, i == 0 ? indent : rest);
                var text = prefix + lines[i];
                if (layout != Layout.Pdf)
                {
                    output.Add(text, block.Furniture ? DebrisKind.SourceFurniture : null);
                    continue;
                }
                // pdftotext puts the form feed at the start of the next page's first line.
                output.Add((pendingFormFeed ? "\f" : "") + text, block.Furniture ? DebrisKind.SourceFurniture : null);
                pendingFormFeed = false;
                output.Add("", null);
                if (++pageLines == LinesPerPage)
                {
                    output.Add(style.PageNumber(page++), DebrisKind.PageNumber);
                    pendingFormFeed = true;
                    pageLines = 0;
                }
            }
        }
        if (layout == Layout.Pdf && pageLines > 0)
        {
            output.Add(style.PageNumber(page), DebrisKind.PageNumber);
            pendingFormFeed = true;
        }
        if (pendingFormFeed) output.Add("\f", null);
        return output.ToRendering();
    }

    private sealed class Output
    {
        private readonly StringBuilder _text = new();
        private readonly List<DebrisLine> _debris = [];
        private int _line;

        public void Add(string line, DebrisKind? debris)
        {
            _line++;
            _text.Append(line).Append('\n');
            if (debris is { } kind) _debris.Add(new DebrisLine(_line, line.Trim('\f', ' ', '\u3000'), kind));
        }

        public Rendering ToRendering() => new(_text.ToString(), _debris);
    }

    private static string Repeat(string unit, int count) => count <= 0 ? "" : string.Concat(Enumerable.Repeat(unit, count));

    /// <summary>Display columns of a text: two for a full-width (East Asian wide) character, one otherwise.</summary>
    public static int Columns(string text)
    {
        var n = 0;
        foreach (var rune in text.EnumerateRunes()) n += IsWide(rune) ? 2 : 1;
        return n;
    }

    /// <summary>Whether a character is East Asian wide or full-width (a CJK character, kana, full-width form).</summary>
    public static bool IsWide(Rune r)
    {
        var v = r.Value;
        return v is >= 0x1100 and <= 0x115F or >= 0x2E80 and <= 0x303E or >= 0x3041 and <= 0x33FF or >= 0x3400 and <= 0x4DBF
            or >= 0x4E00 and <= 0x9FFF or >= 0xA000 and <= 0xA4CF or >= 0xAC00 and <= 0xD7A3 or >= 0xF900 and <= 0xFAFF
            or >= 0xFE30 and <= 0xFE4F or >= 0xFF00 and <= 0xFF60 or >= 0xFFE0 and <= 0xFFE6 or >= 0x20000 and <= 0x3FFFD;
    }

    // Japanese line breaking (kinsoku): these never start a line; a PDF hangs them at the end of the previous one.
    private const string NoLineStart = "、。，．）」』】〕〉》〙〗”’ゝゞヽヾーぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ々・：；？！";

    /// <summary>
    /// Breaks a text into physical lines of at most <paramref name="columns"/> display columns (the first line
    /// starting after <paramref name="firstIndent"/> columns, the rest after <paramref name="restIndent"/>):
    /// between words for Latin text, between any two characters for CJK text, never before a closing mark.
    /// A space at a break is dropped, as a PDF does.
    /// </summary>
    public static List<string> Wrap(string text, int columns, int firstIndent, int restIndent)
    {
        var lines = new List<string>();
        var line = new StringBuilder();
        var used = firstIndent;
        var limit = columns;
        var pendingSpace = "";
        foreach (var token in Tokens(text))
        {
            if (token.IsSpace)
            {
                if (line.Length > 0) pendingSpace += token.Text;
                continue;
            }
            var width = Columns(token.Text);
            var hang = token.Text.Length > 0 && NoLineStart.Contains(token.Text[0], StringComparison.Ordinal) && line.Length > 0;
            if (line.Length > 0 && used + Columns(pendingSpace) + width > limit && !hang)
            {
                lines.Add(line.ToString());
                line.Clear();
                pendingSpace = "";
                used = restIndent;
            }
            var piece = token.Text;
            // A Latin word longer than a whole line is cut where the line ends.
            while (line.Length == 0 && used + Columns(piece) > limit && !token.IsWide && piece.Length > 1)
            {
                var fit = Math.Max(1, limit - used);
                lines.Add(piece[..Math.Min(fit, piece.Length - 1)]);
                piece = piece[Math.Min(fit, piece.Length - 1)..];
                used = restIndent;
            }
            line.Append(pendingSpace).Append(piece);
            used += Columns(pendingSpace) + Columns(piece);
            pendingSpace = "";
        }
        if (line.Length > 0 || lines.Count == 0) lines.Add(line.ToString());
        return lines;
    }

    private readonly record struct Token(string Text, bool IsSpace, bool IsWide);

    private static IEnumerable<Token> Tokens(string text)
    {
        var i = 0;
        while (i < text.Length)
        {
            var r = Rune.GetRuneAt(text, i);
            if (Rune.IsWhiteSpace(r) && r.Value != 0x3000)
            {
                var start = i;
                while (i < text.Length && char.IsWhiteSpace(text[i]) && text[i] != '\u3000') i++;
                yield return new Token(text[start..i], true, false);
            }
            else if (IsWide(r))
            {
                yield return new Token(r.ToString(), false, true);
                i += r.Utf16SequenceLength;
            }
            else
            {
                var start = i;
                while (i < text.Length)
                {
                    var next = Rune.GetRuneAt(text, i);
                    if (IsWide(next) || (Rune.IsWhiteSpace(next) && next.Value != 0x3000)) break;
                    i += next.Utf16SequenceLength;
                }
                yield return new Token(text[start..i], false, false);
            }
        }
    }
}
