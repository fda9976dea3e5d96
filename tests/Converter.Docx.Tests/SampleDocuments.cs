using System.Collections.Immutable;
using Converter.Model;

namespace Converter.Docx.Tests;

/// <summary>Small hand-made documents covering what the seed does not: numbers, captions, nesting, English, closing, bad characters.</summary>
internal static class SampleDocuments
{
    public static IEnumerable<string> Names =>
        ["japanese", "japanese-numbered", "english", "deep", "top-level-clauses", "control-characters", "minimal"];

    public static Document Get(string name) => name switch
    {
        "japanese" => Japanese(),
        "japanese-numbered" => JapaneseNumbered(),
        "english" => English(),
        "deep" => Deep(),
        "top-level-clauses" => TopLevelClauses(),
        "control-characters" => ControlCharacters(),
        "minimal" => Minimal(),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, null),
    };

    /// <summary>Like the seed: status note, title, preamble, two sections of unnumbered clauses.</summary>
    public static Document Japanese() => Doc("ja", "日米韓会合に際しての共同声明",
        status: "（仮訳）",
        preamble: ["三か国の外務大臣は、９月22日、ニューヨーク市において会談した。"],
        sections:
        [
            S("sec-1", null, "地域及びグローバルな関与の強化",
                C("sec-1.cl-1", "米国は、日本及び韓国の防衛に対する強固なコミットメントを改めて表明した。"),
                C("sec-1.cl-2", "閣僚は、三か国海上保安機関協力を歓迎した。")),
            S("sec-2", null, "北朝鮮の脅威への対処",
                C("sec-2.cl-1", "閣僚は、北朝鮮の完全な非核化に対する確固たるコミットメントを再確認した。")),
        ]);

    /// <summary>A statute-like document: numbered chapters and articles, captions, items, closing lines.</summary>
    public static Document JapaneseNumbered() => Doc("ja", "サンプル協定",
        subtitles: ["令和七年九月二十二日"],
        sections:
        [
            S("sec-1", "第１章", "総則",
                C("sec-1.cl-1", "この協定は、三か国の協力について定める。", number: "第一条", caption: "（目的）"),
                C("sec-1.cl-2", "この協定において、次の用語の意義は、それぞれ次に定めるところによる。", number: "第二条", caption: "（定義）",
                    items:
                    [
                        C("sec-1.cl-2.cl-1", "締約国　この協定の当事国をいう。", number: "一"),
                        C("sec-1.cl-2.cl-2", "事務局　調整事務局をいう。", number: "二"),
                    ])),
            S("sec-2", "第２章", "協力",
                C("sec-2.cl-1", "締約国は、相互に協力する。", number: "第三条")),
        ],
        closing: ["令和七年九月二十二日", "ニューヨークにて"]);

    /// <summary>An English document with displayed numbers, nested sections and items, and a closing block.</summary>
    public static Document English() => Doc("en", "Joint Statement on the Trilateral Meeting",
        status: "(Provisional translation)",
        subtitles: ["New York, 22 September 2025"],
        preamble: ["The Ministers met in New York.", "They issued the following statement."],
        sections:
        [
            S("sec-1", "I.", "Regional Engagement",
                [
                    C("sec-1.cl-1", "The Ministers reaffirmed their commitment.", number: "1."),
                    C("sec-1.cl-2", "The Ministers welcomed cooperation in:", number: "2.",
                        items:
                        [
                            C("sec-1.cl-2.cl-1", "maritime security;", number: "(a)"),
                            C("sec-1.cl-2.cl-2", "law enforcement.", number: "(b)"),
                        ]),
                ],
                [
                    S("sec-1.sec-1", "A.", "Indo-Pacific",
                        C("sec-1.sec-1.cl-1", "The Ministers opposed any unilateral attempt to change the status quo.", caption: "Status quo")),
                ]),
            S("sec-2", "II.", "Economic Security",
                C("sec-2.cl-1", "The Ministers committed to strengthen supply chains.")),
        ],
        closing: ["Done at New York", "22 September 2025"]);

    /// <summary>Sections four levels deep and clauses three levels deep, none numbered: exercises headings past level 3 and numbering levels.</summary>
    public static Document Deep() => Doc("ja", "入れ子の文書",
        sections:
        [
            S("sec-1", null, "第一の見出し",
                [
                    C("sec-1.cl-1", "第一の条項。",
                        items:
                        [
                            C("sec-1.cl-1.cl-1", "第一の細目。",
                                items: [C("sec-1.cl-1.cl-1.cl-1", "さらに細かい細目。")]),
                            C("sec-1.cl-1.cl-2", "第二の細目。"),
                        ]),
                    C("sec-1.cl-2", "第二の条項。", number: "２．",
                        items: [C("sec-1.cl-2.cl-1", "番号のある条項の細目。")]),
                ],
                [
                    S("sec-1.sec-1", null, "第二階層",
                        [C("sec-1.sec-1.cl-1", "第二階層の条項。")],
                        [
                            S("sec-1.sec-1.sec-1", null, "第三階層",
                                [C("sec-1.sec-1.sec-1.cl-1", "第三階層の条項。")],
                                [S("sec-1.sec-1.sec-1.sec-1", null, "第四階層", C("sec-1.sec-1.sec-1.sec-1.cl-1", "第四階層の条項。"))]),
                        ]),
                ]),
            S("sec-2", null, "第二の見出し", C("sec-2.cl-1", "別の節の条項。"), C("sec-2.cl-2", "もう一つ。")),
        ]);

    /// <summary>A body of top-level clauses (no section headings) followed by a section.</summary>
    public static Document TopLevelClauses() => Doc("ja", "覚書",
        clauses:
        [
            C("cl-1", "最初の条項。"),
            C("cl-2", "二番目の条項。", caption: "（範囲）"),
        ],
        sections: [S("sec-1", "１．", "その他", C("sec-1.cl-1", "節の条項。"))],
        closing: ["以上"]);

    /// <summary>Text holding characters XML cannot carry, plus tab, newline and a valid surrogate pair.</summary>
    public static Document ControlCharacters() => Doc("ja", "制御文字\u0007の試験",
        preamble: ["前文\u0000です\u0001。", "タブ\tと改行\nと絵文字😀。"],
        sections:
        [
            S("sec-1", "第\uFFFF章", "見出し\u001B",
                C("sec-1.cl-3", "条項\u0007\u0007テキスト\uD800。", caption: "（見出し\u000B）")),
        ],
        closing: ["結び\uDC00"]);

    /// <summary>Only a title.</summary>
    public static Document Minimal() => Doc("en", "Title only");

    public static Paragraph P(string text, int line = 1) => new(text, SourceSpan.Line(line));

    public static Clause C(string id, string text, string? number = null, string? caption = null, Clause[]? items = null) =>
        new(id, number, caption, text, [.. items ?? []], SourceSpan.Line(1));

    public static Section S(string id, string? number, string title, params Clause[] clauses) =>
        new(id, number, title, [.. clauses], [], SourceSpan.Line(1));

    public static Section S(string id, string? number, string title, Clause[] clauses, Section[] sections) =>
        new(id, number, title, [.. clauses], [.. sections], SourceSpan.Line(1));

    public static Document Doc(
        string language,
        string title,
        string? status = null,
        string[]? subtitles = null,
        string[]? preamble = null,
        Clause[]? clauses = null,
        Section[]? sections = null,
        string[]? closing = null)
    {
        var line = 1;
        Paragraph Next(string text) => P(text, line++);
        var statusNote = status is null ? null : Next(status);
        var heading = new DocumentHeading(statusNote, Next(title), [.. (subtitles ?? []).Select(Next)]);
        return new Document(
            Document.CurrentSchemaVersion,
            new DocumentMetadata(title, language, "sample.txt", new string('0', 64), "utf-8", 10),
            heading,
            [.. (preamble ?? []).Select(Next)],
            [.. clauses ?? []],
            [.. sections ?? []],
            [.. (closing ?? []).Select(Next)],
            ImmutableArray<RemovedLine>.Empty,
            ImmutableArray<Diagnostic>.Empty);
    }
}
