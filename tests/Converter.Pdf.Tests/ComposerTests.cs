using Converter.Pdf.Layout;
using Xunit;

namespace Converter.Pdf.Tests;

/// <summary>Paragraph composition: indents, hanging numbers, alignment and justification (pure layout, fake font).</summary>
public sealed class ComposerTests
{
    private static readonly PageStyle Style = PageStyle.Default;

    private static List<ComposedLine> Compose(ParagraphSpec spec) => ParagraphComposer.Compose(spec, FakeFont.Palette(), Style, []);

    [Fact]
    public void First_line_is_indented_by_one_full_width_space()
    {
        var lines = Compose(new ParagraphSpec(new string('あ', 50), FontSlot.Body, 10, 100, 200, FirstIndent: 10));
        Assert.Equal(110, lines[0].Runs[0].X, 3);
        Assert.Equal(100, lines[1].Runs[0].X, 3);
        Assert.Equal(19, lines[0].Runs.Sum(r => r.Text.Length));   // 190 pt after the indent
        Assert.Equal(20, lines[1].Runs.Sum(r => r.Text.Length));
    }

    [Theory]
    [InlineData("１．", 20)]      // full-width period carries its own space: hang 2 em
    [InlineData("（１）", 30)]
    [InlineData("第１条", 40)]    // kanji: a full-width space after the number
    [InlineData("1.", 15)]        // 1 em + half-em gap = 1.5 em (on the half-em grid)
    [InlineData("(a)", 20)]       // 1.5 em + half-em gap
    [InlineData("・", 10)]
    public void A_number_hangs_and_the_text_lines_up_after_it(string number, double hang)
    {
        var lines = Compose(new ParagraphSpec(new string('あ', 50), FontSlot.Body, 10, 100, 200, FirstIndent: 10, Number: number));
        Assert.Equal(number, lines[0].Runs[0].Text);
        Assert.Equal(100, lines[0].Runs[0].X, 3);
        Assert.Equal(100 + hang, lines[0].Runs[1].X, 3);
        Assert.Equal(100 + hang, lines[1].Runs[0].X, 3);
    }

    [Fact]
    public void Centred_and_right_aligned_lines()
    {
        var centred = Compose(new ParagraphSpec("あいう", FontSlot.Heading, 10, 100, 200, Align: Alignment.Center));
        Assert.Equal(185, centred[0].Runs[0].X, 3);
        var right = Compose(new ParagraphSpec("（仮訳）", FontSlot.Body, 10, 100, 200, Align: Alignment.Right));
        Assert.Equal(260, right[0].Runs[0].X, 3);
    }

    [Fact]
    public void Pushed_lines_are_justified_to_the_measure_and_the_last_line_is_not()
    {
        // "こ" is pushed to line 2 with "、", leaving line 1 one em short: the em is spread over its 8 gaps.
        var lines = Compose(new ParagraphSpec("あいうえおかきくけこ、さしす", FontSlot.Body, 10, 0, 100));
        var first = lines[0].Runs;
        Assert.Equal("あいうえおかきくけ", string.Concat(first.Select(r => r.Text)));
        Assert.Equal(0, first[0].X, 3);
        Assert.Equal(90, first[^1].X, 3);                        // last glyph ends at the right edge
        Assert.Equal("こ、さしす", string.Concat(lines[1].Runs.Select(r => r.Text)));
        Assert.Single(lines[^1].Runs);                            // last line: natural spacing, one run
    }

    [Fact]
    public void Latin_words_are_not_letter_spaced_when_justified()
    {
        const string text = "The ministers welcomed the progress of cooperation in the region.";
        var words = text.Split(' ');
        var lines = Compose(new ParagraphSpec(text, FontSlot.Body, 10, 0, 100));
        Assert.Contains(lines, l => l.Runs.Count > 1);
        foreach (var line in lines.Where(l => l.Runs.Count > 1))
            Assert.All(line.Runs, r => Assert.Contains(r.Text.TrimEnd(), words));
    }

    [Fact]
    public void Justification_never_opens_a_gap_before_closing_punctuation()
    {
        var glyphs = FakeFont.Glyphs("閣僚は、合意した。");
        var analysis = LineBreaker.Analyze(glyphs);
        var (joined, wordSpacing) = ParagraphComposer.JustificationJoins(glyphs, analysis.JoinedToPrevious, 0, glyphs.Count);
        Assert.False(wordSpacing);
        Assert.True(joined[3]);   // 、 stays with は
        Assert.True(joined[8]);   // 。 stays with た
        Assert.False(joined[1]);  // between 閣 and 僚 Japanese justification may add space
    }

    [Fact]
    public void Latin_lines_stretch_only_at_word_spaces()
    {
        var glyphs = FakeFont.Glyphs("an open, free, secure order");
        var analysis = LineBreaker.Analyze(glyphs);
        var (joined, wordSpacing) = ParagraphComposer.JustificationJoins(glyphs, analysis.JoinedToPrevious, 0, glyphs.Count);
        Assert.True(wordSpacing);
        for (var i = 1; i < glyphs.Count; i++)                    // the only stretchable gaps: after a space, before the next word
            Assert.Equal(!(glyphs[i - 1].IsSpace && !glyphs[i].IsSpace), joined[i]);
    }
}
