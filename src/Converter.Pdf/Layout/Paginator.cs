using System.Globalization;

namespace Converter.Pdf.Layout;

/// <summary>
/// Places composed blocks on pages, top to bottom:
/// <list type="bullet">
/// <item>space before a block is dropped at the top of a page;</item>
/// <item>a heading or caption (keep-with-next) moves to the next page unless it and the first two lines of the
/// following block (or all of it, if shorter) fit, so a heading is never the last line on a page;</item>
/// <item>orphans: a block of two or more lines never leaves just its first line at the bottom of a page;</item>
/// <item>widows: a block of three or more lines never carries just its last line to the next page
/// (one more line goes with it), as long as two lines stay behind;</item>
/// <item>a line taller than an empty page is placed anyway, so pagination always progresses.</item>
/// </list>
/// </summary>
internal static class Paginator
{
    private const double Epsilon = 1e-6;

    /// <summary>Paginates <paramref name="blocks"/>.</summary>
    public static DocumentLayout Paginate(IReadOnlyList<ComposedBlock> blocks, PageStyle style, FontPalette fonts)
    {
        var pages = new List<List<PlacedLine>> { new() };
        var outline = new List<OutlineEntry>();
        var destinations = new List<KeyValuePair<string, Anchor>>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var y = style.MarginTop;
        var bottom = style.ContentBottom;

        for (var b = 0; b < blocks.Count; b++)
        {
            var block = blocks[b];
            var lines = block.Lines;
            if (lines.Count == 0) continue;
            var pageEmpty = pages[^1].Count == 0;
            var before = pageEmpty ? 0 : block.SpaceBefore;

            if (block.KeepWithNext && !pageEmpty)
            {
                var need = before + lines.Sum(l => l.Height) + FollowingHeight(blocks, b);
                if (y + need > bottom + Epsilon) NewPage();
            }
            else if (!pageEmpty)
            {
                var fit = Fit(lines, 0, bottom - y - before);
                if (fit == 1 && lines.Count >= 2) NewPage();   // orphan: do not leave the first line alone
                else if (fit == 0) NewPage();
            }

            var start = 0;
            while (start < lines.Count)
            {
                pageEmpty = pages[^1].Count == 0;
                before = pageEmpty ? 0 : start == 0 ? block.SpaceBefore : 0;
                var fit = Fit(lines, start, bottom - y - before);
                if (fit == 0 && pageEmpty) fit = 1;                 // taller than a page: place it anyway
                if (fit == 0)
                {
                    NewPage();
                    continue;
                }
                var remaining = lines.Count - start - fit;
                if (remaining == 1 && lines.Count - start >= 3 && fit >= 3) fit--;  // widow: take one more line along
                y += before;
                for (var k = start; k < start + fit; k++)
                {
                    var line = lines[k];
                    if (k == 0) Anchor(block, pages.Count, y);
                    pages[^1].Add(new PlacedLine(b, y, y + line.BaselineOffset, line.Runs));
                    y += line.Height;
                }
                start += fit;
                if (start < lines.Count) NewPage();
            }
        }

        var total = pages.Count;
        var result = new List<PageLayout>(total);
        for (var i = 0; i < total; i++) result.Add(new PageLayout(i + 1, pages[i], Footer(i + 1, style, fonts)));
        return new DocumentLayout(result, blocks.Select(b => b.Info).ToArray(), [], outline, destinations, style);

        void NewPage()
        {
            pages.Add([]);
            y = style.MarginTop;
        }

        void Anchor(ComposedBlock block, int page, double top)
        {
            var anchor = new Anchor(page, top);
            foreach (var id in block.Anchors)
                if (seen.Add(id)) destinations.Add(new(id, anchor));
            if (block.Outline is { } o) outline.Add(new OutlineEntry(o.Title, o.Level, anchor));
        }
    }

    /// <summary>How many lines from <paramref name="start"/> fit in <paramref name="space"/>.</summary>
    private static int Fit(IReadOnlyList<ComposedLine> lines, int start, double space)
    {
        var n = 0;
        var used = 0.0;
        for (var k = start; k < lines.Count && used + lines[k].Height <= space + Epsilon; k++)
        {
            used += lines[k].Height;
            n++;
        }
        return n;
    }

    /// <summary>Height a keep-with-next block needs below it: the next block's space and first two lines.</summary>
    private static double FollowingHeight(IReadOnlyList<ComposedBlock> blocks, int index)
    {
        if (index + 1 >= blocks.Count) return 0;
        var next = blocks[index + 1];
        var take = next.KeepWithNext ? next.Lines.Count : Math.Min(2, next.Lines.Count);
        var height = next.SpaceBefore + next.Lines.Take(take).Sum(l => l.Height);
        return next.KeepWithNext ? height + FollowingHeight(blocks, index + 1) : height;
    }

    /// <summary>The page number line: "- n -", centred in the bottom margin.</summary>
    private static PlacedLine Footer(int page, PageStyle style, FontPalette fonts)
    {
        var text = "- " + page.ToString(CultureInfo.InvariantCulture) + " -";
        var width = text.Sum(c => fonts.BodyLatin.Advance(c)) * style.FooterSize;
        var x = (style.PageWidth - width) / 2;
        return new PlacedLine(-1, style.FooterBaseline - style.FooterSize, style.FooterBaseline, [new PlacedRun(x, text, FontSlot.BodyLatin, style.FooterSize)]);
    }
}
