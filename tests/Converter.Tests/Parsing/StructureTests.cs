using Converter.Model;

namespace Converter.Tests.Parsing;

/// <summary>Small hand-made documents, one shape each.</summary>
public sealed class StructureTests
{
    private const string Seedlike =
        "（仮訳）\n日米共同声明\n\n両国の首脳は、本日会談した。\n\n安全保障\n\n閣僚は、同盟の強化を確認した。\n\n閣僚は、協力の深化を歓迎した。\n\n経済\n\n閣僚は、経済協力を推進することで一致した。\n";

    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    [InlineData("\r")]
    public void Same_structure_for_every_line_ending(string eol)
    {
        var d = DocumentConverter.Parse(Seedlike.Replace("\n", eol));
        Assert.Equal("（仮訳）", d.Heading.StatusNote?.Text);
        Assert.Equal("日米共同声明", d.Heading.Title.Text);
        Assert.Single(d.Preamble);
        Assert.Equal(["安全保障", "経済"], d.Sections.Select(s => s.Title));
        Assert.Equal([2, 1], d.Sections.Select(s => s.Clauses.Length));
    }

    [Fact]
    public void English_numbered_statement_keeps_numbers_and_flags_sequence_problems()
    {
        var text = "JOINT STATEMENT\n\nThe Ministers of the three countries met today.\n\n1. The Ministers reaffirmed their commitment.\n\n2. The Ministers welcomed progress.\n\n2. The Ministers repeated a number.\n\n5. The Ministers skipped numbers.\n\n6.The Ministers forgot a space.\n";
        var d = DocumentConverter.Parse(text);
        Assert.Equal("en", d.Metadata.Language);
        Assert.Equal(["1.", "2.", "2.", "5.", "6."], d.Clauses.Select(c => c.Number));
        Assert.Equal("The Ministers forgot a space.", d.Clauses[4].Text);
        Assert.Single(d.Preamble);
        Assert.Contains(d.Diagnostics, x => x.Code == "CNV302" && x.Span!.Value.StartLine == 9);
        Assert.Contains(d.Diagnostics, x => x.Code == "CNV301" && x.Span!.Value.StartLine == 11);
        Assert.Contains(d.Diagnostics, x => x.Code == "CNV303" && x.Span!.Value.StartLine == 13);
    }

    [Fact]
    public void Japanese_law_nests_chapter_article_paragraph_item_with_captions()
    {
        var text = "情報公開に関する法律\n\n第一章　総則\n\n（目的）\n第一条　この法律は、情報の公開を目的とする。\n２　前項の規定は、次に掲げる場合に適用する。\n一　国の機関が保有する場合\n二　地方公共団体が保有する場合\n\n（定義）\n第二条　この法律において「情報」とは、文書をいう。\n\n第二章　手続\n\n第三条　請求は、書面で行う。\n";
        var d = DocumentConverter.Parse(text);
        Assert.Equal(["第一章", "第二章"], d.Sections.Select(s => s.Number));
        Assert.Equal(["総則", "手続"], d.Sections.Select(s => s.Title));
        var art1 = d.Sections[0].Clauses[0];
        Assert.Equal("第一条", art1.Number);
        Assert.Equal("（目的）", art1.Caption);
        Assert.Equal("この法律は、情報の公開を目的とする。", art1.Text);
        var para2 = Assert.Single(art1.Items);
        Assert.Equal("２", para2.Number);
        Assert.Equal(["一", "二"], para2.Items.Select(i => i.Number));
        Assert.Equal("sec-1.cl-1.cl-1.cl-2", para2.Items[1].Id);
        Assert.Equal("（定義）", d.Sections[0].Clauses[1].Caption);
        Assert.Equal("第三条", d.Sections[1].Clauses[0].Number);
    }

    [Fact]
    public void Closing_block_goes_to_closing()
    {
        var text = "AGREEMENT ON COOPERATION\n\nArticle 1\nThe Parties shall cooperate.\n\nArticle 2\nThis Agreement enters into force on signature.\n\nDone at Tokyo on 1 April 2025, in duplicate, in the English and Japanese languages.\n\nFor the Government of Japan:\n\nFor the Government of the United States of America:\n";
        var d = DocumentConverter.Parse(text);
        Assert.Equal(["Article 1", "Article 2"], d.Clauses.Select(c => c.Number));
        Assert.Equal("The Parties shall cooperate.", d.Clauses[0].Text);
        Assert.Equal(3, d.Closing.Length);
        Assert.StartsWith("Done at Tokyo", d.Closing[0].Text);
    }

