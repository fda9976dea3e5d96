using System.Collections.Immutable;
using FsCheck;
using FsCheck.Fluent;

namespace Converter.Properties.Tests.Grammar;

/// <summary>
/// Generates realistic government documents: status note, title, subtitles, preamble, sections with
/// headings, numbered clauses (several numbering families, nested items, captions), unnumbered paragraphs,
/// closing lines; Japanese or English text with the other script mixed in; page breaks with page numbers,
/// separators; wrapped at random widths, single-spaced or with a blank line after every line (as PDF
/// extraction gives), LF or CRLF line ends, UTF-8 with or without BOM, UTF-16 and Shift_JIS/EUC-JP.
/// Shrinking drops blocks and simplifies the layout, so a failure is reported on a small document.
/// </summary>
public static class DocumentGrammar
{
    /// <summary>The arbitrary registered with <c>[Property(Arbitrary = [typeof(DocumentGrammar)])]</c>.</summary>
    public static Arbitrary<GeneratedDocument> Documents() => Arb.From(Document, Shrink);

    public static Gen<GeneratedDocument> Document =>
        from script in Gen.Frequency((3, Gen.Constant(Script.Japanese)), (2, Gen.Constant(Script.English)))
        from blocks in Blocks(script)
        // Narrowest measure 30 columns (15 Japanese characters): below it a wrapped line is as short as a heading and
        // the parser does not look for a wrap width (docs/parser.md, limits).
        from width in Gen.Frequency((1, Gen.Choose(30, 40)), (3, Gen.Choose(41, 90)), (1, Gen.Constant(10_000)))
        from blankAfterEveryLine in Gen.Frequency((4, Gen.Constant(false)), (1, Gen.Constant(true)))
        from newline in Gen.Frequency((4, Gen.Constant("\n")), (2, Gen.Constant("\r\n")), (1, Gen.Constant("\r")))
        from encoding in Encodings(script)
        select Fit(new GeneratedDocument(script, blocks, width, blankAfterEveryLine, newline, encoding));

    // A page is at least as wide as its title, headings and closing lines (they are never wrapped); legacy
    // encodings only for text they can hold (everything the grammar writes in Japanese is in JIS X 0208).
    private static GeneratedDocument Fit(GeneratedDocument d)
    {
        var widest = d.Blocks.Select(b => b switch
        {
            TitleBlock t => t.Text,
            SubtitleBlock s => s.Text,
            HeadingBlock h => (h.Number ?? "") + "  " + h.Title,
            ClosingBlock c => new string(' ', 2 * c.Indent) + c.Text,
            _ => "",
        }).Max(GeneratedDocument.DisplayWidth);
        if (d.WrapWidth < widest + 4) d = d with { WrapWidth = widest + 4 };
        return d.EncodingName is "shift_jis" && !TextEncodings.CanEncode(d.Text, 932) || d.EncodingName is "euc-jp" && !TextEncodings.CanEncode(d.Text, 51932)
            ? d with { EncodingName = "utf-8" }
            : d;
    }

    private static Gen<string> Encodings(Script script) => script == Script.Japanese
        ? Gen.Frequency((6, Gen.Constant("utf-8")), (2, Gen.Constant("utf-8-bom")), (1, Gen.Constant("utf-16le-bom")),
            (1, Gen.Constant("utf-16be-bom")), (2, Gen.Constant("shift_jis")), (1, Gen.Constant("euc-jp")))
        : Gen.Frequency((6, Gen.Constant("utf-8")), (2, Gen.Constant("utf-8-bom")), (1, Gen.Constant("utf-16le-bom")),
            (1, Gen.Constant("utf-16be-bom")), (1, Gen.Constant("utf-16le")));

    private static Gen<ImmutableArray<Block>> Blocks(Script script) =>
        from status in Gen.Frequency((2, Gen.Constant<Block?>(null)), (1, Gen.Constant<Block?>(new StatusNoteBlock(script == Script.Japanese ? "（仮訳）" : "(Provisional translation)"))))
        from title in Title(script)
        from subtitles in Gen.Choose(0, 2).SelectMany(n => Gen.ListOf(Subtitle(script), n))
        from preamble in Gen.Choose(0, 3).SelectMany(n => Gen.ListOf(Paragraph(script), n))
        from body in Body(script)
        from closing in Gen.Choose(0, 3).SelectMany(n => Gen.ListOf(Closing(script), n))
        select ImmutableArray.CreateRange(
            new[] { status, new TitleBlock(title) }.OfType<Block>()
                .Concat(subtitles.Select(s => (Block)new SubtitleBlock(s)))
                .Concat(preamble)
                .Concat(body)
                .Concat(closing));

