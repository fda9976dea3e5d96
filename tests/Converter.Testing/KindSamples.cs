using System.Collections.Immutable;
using Converter.Model;

namespace Converter.Testing;

/// <summary>
/// Hand-built documents that together use every section kind, every clause kind and every part of model 1.1
/// (genre, document number, front and clause tables of contents, clause headings, amending-law numbers), for the
/// writers to be tested on shapes the parser does not yet produce. Line numbers increase in reading order.
/// </summary>
public static class KindSamples
{
    /// <summary>The sample names, in a fixed order.</summary>
    public static IReadOnlyList<string> Names { get; } =
        ["ja-statute", "en-bill", "en-communique", "ja-statute-minimal", "en-statement-minimal", "control-characters"];

    /// <summary>Theory data: one row per sample name.</summary>
    public static IEnumerable<object[]> NameData() => Names.Select(n => new object[] { n });

    /// <summary>The sample of that name.</summary>
    public static Document Get(string name) => name switch
    {
        "ja-statute" => JapaneseStatute(),
        "en-bill" => EnglishBill(),
        "en-communique" => EnglishCommunique(),
        "ja-statute-minimal" => Doc("ja", DocumentGenre.Statute, new Lines(), "題名のみの法律"),
        "en-statement-minimal" => Doc("en", DocumentGenre.Statement, new Lines(), "Title only"),
        "control-characters" => ControlCharacters(),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, null),
    };

    /// <summary>
    /// A Japanese statute: law number before the title, an enacting statement before the 目次, a recital after it,
    /// 編/章/節/款/目, articles with captions, paragraphs (項) and items (号, イ), 附則 with an amending-law number, 別表.
    /// </summary>
    public static Document JapaneseStatute()
    {
        var l = new Lines();
        var number = l.P("（令和七年法律第九十九号）");
        var title = l.P("見本法");
        var enacting = l.P("国会は、ここにこの法律を制定する。");
        var toc = l.Toc("目次",
            ("第一編", "総則", 1),
            ("第一章", "通則（第一条・第二条）", 2),
            (null, "附則", 1),
            (null, "存在しない見出し", 1));
        var recital = l.P("この法律は、見本のための法律である。");

        var article1 = C(l, "sec-1.sec-1.sec-1.sec-1.sec-1.cl-1", ClauseKind.Article, "第一条", "この法律は、見本を定める。", caption: "（目的）");
        var article2 = C(l, "sec-1.sec-1.sec-1.sec-1.sec-1.cl-2", ClauseKind.Article, "第二条", "この法律において、次に掲げる用語の意義は、当該各号に定めるところによる。",
            caption: "（定義）",
            items:
            [
                C(l, "sec-1.sec-1.sec-1.sec-1.sec-1.cl-2.cl-1", ClauseKind.Item, "一", "見本　次に掲げるものをいう。",
                    items:
                    [
                        C(l, "sec-1.sec-1.sec-1.sec-1.sec-1.cl-2.cl-1.cl-1", ClauseKind.Subitem, "イ", "紙の見本"),
                        C(l, "sec-1.sec-1.sec-1.sec-1.sec-1.cl-2.cl-1.cl-2", ClauseKind.Subitem, "ロ", "電子の見本"),
                    ]),
                C(l, "sec-1.sec-1.sec-1.sec-1.sec-1.cl-2.cl-2", ClauseKind.Item, "二", "写し　見本を写したものをいう。"),
                C(l, "sec-1.sec-1.sec-1.sec-1.sec-1.cl-2.cl-3", ClauseKind.Paragraph, "２", "前項の規定は、写しについて準用する。"),
            ]);
        var division = S(l, "sec-1.sec-1.sec-1.sec-1.sec-1", SectionKind.Division, "第一目", "通則", [article1, article2], []);
        var subsection = S(l, "sec-1.sec-1.sec-1.sec-1", SectionKind.Subsection, "第一款", "通則", [], [division]);
        var section = S(l, "sec-1.sec-1.sec-1", SectionKind.Section, "第一節", "通則", [], [subsection]);
        var chapter = S(l, "sec-1.sec-1", SectionKind.Chapter, "第一章", "通則", [], [section]);
        var part = S(l, "sec-1", SectionKind.Part, "第一編", "総則", [], [chapter]);

        var supplementary = S(l, "sec-2", SectionKind.SupplementaryProvision, null, "附　則",
            [C(l, "sec-2.cl-1", ClauseKind.Paragraph, null, "この法律は、公布の日から施行する。")], []);
        var amending = S(l, "sec-3", SectionKind.SupplementaryProvision, null, "附　則",
            [C(l, "sec-3.cl-1", ClauseKind.Article, "第一条", "この法律は、令和八年四月一日から施行する。", caption: "（施行期日）")], [])
            with { AmendLawNumber = "（令和七年一二月一日法律第百号）　抄" };
        var appendix = S(l, "sec-4", SectionKind.Appendix, "別表", "（第二条関係）",
            [C(l, "sec-4.cl-1", ClauseKind.Paragraph, null, "見本の種類　紙、電子")], []);

        var heading = new DocumentHeading(null, title, []) { DocumentNumber = number };
        return new Document(Document.CurrentSchemaVersion, Metadata("見本法", "ja", DocumentGenre.Statute, l), heading,
            [enacting, recital], [], [part, supplementary, amending, appendix], [l.P("内閣総理大臣　見本　太郎")],
            ImmutableArray<RemovedLine>.Empty, ImmutableArray<Diagnostic>.Empty)
        {
            Contents = toc,
        };
    }

    /// <summary>
    /// A US bill: number before the title, enacting clause, TITLE/Subtitle/Subchapter/Subpart, sections with headings
    /// and a table of contents in section 1, and the US levels (a) (1) (A) (i) (I) (aa), plus a clause with both a
    /// caption and a heading.
    /// </summary>
    public static Document EnglishBill()
    {
        var l = new Lines();
        var number = l.P("H. R. 1000");
        var title = l.P("To provide for sample things, and for other purposes.");
        var enacting = l.P("Be it enacted by the Senate and House of Representatives of the United States of America in Congress assembled,");
        var section1 = C(l, "cl-1", ClauseKind.Section, "SECTION 1.", "", heading: "SHORT TITLE; TABLE OF CONTENTS.") with
        {
            Contents = l.Toc("The table of contents for this Act is as follows:",
                ("Sec. 1.", "Short title; table of contents.", 1),
                ("TITLE I—", "SAMPLES", 1),
                ("Sec. 101.", "Definitions.", 2)),
            Items = [C(l, "cl-1.cl-1", ClauseKind.Subsection, "(a)", "This Act may be cited as the “Sample Act”.", heading: "Short Title.—")],
        };
        var deep = C(l, "sec-1.sec-1.sec-1.sec-1.cl-1", ClauseKind.Section, "SEC. 101.", "In this Act:", heading: "DEFINITIONS.",
            items:
            [
                C(l, "sec-1.sec-1.sec-1.sec-1.cl-1.cl-1", ClauseKind.Subsection, "(a)", "The term “sample”—",
                    items:
                    [
                        C(l, "sec-1.sec-1.sec-1.sec-1.cl-1.cl-1.cl-1", ClauseKind.Paragraph, "(1)", "means—",
                            items:
                            [
                                C(l, "sec-1.sec-1.sec-1.sec-1.cl-1.cl-1.cl-1.cl-1", ClauseKind.Subparagraph, "(A)", "a thing; or",
                                    items:
                                    [
                                        C(l, "sec-1.sec-1.sec-1.sec-1.cl-1.cl-1.cl-1.cl-1.cl-1", ClauseKind.Clause, "(i)", "of paper;",
                                            items:
                                            [
                                                C(l, "sec-1.sec-1.sec-1.sec-1.cl-1.cl-1.cl-1.cl-1.cl-1.cl-1", ClauseKind.Subclause, "(I)", "bound;",
                                                    items: [C(l, "sec-1.sec-1.sec-1.sec-1.cl-1.cl-1.cl-1.cl-1.cl-1.cl-1.cl-1", ClauseKind.Item, "(aa)", "in cloth.")]),
                                            ]),
                                    ]),
                            ]),
                    ]),
                C(l, "sec-1.sec-1.sec-1.sec-1.cl-1.cl-2", ClauseKind.Subsection, "(b)", "The term includes a copy.", caption: "Copies", heading: "Inclusion.—"),
            ]);
        var subpart = S(l, "sec-1.sec-1.sec-1.sec-1", SectionKind.Subpart, "Subpart 1—", "General", [deep], []);
        var subchapter = S(l, "sec-1.sec-1.sec-1", SectionKind.Subchapter, "Subchapter A—", "Definitions", [], [subpart]);
        var subtitle = S(l, "sec-1.sec-1", SectionKind.Subtitle, "Subtitle A—", "General Provisions", [], [subchapter]);
        var titleI = S(l, "sec-1", SectionKind.Title, "TITLE I—", "SAMPLES", [], [subtitle]);

        var heading = new DocumentHeading(null, title, [l.P("IN THE HOUSE OF REPRESENTATIVES")]) { DocumentNumber = number };
        return new Document(Document.CurrentSchemaVersion, Metadata(title.Text, "en", DocumentGenre.Bill, l), heading,
            [enacting], [section1], [titleI], [],
            ImmutableArray<RemovedLine>.Empty, ImmutableArray<Diagnostic>.Empty);
    }

    /// <summary>A communiqué: status note, subtitle, preamble, numbered paragraphs with lettered points and bullets, a closing.</summary>
    public static Document EnglishCommunique()
    {
        var l = new Lines();
        var status = l.P("(Provisional translation)");
        var title = l.P("Leaders’ Communiqué");
        var subtitle = l.P("Hiroshima, 20 May 2023");
        var preamble = l.P("We, the Leaders, met in Hiroshima.");
        var sections = ImmutableArray.Create(
            S(l, "sec-1", SectionKind.Section, "I.", "Preamble & Purpose <1>",
            [
                C(l, "sec-1.cl-1", ClauseKind.Paragraph, "1.", "We commit to:",
                    items:
                    [
                        C(l, "sec-1.cl-1.cl-1", ClauseKind.Point, "(a)", "peace;"),
                        C(l, "sec-1.cl-1.cl-2", ClauseKind.Point, "(b)", "prosperity.",
                            items: [C(l, "sec-1.cl-1.cl-2.cl-1", ClauseKind.Point, "•", "for all.")]),
                    ]),
                C(l, "sec-1.cl-2", ClauseKind.Paragraph, null, "We welcome cooperation."),
            ],
            [S(l, "sec-1.sec-1", SectionKind.Section, "A.", "Details", [C(l, "sec-1.sec-1.cl-1", ClauseKind.Paragraph, "2.", "More detail.")], [])]));
        return new Document(Document.CurrentSchemaVersion, Metadata(title.Text, "en", DocumentGenre.Statement, l),
            new DocumentHeading(status, title, [subtitle]), [preamble], [], sections, [l.P("Done at Hiroshima")],
            ImmutableArray<RemovedLine>.Empty, ImmutableArray<Diagnostic>.Empty);
    }

    /// <summary>Characters neither XML nor HTML can carry, next to ones they can (tab, newline, an emoji).</summary>
    public static Document ControlCharacters()
    {
        var l = new Lines();
        var title = l.P("制御文字\u0007の試験");
        var preamble = l.P("前文\u0000です\u0001。タブ\tと改行\nと絵文字😀。");
        var section = S(l, "sec-1", SectionKind.Chapter, "第\uFFFF章", "見出し\u001B",
            [C(l, "sec-1.cl-1", ClauseKind.Article, "第一条", "条項\u0007\u0007テキスト\uD800と\u0085と\uFDD0。", caption: "（見出し\u000B）")], []);
        return new Document(Document.CurrentSchemaVersion, Metadata(title.Text, "ja", DocumentGenre.Statute, l),
            new DocumentHeading(null, title, []), [preamble], [], [section], [l.P("結び\uDC00")],
            ImmutableArray<RemovedLine>.Empty, ImmutableArray<Diagnostic>.Empty);
    }

    private static DocumentMetadata Metadata(string title, string language, DocumentGenre genre, Lines lines) =>
        new(title, language, "sample.txt", new string('0', 64), "utf-8", lines.Count) { Genre = genre };

    private static Document Doc(string language, DocumentGenre genre, Lines l, string title)
    {
        var heading = new DocumentHeading(null, l.P(title), []);
        return new Document(Document.CurrentSchemaVersion, Metadata(title, language, genre, l), heading,
            [], [], [], [], ImmutableArray<RemovedLine>.Empty, ImmutableArray<Diagnostic>.Empty);
    }

    private static Clause C(Lines l, string id, ClauseKind kind, string? number, string text,
        string? caption = null, string? heading = null, Clause[]? items = null)
    {
        var start = l.Next();
        return new Clause(id, number, caption, text, [.. items ?? []], new SourceSpan(start, Math.Max(start, l.Count))) { Kind = kind, Heading = heading };
    }

    private static Section S(Lines l, string id, SectionKind kind, string? number, string title, Clause[] clauses, Section[] sections) =>
        new(id, number, title, [.. clauses], [.. sections], SourceSpan.Line(l.Next())) { Kind = kind };

    /// <summary>Hands out increasing line numbers so spans follow reading order.</summary>
    private sealed class Lines
    {
        public int Count { get; private set; }

        public int Next() => ++Count;

        public Paragraph P(string text) => new(text, SourceSpan.Line(Next()));

        public TableOfContents Toc(string? title, params (string? Number, string Text, int Level)[] entries)
        {
            var titleParagraph = title is null ? null : P(title);
            var from = Count + (title is null ? 1 : 0);
            var list = entries.Select(e => new TocEntry(e.Number, e.Text, e.Level, SourceSpan.Line(Next()))).ToImmutableArray();
            return new TableOfContents(titleParagraph, list, new SourceSpan(from, Count));
        }
    }
}
