using Xunit;
using static Converter.Docx.Tests.Reading.WordFile;

namespace Converter.Docx.Tests.Reading;

/// <summary>Text as Word shows it: fields, hyperlinks, smart tags, content controls, text boxes, changes, notes, tables.</summary>
public sealed class TextTests
{
    private static string[] Texts(string body, string? footnotes = null, string? comments = null) =>
        [.. Paragraphs(Build(body, footnotesXml: footnotes, commentsXml: comments)).Select(p => p.Text)];

    private static string R(string text) => $"<w:r><w:t xml:space=\"preserve\">{text}</w:t></w:r>";

    [Fact]
    public void Fields_show_their_result_not_their_code_even_nested_and_across_runs()
    {
        var body = "<w:p>" + R("Signed on ")
                   + "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText> IF </w:instrText></w:r>"
                   + "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText> DATE </w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>"
                   + R("NESTED") + "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>"
                   + "<w:r><w:instrText> = 1 </w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>"
                   + R("1 April 2025") + "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>" + R(" in Tokyo.") + "</w:p>"
                   + "<w:p><w:fldSimple w:instr=\" PAGE \">" + R("7") + "</w:fldSimple></w:p>";
        Assert.Equal(["Signed on 1 April 2025 in Tokyo.", "7"], Texts(body));
    }

    [Fact]
    public void Hyperlinks_smart_tags_content_controls_and_tabs_and_breaks()
    {
        var body = "<w:p><w:hyperlink w:anchor=\"x\">" + R("See") + "</w:hyperlink>" + R(" ")
                   + "<w:smartTag w:uri=\"urn:x\" w:element=\"place\">" + R("Tokyo") + "</w:smartTag>"
                   + "<w:sdt><w:sdtPr/><w:sdtContent>" + R(", Japan") + "</w:sdtContent></w:sdt>"
                   + "<w:r><w:tab/><w:t>next</w:t><w:br/><w:t>line</w:t></w:r></w:p>"
                   + "<w:p><w:r><w:t>日本国</w:t><w:br/><w:t>政府</w:t></w:r></w:p>"
                   + "<w:sdt><w:sdtPr/><w:sdtContent>" + P("Block control.") + "</w:sdtContent></w:sdt>"
                   + "<w:sdt><w:sdtPr><w:showingPlcHdr/></w:sdtPr><w:sdtContent>" + P("Click here to enter text.") + "</w:sdtContent></w:sdt>";
        Assert.Equal(["See Tokyo, Japan\tnext line", "日本国政府", "Block control."], Texts(body));
    }

    [Fact]
    public void Tracked_changes_read_as_accepted_with_a_diagnostic()
    {
        var body = "<w:p>" + R("The parties ") + "<w:ins w:id=\"1\" w:author=\"a\">" + R("shall") + "</w:ins>"
                   + "<w:del w:id=\"2\" w:author=\"a\"><w:r><w:delText>may</w:delText></w:r></w:del>" + R(" meet.") + "</w:p>"
                   + "<w:p><w:pPr><w:rPr><w:del w:id=\"3\" w:author=\"a\"/></w:rPr></w:pPr>" + R("Joined ") + "</w:p>"
                   + "<w:p>" + R("paragraph.") + "</w:p>"
                   + "<w:p>" + R("Kept") + "<w:moveFrom w:id=\"4\" w:author=\"a\">" + R(" moved away") + "</w:moveFrom></w:p>";
        var bytes = Build(P("Title") + body);
        Assert.Equal(["Title", "The parties shall meet.", "Joined paragraph.", "Kept"], Paragraphs(bytes).Select(p => p.Text));
        Assert.Contains(Read(bytes).Diagnostics, d => d.Code == "DOCX101");
    }

    [Fact]
    public void Text_boxes_follow_their_paragraph_and_alternate_content_is_read_once()
    {
        const string box = "<w:txbxContent><w:p><w:r><w:t>Boxed text.</w:t></w:r></w:p></w:txbxContent>";
        var body = "<w:p>" + R("Anchor.")
                   + "<w:r><mc:AlternateContent><mc:Choice Requires=\"wps\"><w:drawing><wps:txbx>" + box + "</wps:txbx></w:drawing></mc:Choice>"
                   + "<mc:Fallback><w:pict><v:textbox>" + box + "</v:textbox></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>"
                   + P("After.");
        var bytes = Build(P("Title") + body);
        Assert.Equal(["Title", "Anchor.", "Boxed text.", "After."], Paragraphs(bytes).Select(p => p.Text));
        Assert.Contains(Read(bytes).Diagnostics, d => d.Code == "DOCX106");
    }

    [Fact]
    public void Tables_are_read_cell_by_cell_row_by_row_with_a_diagnostic()
    {
        var body = P("Title") + P("Intro.") + "<w:tbl><w:tr><w:tc>" + P("For Japan:") + P("Taro YAMADA") + "</w:tc><w:tc>" + P("For Viet Nam:") + "</w:tc></w:tr>"
                   + "<w:tr><w:tc>" + P("A2") + "</w:tc><w:tc>" + P("B2") + "</w:tc></w:tr></w:tbl>";
        var bytes = Build(body);
        Assert.Equal(["Title", "Intro.", "For Japan:", "Taro YAMADA", "For Viet Nam:", "A2", "B2"], Paragraphs(bytes).Select(p => p.Text));
        Assert.Contains(Read(bytes).Diagnostics, d => d.Code == "DOCX104");
    }

    [Fact]
    public void Footnotes_and_comments_are_reported_not_read_into_the_body_and_hidden_text_is_left_out()
    {
        var body = P("Title") + "<w:p>" + R("Text") + "<w:r><w:footnoteReference w:id=\"2\"/></w:r>" + R(" goes on")
                   + "<w:r><w:rPr><w:vanish/></w:rPr><w:t>SECRET</w:t></w:r><w:commentRangeStart w:id=\"0\"/>" + R(".") + "<w:commentRangeEnd w:id=\"0\"/>"
                   + "<w:r><w:commentReference w:id=\"0\"/></w:r></w:p>";
        var footnotes = "<w:footnote w:type=\"separator\" w:id=\"-1\"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>"
                        + "<w:footnote w:id=\"2\"><w:p><w:r><w:t>The note text.</w:t></w:r></w:p></w:footnote>";
        var comments = "<w:comment w:id=\"0\" w:author=\"x\"><w:p><w:r><w:t>Check this.</w:t></w:r></w:p></w:comment>";
        var bytes = Build(body, footnotesXml: footnotes, commentsXml: comments);
        Assert.Equal(["Title", "Text goes on."], Paragraphs(bytes).Select(p => p.Text));
        var diagnostics = Read(bytes).Diagnostics;
        Assert.Contains(diagnostics, d => d.Code == "DOCX103" && d.Message.Contains("footnote 1") && d.Message.Contains("The note text.") && d.Span == Model.SourceSpan.Paragraphs(2, 2));
        Assert.Contains(diagnostics, d => d.Code == "DOCX102" && d.Message.Contains("Check this.") && d.Span == Model.SourceSpan.Paragraphs(2, 2));
        Assert.Contains(diagnostics, d => d.Code == "DOCX108");
    }
}
