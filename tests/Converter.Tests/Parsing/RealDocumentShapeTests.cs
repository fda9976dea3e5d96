using Converter.Model;

namespace Converter.Tests.Parsing;

/// <summary>
/// The ten shapes real documents showed the parser getting wrong (issue 13), one focused test each, on small texts
/// written in the genre's conventions. The corpus tests (tests/Converter.Corpus.Tests) check the same rules on whole
/// official documents.
/// </summary>
public sealed class RealDocumentShapeTests
{
    private static Clause Article(Document d, string number) =>
        d.AllClauses().Single(c => c.Number == number && c.Kind == ClauseKind.Article);

    // ---- 1. captions ----

    [Fact]
    public void A_caption_on_its_own_line_belongs_to_the_next_article_not_to_the_text_or_heading_before_it()
    {
        var text = "組織法\n（令和五年法律第一号）\n\n第一章　総則\n（目的）\n第一条　この法律は、組織を定める。\n（所掌事務等）\n第二条　本省に、次の局を置く。\n";
        var d = DocumentConverter.Parse(text);
        Assert.Equal("総則", d.Sections[0].Title);
        Assert.Equal("（目的）", Article(d, "第一条").Caption);
        Assert.Equal("この法律は、組織を定める。", Article(d, "第一条").Text);
        Assert.Equal("（所掌事務等）", Article(d, "第二条").Caption);
        Assert.Empty(d.Preamble);
    }

    [Fact]
    public void A_caption_at_the_foot_of_a_page_is_not_joined_to_the_paragraph_before_it()
    {
        // PDF extraction: every line followed by a blank line, the caption last on page 1, the article on page 2.
        var text = "組織法\n\n（令和五年法律第一号）\n\n第一条　この法律は、組織の目的及び所掌事務を定め、もって行政の\n\n" +
                   "　円滑な運営に資することを目的とする。この法律は、組織の目的を定める\n\n" +
                   "　ものとする。\n\n（所掌事務等）\n\n- 1 -\n\f第二条　本省は、次に掲げる事務をつかさどる。\n";
        var d = DocumentConverter.Parse(text);
        Assert.EndsWith("ものとする。", Article(d, "第一条").Text);
        Assert.Equal("（所掌事務等）", Article(d, "第二条").Caption);
    }

    // ---- 2. 項 and 号 ----

    [Fact]
    public void Items_belong_to_their_paragraph_and_paragraphs_to_their_article_across_a_page_break()
    {
        var text = "組織法\n（令和五年法律第一号）\n\n第三条　次に掲げる事務を行う。\n一　調査\n二　企画\n" +
                   "２　前項の事務のほか、次に掲げる事務を行う。\n一　連絡\n\n- 1 -\n\f二　調整\n　イ　国内の調整\n　ロ　国外の調整\n３　政令で定める。\n";
        var d = DocumentConverter.Parse(text);
        var article = Article(d, "第三条");
        Assert.Equal(["一", "二", "２", "３"], article.Items.Select(c => c.Number));
        Assert.Equal([ClauseKind.Item, ClauseKind.Item, ClauseKind.Paragraph, ClauseKind.Paragraph], article.Items.Select(c => c.Kind));
        var second = article.Items[2];
        Assert.Equal(["一", "二"], second.Items.Select(c => c.Number));
        Assert.Equal(["イ", "ロ"], second.Items[1].Items.Select(c => c.Number));
        Assert.All(second.Items[1].Items, c => Assert.Equal(ClauseKind.Subitem, c.Kind));
    }

    // ---- 3. 附則 ----

    [Fact]
    public void Supplementary_provisions_are_sections_with_their_amending_law_number_and_captioned_articles()
    {
        var text = "組織法\n（令和五年法律第一号）\n\n第一条　この法律は、組織を定める。\n\n　　　附　則\n\nこの法律は、公布の日から施行する。\n\n" +
                   "　　　附　則　（令和六年五月一日法律第十号）　抄\n\n（施行期日）\n第一条　この法律は、令和七年四月一日から施行する。\n（経過措置）\n第二条　従前の例による。\n";
        var d = DocumentConverter.Parse(text);
        var supplementary = d.Sections.Where(s => s.Kind == SectionKind.SupplementaryProvision).ToList();
        Assert.Equal(2, supplementary.Count);
        Assert.Equal("附　則", supplementary[0].Title);
        Assert.Null(supplementary[0].AmendLawNumber);
        Assert.Equal("この法律は、公布の日から施行する。", Assert.Single(supplementary[0].Clauses).Text);
        Assert.Equal("（令和六年五月一日法律第十号）　抄", supplementary[1].AmendLawNumber);
        Assert.Equal(["（施行期日）", "（経過措置）"], supplementary[1].Clauses.Select(c => c.Caption));
        Assert.Equal(["第一条", "第二条"], supplementary[1].Clauses.Select(c => c.Number));
    }

