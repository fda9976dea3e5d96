using Converter.Pdf.Layout;
using Xunit;

namespace Converter.Pdf.Tests;

/// <summary>JIS X 4051 line-breaking rules on crafted paragraphs (pure layout, fake monospaced font).</summary>
public sealed class LineBreakerTests
{
    [Theory]
    [InlineData("あいうえお、かきく", "あいうえ", "お、かきく")]     // comma would start line 2
    [InlineData("あいうえお。かきく", "あいうえ", "お。かきく")]     // full stop
    [InlineData("あいうえお）かきく", "あいうえ", "お）かきく")]     // closing bracket
    [InlineData("あいうえお」かきく", "あいうえ", "お」かきく")]
    [InlineData("あいうえお』かきく", "あいうえ", "お』かきく")]
    [InlineData("あいうえお】かきく", "あいうえ", "お】かきく")]
    [InlineData("あいうえお〕かきく", "あいうえ", "お〕かきく")]
    [InlineData("あいうえお〉かきく", "あいうえ", "お〉かきく")]
    [InlineData("あいうえお》かきく", "あいうえ", "お》かきく")]
    [InlineData("あいうえお］かきく", "あいうえ", "お］かきく")]
    [InlineData("あいうえお｝かきく", "あいうえ", "お｝かきく")]
    [InlineData("あいうえお・かきく", "あいうえ", "お・かきく")]
    [InlineData("あいうえお：かきく", "あいうえ", "お：かきく")]
    [InlineData("あいうえお；かきく", "あいうえ", "お；かきく")]
    [InlineData("あいうえお？かきく", "あいうえ", "お？かきく")]
    [InlineData("あいうえお！かきく", "あいうえ", "お！かきく")]
    [InlineData("あいうえおーかきく", "あいうえ", "おーかきく")]
    [InlineData("あいうえお々かきく", "あいうえ", "お々かきく")]
    [InlineData("あいうえおゝかきく", "あいうえ", "おゝかきく")]
    [InlineData("あいうえおゞかきく", "あいうえ", "おゞかきく")]
    [InlineData("あいうえおっかきく", "あいうえ", "おっかきく")]
    [InlineData("あいうえおゃかきく", "あいうえ", "おゃかきく")]
    [InlineData("あいうえおァかきく", "あいうえ", "おァかきく")]
    [InlineData("あいうえおッかきく", "あいうえ", "おッかきく")]
    [InlineData("あいうえおヵかきく", "あいうえ", "おヵかきく")]
    [InlineData("あいうえお，かきく", "あいうえ", "お，かきく")]
    [InlineData("あいうえお．かきく", "あいうえ", "お．かきく")]
    public void No_line_starts_with_a_closing_or_small_character(string text, string first, string second)
    {
        // Five characters fit; the sixth may not start a line, so the fifth is pushed along with it (oidashi).
        var lines = FakeFont.Lines(text, 5);
        Assert.Equal(first, lines[0]);
        Assert.StartsWith(second[..2], lines[1]);
        Assert.Equal(text, string.Concat(lines));
        AssertKinsoku(lines);
    }

    [Theory]
    [InlineData("あいうえお（かきく")]
    [InlineData("あいうえお「かきく")]
    [InlineData("あいうえお『かきく")]
    [InlineData("あいうえお【かきく")]
    [InlineData("あいうえお〔かきく")]
    [InlineData("あいうえお〈かきく")]
    [InlineData("あいうえお《かきく")]
    [InlineData("あいうえお［かきく")]
    [InlineData("あいうえお｛かきく")]
    [InlineData("あいうえお(かきく")]
    public void No_line_ends_with_an_opening_bracket(string text)
    {
        // The opening bracket is the sixth character, the last that fits: it moves to the next line.
        var lines = FakeFont.Lines(text, 6);
        Assert.Equal("あいうえお", lines[0]);
        Assert.Equal(text[5], lines[1][0]);
        AssertKinsoku(lines);
    }

    [Fact]
    public void Chained_prohibitions_push_further_back()
    {
        // 」 and 。 both may not start a line: "く」。" goes to the next line together.
        var lines = FakeFont.Lines("あいうえおかきく」。けこ", 8);
        Assert.Equal("あいうえおかき", lines[0]);
        Assert.Equal("く」。けこ", lines[1]);
    }

