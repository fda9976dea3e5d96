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

/// <summary>Model 1.1 parts from Word: document number, table of contents, section and clause kinds, genre.</summary>
public sealed class ModelPartsTests
{
    [Fact]
    public void Law_number_contents_and_kinds_of_a_statute()
    {
        var styles = Style("Title", "Title") + Style("DocumentNumber", "Document Number") + Style("TOCHeading", "TOC Heading", basedOn: "Heading1")
                     + Style("TOC1", "toc 1") + Style("TOC2", "toc 2") + Style("Heading1", "heading 1", outline: 0);
        var numbering = List(1, ("japaneseCounting", "第%1条"), ("decimalFullWidth", "%2"), ("japaneseCounting", "%3"));
        var body = P("防災協力法", style: "Title") + P("（令和七年法律第一号）", style: "DocumentNumber")
                   + P("目次", style: "TOCHeading") + P("第一章　総則", style: "TOC1") + P("第一節　通則", style: "TOC2") + P("附則", style: "TOC1")
                   + P("第一章　総則", style: "Heading1") + P("この法律は、防災協力について定める。", numId: 1)
                   + P("協力は、次のとおりとする。", numId: 1) + P("専門家の派遣", numId: 1, ilvl: 2) + P("前項の協力は無償とする。", numId: 1, ilvl: 1)
                   + P("附則", style: "Heading1") + P("この法律は、公布の日から施行する。");
        var d = Read(Build(body, styles, numbering));

        Assert.Equal("（令和七年法律第一号）", d.Heading.DocumentNumber?.Text);
        var contents = Assert.IsType<Model.TableOfContents>(d.Contents);
        Assert.Equal("目次", contents.Title?.Text);
        Assert.Equal([("第一章", "総則", 1), ("第一節", "通則", 2), (null, "附則", 1)], contents.Entries.Select(e => (e.Number, e.Text, e.Level)));
        Assert.Equal(Model.SourceSpan.Paragraphs(3, 6), contents.Span);

        Assert.Equal([Model.SectionKind.Chapter, Model.SectionKind.SupplementaryProvision], d.Sections.Select(s => s.Kind));
        var articles = d.Sections[0].Clauses;
        Assert.Equal([Model.ClauseKind.Article, Model.ClauseKind.Article], articles.Select(c => c.Kind));
        Assert.Equal([("一", Model.ClauseKind.Item), ("１", Model.ClauseKind.Paragraph)], articles[1].Items.Select(c => (c.Number!, c.Kind)));
        Assert.Equal(Model.DocumentGenre.Statute, d.Metadata.Genre);
        // Reading order keeps every character once: contents between the heading and the body.
        Assert.Equal(WordFileText(d), Model.ReadingOrder.NonWhitespaceText(d));
    }

    private static string WordFileText(Model.Document d) =>
        string.Concat("防災協力法（令和七年法律第一号）目次第一章総則第一節通則附則第一章総則第一条この法律は、防災協力について定める。",
            "第二条協力は、次のとおりとする。一専門家の派遣１前項の協力は無償とする。附則この法律は、公布の日から施行する。");
}
