using Converter.PlainText;

namespace Converter.Tests.Parsing;

public sealed class LineStageTests
{
    [Theory]
    [InlineData("a\nb\nc\n", 3)]
    [InlineData("a\r\nb\r\nc\r\n", 3)]
    [InlineData("a\rb\rc\r", 3)]
    [InlineData("a\nb\nc", 3)]
    [InlineData("a\n\n\nb", 4)]
    public void Counts_lines_for_every_line_ending(string text, int count)
    {
        var lines = LineClassifier.Classify(text);
        Assert.Equal(count, lines.Count);
        Assert.Equal("a", lines[0].Content);
        Assert.Equal(Enumerable.Range(1, count), lines.Select(l => l.Number));
    }

    [Theory]
    [InlineData("", "Blank")]
    [InlineData(" ", "Spacer")]
    [InlineData("   ", "Spacer")]
    [InlineData("\u00A0\u00A0", "Spacer")]
    [InlineData("\u3000", "Spacer")]
    [InlineData("\t ", "Spacer")]
    [InlineData("\f", "PageBreak")]
    [InlineData(" \f ", "PageBreak")]
    [InlineData("閣僚は", "Text")]
    public void Classifies_lines(string raw, string kind) =>
        Assert.Equal(kind, LineClassifier.ClassifyLine(1, raw).Kind.ToString());

    [Fact]
    public void Text_line_keeps_indent_and_trailing_space_flag()
    {
        var line = LineClassifier.ClassifyLine(7, "\u3000閣僚は、合意した。 ");
        Assert.Equal("閣僚は、合意した。", line.Content);
        Assert.Equal("\u3000", line.Indent);
        Assert.True(line.HasTrailingWhitespace);
        Assert.Equal(18, line.Width);
    }

    [Fact]
    public void Form_feed_before_text_marks_the_line()
    {
        var line = LineClassifier.ClassifyLine(3, "\fNext page text");
        Assert.Equal(LineKind.Text, line.Kind);
        Assert.True(line.HasFormFeed);
        Assert.Equal("Next page text", line.Content);
    }

    [Theory]
    [InlineData('閣', '僚', false)]
    [InlineData('a', 'b', true)]
    [InlineData('9', '5', true)]
    [InlineData(',', 'J', true)]
    [InlineData('の', 'A', false)]
    [InlineData('C', '年', false)]
    [InlineData('-', 'k', false)]
    [InlineData('\u00AD', 'k', false)]
    [InlineData('、', 'A', false)]
    public void Join_rule_inserts_a_space_only_between_latin_sides(char before, char after, bool space) =>
        Assert.Equal(space, LineJoiner.NeedsSpace(before, after));
}