    // ---- 4. 目次 ----

    [Fact]
    public void A_table_of_contents_is_kept_as_its_own_node_and_its_entries_are_not_headings()
    {
        var text = "組織法\n（令和五年法律第一号）\n目次\n　第一章　総則（第一条・第二条）\n　第二章　組織\n　　第一節　本省（第三条）\n　附則\n\n" +
                   "　　　第一章　総則\n\n第一条　目的を定める。\n第二条　定義を定める。\n\n　　　第二章　組織\n\n　　　　第一節　本省\n\n第三条　本省を置く。\n\n　　　附　則\n\nこの法律は、公布の日から施行する。\n";
        var d = DocumentConverter.Parse(text);
        Assert.NotNull(d.Contents);
        Assert.Equal("目次", d.Contents!.Title!.Text);
        Assert.Equal([1, 1, 2, 1], d.Contents.Entries.Select(e => e.Level));
        Assert.Equal(["第一章", "第二章", "附　則"], d.Sections.Select(s => s.Number ?? s.Title));
        Assert.Equal(SectionKind.Chapter, d.Sections[0].Kind);
        Assert.Equal("本省", d.Sections[1].Sections.Single().Title);
    }

    // ---- 5. heading block ----

    [Fact]
    public void The_law_number_and_revision_notes_are_in_the_heading_and_the_enacting_statement_is_the_preamble()
    {
        var text = "組織法\n（令和五年法律第一号）\n最終改正：令和六年法律第十号\n\n組織法の全部を改正する。\n\n第一条　目的を定める。\n";
        var d = DocumentConverter.Parse(text);
        Assert.Equal("組織法", d.Heading.Title.Text);
        Assert.Equal("（令和五年法律第一号）", d.Heading.DocumentNumber!.Text);
        Assert.Equal("最終改正：令和六年法律第十号", Assert.Single(d.Heading.Subtitles).Text);
        Assert.Equal("組織法の全部を改正する。", Assert.Single(d.Preamble).Text);
        Assert.Equal(DocumentGenre.Statute, d.Metadata.Genre);
    }

    [Fact]
    public void A_text_that_opens_with_its_era_law_number_still_gets_its_title()
    {
        var text = "昭和二十一年憲法\n日本国憲法\n\n第一章　天皇\n\n第一条　天皇は、日本国の象徴である。\n第二条　皇位は、世襲のものである。\n";
        var d = DocumentConverter.Parse(text);
        Assert.Equal("日本国憲法", d.Heading.Title.Text);
        Assert.Equal("昭和二十一年憲法", d.Heading.DocumentNumber!.Text);
        Assert.Equal(["昭和二十一年憲法", "日本国憲法"], d.Heading.InReadingOrder().Select(p => p.Paragraph.Text));
    }

    // ---- 6. English legislation ----

    [Fact]
    public void US_sections_titles_and_the_subsection_hierarchy_are_found()
    {
        var text = "115th CONGRESS\n1st Session\nH. R. 1000\n\nA BILL\n\nTo establish a trust fund, and for other purposes.\n\n" +
                   "Be it enacted by the Senate and House of Representatives of the United States of America in Congress assembled,\n\n" +
                   "SECTION 1. SHORT TITLE.\nThis Act may be cited as the Trust Fund Act.\n\n" +
                   "TITLE I—ESTABLISHMENT\n\nSEC. 101. DEFINITIONS.\nIn this Act:\n" +
                   "(a) IN GENERAL.—The term includes—\n(1) a State;\n(2) a territory, including—\n(A) Guam; and\n(B) any other area—\n" +
                   "(i) within the United States; or\n(ii) under its jurisdiction, if—\n(I) it is inhabited; and\n(II) it is organized.\n" +
                   "(b) EXCEPTION.—The term does not include a foreign state.\n\n" +
                   "Sec. 102. (a) Such amounts as may be necessary are authorized.\n(b) Amounts remain available.\n\n§ 103. Effective date.\nThis title takes effect on enactment.\n";
        var d = DocumentConverter.Parse(text);
        Assert.Equal(DocumentGenre.Bill, d.Metadata.Genre);
        Assert.Equal("To establish a trust fund, and for other purposes.", d.Heading.Title.Text);
        Assert.Equal("H. R. 1000", d.Heading.DocumentNumber!.Text);
        Assert.StartsWith("Be it enacted", Assert.Single(d.Preamble).Text);
        var section1 = Assert.Single(d.Clauses);
        Assert.Equal((ClauseKind.Section, "SECTION 1.", "SHORT TITLE."), (section1.Kind, section1.Number, section1.Heading));
        var title = Assert.Single(d.Sections);
        Assert.Equal((SectionKind.Title, "TITLE I—", "ESTABLISHMENT"), (title.Kind, title.Number, title.Title));
        Assert.Equal(["SEC. 101.", "Sec. 102.", "§ 103."], title.Clauses.Select(c => c.Number));
        var a = title.Clauses[0].Items[0];
        Assert.Equal(("(a)", "IN GENERAL.—", ClauseKind.Subsection), (a.Number, a.Heading, a.Kind));
        var any = a.Items[1].Items[1];
        Assert.Equal(("(B)", ClauseKind.Subparagraph), (any.Number, any.Kind));
        Assert.Equal(["(i)", "(ii)"], any.Items.Select(c => c.Number));
        Assert.Equal(["(I)", "(II)"], any.Items[1].Items.Select(c => c.Number));
        Assert.All(any.Items[1].Items, c => Assert.Equal(ClauseKind.Subclause, c.Kind));
        // A run-in subsection keeps its section.
        var run = title.Clauses[1];
        Assert.Equal("", run.Text);
        Assert.Equal(["(a)", "(b)"], run.Items.Select(c => c.Number));
    }