    private static Gen<string> Title(Script script) => script == Script.Japanese
        ? from topic in Gen.Elements("日米", "日米韓", "日ＡＳＥＡＮ", "Ｇ７", "日豪", "日英")
          from kind in Gen.Elements("共同声明", "首脳共同声明", "外相会合共同声明", "協力に関する覚書", "議長声明", "ファクトシート")
          select topic + kind
        : from kind in Gen.Elements("JOINT STATEMENT", "Joint Statement", "CHAIR'S SUMMARY", "Memorandum of Cooperation", "FACT SHEET", "Joint Declaration")
          from topic in Gen.Elements("", " on Regional Security", " of the Foreign Ministers", " on Digital Trade", " by the Leaders of Japan and Australia")
          select kind + topic;

    private static Gen<string> Subtitle(Script script) => script == Script.Japanese
        // No bare place line: alone above a numbered body (shrinking removes the date under it) it reads as a section
        // heading, and nothing in its text says otherwise. A place above a date is a subtitle (a parser test covers it).
        ? Gen.Elements("令和７年９月２２日", "令和７年９月２２日　ニューヨーク", "２０２５年１１月３日　東京", "（外務省）")
        : Gen.Elements("New York, 22 September 2025", "Tokyo, 3 November 2025", "(Ministry of Foreign Affairs)");

    private static Gen<Block> Paragraph(Script script) =>
        from text in Sentences(script, 1, 4)
        from indent in Gen.Elements(true, false)
        select (Block)new ParagraphBlock(text, indent);

    private static Gen<Block> Closing(Script script) =>
        from text in script == Script.Japanese
            ? Gen.Elements("令和７年９月２２日", "東京にて", "日本国外務大臣", "以上")
            : Gen.Elements("Done at Tokyo, 22 September 2025.", "For the Government of Japan", "(Signed)", "Minister for Foreign Affairs")
        from indent in Gen.Choose(0, 20)
        select (Block)new ClosingBlock(text, indent);

    // The body: top-level clauses, or sections with headings each holding clauses; debris in between.
    private static Gen<IEnumerable<Block>> Body(Script script) =>
        Gen.Frequency(
            (1, Clauses(script, 0).Select(c => (IEnumerable<Block>)c)),
            (2, from n in Gen.Choose(1, 4)
                from family in SectionNumbers(script)
                from sections in Gen.ListOf(Section(script, family(1)), n)
                select sections.SelectMany((s, i) => s(family(i + 1)))))
        .SelectMany(blocks => WithDebris(script, blocks.ToList()));

    // Sections never share their numbering with the paragraphs in them (１． headings over １． paragraphs): a reader
    // could not tell the next section from the next paragraph either.
    private static Gen<Func<string?, IEnumerable<Block>>> Section(Script script, string? sectionNumber) =>
        from title in SectionTitle(script)
        from body in Gen.Frequency((3, Clauses(script, 0, sectionNumber)), (1, Gen.Choose(1, 2).SelectMany(n => Gen.ListOf(Paragraph(script), n)).Select(p => p.ToList())))
        select (Func<string?, IEnumerable<Block>>)(number => new Block[] { new HeadingBlock(number, title) }.Concat(body));

    private static Gen<string> SectionTitle(Script script) => script == Script.Japanese
        ? Gen.Elements("総則", "地域及びグローバルな関与の強化", "経済安全保障", "法の支配", "今後の協力", "気候変動")
        : Gen.Elements("REGIONAL SECURITY", "Economic Cooperation", "THE RULE OF LAW", "Next Steps", "Climate and Energy", "General Provisions");

    private static Gen<Func<int, string?>> SectionNumbers(Script script) => script == Script.Japanese
        ? Gen.Elements<Func<int, string?>>(_ => null, i => $"第{Kanji(i)}章", i => FullWidth(i) + "．", i => Roman(i) + ".")
        : Gen.Elements<Func<int, string?>>(_ => null, i => Roman(i) + ".", i => $"{i}.", i => $"Chapter {i}", i => $"{(char)('A' + i - 1)}.");

    // A nested list never repeats the numbering of a list it is in (一 under 一): only indentation would tell the
    // levels apart, and real documents do not rely on it.
    private static Gen<List<Block>> Clauses(Script script, int depth, string? sectionNumber = null, ImmutableList<string>? outer = null) =>
        from n in Gen.Choose(1, depth == 0 ? 5 : 3)
        from family in ClauseNumbers(script, depth).Where(f => f(1) != sectionNumber && !(outer ?? []).Contains(f(1)))
        from captions in Gen.Frequency((4, Gen.Constant(false)), (1, Gen.Constant(script == Script.Japanese && depth == 0)))
        from clauses in Gen.ListOf(Clause(script, depth, captions, (outer ?? []).Add(family(1))), n)
        select clauses.SelectMany((c, i) => c(family(i + 1))).ToList();

