using Xunit;
using static Converter.Docx.Tests.Reading.WordFile;

namespace Converter.Docx.Tests.Reading;

/// <summary>Title and heading styles found by style id, by localised name, by outline level and through w:basedOn.</summary>
public sealed class HeadingStyleTests
{
    private static string OutlineOf(string styles, string body) => Outline(Read(Build(body, styles)));

    [Fact]
    public void Headings_by_id_by_name_by_outline_level_and_by_base_style()
    {
        var styles = Style("Heading1", "heading 1") + Style("1", "見出し 1") + Style("2", "heading 2")
                     + Style("Chapter", "Chapter heading", outline: 0) + Style("SubHeading", "My sub", basedOn: "2")
                     + Style("a", "表題") + Style("Body", "Body");
        var body = P("会議の報告", style: "a")
                   + P("総論", style: "Heading1") + P("本文一。", style: "Body")
                   + P("各論", style: "1") + P("細目", style: "SubHeading") + P("本文二。")
                   + P("補足", style: "Chapter") + P("本文三。")
                   + P("附記", extraPPr: "<w:outlineLvl w:val=\"1\"/>") + P("本文四。");
        Assert.Equal("""
            title: 会議の報告
            section sec-1 - | 総論
              clause sec-1.cl-1 - | 本文一。
            section sec-2 - | 各論
              section sec-2.sec-1 - | 細目
                clause sec-2.sec-1.cl-1 - | 本文二。
            section sec-3 - | 補足
              clause sec-3.cl-1 - | 本文三。
              section sec-3.sec-1 - | 附記
                clause sec-3.sec-1.cl-1 - | 本文四。

            """.Replace("\r", ""), OutlineOf(styles, body));
    }

    [Fact]
    public void Typed_numbers_in_headings_are_split_off_and_outline_level_9_is_body_text()
    {
        var styles = Style("Heading1", "heading 1") + Style("NotHeading", "Plain", basedOn: "Heading1", outline: 9);
        var body = P("Joint Statement", style: "Title") + P("We met today.") + P("I. General Provisions", style: "Heading1")
                   + P("This is not a heading.", style: "NotHeading") + P("II. Final Provisions", style: "Heading1") + P("Closing words follow.");
        Assert.Equal("""
            title: Joint Statement
            preamble: We met today.
            section sec-1 I. | General Provisions
              clause sec-1.cl-1 - | This is not a heading.
            section sec-2 II. | Final Provisions
              clause sec-2.cl-1 - | Closing words follow.

            """.Replace("\r", ""), OutlineOf(Style("Title", "Title") + styles, body));
    }

    [Fact]
    public void Bold_short_paragraphs_stand_for_headings_when_no_heading_style_is_used()
    {
        var body = P("Fact Sheet") + P("The leaders met today in Tokyo.")
                   + P("Security Cooperation", rPr: "<w:b/>") + P("They agreed to deepen cooperation.")
                   + P("Economic Ties", rPr: "<w:b/>") + P("They agreed to expand trade.");
        Assert.Equal("""
            title: Fact Sheet
            preamble: The leaders met today in Tokyo.
            section sec-1 - | Security Cooperation
              clause sec-1.cl-1 - | They agreed to deepen cooperation.
            section sec-2 - | Economic Ties
              clause sec-2.cl-1 - | They agreed to expand trade.

            """.Replace("\r", ""), OutlineOf("", body));
    }

    [Fact]
    public void A_document_without_styles_reads_like_text_with_one_line_per_paragraph()
    {
        var body = P("日米共同声明") + P("両首脳は会談した。") + P("１．両首脳は、協力を確認した。") + P("２．両首脳は、対話を継続する。");
        var document = Read(Build(body));
        Assert.Equal("""
            title: 日米共同声明
            preamble: 両首脳は会談した。
            clause cl-1 １． | 両首脳は、協力を確認した。
            clause cl-2 ２． | 両首脳は、対話を継続する。

            """.Replace("\r", ""), Outline(document));
        Assert.All(document.AllClauses(), c => Assert.Equal(Model.SourceUnit.Paragraph, c.Span.Unit));
        Assert.Equal(Model.SourceSpan.Paragraphs(3, 3), document.Clauses[0].Span);
    }
}