    [Fact]
    public void A_bills_table_of_contents_is_a_node_of_its_section_not_structure()
    {
        var text = "A BILL\n\nTo establish a trust fund.\n\nBe it enacted by the Senate and House of Representatives of the United States of America in Congress assembled,\n\n" +
                   "SECTION 1. SHORT TITLE; TABLE OF CONTENTS.\n(a) SHORT TITLE.—This Act may be cited as the Trust Act.\n" +
                   "(b) TABLE OF CONTENTS.—The table of contents of this Act is as follows:\nSec. 1. Short title; table of contents.\nSec. 2. Findings.\n" +
                   "TITLE I—TRUST FUND\nSec. 101. Trust fund.\n\nSEC. 2. FINDINGS.\nCongress finds the following.\n\nTITLE I—TRUST FUND\n\nSEC. 101. TRUST FUND.\nThere is a trust fund.\n";
        var d = DocumentConverter.Parse(text);
        var toc = d.AllClauses().Single(c => c.Number == "(b)").Contents;
        Assert.NotNull(toc);
        Assert.Equal(["Sec. 1.", "Sec. 2.", "TITLE I—", "Sec. 101."], toc!.Entries.Select(e => e.Number));
        Assert.Equal(["SECTION 1.", "SEC. 2."], d.Clauses.Select(c => c.Number));
        Assert.Equal(["SEC. 101."], Assert.Single(d.Sections).Clauses.Select(c => c.Number));
    }

    // ---- 7. run-on PDF text ----

    [Fact]
    public void Articles_sharing_one_physical_line_are_split()
    {
        var text = "世界人権宣言\n\n第１条 すべての人間は、生まれながらにして自由である。 第２条 すべて人は、いかなる事由による差別をも受けることなく、" +
                   "この宣言に掲げる権利を享有することができる。 第３条 すべて人は、生命、自由及び身体の安全に対する権利を有する。\n\n" +
                   "Universal Declaration\n\nArticle 6 Everyone has the right to recognition everywhere as a person before the law. " +
                   "Article 7 All are equal before the law and are entitled without any discrimination to equal protection of the law.\n";
        var numbers = DocumentConverter.Parse(text).AllClauses().Select(c => c.Number).ToList();
        Assert.Equal(["第１条", "第２条", "第３条", "Article 6", "Article 7"], numbers);
    }

    // ---- 8. numbered paragraphs after bullets ----

    [Fact]
    public void A_numbered_paragraph_after_the_bullets_of_the_one_before_is_its_sibling()
    {
        var text = "Leaders' Communiqué\n\n1. We commit to the following:\n\n• to open markets;\n\n• to fair trade.\n\n2. We will meet again next year.\n\n3. We thank our hosts.\n";
        var d = DocumentConverter.Parse(text);
        Assert.Equal(["1.", "2.", "3."], d.Clauses.Select(c => c.Number));
        Assert.Equal(2, d.Clauses[0].Items.Length);
    }

    // ---- 9. content is not debris ----

