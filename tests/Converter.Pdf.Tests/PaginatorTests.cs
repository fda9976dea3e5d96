using Converter.Pdf.Layout;
using Xunit;

namespace Converter.Pdf.Tests;

/// <summary>Pagination rules on blocks of 20-pt lines, five lines to a page (pure layout).</summary>
public sealed class PaginatorTests
{
    private static readonly PageStyle Style = PageStyle.Default with { PageHeight = 100, MarginTop = 0, MarginBottom = 0 };

    private static ComposedBlock Block(string name, int lines, bool keep = false, double before = 0) => new(
        new BlockInfo(keep ? BlockKind.SectionHeading : BlockKind.Clause),
        Enumerable.Range(1, lines).Select(i => new ComposedLine(20, 15, [new PlacedRun(0, $"{name}{i}", FontSlot.Body, 10)])).ToList(),
        before, keep, [name], keep ? (name, 1) : null);

    private static List<List<string>> Pages(params ComposedBlock[] blocks) =>
        Paginator.Paginate(blocks, Style, FakeFont.Palette()).Pages.Select(p => p.Lines.Select(l => l.Text).ToList()).ToList();

    [Fact]
    public void A_heading_is_never_the_last_line_on_a_page()
    {
        var pages = Pages(Block("a", 4), Block("H", 1, keep: true), Block("b", 3));
        Assert.Equal(["a1", "a2", "a3", "a4"], pages[0]);
        Assert.Equal(["H1", "b1", "b2", "b3"], pages[1]);
    }

    [Fact]
    public void A_heading_needs_two_lines_of_its_text_below_it()
    {
        var pages = Pages(Block("a", 3), Block("H", 1, keep: true), Block("b", 3));
        Assert.Equal(["a1", "a2", "a3"], pages[0]);
        Assert.StartsWith("H", pages[1][0], StringComparison.Ordinal);
    }

    [Fact]
    public void A_heading_followed_by_a_one_line_block_may_end_a_page_together_with_it()
    {
        var pages = Pages(Block("a", 3), Block("H", 1, keep: true), Block("b", 1), Block("c", 2));
        Assert.Equal(["a1", "a2", "a3", "H1", "b1"], pages[0]);
    }

    [Fact]
    public void No_orphan_the_first_line_alone_moves_with_the_rest()
    {
        var pages = Pages(Block("a", 4), Block("b", 3));
        Assert.Equal(["a1", "a2", "a3", "a4"], pages[0]);
        Assert.Equal(["b1", "b2", "b3"], pages[1]);
    }

    [Fact]
    public void No_widow_the_last_line_does_not_go_alone()
    {
        var pages = Pages(Block("a", 6));
        Assert.Equal(["a1", "a2", "a3", "a4"], pages[0]);
        Assert.Equal(["a5", "a6"], pages[1]);
    }

    [Fact]
    public void Space_before_is_dropped_at_the_top_of_a_page()
    {
        var layout = Paginator.Paginate([Block("a", 5), Block("b", 2, before: 10)], Style, FakeFont.Palette());
        Assert.Equal(0, layout.Pages[1].Lines[0].Top);
    }

    [Fact]
    public void A_block_taller_than_a_page_flows_on()
    {
        var pages = Pages(Block("a", 12));
        Assert.Equal([5, 5, 2], pages.Select(p => p.Count));
    }

    [Fact]
    public void Anchors_and_outline_point_at_the_first_line()
    {
        var layout = Paginator.Paginate([Block("a", 4), Block("H", 1, keep: true), Block("b", 3)], Style, FakeFont.Palette());
        Assert.Equal(new Anchor(2, 0), layout.Destinations.Single(d => d.Key == "H").Value);
        Assert.Equal(new Anchor(2, 20), layout.Destinations.Single(d => d.Key == "b").Value);
        Assert.Equal(2, Assert.Single(layout.Outline).Target.Page);
    }

    [Fact]
    public void Every_page_gets_a_centred_page_number()
    {
        var layout = Paginator.Paginate([Block("a", 12)], PageStyle.Default, FakeFont.Palette());
        Assert.All(layout.Pages, p => Assert.Equal($"- {p.Number} -", p.Footer.Text));
    }
}
