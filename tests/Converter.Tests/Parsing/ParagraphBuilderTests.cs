using Converter.PlainText;

namespace Converter.Tests.Parsing;

public sealed class ParagraphBuilderTests
{
    private static List<Block> Blocks(string text)
    {
        var lines = DebrisFilter.Apply(LineClassifier.Classify(text), []);
        return ParagraphBuilder.Build(lines);
    }

    [Fact]
    public void Every_line_spaced_text_uses_trailing_spaces_and_spacer_lines()
    {
        var text = "第一段落の一行目で、\n\n二行目です。 \n\n \n\n第二段落の一行目、\n\n続き\n\n\n\n次頁の続きです。 \n\n";
        var blocks = Blocks(text);
        Assert.Equal(["第一段落の一行目で、二行目です。", "第二段落の一行目、続き次頁の続きです。"], blocks.Select(b => b.Text));
        Assert.Equal(1, blocks[0].Span.StartLine);
        Assert.Equal(13, blocks[1].Span.EndLine);
    }

    [Fact]
    public void Single_spaced_text_breaks_at_blank_lines_and_joins_latin_with_one_space()
    {
        var text = "The Ministers met in New York on\n22 September and reaffirmed their\ncommitment to peace.\n\nThey also welcomed the\nprogress made.\n";
        var blocks = Blocks(text);
        Assert.Equal(2, blocks.Count);
        Assert.Equal("The Ministers met in New York on 22 September and reaffirmed their commitment to peace.", blocks[0].Text);
    }

    [Fact]
    public void Form_feed_inside_a_sentence_does_not_break_the_paragraph()
    {
        var text = "The Ministers met in New York on 22 September and\nreaffirmed their commitment to a free and open\n\fIndo-Pacific region and to the rule of law.\n\nNext paragraph here.\n";
        var blocks = Blocks(text);
        Assert.Equal(2, blocks.Count);
        Assert.Contains("open Indo-Pacific", blocks[0].Text);
    }

    [Fact]
    public void Lines_of_nbsp_or_ideographic_space_separate_paragraphs()
    {
        var text = "一つ目の段落です。\n\u00A0\n二つ目の段落です。\n\u3000\u3000\n三つ目の段落です。\n";
        Assert.Equal(3, Blocks(text).Count);
    }

    [Fact]
    public void Ideographic_indent_starts_a_paragraph()
    {
        var text = "\u3000第一の段落はここで終わる文章である。\n\u3000第二の段落はここから始まる文章である。\n";
        Assert.Equal(2, Blocks(text).Count);
    }

    [Fact]
    public void Numbered_line_after_a_finished_sentence_starts_a_new_paragraph()
    {
        var text = "1. The Parties agree to cooperate closely in all areas of mutual interest.\n2. The Parties shall consult each other regularly on matters of common concern.\n";
        Assert.Equal(2, Blocks(text).Count);
    }

    [Fact]
    public void Year_at_the_start_of_a_wrapped_line_does_not_split()
    {
        var text = "閣僚は、三か国協力を進展させるため、\n2025 年に行われた会合の成果を歓迎した。\n";
        Assert.Single(Blocks(text));
    }
}
