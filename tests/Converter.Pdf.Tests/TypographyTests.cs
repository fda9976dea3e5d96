using Converter.Pdf.Fonts;
using Converter.Pdf.Layout;
using Xunit;

namespace Converter.Pdf.Tests;

/// <summary>Latin typography: the font chosen per character, hyphenation, and word spaces on justified lines.</summary>
public sealed class TypographyTests
{
    private static readonly FontSet Fonts = FontSet.Load(ConverterOptions.Default);

    private static List<Glyph> Shape(string text, bool cjk) => TextShaper.Shape(text, FontSlot.Body, 10, Fonts.Palette(cjk), []);

    private static string Slots(string text, bool cjk) =>
        string.Concat(Shape(text, cjk).Select(g => g.Font switch { FontSlot.BodyLatin => 'L', FontSlot.Body => 'J', _ => '?' }));

    [Theory]
    [InlineData("Leaders’ Communiqué", false, "LLLLLLLLLLLLLLLLLLL")]
    [InlineData("§ 2 — “quoted” €5", false, "LLLLLLLLLLLLLLLLL")]
    [InlineData("ASEAN加盟国", true, "LLLLLJJJ")]        // Latin words in Japanese: the Latin font
    [InlineData("２０２５年9月", true, "JJJJJLJ")]        // full-width digits stay in IPAex, half-width ones do not
    [InlineData("「閣僚」…“声明”", true, "JJJJJJJJJ")]   // ambiguous punctuation among Japanese: full-width IPAex forms
    [InlineData("の“G7”は", true, "JJLLJJ")]             // … also next to a Latin word when Japanese is on the other side
    [InlineData("G7’s “summit”", true, "LLLLLLLLLLLLL")] // … and Latin among Latin words
    public void Each_character_gets_the_font_of_its_script(string text, bool cjk, string slots) =>
        Assert.Equal(slots, Slots(text, cjk));

    [Fact]
    public void Japanese_and_Latin_letters_are_a_quarter_em_apart_but_punctuation_is_not()
    {
        var glyphs = Shape("日本ASEAN、2025年", cjk: true);
        Assert.Equal([0, 0, 2.5, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2.5], glyphs.Select(g => g.Gap));
    }

    [Theory]
    [InlineData("hyphenation", new[] { 2, 6 })]        // hy-phen-ation
    [InlineData("cooperation", new[] { 2, 4, 6, 7 })]  // co-op-er-a-tion
    [InlineData("table", new[] { 2 })]                 // ta-ble
    [InlineData("the", new int[0])]                    // too short: 2 letters before a hyphen, 3 after
    public void English_words_hyphenate_at_Liang_pattern_points(string word, int[] points) =>
        Assert.Equal(points, Hyphenator.EnglishUs.Points(word));

    [Fact]
    public void A_justified_English_paragraph_never_spaces_words_wider_than_twice_the_space()
    {
        var text = string.Join(' ', Enumerable.Repeat("The ministers reaffirmed their commitment to a free and open Indo-Pacific, " +
            "to the denuclearization of the Korean Peninsula, and to supply-chain resilience in critical minerals.", 8));
        var style = PageStyle.Western;
        var palette = Fonts.Palette(cjk: false);
        var lines = ParagraphComposer.Compose(new ParagraphSpec(text, FontSlot.Body, 12, 0, 300, Node: 0), palette, style, []);
        var space = palette.BodyLatin.Advance(' ') * 12;
        Assert.Contains(lines, l => l.Runs[^1].Text == "\u00AD");                     // some line ends hyphenated
        foreach (var line in lines.Take(lines.Count - 1))
        {
            var runs = line.Runs.Where(r => r.Text != "\u00AD").ToList();
            var last = runs[^1];
            var right = last.X + last.Text.EnumerateRunes().Sum(r => palette.BodyLatin.Advance(r.Value)) * 12
                + (line.Runs[^1].Text == "\u00AD" ? palette.BodyLatin.Advance('-') * 12 : 0);
            var ragged = right < 300 - 0.01;
            for (var r = 1; r < runs.Count; r++)
            {
                var word = runs[r - 1].Text.TrimEnd(' ');
                var end = runs[r - 1].X + word.EnumerateRunes().Sum(c => palette.BodyLatin.Advance(c.Value)) * 12;
                var gap = runs[r].X - end;
                Assert.InRange(gap, (1 - ParagraphComposer.SpaceShrink) * space - 0.01, 2 * space + 0.01);
                if (ragged) Assert.Equal(space, gap, 2);                                  // a ragged line keeps natural spaces
            }
            if (!ragged) Assert.Equal(300, right, 2);
        }
    }
}
