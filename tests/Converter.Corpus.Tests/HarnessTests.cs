using System.Collections.Immutable;
using Converter.Corpus.Comparison;
using Converter.Corpus.Facts;
using Converter.Corpus.Rendering;
using Converter.Corpus.Sources;
using Converter.Corpus.Truth;
using Converter.Model;

namespace Converter.Corpus.Tests;

/// <summary>The measuring instrument on hand-made inputs (no corpus needed): normalisation, naming, fact checking, fidelity, wrapping.</summary>
public sealed class HarnessTests
{
    [Theory]
    [InlineData("（１）", "1")]
    [InlineData("２", "2")]
    [InlineData("第一条", "第一条")]
    [InlineData("第六章の二", "第六章の二")]
    [InlineData("SEC. 2.", "SEC2")]
    [InlineData("“(g) ", "g")]
    [InlineData("（目的）", "目的")]
    [InlineData("•", "")]
    public void Normalisation_keeps_letters_and_digits_after_compatibility_mapping(string text, string expected) =>
        Assert.Equal(expected, Normal.Key(text));

    // A tiny law: 第一章 with 第一条 (text, items 一 二, paragraph ２ with item 一), then a 附則 with paragraph １.
    private const string Law = """
        <Law><LawNum>令和元年法律第一号</LawNum><LawBody><LawTitle>試験法</LawTitle>
        <MainProvision><Chapter Num="1"><ChapterTitle>第一章　総則</ChapterTitle>
        <Article Num="1"><ArticleCaption>（目的）</ArticleCaption><ArticleTitle>第一条</ArticleTitle>
        <Paragraph Num="1"><ParagraphNum/><ParagraphSentence><Sentence>本文。</Sentence></ParagraphSentence>
        <Item Num="1"><ItemTitle>一</ItemTitle><ItemSentence><Sentence>甲</Sentence></ItemSentence></Item>
        <Item Num="2"><ItemTitle>二</ItemTitle><ItemSentence><Sentence>乙</Sentence></ItemSentence></Item></Paragraph>
        <Paragraph Num="2"><ParagraphNum>２</ParagraphNum><ParagraphSentence><Sentence>第二項。</Sentence></ParagraphSentence>
        <Item Num="1"><ItemTitle>一</ItemTitle><ItemSentence><Column><Sentence>丙</Sentence></Column><Column><Sentence>丁</Sentence></Column></ItemSentence></Item></Paragraph>
        </Article></Chapter></MainProvision>
        <SupplProvision AmendLawNum="令和二年一月一日法律第二号" Extract="true"><SupplProvisionLabel>附　則</SupplProvisionLabel>
        <Paragraph Num="1"><ParagraphNum>１</ParagraphNum><ParagraphSentence><Sentence>施行する。</Sentence></ParagraphSentence></Paragraph>
        </SupplProvision></LawBody></Law>
        """;

    private static TruthDocument LawTruth() => EGovReader.Read(System.Xml.Linq.XDocument.Parse(Law));

    [Fact]
    public void EGov_reader_and_renderer_follow_the_statute_conventions()
    {
        var text = CorpusRenderer.Render(LawTruth(), Layout.View).Text;
        Assert.Equal(
            "試験法\n（令和元年法律第一号）\n\n　　　第一章　総則\n　（目的）\n第一条　本文。\n　一　甲\n　二　乙\n２　第二項。\n　一　丙　丁\n\n" +
            "　　　附　則　（令和二年一月一日法律第二号）　抄\n１　施行する。\n", text);
    }

    [Fact]
    public void Facts_name_nodes_by_scope_and_number_path()
    {
        var keys = FactExtractor.Extract(LawTruth()).Where(f => f.Property == "exists").Select(f => f.Key).ToList();
        Assert.Equal(["d:第一章", "p:main/第一条", "p:main/第一条/一", "p:main/第一条/二", "p:main/第一条/2", "p:main/第一条/2/一", "d:附則#1", "p:附則#1/1"], keys);
    }

    private static Paragraph P(string text, int line) => new(text, SourceSpan.Line(line));

    private static Clause C(string id, ClauseKind kind, string? number, string text, params Clause[] items) =>
        new(id, number, null, text, [.. items], SourceSpan.Line(1)) { Kind = kind };

    /// <summary>The model a perfect parser would produce for <see cref="Law"/>.</summary>
    private static Document PerfectModel(bool misplaceItem = false)
    {
        var items = new List<Clause> { C("a", ClauseKind.Item, "一", "甲"), C("b", ClauseKind.Item, "二", "乙") };
        var second = C("c", ClauseKind.Paragraph, "２", "第二項。", misplaceItem ? [] : [C("d", ClauseKind.Item, "一", "丙　丁")]);
        items.Add(second);
        if (misplaceItem) items.Add(C("d", ClauseKind.Item, "一", "丙　丁"));
        var article = new Clause("e", "第一条", "（目的）", "本文。", [.. items], SourceSpan.Line(5)) { Kind = ClauseKind.Article };
        var chapter = new Section("sec-1", "第一章", "総則", [article], [], SourceSpan.Line(4)) { Kind = SectionKind.Chapter };
        var suppl = new Section("sec-2", null, "附　則", [C("f", ClauseKind.Paragraph, "１", "施行する。")], [], SourceSpan.Line(12))
        { Kind = SectionKind.SupplementaryProvision, AmendLawNumber = "（令和二年一月一日法律第二号）　抄" };
        return new Document(Document.CurrentSchemaVersion, new DocumentMetadata("試験法", "ja", null, "", "utf-8", 13) { Genre = DocumentGenre.Statute },
            new DocumentHeading(null, P("試験法", 1), []) { DocumentNumber = P("（令和元年法律第一号）", 2) },
            [], [], [chapter, suppl], [], [], []);
    }

