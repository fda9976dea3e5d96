using Converter.PlainText;

namespace Converter.Tests.Parsing;

public sealed class ClauseMarkerTests
{
    [Theory]
    [InlineData("1. The Ministers", "ArabicDot", "1.", 1)]
    [InlineData("12) text", "ArabicParen", "12)", 12)]
    [InlineData("(3) text", "ParenArabic", "(3)", 3)]
    [InlineData("（１）総論", "FullParenArabic", "（１）", 1)]
    [InlineData("１．総論", "FullDot", "１．", 1)]
    [InlineData("第１条　目的", "JpArticle", "第１条", 1)]
    [InlineData("第十二条　この法律は", "JpArticle", "第十二条", 12)]
    [InlineData("第一章　総則", "JpChapter", "第一章", 1)]
    [InlineData("Article 12", "EnArticle", "Article 12", 12)]
    [InlineData("Section II", "EnSection", "Section II", 2)]
    [InlineData("○２　前項の", "LawParagraph", "○２", 2)]
    [InlineData("２　前項の規定は", "LawParagraph", "２", 2)]
    [InlineData("一　国の機関", "KanjiItem", "一", 1)]
    [InlineData("(a) the Parties", "LetterParen", "(a)", 1)]
    [InlineData("b. the Parties", "LetterDot", "b.", 2)]
    [InlineData("- item", "Bullet", "-", 0)]
    [InlineData("• item", "Bullet", "•", 0)]
    [InlineData("・項目", "Bullet", "・", 0)]
    [InlineData("I. SECURE THE INDO-PACIFIC", "RomanDot", "I.", 1)]
    [InlineData("IV. Economy", "RomanDot", "IV.", 4)]
    [InlineData("3.The Ministers", "ArabicDot", "3.", 3)]
    [InlineData("4, The Ministers", "ArabicDot", "4,", 4)]
    [InlineData("1.2 The Participants", "Decimal2", "1.2", 2)]
    [InlineData("2.3.1 Each Participant", "Decimal3", "2.3.1", 1)]
    [InlineData("第２\u3000重点課題", "JpOrdinal", "第２", 2)]
    [InlineData("●インフラ整備", "Bullet", "●", 0)]
    [InlineData("○我が国は", "Bullet", "○", 0)]
    public void Recognises_markers(string text, string family, string display, int value)
    {
        var m = ClauseMarkers.Match(text, null);
        Assert.NotNull(m);
        Assert.Equal(family, m.Family.ToString());
        Assert.Equal(display, m.Display);
        Assert.Equal(value, m.Value);
    }

    [Theory]
    [InlineData("2025 年に")]
    [InlineData("3.5 percent of")]
    [InlineData("22 日、")]
    [InlineData("閣僚は、")]
    [InlineData("The Ministers")]
    [InlineData("一層の協力")]
    [InlineData("3.5 兆円の投資")]
    [InlineData("第 11 回太平洋・島サミット")]
    [InlineData("2.5 billion")]
    [InlineData("Article 5 of the Convention")]
    [InlineData("Section 2, paragraph 3")]
    [InlineData("第５条の規定により")]
    [InlineData("第２条第１項(c)の規定")]
    public void Ignores_numbers_that_do_not_start_a_clause(string text) =>
        Assert.Null(ClauseMarkers.Match(text, null));

    [Fact]
    public void Slips_are_flagged()
    {
        Assert.True(ClauseMarkers.Match("3.The Ministers", null)!.Slip);
        Assert.False(ClauseMarkers.Match("3. The Ministers", null)!.Slip);
    }

    [Fact]
    public void Letter_i_after_h_is_a_letter_otherwise_roman()
    {
        Assert.Equal(MarkerFamily.LetterParen, ClauseMarkers.Match("(i) text", letterContext: 8)!.Family);
        Assert.Equal(MarkerFamily.RomanParen, ClauseMarkers.Match("(i) text", null)!.Family);
    }

    [Fact]
    public void Branch_article_is_flagged()
    {
        var m = ClauseMarkers.Match("第２条の２　国は", null)!;
        Assert.Equal(("第２条の２", 2, true), (m.Display, m.Value, m.Branch));
    }

    [Theory]
    [InlineData("ア\u3000項目", '\0', 1)]
    [InlineData("イ\u3000項目", 'ア', 2)]
    [InlineData("イ\u3000項目", '\0', 1)]
    [InlineData("ロ\u3000項目", 'イ', 2)]
    [InlineData("ハ\u3000項目", 'ロ', 3)]
    [InlineData("ウ\u3000項目", 'イ', 3)]
    [InlineData("（エ）項目", 'ウ', 4)]
    public void Katakana_items_count_in_gojuon_or_iroha_order(string text, char previous, int value)
    {
        var m = ClauseMarkers.Match(text, null, previous)!;
        Assert.Equal(MarkerFamily.KatakanaItem, m.Family);
        Assert.Equal(value, m.Value);
    }

    [Theory]
    [InlineData("十二", 12)]
    [InlineData("二十一", 21)]
    [InlineData("百", 100)]
    [InlineData("１２", 12)]
    [InlineData("XIV", 14)]
    public void Parses_numerals(string s, int v) => Assert.Equal(v, ClauseMarkers.ParseNumber(s));

    [Fact]
    public void The_first_character_precheck_lets_through_every_character_a_marker_pattern_starts_with()
    {
        // MayStartMarker lists by hand the first characters of the marker patterns, so Match can skip them for most
        // lines: a pattern that gains a first character without the list would silently stop matching it.
        var patterns = typeof(ClauseMarkers)
            .GetMethods(System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)
            .Where(m => m.ReturnType == typeof(System.Text.RegularExpressions.Regex) && m.GetParameters().Length == 0)
            .Select(m => (System.Text.RegularExpressions.Regex)m.Invoke(null, null)!)
            .ToList();
        Assert.True(patterns.Count >= 20, $"found only {patterns.Count} marker patterns");
        string[] continuations = ["", " x", "\u3000x", "1", "1 x", "1\u3000", "1条", "一条", ".", ". X", ")", ") x", "）", "x)", "1)", "1）", "i)", "ア）", "A"];
        var missed = new List<string>();
        for (var c = 0; c < 0x10000; c++)
        {
            if (char.IsSurrogate((char)c) || ClauseMarkers.MayStartMarker((char)c)) continue;
            foreach (var rest in continuations)
            {
                var probe = (char)c + rest;
                if (patterns.Any(p => p.IsMatch(probe))) missed.Add($"U+{c:X4} in \"{probe}\"");
            }
        }
        Assert.Empty(missed);
    }
}
