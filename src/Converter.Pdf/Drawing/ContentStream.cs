using System.Globalization;
using System.Text;
using Converter.Pdf.Fonts;
using Converter.Pdf.Layout;

namespace Converter.Pdf.Drawing;

/// <summary>A font as the page content refers to it: resource name and the document's subset of it.</summary>
/// <param name="Name">Resource name without the slash (<c>F1</c>).</param>
/// <param name="Subset">The glyphs the document draws in it.</param>
internal sealed record PageFont(string Name, FontSubset Subset);

/// <summary>
/// Writes one page's content stream from its laid-out lines: text only, each line a text object, each structure element's
/// part of a line one marked-content sequence (<c>/P &lt;&lt;/MCID n&gt;&gt; BDC … EMC</c>) around its own text object,
/// so marked content and text objects nest cleanly. Runs of one font on a line share one <c>TJ</c>, positioned by
/// adjustments computed from the widths written to <c>/W</c>. The page number comes last, as an artifact, so that
/// readers that follow the content order (<c>pdftotext -raw</c>) see it after the text.
/// </summary>
internal sealed class ContentStream
{
    private readonly StringBuilder _sb = new(8192);
    private readonly double _pageHeight;
    private readonly Func<FontSlot, PageFont> _fonts;
    private int _nextMcid;

    /// <summary>Marked-content ids in order, each with the structure node it belongs to.</summary>
    public List<int> McidNodes { get; } = [];

    private ContentStream(double pageHeight, Func<FontSlot, PageFont> fonts)
    {
        _pageHeight = pageHeight;
        _fonts = fonts;
    }

    /// <summary>The content of <paramref name="page"/> (Latin-1 bytes) and, by MCID, the structure node of each marked-content sequence.</summary>
    public static (byte[] Content, List<int> McidNodes) Write(PageLayout page, IReadOnlyList<StructNode> nodes, double pageHeight, Func<FontSlot, PageFont> fonts)
    {
        var writer = new ContentStream(pageHeight, fonts);
        foreach (var line in page.Lines)
        {
            var runs = line.Runs;
            for (var i = 0; i < runs.Count;)
            {
                var end = i + 1;
                while (end < runs.Count && runs[end].Node == runs[i].Node) end++;
                var node = runs[i].Node;
                if (node < 0) writer._sb.Append("/Artifact BMC\n");
                else
                {
                    writer._sb.Append('/').Append(nodes[node].Tag).Append(" <</MCID ").Append(writer._nextMcid++).Append(">> BDC\n");
                    writer.McidNodes.Add(node);
                }
                writer.Text(runs, i, end, line.Baseline);
                writer._sb.Append("EMC\n");
                i = end;
            }
        }
        writer._sb.Append("/Artifact <</Type /Pagination /Subtype /Footer>> BDC\n");
        writer.Text(page.Footer.Runs, 0, page.Footer.Runs.Count, page.Footer.Baseline);
        writer._sb.Append("EMC\n");
        return (Encoding.Latin1.GetBytes(writer._sb.ToString()), writer.McidNodes);
    }

    private void Text(IReadOnlyList<PlacedRun> runs, int start, int end, double baseline)
    {
        _sb.Append("BT\n");
        PageFont? font = null;
        double size = 0, x = 0;   // x: where the next glyph would go, in points
        var open = false;
        for (var r = start; r < end; r++)
        {
            var run = runs[r];
            var runFont = _fonts(run.Font);
            if (!ReferenceEquals(runFont, font) || run.Size != size)
            {
                if (open) _sb.Append("] TJ\n");
                font = runFont;
                size = run.Size;
                _sb.Append('/').Append(font.Name).Append(' ').Append(Num(size)).Append(" Tf\n");
                _sb.Append("1 0 0 1 ").Append(Num(run.X)).Append(' ').Append(Num(_pageHeight - baseline)).Append(" Tm\n[");
                open = true;
                x = run.X;
            }
            else
            {
                var adjustment = Math.Round((x - run.X) * 1000 / size, 3);
                if (adjustment != 0) _sb.Append(Num(adjustment));
                x = run.X;
            }
            _sb.Append('<');
            foreach (var rune in run.Text.EnumerateRunes())
            {
                var cp = rune.Value;
                var cid = cp == 0xAD && !font.Subset.Font.HasGlyph(0xAD) ? font.Subset.Cid('-', 0xAD) : font.Subset.Cid(cp);
                _sb.Append(cid.ToString("x4", CultureInfo.InvariantCulture));
                x += font.Subset.Width(cid) * size / 1000;
            }
            _sb.Append('>');
        }
        if (open) _sb.Append("] TJ\n");
        _sb.Append("ET\n");
    }

    /// <summary>A number as PDF writes it: invariant, at most three decimals, no exponent.</summary>
    internal static string Num(double value)
    {
        var rounded = Math.Round(value, 3);
        return (rounded == 0 ? 0 : rounded).ToString("0.###", CultureInfo.InvariantCulture);
    }
}
