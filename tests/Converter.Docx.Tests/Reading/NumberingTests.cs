using Xunit;
using Converter.Docx.Reading;
using static Converter.Docx.Tests.Reading.WordFile;

namespace Converter.Docx.Tests.Reading;

/// <summary>
/// Hand-built Word files, one per numbering format and pattern: the numbers the reader computes are the ones Word
/// displays (oracle: the number sequences as printed in Word's own format list and in Japanese statutes).
/// </summary>
public sealed class NumberingTests
{
    private static string[] Numbers(string format, string text, int count, string? extraLevel = null)
    {
        var numbering = List(1, (format, text)) + (extraLevel ?? "");
        var body = P("Title") + string.Concat(Enumerable.Range(1, count).Select(i => P($"item {i}", numId: 1)));
        return [.. Paragraphs(Build(body, numberingXml: numbering)).Where(p => p.Number is not null).Select(p => p.Number!.Display)];
    }

    [Theory]
    [InlineData("decimal", "%1.", 12, "1.|2.|3.|4.|5.|6.|7.|8.|9.|10.|11.|12.")]
    [InlineData("decimalFullWidth", "（%1）", 11, "（１）|（２）|（３）|（４）|（５）|（６）|（７）|（８）|（９）|（１０）|（１１）")]
    [InlineData("decimalFullWidth", "%1．", 3, "１．|２．|３．")]
    [InlineData("japaneseCounting", "第%1条", 12, "第一条|第二条|第三条|第四条|第五条|第六条|第七条|第八条|第九条|第十条|第十一条|第十二条")]
    [InlineData("japaneseCounting", "%1", 3, "一|二|三")]
    [InlineData("aiueoFullWidth", "%1", 6, "ア|イ|ウ|エ|オ|カ")]
    [InlineData("aiueo", "(%1)", 3, "(ｱ)|(ｲ)|(ｳ)")]
    [InlineData("irohaFullWidth", "%1", 5, "イ|ロ|ハ|ニ|ホ")]
    [InlineData("iroha", "%1", 3, "ｲ|ﾛ|ﾊ")]
    [InlineData("upperRoman", "%1.", 5, "I.|II.|III.|IV.|V.")]
    [InlineData("lowerRoman", "(%1)", 4, "(i)|(ii)|(iii)|(iv)")]
    [InlineData("upperLetter", "%1.", 3, "A.|B.|C.")]
    [InlineData("lowerLetter", "(%1)", 3, "(a)|(b)|(c)")]
    [InlineData("decimalEnclosedCircle", "%1", 3, "①|②|③")]
    [InlineData("bullet", "\uF0B7", 2, "•|•")]
    [InlineData("bullet", "・", 2, "・|・")]
    public void Each_format_shows_the_numbers_Word_shows(string format, string text, int count, string expected) =>
        Assert.Equal(expected.Split('|'), Numbers(format, text, count));

    [Theory]
    [InlineData(27, "upperLetter", "AA")]
    [InlineData(53, "lowerLetter", "aaa")]
    [InlineData(20, "japaneseCounting", "二十")]
    [InlineData(100, "japaneseCounting", "百")]
    [InlineData(1234, "japaneseCounting", "千二百三十四")]
    [InlineData(10000, "japaneseCounting", "一万")]
    [InlineData(3999, "upperRoman", "MMMCMXCIX")]
    [InlineData(47, "aiueoFullWidth", "ア")]
    [InlineData(12, "decimalFullWidth", "１２")]
    [InlineData(5, "decimalZero", "05")]
    [InlineData(3, "ordinal", "3rd")]
    [InlineData(21, "cardinalText", "Twenty-one")]
    [InlineData(12, "ordinalText", "Twelfth")]
    [InlineData(11, "japaneseLegal", "壱拾壱")]
    public void Large_values_follow_Word(int value, string format, string expected) =>
        Assert.Equal(expected, NumberFormats.Format(value, format));

    [Fact]
    public void Multi_level_patterns_restart_deeper_levels_and_show_the_parents()
    {
        var numbering = List(1, ("decimal", "%1."), ("decimal", "%1.%2"), ("lowerLetter", "(%3)"));
        var body = P("Title") + P("a", numId: 1) + P("b", numId: 1, ilvl: 1) + P("c", numId: 1, ilvl: 1) + P("d", numId: 1, ilvl: 2)
                   + P("e", numId: 1) + P("f", numId: 1, ilvl: 1) + P("g", numId: 1, ilvl: 2);
        var numbers = Paragraphs(Build(body, numberingXml: numbering)).Where(p => p.Number is not null).Select(p => p.Number!.Display);
        Assert.Equal(["1.", "1.1", "1.2", "(a)", "2.", "2.1", "(a)"], numbers);
    }