    private static Gen<Func<string, IEnumerable<Block>>> Clause(Script script, int depth, bool caption, ImmutableList<string> lists) =>
        from text in Sentences(script, 1, 3)
        from captionText in Gen.Elements("（目的）", "（定義）", "（協力）", "（適用範囲）")
        from items in depth < 2 ? Gen.Frequency((5, Gen.Constant(new List<Block>())), (1, Clauses(script, depth + 1, null, lists))) : Gen.Constant(new List<Block>())
        // Captions stand above articles (第一条). A bracketed line above a paragraph number (（協力） then １．) is a
        // section heading in statements (MOFA's translations), so the grammar does not write one there.
        select (Func<string, IEnumerable<Block>>)(number =>
            new Block[] { new ClauseBlock(number, caption && IsArticleNumber(number) ? captionText : null, text, depth) }.Concat(items));

    private static bool IsArticleNumber(string number) => number.StartsWith('第') && number.EndsWith('条');

    private static Gen<Func<int, string>> ClauseNumbers(Script script, int depth) => script == Script.Japanese
        ? depth == 0
            ? Gen.Elements<Func<int, string>>(i => FullWidth(i) + "．", i => $"第{Kanji(i)}条", i => $"第{FullWidth(i)}条", i => $"{i}.", i => $"（{FullWidth(i)}）", _ => "・", _ => "○")
            : Gen.Elements<Func<int, string>>(i => $"（{FullWidth(i)}）", i => $"({i})", i => Kanji(i), _ => "・")
        : depth == 0
            ? Gen.Elements<Func<int, string>>(i => $"{i}.", i => $"{i})", i => $"Article {i}", _ => "•", _ => "-")
            : Gen.Elements<Func<int, string>>(i => $"({(char)('a' + i - 1)})", i => $"({Roman(i).ToLowerInvariant()})", i => $"{(char)('a' + i - 1)}.");

    // Page numbers, form feeds and separators between blocks (never before the title's block).
    private static Gen<IEnumerable<Block>> WithDebris(Script script, List<Block> blocks) =>
        from breaks in Gen.ListOf(Gen.Frequency((6, Gen.Constant<Block?>(null)), (1, Debris(script))), blocks.Count)
        select blocks.SelectMany((b, i) => breaks[i] is { } d ? new[] { b, d } : new[] { b });

    private static Gen<Block?> Debris(Script script) =>
        from page in Gen.Choose(2, 40)
        from kind in Gen.Choose(0, 5)
        select (Block?)(kind switch
        {
            0 => new PageBreakBlock(true, null),
            1 => new PageBreakBlock(true, $"- {page} -"),
            2 => new PageBreakBlock(false, script == Script.Japanese ? $"－{FullWidth(page)}－" : $"Page {page}"),
            3 => new PageBreakBlock(true, $"{page} / 40"),
            4 => new SeparatorBlock("***"),
            _ => new SeparatorBlock("* * *"),
        });

    private static Gen<string> Sentences(Script script, int min, int max) =>
        Gen.Choose(min, max).SelectMany(n => Gen.ListOf(Sentence(script), n)).Select(s => string.Join(script == Script.Japanese ? "" : " ", s));

    private static readonly string[] JapaneseSubjects = ["日米両国は、", "閣僚は、", "三か国は、", "両首脳は、", "締約国は、", "我々は、"];
    private static readonly string[] JapanesePhrases =
    [
        "インド太平洋地域の平和と安定", "法の支配に基づく自由で開かれた国際秩序", "経済安全保障及び重要鉱物のサプライチェーン",
        "ＡＳＥＡＮの中心性と一体性", "北朝鮮の完全な非核化", "サイバー及び宇宙分野における協力", "ＡＩ（人工知能）の安全性",
        "２０２５年の大阪・関西万博", "Ｇ７広島サミットの成果", "エネルギー安全保障", "人道支援・災害救援", "第三国における協力",
    ];
    private static readonly string[] JapaneseVerbs = ["の重要性を再確認した。", "に向けて緊密に連携していくことで一致した。", "を強く支持する。", "について意見交換を行った。", "を推進する決意を表明した。"];