    [Fact]
    public void A_line_that_happens_to_repeat_at_page_edges_is_content_not_a_running_header()
    {
        // "適用しない。" and "一　略" open two pages each: a sentence and an item are never page furniture.
        var text = "組織法\n（令和五年法律第一号）\n\n第一条　次の規定は、\n\f適用しない。\n第二条　次に掲げる。\n一　略\n\f第三条　前条の規定は、\n\f適用しない。\n第四条　次に掲げる。\n\f一　略\n";
        var d = DocumentConverter.Parse(text);
        Assert.DoesNotContain(d.RemovedLines, r => r.Kind == RemovedLineKind.RunningHeader);
        Assert.Equal(2, d.AllClauses().Count(c => c.Number == "一"));
    }

    [Fact]
    public void A_section_heading_that_opens_two_pages_is_content_and_a_header_naming_the_document_is_furniture()
    {
        // The same heading opens two pages (two sections of one name); a page header repeats the title's words.
        var text = "日米外相会合共同声明\n\n両国の外相は、東京で会談した。\n\n－１－\n\f今後の協力\n\n１．　両国は、協力を確認した。\n\n－２－\n" +
                   "\f今後の協力\n\n２．　両国は、連携を確認した。\n\n－３－\n\f共同声明（仮訳）\n３．　両国は、会合を歓迎した。\n\n－４－\n" +
                   "\f共同声明（仮訳）\n４．　両国は、次回の会合で一致した。\n";
        var d = DocumentConverter.Parse(text);
        Assert.Equal(["今後の協力", "今後の協力"], d.AllSections().Select(s => s.Title));
        Assert.Equal(2, d.RemovedLines.Count(r => r.Kind == RemovedLineKind.RunningHeader && r.Text == "共同声明（仮訳）"));
    }

    [Fact]
    public void A_title_case_heading_as_wide_as_the_measure_in_pdf_spacing_heads_its_text()
    {
        // Text extracted from a PDF: a blank line after every line; the headings run to the wrap width.
        string[] lines =
        [
            "The Atlantic Declaration", "",
            "The United States and the United Kingdom share a unique and enduring", "",
            "partnership, which rests on our shared values and our common interests.", "",
            "Action Plan for a Twenty-First Century U.S.-UK Economic Partnership (ADAPT)", "",
            "Deep economic ties between the United States and the United Kingdom have", "",
            "long been a source of mutual strength for both of our peoples.", "",
            "1. Ensuring U.S.-UK Leadership in Critical and Emerging Technologies", "",
            "A handful of critical and emerging technologies are forming the backbone of", "",
            "new industries and shaping our national security landscape.", "",
            "Today, the Prime Minister of Japan and the President of the United", "",
            "States met at the White House and reaffirmed their alliance.", "",
        ];
        var d = DocumentConverter.Parse(string.Join("\n", lines) + "\n");
        Assert.Equal(["Action Plan for a Twenty-First Century U.S.-UK Economic Partnership (ADAPT)",
                      "Ensuring U.S.-UK Leadership in Critical and Emerging Technologies"], d.AllSections().Select(s => s.Title));
        // A sentence full of names is running text, not a heading.
        Assert.Contains(d.AllClauses(), c => c.Text.StartsWith("Today, the Prime Minister of Japan and the President of the United States met", StringComparison.Ordinal));
    }

    // Shapes the property tests found (tests/properties-random.sh), kept as they were shrunk.