    [Fact]
    public void A_perfect_model_has_every_fact_and_a_misplaced_item_loses_exactly_its_own()
    {
        var truth = LawTruth();
        var facts = FactExtractor.Extract(truth);
        var perfect = FactChecker.Check(facts, PerfectModel(), truth.Genre);
        Assert.All(perfect, r => Assert.True(r.Right, $"{r.Fact.Group} {r.Fact.Key}: expected {r.Fact.Expected}, found {r.Found}"));

        var wrong = FactChecker.Check(facts, PerfectModel(misplaceItem: true), truth.Genre).Where(r => !r.Right).Select(r => r.Fact.Key + " " + r.Fact.Property).ToList();
        Assert.Equal(["p:main/第一条/2/一 exists", "p:main/第一条/2/一 kind"], wrong);
    }

    [Fact]
    public void Fidelity_accepts_removed_page_numbers_and_rejects_removed_content()
    {
        var rendering = new Rendering.Rendering("本文\n\n- 1 -\n\f続き\n", [new DebrisLine(3, "- 1 -", DebrisKind.PageNumber)]);
        Document Model(params RemovedLine[] removed) => PerfectModel() with
        {
            Heading = new DocumentHeading(null, P("本文", 1), []),
            Sections = [],
            Preamble = [P(removed.Any(r => r.Line == 4) ? "" : "続き", 4)],
            RemovedLines = [.. removed],
        };
        Assert.True(Fidelity.Check(rendering, Model(new RemovedLine(3, RemovedLineKind.PageNumber, "- 1 -"))).Ok);
        var bad = Fidelity.Check(rendering, Model(new RemovedLine(3, RemovedLineKind.PageNumber, "- 1 -"), new RemovedLine(4, RemovedLineKind.RunningHeader, "続き")));
        Assert.False(bad.OnlyDebrisRemoved);
        Assert.Contains(bad.Problems, p => p.Contains("line 4 is content", StringComparison.Ordinal));
        Assert.False(Fidelity.Check(rendering, Model()).TextKept); // the page number left in the text but not in the model
    }

    [Fact]
    public void Wrapping_breaks_latin_between_words_and_cjk_anywhere_but_before_closing_marks()
    {
        Assert.Equal(["alpha beta", "gamma"], LayoutWriter.Wrap("alpha beta gamma", 10, 0, 0));
        Assert.Equal(["一二三四", "五六"], LayoutWriter.Wrap("一二三四五六", 8, 0, 0));
        Assert.Equal(["一二三四。", "五"], LayoutWriter.Wrap("一二三四。五", 8, 0, 0));
        Assert.Equal(["　一二三", "四五"], LayoutWriter.Wrap("　一二三四五", 8, 0, 0));
    }

    [Fact]
    public void Pdf_layout_paginates_with_page_numbers_and_form_feeds()
    {
        var blocks = Enumerable.Range(1, 40).Select(i => new Block("line " + i));
        var r = LayoutWriter.Write(blocks, Layout.Pdf, LayoutStyle.Legislation);
        var lines = r.Text.Split('\n');
        Assert.Equal("line 1", lines[0]);
        Assert.Equal("", lines[1]);
        Assert.Equal("1", lines[70]);
        Assert.Equal("\fline 36", lines[71]);
        Assert.Equal([71, 82], r.Debris.Select(d => d.Line));
        Assert.Equal(2, r.Text.Count(c => c == '\f'));
    }

    [Fact]
    public void Statement_reader_applies_the_genre_rules_where_the_markup_disagrees()
    {
        var truth = StatementReader.Parse(
            "---\ntitle: \"A Joint\\_Statement\"\n---\n**Paris, 1 May 2024**\n\n1\\. First paragraph.\n\n" +
            "-   a bullet of paragraph one\n\n***Heading***\n\u00A0\n2.\u00A0\u00A0Second paragraph.\n\n\\###\n");
        Assert.Equal("A Joint\u00A0Statement", truth.Title);
        Assert.Equal("Paris, 1 May 2024", truth.HeadingLines[1].Text);
        var first = Assert.Single(truth.Body, n => n.Number == "1.");
        Assert.Equal("•", Assert.Single(first.Children).Number);
        var heading = Assert.Single(truth.Body, n => n.Type == TruthNodeType.Division);
        Assert.Equal("Heading", heading.Title);
        Assert.Equal("2.", heading.Children[0].Number);
        Assert.True(heading.Children[0].Children[^1].Furniture); // "###" after paragraph 2: its last line, furniture
    }
}
