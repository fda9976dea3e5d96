using System.Globalization;
using System.Text;

namespace Converter.Pdf.Drawing;

/// <summary>
/// Several runs of one line in one font, drawn with a single PDFsharp <c>DrawString</c> at the first run's position:
/// how many glyphs each run has and where it starts. <see cref="TextPositioner"/> turns that call's <c>Tj</c> into a
/// <c>TJ</c> whose adjustments put every run where layout placed it.
/// </summary>
/// <param name="Size">Type size (the <c>Tf</c> size of the call).</param>
/// <param name="GlyphCounts">Glyphs (code points) in each run.</param>
/// <param name="Offsets">Each run's left edge, in points from the first run's left edge (so <c>Offsets[0]</c> is 0).</param>
internal sealed record TextGroup(double Size, int[] GlyphCounts, double[] Offsets);

/// <summary>
/// Rewrites page content streams PDFsharp wrote with two-byte glyph codes (Identity-H): the <c>Tj</c> of every merged
/// <see cref="TextGroup"/> becomes a <c>TJ</c> with the spacing between its runs. Positions are computed with the
/// widths the file itself declares (the CID font's <c>/W</c>), so the runs land exactly where layout put them.
/// </summary>
/// <remarks>
/// Drawing a justified Japanese line run by run costs one PDFsharp <c>DrawString</c> per glyph; drawing it as one
/// string and positioning here costs one per line and writes a smaller content stream.
/// </remarks>
internal static class TextPositioner
{
    private const string Hex = "0123456789abcdef";

    /// <summary>
    /// Rewrites <paramref name="content"/> (one page's content stream, Latin-1): the k-th text-showing operator is the
    /// k-th entry of <paramref name="draws"/>, starting at <paramref name="next"/>; <c>null</c> entries are left alone.
    /// </summary>
    /// <param name="content">The content stream as Latin-1 text.</param>
    /// <param name="draws">The page's DrawString calls in order.</param>
    /// <param name="next">Index of the first call in this stream; advanced past the calls it contains.</param>
    /// <param name="widths">Glyph widths (thousandths of an em) of the font behind a resource name such as <c>/F0</c>.</param>
    /// <exception cref="FormatException">The stream does not match the calls recorded for it (a bug).</exception>
    public static string Rewrite(string content, IReadOnlyList<TextGroup?> draws, ref int next, Func<string, GlyphWidths> widths)
    {
        var output = new StringBuilder(content.Length);
        var copied = 0;
        string? fontName = null;
        string? lastName = null;
        int stringStart = -1, stringEnd = -1;
        var i = 0;
        while (i < content.Length)
        {
            var c = content[i];
            if (PdfObjectLexer.IsWhite(c)) { i++; continue; }
            if (c == '%')
            {
                i = PdfObjectLexer.SkipWhite(content, i);
                continue;
            }
            if (c == '(' || (c == '<' && i + 1 < content.Length && content[i + 1] != '<'))
            {
                stringStart = i;
                i = stringEnd = PdfObjectLexer.ScanValue(content, i);
                continue;
            }
            if (c is '<' or '>') { i += 2; continue; }   // << or >> around a marked-content property list
            if (c is '[' or ']' or '{' or '}') { i++; stringStart = -1; continue; }
            if (c == '/')
            {
                var end = PdfObjectLexer.ScanValue(content, i);
                lastName = content[i..end];
                i = end;
                continue;
            }
            var start = i;
            while (i < content.Length && !PdfObjectLexer.IsWhite(content[i]) && !PdfObjectLexer.IsDelimiter(content[i])) i++;
            if (i == start) throw new FormatException($"unexpected '{c}' in a content stream");
            var token = content.AsSpan(start, i - start);
            if (token.SequenceEqual("Tf")) fontName = lastName;
            else if (token.SequenceEqual("Tj") || token.SequenceEqual("TJ") || token.SequenceEqual("'") || token.SequenceEqual("\""))
            {
                if (next >= draws.Count) throw new FormatException("a content stream shows more text than was drawn");
                var group = draws[next++];
                if (group is null) continue;
                if (!token.SequenceEqual("Tj") || stringStart < 0) throw new FormatException("a merged text run is not a single Tj");
                if (fontName is null) throw new FormatException("text shown before a font was selected");
                output.Append(content, copied, stringStart - copied);
                AppendArray(output, Decode(content.AsSpan(stringStart, stringEnd - stringStart)), group, widths(fontName));
                output.Append(" TJ");
                copied = i;
            }
            stringStart = -1;
        }
        if (copied == 0) return content;
        output.Append(content, copied, content.Length - copied);
        return output.ToString();
    }