    [Fact]
    public void Page_numbers_separators_and_running_headers_are_removed_and_recorded()
    {
        var text = "Joint Statement\n\nThe leaders met and agreed on the following points today.\n\n***\n\n1. The leaders affirmed the alliance and their shared values\nand principles.\n\n- 1 -\n\fJoint Statement\n2. The leaders welcomed cooperation.\n\n- 2 -\n\fJoint Statement\n3. The leaders will meet again.\n";
        var d = DocumentConverter.Parse(text);
        Assert.Equal("Joint Statement", d.Heading.Title.Text);
        Assert.Equal(["1.", "2.", "3."], d.Clauses.Select(c => c.Number));
        Assert.Equal([5, 10, 11, 14, 15], d.RemovedLines.Select(r => r.Line));
        Assert.Equal(
            [RemovedLineKind.Separator, RemovedLineKind.PageNumber, RemovedLineKind.RunningHeader, RemovedLineKind.PageNumber, RemovedLineKind.RunningHeader],
            d.RemovedLines.Select(r => r.Kind));
        Assert.All(d.RemovedLines, r => Assert.Contains(d.Diagnostics, x => x.Code == "CNV201" && x.Span!.Value.StartLine == r.Line));
    }

    [Fact]
    public void Long_line_with_several_numbered_clauses_is_split()
    {
        var text = "Joint Statement\n\n1. The Ministers met in Tokyo and discussed regional security. 2. They agreed to hold regular consultations on cyber matters. 3. They welcomed the progress in economic cooperation.\n";
        var d = DocumentConverter.Parse(text);
        Assert.Equal(["1.", "2.", "3."], d.Clauses.Select(c => c.Number));
        Assert.All(d.Clauses, c => Assert.Equal(new SourceSpan(3, 3), c.Span));
    }

    [Fact]
    public void Heading_glued_to_its_first_paragraph_is_split()
    {
        var text = "Joint Statement\n\nMaritime Security\nThe Ministers reaffirmed the importance of maintaining a free and open\nmaritime order based on the rule of law in the region and beyond it.\n\nCyber Security\nThe Ministers agreed to strengthen cooperation against malicious cyber\nactivities conducted by state and non-state actors in the region.\n";
        var d = DocumentConverter.Parse(text);
        Assert.Equal(["Maritime Security", "Cyber Security"], d.Sections.Select(s => s.Title));
        Assert.All(d.Sections, s => Assert.Single(s.Clauses));
    }

    [Fact]
    public void Document_without_headings_or_numbers_has_top_level_clauses()
    {
        var text = "Joint Press Statement\n\nThe leaders met in Tokyo.\n\nThey agreed to deepen cooperation.\n";
        var d = DocumentConverter.Parse(text);
        Assert.Empty(d.Sections);
        Assert.Equal(2, d.Clauses.Length);
        Assert.Empty(d.Preamble);
    }

    [Fact]
    public void Recitals_stay_in_the_preamble()
    {
        var text = "AGREEMENT\n\nWhereas the Parties wish to cooperate,\n\nRecalling their earlier agreements,\n\nHave agreed as follows:\n\nThe Parties shall cooperate closely.\n";
        var d = DocumentConverter.Parse(text);
        Assert.Equal(3, d.Preamble.Length);
        Assert.Single(d.Clauses);
    }

    [Fact]
    public void Caption_whose_article_turns_out_to_be_a_heading_stays_in_reading_order()
    {
        // "（目的）" looks like a caption for "第１条", but that number-only line heads a section; the caption must
        // not move behind the heading.
        var text = "法律\n\n（目的）\n\n第１条\n\n総則\n\nこの法律は、目的を定める。\n";
        var d = DocumentConverter.Parse(text);
        var order = string.Concat(ReadingOrder.Pieces(d).Select(p => p.Text));
        Assert.True(order.IndexOf("（目的）", StringComparison.Ordinal) < order.IndexOf("第１条", StringComparison.Ordinal), order);
    }
}