    private static readonly string[] EnglishSubjects = ["The Ministers", "Japan and the United States", "The Parties", "The Leaders", "We", "The three countries"];
    private static readonly string[] EnglishVerbs = ["reaffirmed", "welcomed", "underscored", "committed to strengthening", "expressed concern over", "discussed"];
    private static readonly string[] EnglishObjects =
    [
        "peace and stability in the Indo-Pacific region", "a free and open international order based on the rule of law",
        "the complete denuclearization of North Korea", "cooperation in cyber and space domains, including AI safety",
        "the centrality and unity of ASEAN", "resilient supply chains for critical minerals (including rare earths)",
        "the outcome of the G7 Hiroshima Summit", "energy security and the clean-energy transition", "Article 5 of the Treaty",
    ];

    private static Gen<string> Sentence(Script script) => script == Script.Japanese
        ? from s in Gen.Elements(JapaneseSubjects)
          from p in Gen.Elements(JapanesePhrases)
          from p2 in Gen.Frequency((2, Gen.Constant("")), (1, Gen.Elements(JapanesePhrases).Select(x => "及び" + x)))
          from v in Gen.Elements(JapaneseVerbs)
          select s + p + p2 + v
        : from s in Gen.Elements(EnglishSubjects)
          from v in Gen.Elements(EnglishVerbs)
          from o in Gen.Elements(EnglishObjects)
          from o2 in Gen.Frequency((2, Gen.Constant("")), (1, Gen.Elements(EnglishObjects).Select(x => ", as well as " + x)))
          from end in Gen.Elements(".", ".", ";", ".")
          select $"{s} {v} {o}{o2}{end}";

    /// <summary>Smaller documents: without one block (the title stays), then simpler layout and encoding.</summary>
    public static IEnumerable<GeneratedDocument> Shrink(GeneratedDocument d)
    {
        // A section goes with its heading and a clause with its items: what is left is a document the grammar could
        // have written (items left behind would hang under the clause before, and rightly so).
        for (var i = 0; i < d.Blocks.Length; i++)
        {
            if (d.Blocks[i] is TitleBlock) continue;
            var end = i + 1;
            if (d.Blocks[i] is HeadingBlock)
                while (end < d.Blocks.Length && d.Blocks[end] is ClauseBlock or ParagraphBlock or PageBreakBlock or SeparatorBlock) end++;
            else if (d.Blocks[i] is ClauseBlock clause)
                while (end < d.Blocks.Length && d.Blocks[end] is ClauseBlock { Depth: var depth } && depth > clause.Depth
                       || end < d.Blocks.Length && d.Blocks[end] is PageBreakBlock or SeparatorBlock
                          && d.Blocks.Skip(end).FirstOrDefault(b => b is not (PageBreakBlock or SeparatorBlock)) is ClauseBlock { Depth: var after } && after > clause.Depth)
                    end++;
            var fewer = d.Blocks.RemoveRange(i, end - i);
            if (EveryHeadingHasABody(fewer)) yield return d with { Blocks = fewer };
        }
        if (d.BlankAfterEveryLine) yield return d with { BlankAfterEveryLine = false };
        if (d.WrapWidth < 10_000) yield return d with { WrapWidth = 10_000 };
        if (d.Newline != "\n") yield return d with { Newline = "\n" };
        if (d.EncodingName != "utf-8") yield return d with { EncodingName = "utf-8" };
    }

    // The grammar writes no empty section, and a heading with nothing under it reads as a line of text: shrinking
    // keeps the documents the grammar could have written.
    private static bool EveryHeadingHasABody(ImmutableArray<Block> blocks)
    {
        for (var i = 0; i < blocks.Length; i++)
        {
            if (blocks[i] is not HeadingBlock) continue;
            var next = blocks.Skip(i + 1).FirstOrDefault(b => b is not (PageBreakBlock or SeparatorBlock));
            if (next is not (ClauseBlock or ParagraphBlock)) return false;
        }
        return true;
    }

    internal static string FullWidth(int i) => new(i.ToString(System.Globalization.CultureInfo.InvariantCulture).Select(c => (char)(c - '0' + '０')).ToArray());

    internal static string Kanji(int i)
    {
        string[] digits = ["", "一", "二", "三", "四", "五", "六", "七", "八", "九"];
        return i switch
        {
            < 10 => digits[i],
            10 => "十",
            < 20 => "十" + digits[i - 10],
            _ => digits[i / 10] + "十" + digits[i % 10],
        };
    }

    internal static string Roman(int i) => i switch
    {
        1 => "I", 2 => "II", 3 => "III", 4 => "IV", 5 => "V", 6 => "VI", 7 => "VII", 8 => "VIII", 9 => "IX", _ => "X",
    };
}