    private static void AppendArray(StringBuilder output, byte[] codes, TextGroup group, GlyphWidths widths)
    {
        var total = 0;
        foreach (var n in group.GlyphCounts) total += n;
        if (codes.Length != 2 * total) throw new FormatException($"a merged text run has {codes.Length / 2} glyphs, not {total}");
        output.Append('[');
        var position = 0.0; // advance so far, thousandths of an em
        var g = 0;
        for (var r = 0; r < group.GlyphCounts.Length; r++)
        {
            if (r > 0)
            {
                var target = group.Offsets[r] * 1000 / group.Size;
                var adjustment = Math.Round(position - target, 3);
                if (adjustment != 0) output.Append(CultureInfo.InvariantCulture, $"{adjustment:0.###}");
                position = target;
            }
            if (group.GlyphCounts[r] == 0) continue;
            output.Append('<');
            for (var k = 0; k < group.GlyphCounts[r]; k++, g++)
            {
                var code = (codes[2 * g] << 8) | codes[2 * g + 1];
                output.Append(Hex[code >> 12]).Append(Hex[(code >> 8) & 0xF]).Append(Hex[(code >> 4) & 0xF]).Append(Hex[code & 0xF]);
                position += widths[code];
            }
            output.Append('>');
        }
        output.Append(']');
    }

    /// <summary>The bytes of a PDF string token (hex or literal).</summary>
    internal static byte[] Decode(ReadOnlySpan<char> token)
    {
        var bytes = new List<byte>(token.Length);
        if (token[0] == '<')
        {
            var digits = new StringBuilder(token.Length);
            foreach (var ch in token[1..^1])
                if (!PdfObjectLexer.IsWhite(ch)) digits.Append(ch);
            if (digits.Length % 2 == 1) digits.Append('0');
            return Convert.FromHexString(digits.ToString());
        }
        var body = token[1..^1];
        for (var k = 0; k < body.Length; k++)
        {
            var ch = body[k];
            if (ch != '\\')
            {
                if (ch == '\r')
                {
                    bytes.Add((byte)'\n'); // an unescaped end of line is read as a line feed
                    if (k + 1 < body.Length && body[k + 1] == '\n') k++;
                }
                else bytes.Add((byte)ch);
                continue;
            }
            if (++k >= body.Length) break;
            ch = body[k];
            switch (ch)
            {
                case 'n': bytes.Add((byte)'\n'); break;
                case 'r': bytes.Add((byte)'\r'); break;
                case 't': bytes.Add((byte)'\t'); break;
                case 'b': bytes.Add((byte)'\b'); break;
                case 'f': bytes.Add((byte)'\f'); break;
                case '\r':
                    if (k + 1 < body.Length && body[k + 1] == '\n') k++;
                    break;
                case '\n': break;
                case >= '0' and <= '7':
                    var value = 0;
                    var digits = 0;
                    while (digits < 3 && k < body.Length && body[k] is >= '0' and <= '7')
                    {
                        value = value * 8 + (body[k] - '0');
                        k++;
                        digits++;
                    }
                    k--;
                    bytes.Add((byte)value);
                    break;
                default: bytes.Add((byte)ch); break;
            }
        }
        return [.. bytes];
    }
}

/// <summary>Widths of a CID font by glyph code, in thousandths of an em, from its <c>/W</c> and <c>/DW</c> entries.</summary>
internal sealed class GlyphWidths
{
    private readonly Dictionary<int, double> _widths = [];
    private readonly double _default;

    private GlyphWidths(double defaultWidth) => _default = defaultWidth;

    /// <summary>The width of glyph <paramref name="code"/>.</summary>
    public double this[int code] => _widths.TryGetValue(code, out var w) ? w : _default;

    /// <summary>Reads a <c>/W</c> array (both <c>c [w1 w2 …]</c> and <c>cfirst clast w</c> forms).</summary>
    public static GlyphWidths Parse(string? w, string? dw)
    {
        var result = new GlyphWidths(dw is null ? 1000 : double.Parse(dw, CultureInfo.InvariantCulture));
        if (w is null) return result;
        var i = PdfObjectLexer.SkipWhite(w, 0);
        if (i >= w.Length || w[i] != '[') throw new FormatException("/W is not an array");
        i++;
        var numbers = new List<double>();
        while (true)
        {
            i = PdfObjectLexer.SkipWhite(w, i);
            if (i >= w.Length) throw new FormatException("unterminated /W");
            if (w[i] == ']') break;
            if (w[i] == '[')
            {
                if (numbers.Count != 1) throw new FormatException("malformed /W");
                var code = (int)numbers[0];
                numbers.Clear();
                var end = PdfObjectLexer.ScanValue(w, i);
                foreach (var part in w[(i + 1)..(end - 1)].Split([' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries))
                    result._widths[code++] = double.Parse(part, CultureInfo.InvariantCulture);
                i = end;
                continue;
            }
            var valueEnd = PdfObjectLexer.ScanValue(w, i);
            numbers.Add(double.Parse(w.AsSpan(i, valueEnd - i), CultureInfo.InvariantCulture));
            i = valueEnd;
            if (numbers.Count == 3)
            {
                for (var code = (int)numbers[0]; code <= (int)numbers[1]; code++) result._widths[code] = numbers[2];
                numbers.Clear();
            }
        }
        if (numbers.Count != 0) throw new FormatException("malformed /W");
        return result;
    }
}