    [Theory]
    [InlineData("あいうえお２０２５年に", "２０２５")]
    [InlineData("あいうえおか2025年に", "2025")]
    [InlineData("あいうえおか22日に", "22")]
    [InlineData("あいうえおか9.5％で", "9.5％")]
    [InlineData("あいうえおかきASEAN加盟国", "ASEAN")]
    [InlineData("あいうえおかきAPEC議長年", "APEC")]
    [InlineData("あいうえおかＩＴ労働者", "ＩＴ")]
    [InlineData("あいうえおか1,000人", "1,000")]
    public void Numbers_and_Latin_words_are_never_split(string text, string unit)
    {
        foreach (var width in Enumerable.Range(4, 10))
        {
            var lines = FakeFont.Lines(text, width);
            Assert.Equal(text, string.Concat(lines));
            Assert.Contains(lines, l => l.Contains(unit, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Latin_text_breaks_at_spaces_and_drops_them_at_line_ends()
    {
        // 0.5 em per Latin character: 20 characters per line of 10 full-width ems.
        var lines = FakeFont.Lines("The ministers welcomed the progress of trilateral cooperation.", 10);
        Assert.All(lines, l => Assert.False(l.StartsWith(' ') || l.EndsWith(' ')));
        Assert.Equal(["The ministers", "welcomed the", "progress of", "trilateral", "cooperation."], lines);
    }

    [Fact]
    public void Spaces_around_Latin_words_in_Japanese_are_break_opportunities()
    {
        var lines = FakeFont.Lines("並びに ASEAN 加盟国に対する", 5);
        Assert.Equal("並びに", lines[0]);
        Assert.StartsWith("ASEAN", lines[1]);
    }

    [Theory]
    [InlineData("――", 1)]
    [InlineData("……", 1)]
    public void Inseparable_pairs_stay_together(string pair, int _)
    {
        var lines = FakeFont.Lines("あいうえお" + pair + "かきく", 6);
        Assert.Contains(lines, l => l.Contains(pair, StringComparison.Ordinal));
    }

    [Fact]
    public void A_long_unbreakable_line_is_cut_without_overflow_or_looping()
    {
        var text = new string('A', 10_000);
        var glyphs = FakeFont.Glyphs(text);
        var spans = LineBreaker.Break(glyphs, 400, 400);
        Assert.Equal(text.Length, spans.Sum(s => s.End - s.Start));
        Assert.All(spans, s => Assert.True(s.Width <= 400 + 1e-6));
        Assert.All(spans.SkipLast(1), s => Assert.True(s.Emergency));
        Assert.Equal(125, spans.Count); // 80 Latin characters per line
    }

    [Fact]
    public void A_line_of_only_prohibited_characters_is_cut_too()
    {
        var text = new string('ー', 10_000);
        var spans = LineBreaker.Break(FakeFont.Glyphs(text), 400, 400);
        Assert.Equal(10_000, spans.Sum(s => s.End - s.Start));
        Assert.Equal(250, spans.Count);
    }

    [Fact]
    public void Progress_is_guaranteed_even_when_nothing_fits()
    {
        var spans = LineBreaker.Break(FakeFont.Glyphs("あいう"), 1, 1);
        Assert.Equal(3, spans.Count);
    }

    [Fact]
    public void The_last_line_is_marked_and_no_line_is_empty()
    {
        var spans = LineBreaker.Break(FakeFont.Glyphs("あいうえおかきくけこさしすせそ"), 50, 50);
        Assert.Equal(3, spans.Count);
        Assert.True(spans[^1].IsLast);
        Assert.All(spans, s => Assert.True(s.End > s.Start));
    }

    [Fact]
    public void Seed_paragraphs_obey_kinsoku()
    {
        foreach (var piece in Converter.Model.ReadingOrder.Pieces(Seed.Document))
            foreach (var chars in new[] { 17, 23, 40 })
            {
                var lines = FakeFont.Lines(piece.Text, chars);
                Assert.Equal(piece.Text.Replace(" ", "", StringComparison.Ordinal), string.Concat(lines).Replace(" ", "", StringComparison.Ordinal));
                AssertKinsoku(lines);
            }
    }

    private static void AssertKinsoku(List<string> lines)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            Assert.NotEmpty(lines[i]);
            if (i > 0) Assert.False(Kinsoku.NoLineStart.Contains(lines[i][0]), $"line {i + 1} starts with '{lines[i][0]}': {lines[i]}");
            if (i < lines.Count - 1) Assert.False(Kinsoku.NoLineEnd.Contains(lines[i][^1]), $"line {i + 1} ends with '{lines[i][^1]}': {lines[i]}");
            if (i > 0 && char.IsAsciiDigit(lines[i][0])) Assert.False(char.IsAsciiDigit(lines[i - 1][^1]), "a number was split");
        }
    }
}