    [Fact]
    public void A_wrapped_line_starting_with_names_after_a_sentence_end_stays_in_its_paragraph()
    {
        string[] lines =
        [
            "Joint Declaration",
            "",
            "Next Steps",
            "",
            "- The three countries discussed",
            "Article 5 of the Treaty. We welcomed",
            "the complete denuclearization of",
            "North Korea. Japan and the United",
            "States expressed concern over peace",
            "and stability in the Indo-Pacific",
            "region.",
            "",
            "  (a) The Ministers discussed",
            "  cooperation in cyber and space",
            "  domains, including AI safety.",
            "",
            "    a. The Parties discussed energy",
            "    security and the clean-energy",
            "    transition, as well as resilient",
            "    supply chains for critical",
            "    minerals (including rare earths).",
            "    Japan and the United States",
            "    underscored a free and open",
            "    international order based on the",
            "    rule of law.",
            "",
            "  (b) Japan and the United States",
            "  reaffirmed cooperation in cyber and",
            "  space domains, including AI safety,",
            "  as well as the outcome of the G7",
            "  Hiroshima Summit. The Leaders",
            "  expressed concern over the",
            "  centrality and unity of ASEAN, as",
            "  well as resilient supply chains for",
            "  critical minerals (including rare",
            "  earths). The three countries",
            "  reaffirmed resilient supply chains",
            "  for critical minerals (including",
            "  rare earths)."
        ];
        var d = DocumentConverter.Parse(string.Join("\n", lines) + "\n");
        var bullet = Assert.Single(d.Sections[0].Clauses);
        Assert.Equal(["(a)", "(b)"], bullet.Items.Select(c => c.Number));
        Assert.Contains("Japan and the United States underscored a free and open", bullet.Items[0].Items[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_heading_under_the_title_is_a_section_when_a_heading_in_capitals_follows()
    {
        var text = "JOINT STATEMENT of the Foreign Ministers\nNext Steps\n1) The Parties expressed concern over the outcome of the G7 " +
                   "Hiroshima Summit, as well as energy security and the clean-energy transition. The Parties reaffirmed cooperation " +
                   "in cyber and space domains, including AI safety.\nTHE RULE OF LAW\nThe Ministers discussed Article 5 of the Treaty; " +
                   "Japan and the United States expressed concern over resilient supply chains for critical minerals (including rare earths).\n";
        var d = DocumentConverter.Parse(text);
        Assert.Equal(["Next Steps", "THE RULE OF LAW"], d.AllSections().Select(s => s.Title));
        Assert.Empty(d.Heading.Subtitles);
    }

    [Fact]
    public void Two_date_lines_and_a_heading_are_no_evidence_of_pdf_spacing()
    {
        var text = "日米首脳共同声明\n\n令和７年９月２２日\u3000ニューヨーク\n\n令和７年９月２２日\n\nI.\u3000地域及びグローバルな関与の強化\n\n" +
                   "閣僚は、エネルギー安全保障について意見交換を行った。両首脳は、協力を強く支持する。\n\n";
        var d = DocumentConverter.Parse(text);
        Assert.Equal(2, d.Heading.Subtitles.Length);
        Assert.Equal("地域及びグローバルな関与の強化", Assert.Single(d.Sections).Title);
    }

    [Fact]
    public void A_line_opening_paragraphs_in_pdf_spacing_is_content_not_a_running_header()
    {
        // A blank line after every line, blank-space-blank between paragraphs, no page number or form feed anywhere.
        string[] lines =
        [
            "FACT SHEET on Regional Security ",
            "",
            " ",
            "",
            "Japan and the United States",
            "",
            "expressed concern over the outcome",
            "",
            "of the G7 Hiroshima Summit, as well",
            "",
            "as peace and stability in the",
            "",
            "Indo-Pacific region. Japan and the",
            "",
            "United States discussed a free and",
            "",
            "open international order based on",
            "",
            "the rule of law. ",
            "",
            " ",
            "",
            "Japan and the United States",
            "",
            "welcomed the outcome of the G7",
            "",
            "Hiroshima Summit, as well as a free",
            "",
            "and open international order based",
            "",
            "on the rule of law. The Leaders",
            "",
            "reaffirmed Article 5 of the Treaty.",
            "",
            "We discussed cooperation in cyber",
            "",
            "and space domains, including AI",
            "",
            "safety, as well as resilient supply",
            "",
            "chains for critical minerals",
            "",
            "(including rare earths). ",
            "",
            " "
        ];
        var d = DocumentConverter.Parse(string.Join("\n", lines) + "\n");
        Assert.Empty(d.RemovedLines);
    }

    // ---- 10. never refused for its shape ----

    [Fact]
    public void A_short_document_of_one_line_paragraphs_with_a_status_note_and_an_indented_signature_is_read()
    {
        var text = "(Provisional Translation)\n\nThe Ministers met in Tokyo today and discussed regional security at length.\n\n" +
                   "They agreed to meet again in the spring of next year in Canberra.\n\n        Minister for Foreign Affairs\n";
        var d = DocumentConverter.Parse(text);
        Assert.Equal("(Provisional Translation)", d.Heading.StatusNote!.Text);
        Assert.False(string.IsNullOrWhiteSpace(d.Heading.Title.Text));
        Assert.Equal(Support.TestDocuments.SourceNonWhitespace(text, d), ReadingOrder.NonWhitespaceText(d));
    }
    // ---- heading area ----

    [Fact]
    public void A_place_line_above_the_date_line_is_a_subtitle_not_a_section()
    {
        var text = "日米韓議長声明\n\nニューヨーク\n\n令和７年９月２２日\n\n１．　三か国は、一致した。\n\n２．　締約国は、支持する。\n";
        var d = DocumentConverter.Parse(text);
        Assert.Equal(["ニューヨーク", "令和７年９月２２日"], d.Heading.Subtitles.Select(s => s.Text));
        Assert.Empty(d.Sections);
        Assert.Equal(["１．", "２．"], d.Clauses.Select(c => c.Number));
    }
}