    [Fact]
    public void Level_restart_keeps_counting_across_a_higher_level_when_told()
    {
        // Level 2 restarts only after level 0 (lvlRestart 1), so it goes on counting across level-1 paragraphs.
        var numbering = "<w:abstractNum w:abstractNumId=\"1\">" +
                        "<w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"decimal\"/><w:lvlText w:val=\"%1.\"/></w:lvl>" +
                        "<w:lvl w:ilvl=\"1\"><w:start w:val=\"1\"/><w:numFmt w:val=\"upperLetter\"/><w:lvlText w:val=\"%2.\"/></w:lvl>" +
                        "<w:lvl w:ilvl=\"2\"><w:start w:val=\"1\"/><w:lvlRestart w:val=\"1\"/><w:numFmt w:val=\"decimal\"/><w:lvlText w:val=\"(%3)\"/></w:lvl>" +
                        "</w:abstractNum>" + Num(1, 1);
        var body = P("Title") + P("a", numId: 1) + P("b", numId: 1, ilvl: 1) + P("c", numId: 1, ilvl: 2) + P("d", numId: 1, ilvl: 1)
                   + P("e", numId: 1, ilvl: 2) + P("f", numId: 1) + P("g", numId: 1, ilvl: 2);
        var numbers = Paragraphs(Build(body, numberingXml: numbering)).Where(p => p.Number is not null).Select(p => p.Number!.Display);
        Assert.Equal(["1.", "A.", "(1)", "B.", "(2)", "2.", "(1)"], numbers);
    }

    [Fact]
    public void Instances_of_one_definition_continue_each_other_unless_a_start_override_restarts_them()
    {
        var numbering = List(1, 1, null, ("decimal", "%1."))
                        + Num(2, 1)
                        + Num(3, 1, "<w:lvlOverride w:ilvl=\"0\"><w:startOverride w:val=\"1\"/></w:lvlOverride>")
                        + Num(4, 1, "<w:lvlOverride w:ilvl=\"0\"><w:startOverride w:val=\"7\"/></w:lvlOverride>");
        var body = P("Title") + P("a", numId: 1) + P("b", numId: 1) + P("c", numId: 2) + P("d", numId: 3) + P("e", numId: 3) + P("f", numId: 4);
        var numbers = Paragraphs(Build(body, numberingXml: numbering)).Where(p => p.Number is not null).Select(p => p.Number!.Display);
        Assert.Equal(["1.", "2.", "3.", "1.", "2.", "7."], numbers);
    }

    [Fact]
    public void A_level_override_replaces_the_level_and_isLgl_shows_parents_in_decimal()
    {
        var numbering = List(1, 1, "<w:lvlOverride w:ilvl=\"0\"><w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"upperRoman\"/><w:lvlText w:val=\"Part %1\"/></w:lvl></w:lvlOverride>",
            ("decimal", "%1."), ("decimal", "%1.%2"))
            .Replace("<w:lvl w:ilvl=\"1\"><w:start w:val=\"1\"/>", "<w:lvl w:ilvl=\"1\"><w:start w:val=\"1\"/><w:isLgl/>", StringComparison.Ordinal);
        var body = P("Title") + P("a", numId: 1) + P("b", numId: 1, ilvl: 1) + P("c", numId: 1);
        var numbers = Paragraphs(Build(body, numberingXml: numbering)).Where(p => p.Number is not null).Select(p => p.Number!.Display);
        Assert.Equal(["Part I", "1.1", "Part II"], numbers);
    }

    [Fact]
    public void Numbering_given_by_the_style_and_numId_zero_on_the_paragraph()
    {
        var styles = Style("ListArticle", "Article", numPr: "<w:numPr><w:numId w:val=\"1\"/></w:numPr>");
        var numbering = List(1, ("japaneseCounting", "第%1条"));
        var body = P("Title") + P("a", style: "ListArticle") + P("b", style: "ListArticle", extraPPr: "<w:numPr><w:numId w:val=\"0\"/></w:numPr>")
                   + P("c", style: "ListArticle");
        var paragraphs = Paragraphs(Build(body, styles, numbering));
        Assert.Equal(["第一条", null, "第二条"], paragraphs.Skip(1).Select(p => p.Number?.Display));
    }

    [Fact]
    public void Word_numbered_articles_and_items_become_nested_clauses()
    {
        var numbering = List(1, ("japaneseCounting", "第%1条"), ("decimalFullWidth", "%2"), ("japaneseCounting", "%3"));
        var body = P("防災協力に関する協定") + P("この協定は、次のとおり定める。", numId: 1) + P("協力の形態は、次のとおりとする。", numId: 1)
                   + P("専門家の派遣", numId: 1, ilvl: 2) + P("研修員の受入れ", numId: 1, ilvl: 2) + P("前項の協力は無償とする。", numId: 1, ilvl: 1);
        var outline = Outline(Read(Build(body, numberingXml: numbering)));
        Assert.Equal("""
            title: 防災協力に関する協定
            clause cl-1 第一条 | この協定は、次のとおり定める。
            clause cl-2 第二条 | 協力の形態は、次のとおりとする。
              clause cl-2.cl-1 一 | 専門家の派遣
              clause cl-2.cl-2 二 | 研修員の受入れ
              clause cl-2.cl-3 １ | 前項の協力は無償とする。

            """.Replace("\r", ""), outline);
    }
}
