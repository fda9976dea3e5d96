using Converter.Model;
using Converter.PlainText;
using Converter.Tests.Support;

namespace Converter.Tests.Parsing;

/// <summary>
/// The general rules behind the corpus outlines, one shape per test, on small made-up documents:
/// paragraphing, joining, headings, numbering, captions, nesting, preamble, debris, closing, language.
/// </summary>
public sealed class GeneralityTests
{
    private static List<Block> Blocks(string text) =>
        ParagraphBuilder.Build(DebrisFilter.Apply(LineClassifier.Classify(text), []));

    private static string[] Numbers(IEnumerable<Clause> clauses) => [.. clauses.Select(c => c.Number ?? "-")];

    // ---- paragraphing ----

    [Fact]
    public void Every_line_spaced_text_without_trailing_spaces_ends_paragraphs_by_shape()
    {
        var text = "Joint Statement\n\nThe Ministers met in Tokyo on 3 March and reviewed the progress of their\n\n" +
                   "cooperation in the fields of energy and trade in the region.\n\n" +
                   "They agreed to meet again next year.\n\nThe Ministers also welcomed the launch of a new dialogue on\n\n" +
                   "economic security, to be held every year at the level of senior officials.\n";
        var d = DocumentConverter.Parse(text);
        var paragraphs = d.Clauses.Select(c => c.Text).ToArray();
        Assert.Equal(3, paragraphs.Length);
        Assert.EndsWith("energy and trade in the region.", paragraphs[0]);
        Assert.Equal("They agreed to meet again next year.", paragraphs[1]);
    }

    [Fact]
    public void Japanese_long_line_is_split_at_each_next_number_after_a_sentence_end()
    {
        var text = "緊急援助物資の供与\n\n" +
                   "１．２月 18 日、日本政府は、サイクロンによる被害に対し、同国政府からの要請を受け、緊急援助物資を供与することを決定しました。" +
                   "２．２月 14 日から 15 日にかけて同国を通過したサイクロンにより、約 3,500 人が避難所に避難しています。" +
                   "３．我が国としては、被災者の生活再建を支援するため、今回の支援を実施するものです。\n";
        var d = DocumentConverter.Parse(text);
        Assert.Equal(["１．", "２．", "３．"], Numbers(d.Clauses));
        Assert.StartsWith("２月 18 日、日本政府は", d.Clauses[0].Text);
        Assert.StartsWith("２月 14 日から", d.Clauses[1].Text);
        Assert.All(d.Clauses, c => Assert.Equal(new SourceSpan(3, 3), c.Span));
    }

    [Fact]
    public void English_long_line_is_not_split_at_numbers_inside_sentences()
    {
        var text = "Chair's Summary\n\n" +
                   "1. Participants noted that investment of around USD 2.5 billion a year will be needed until 2030, and that 3 ports are at risk. " +
                   "2. The Chair welcomed the launch of a platform from 1 July 2025. 3. Participants stressed the importance of open and transparent projects.\n";
        var d = DocumentConverter.Parse(text);
        Assert.Equal(["1.", "2.", "3."], Numbers(d.Clauses));
        Assert.EndsWith("from 1 July 2025.", d.Clauses[1].Text);
    }

    [Fact]
    public void A_short_sentence_end_in_hard_wrapped_text_ends_the_paragraph()
    {
        var text = "The Ministers met in Tokyo and reviewed the progress of cooperation in the\nfields of energy and trade.\n" +
                   "They agreed to hold the next meeting in Wellington in the spring of next\nyear and to invite other partners.\n";
        Assert.Equal(2, Blocks(text).Count);
    }

    [Fact]
    public void Single_spaced_text_without_blank_lines_finds_title_headings_and_paragraphs()
    {
        var text = "Japan-Australia Joint Statement\nThe Prime Minister of Japan and the Prime Minister of Australia met in Canberra on\n" +
                   "10 June 2025 and held a summit meeting. The two leaders reaffirmed the Special\nStrategic Partnership between Japan and Australia.\n" +
                   "Security Cooperation\nThe two leaders welcomed the entry into force of the Reciprocal Access Agreement\nand committed to deepen defence cooperation, including through joint\nexercises.\n" +
                   "The two leaders condemned the missile launches by North Korea, which pose a grave\nthreat to the peace and stability of the region.\n";
        var d = DocumentConverter.Parse(text);
        Assert.Equal("Japan-Australia Joint Statement", d.Heading.Title.Text);
        Assert.Single(d.Preamble);
        Assert.Equal("Security Cooperation", Assert.Single(d.Sections).Title);
        Assert.Equal(2, d.Sections[0].Clauses.Length);
    }

    [Fact]
    public void One_paragraph_per_line_text_keeps_each_line()
    {
        var text = "Japan-Australia Joint Statement\n" +
                   "The Prime Minister of Japan and the Prime Minister of Australia met in Canberra on 10 June 2025 and held a summit meeting. The two leaders reaffirmed the Special Strategic Partnership.\n" +
                   "Security Cooperation\n" +
                   "The two leaders welcomed the entry into force of the Reciprocal Access Agreement and committed to further deepen defence cooperation, including through joint exercises.\n" +
                   "The two leaders condemned the missile launches by North Korea, which pose a grave threat to the peace and stability of the region.\n";
        var d = DocumentConverter.Parse(text);
        Assert.Single(d.Preamble);
        Assert.Equal(2, Assert.Single(d.Sections).Clauses.Length);
    }

    // ---- joining ----

    [Theory]
    [InlineData("閣僚は、協力を\n強化することで一致した。", "閣僚は、協力を強化することで一致した。")]
    [InlineData("a free and\nopen Indo-Pacific.", "a free and open Indo-Pacific.")]
    [InlineData("the most persistent and well-\nknown bottlenecks.", "the most persistent and well-known bottlenecks.")]
    [InlineData("Multi\u00AD\nstakeholder partnerships.", "Multi\u00ADstakeholder partnerships.")]
    [InlineData("Some\u00A0300 experts were\ntrained.", "Some\u00A0300 experts were trained.")]
    [InlineData("共同研究を\n2026 年までに開始する。", "共同研究を2026 年までに開始する。")]
    [InlineData("（DFFT：Data Free Flow with\nTrust）を推進する。", "（DFFT：Data Free Flow with Trust）を推進する。")]
    public void Wrapped_lines_join_without_inventing_or_losing_characters(string text, string joined) =>
        Assert.Equal(joined, LineJoiner.Join(LineClassifier.Classify(text)));

    // ---- headings ----

    [Fact]
    public void All_caps_heading_glued_to_its_first_numbered_paragraph()
    {
        var text = "Joint Statement\n\nThe Ministers met in Tokyo.\n\nREGIONAL SECURITY\n\n1. The Ministers expressed concern about the situation.\n\n" +
                   "ECONOMIC PARTNERSHIP\n2. The Ministers welcomed the increase in two-way trade and investment under the\nagreement.\n";
        var d = DocumentConverter.Parse(text);
        Assert.Equal(["REGIONAL SECURITY", "ECONOMIC PARTNERSHIP"], d.Sections.Select(s => s.Title));
        Assert.Equal("2.", Assert.Single(d.Sections[1].Clauses).Number);
        Assert.Empty(d.Diagnostics);
    }

    [Fact]
    public void Roman_numbered_heading_wrapped_onto_two_lines_with_bullets()
    {
        var text = "FACT SHEET: Partnership\nApril 10, 2025\n\nThe two leaders announced the following initiatives.\n\n" +
                   "I. SECURE THE REGION\n\n• The two countries will upgrade their command and control\n  frameworks.\n• They will deepen trilateral cooperation.\n\n" +
                   "II. ADVANCING ECONOMIC SECURITY AND RESILIENT SUPPLY\nCHAINS\n\n• The two countries will launch a dialogue on critical minerals.\n";
        var d = DocumentConverter.Parse(text);
        Assert.Equal(["I.", "II."], d.Sections.Select(s => s.Number));
        Assert.Equal("ADVANCING ECONOMIC SECURITY AND RESILIENT SUPPLY CHAINS", d.Sections[1].Title);
        Assert.Equal(["•", "•"], Numbers(d.Sections[0].Clauses));
        Assert.Equal("The two countries will upgrade their command and control frameworks.", d.Sections[0].Clauses[0].Text);
    }

    [Fact]
    public void Section_number_on_one_line_and_its_title_on_the_next()
    {
        var text = "MEMORANDUM OF COOPERATION\n\nThe Participants have reached the following understanding:\n\n" +
                   "Section I\nObjective\n\n(1) The objective is to strengthen coordination.\n\n" +
                   "Section II\nAreas of Cooperation\n\n(1) The Participants intend to cooperate in the following areas:\n(a) climate change;\n(b) quality infrastructure, including energy and digital\nconnectivity; and\n(c) health.\n";
        var d = DocumentConverter.Parse(text);
        Assert.Equal(["Section I", "Section II"], d.Sections.Select(s => s.Number));
        Assert.Equal(["Objective", "Areas of Cooperation"], d.Sections.Select(s => s.Title));
        var items = Assert.Single(d.Sections[1].Clauses).Items;
        Assert.Equal(["(a)", "(b)", "(c)"], Numbers(items));
        Assert.Equal("quality infrastructure, including energy and digital connectivity; and", items[1].Text);
    }

    [Fact]
    public void Japanese_numbered_headings_sub_headings_and_items()
    {
        var text = "開発協力重点方針\n\n" +
                   "１．総論\n国際社会は、複合的な危機に直面している。我が国は、開発協力を戦略的に実施する。\n\n" +
                   "２．重点分野\n\n我が国は、次の分野に重点的に取り組む。\n\n" +
                   "（１）質の高い成長\n・インフラ投資を通じた連結性の強化\n・産業人材の育成\n\n" +
                   "（２）法の支配に基づく自由で開かれた国際秩序の維持・強化に向けた取組の推進及び平和構築の\n支援\n・法制度整備支援\n";
        var d = DocumentConverter.Parse(text);
        Assert.Equal(["１．", "２．"], d.Sections.Select(s => s.Number));
        Assert.Equal("総論", d.Sections[0].Title);
        Assert.Equal("-", Assert.Single(Numbers(d.Sections[0].Clauses)));
        var sub = d.Sections[1].Sections;
        Assert.Equal(["（１）", "（２）"], sub.Select(s => s.Number));
        Assert.Equal("法の支配に基づく自由で開かれた国際秩序の維持・強化に向けた取組の推進及び平和構築の支援", sub[1].Title);
        Assert.Equal(["・", "・"], Numbers(sub[0].Clauses));
    }

    [Fact]
    public void Japanese_summary_with_numbers_set_off_by_ideographic_spaces_and_indented_paragraphs()
    {
        var text = "日米首脳会談\n\n令和7年2月7日\n\n\u3000石破総理大臣は、トランプ米国大統領と首脳会談を行ったところ、概要は以下のとおりです。\n\n" +
                   "1\u3000冒頭\n\u3000石破総理大臣から、大統領の就任に祝意を述べました。\n\n" +
                   "2\u3000日米関係\n(1)\u3000石破総理大臣から、日米同盟の強化に向けた決意を述べました。\n(2)\u3000両首脳は、抑止力・対処力を強化していくことで一致しました。\n";
        var d = DocumentConverter.Parse(text);
        Assert.Equal("令和7年2月7日", Assert.Single(d.Heading.Subtitles).Text);
        Assert.Single(d.Preamble);
        Assert.Equal(["冒頭", "日米関係"], d.Sections.Select(s => s.Title));
        Assert.Equal(["(1)", "(2)"], Numbers(d.Sections[1].Clauses));
    }

    [Fact]
    public void Short_numbered_items_are_clauses_not_sub_headings()
    {
        var text = "緊急援助物資の供与\n\n" +
                   "１．今回供与する物資の概要は、次のとおりです。\n（１）テント 150 張\n（２）浄水器 40 台\n（３）発電機 20 台\n\n" +
                   "２．物資は、２月 20 日に引き渡される予定です。\n";
        var d = DocumentConverter.Parse(text);
        Assert.Empty(d.Sections);
        Assert.Equal(["１．", "２．"], Numbers(d.Clauses));
        Assert.Equal(["（１）", "（２）", "（３）"], Numbers(d.Clauses[0].Items));
    }

    [Fact]
    public void Policy_paper_parts_numbered_dai_n_with_bullets_of_two_shapes()
    {
        var text = "開発協力大綱の実施について\n\n令和７年４月１日\n\n第１\u3000基本的な考え方\n○我が国は、国際社会の平和と繁栄に貢献する。\n○人間の安全保障の理念を踏まえる。\n\n" +
                   "第２\u3000重点課題\n１\u3000質の高い成長\n●インフラ整備を推進する。\n●人材育成を推進する。\n２\u3000地球規模課題への対応\n●気候変動対策を推進する。\n";
        var d = DocumentConverter.Parse(text);
        Assert.Equal(["第１", "第２"], d.Sections.Select(s => s.Number));
        Assert.Equal(["○", "○"], Numbers(d.Sections[0].Clauses));
        Assert.Equal("我が国は、国際社会の平和と繁栄に貢献する。", d.Sections[0].Clauses[0].Text);
        Assert.Equal(["１", "２"], d.Sections[1].Sections.Select(s => s.Number));
        Assert.Equal(["●", "●"], Numbers(d.Sections[1].Sections[0].Clauses));
    }

    [Fact]
    public void Decimal_numbers_are_sub_clauses_but_decimals_in_text_are_not()
    {
        var text = "MEMORANDUM OF UNDERSTANDING\n\n1. Objective\n1.1 The objective is to promote cooperation in the field of energy.\n1.2 The Participants will cooperate.\n\n" +
                   "2. Areas of Cooperation\n2.1 The Participants intend to cooperate in hydrogen and carbon capture, noting that\n3.5 percent of emissions come from these sectors.\n2.2 The Participants will meet annually.\n";
        var d = DocumentConverter.Parse(text);
        Assert.Equal(["Objective", "Areas of Cooperation"], d.Sections.Select(s => s.Title));
        Assert.Equal(["2.1", "2.2"], Numbers(d.Sections[1].Clauses));
        Assert.EndsWith("noting that 3.5 percent of emissions come from these sectors.", d.Sections[1].Clauses[0].Text);
    }

    // ---- numbered clauses ----

    [Theory]
    [InlineData("1) The Government decided to extend aid.", "2) The aid will be provided.", "1)", "2)")]
    [InlineData("(1) The objective is cooperation.", "(2) This does not create obligations.", "(1)", "(2)")]
    [InlineData("（１）協力を強化する。", "（２）人材を育成する。", "（１）", "（２）")]
    [InlineData("１．参加者は確認した。", "２．議長は紹介した。", "１．", "２．")]
    [InlineData("1．参加者は確認した。", "2．議長は紹介した。", "1．", "2．")]
    [InlineData("第１条　この協定は効力を生ずる。", "第２条　協力は実施する。", "第１条", "第２条")]
    [InlineData("第十一条　国は措置を講ずる。", "第十二条　国は努める。", "第十一条", "第十二条")]
    [InlineData("Article 11\nThe Agreement may be amended.", "Article 12\nEither Party may terminate it.", "Article 11", "Article 12")]
    [InlineData("• The leaders met.", "• They agreed.", "•", "•")]
    [InlineData("- energy;", "- critical minerals.", "-", "-")]
    [InlineData("・気象観測網の更新", "・研修プログラム", "・", "・")]
    [InlineData("○ 協力を強化する。", "○ 人材を育成する。", "○", "○")]
    public void Numbered_clauses_keep_their_numbers_as_displayed(string first, string second, string n1, string n2)
    {
        var d = DocumentConverter.Parse($"Title\n\n{first}\n{second}\n");
        Assert.Equal([n1, n2], Numbers(d.Clauses));
    }

    [Fact]
    public void Unpunctuated_items_split_at_the_next_number_of_the_list()
    {
        var text = "Emergency Grant Aid\n\n2) The aid will be provided through the following international organizations\nto the people affected:\n" +
                   "a. World Food Programme (WFP): USD 1.2 million for food assistance to about\n80,000 people in the most affected districts\n" +
                   "b. United Nations Children's Fund (UNICEF): USD 0.8 million for the provision of\nsafe drinking water\n";
        var d = DocumentConverter.Parse(text);
        var items = Assert.Single(d.Clauses).Items;
        Assert.Equal(["a.", "b."], Numbers(items));
        Assert.EndsWith("about 80,000 people in the most affected districts", items[0].Text);
    }

    [Theory]
    [InlineData("1. The Ministers noted that global expenditure rose by\n3.5 percent in real terms last year and agreed to meet\n2026 in Tokyo, with the second meeting held in\n14 March 2027.\n")]
    [InlineData("１．閣僚は、三か国協力を進展させるため、\n2025 年に行われた会合の成果を歓迎し、\n２０２６年に予定されている演習に向けた準備を進めることを確認し\n30 年以上にわたる協力の実績を評価した。\n")]
    public void Wrapped_line_starting_with_a_year_or_decimal_does_not_split(string clause)
    {
        var d = DocumentConverter.Parse("Title\n\n" + clause);
        var c = Assert.Single(d.Clauses);
        Assert.Equal(new SourceSpan(3, 6), c.Span);
    }

    [Fact]
    public void References_at_the_start_of_a_wrapped_line_do_not_split()
    {
        var text = "AGREEMENT\n\nArticle 4\n\nThe Parties shall cooperate in the areas listed in paragraph 1 of\nArticle 5 of this Agreement and in the annex.\n\n" +
                   "Article 5\n\nThe Parties shall exchange information.\n";
        var d = DocumentConverter.Parse(text);
        Assert.Equal(["Article 4", "Article 5"], Numbers(d.Clauses));
        Assert.EndsWith("paragraph 1 of Article 5 of this Agreement and in the annex.", d.Clauses[0].Text);

        var law = DocumentConverter.Parse("法律\n\n第四条\u3000国は、地方公共団体と協力して施策を講ずるものとし、その際には\n第五条の規定による計画に配慮しなければならない。\n\n第五条\u3000政府は、計画を定める。\n");
        Assert.Equal(["第四条", "第五条"], Numbers(law.Clauses));
    }

    [Fact]
    public void Law_items_in_iroha_order_and_branch_articles()
    {
        var text = "外国人材の受入れに関する法律\n\n第１章\u3000総則\n\n（定義）\n第２条\u3000この法律において、次の各号に掲げる用語の意義は、当該各号に定めるところによる。\n" +
                   "一\u3000外国人材\u3000次に掲げる者をいう。\nイ\u3000技能を有する者\nロ\u3000知識を有する者\n二\u3000受入れ機関\u3000外国人材を雇用する者をいう。\n\n" +
                   "第２条の２\u3000国は、必要な措置を講ずる。\n\n第２章\u3000基本方針\n\n第３条\u3000政府は、基本方針を定めなければならない。\n";
        var d = DocumentConverter.Parse(text);
        Assert.Equal(["第１章", "第２章"], d.Sections.Select(s => s.Number));
        var art2 = d.Sections[0].Clauses[0];
        Assert.Equal(["一", "二"], Numbers(art2.Items));
        Assert.Equal(["イ", "ロ"], Numbers(art2.Items[0].Items));
        Assert.Equal("第２条の２", d.Sections[0].Clauses[1].Number);
        Assert.DoesNotContain(d.Diagnostics, x => x.Code is "CNV301" or "CNV302");
    }

    [Fact]
    public void Typing_slips_are_read_as_numbers_and_reported()
    {
        var text = "Joint Statement\n\n1. The Ministers met.\n\n2. They agreed.\n\n3.The Ministers noted the progress.\n\n4, The Ministers condemned the launches.\n";
        var d = DocumentConverter.Parse(text);
        Assert.Equal(["1.", "2.", "3.", "4,"], Numbers(d.Clauses));
        Assert.Equal("The Ministers condemned the launches.", d.Clauses[3].Text);
        Assert.Equal([7, 9], d.Diagnostics.Where(x => x.Code == "CNV303").Select(x => x.Span!.Value.StartLine));
    }

    [Fact]
    public void Numbering_that_goes_on_across_sections_is_not_a_restart()
    {
        var text = "Joint Statement\n\nThe Ministers met.\n\nSECURITY\n\n1. First.\n\n2. Second.\n\nECONOMY\n\n3. Third.\n\n3. Repeated.\n\n5. Skipped.\n";
        var d = DocumentConverter.Parse(text);
        Assert.Equal(["3.", "3.", "5."], Numbers(d.Sections[1].Clauses));
        Assert.DoesNotContain(d.Diagnostics, x => x.Code == "CNV304");
        Assert.Contains(d.Diagnostics, x => x.Code == "CNV302" && x.Span!.Value.StartLine == 15);
        Assert.Contains(d.Diagnostics, x => x.Code == "CNV301" && x.Span!.Value.StartLine == 17);
    }

    // ---- captions, nesting, law paragraphs ----

    [Fact]
    public void Caption_of_the_first_article_is_not_a_subtitle()
    {
        var d = DocumentConverter.Parse("個人情報保護に関する法律\n\n（目的）\n第一条\u3000この法律は、個人情報の適正な取扱いを目的とする。\n");
        Assert.Empty(d.Heading.Subtitles);
        Assert.Equal("（目的）", Assert.Single(d.Clauses).Caption);
    }

    [Fact]
    public void Japanese_agreement_with_full_width_articles_items_and_paragraph_marks()
    {
        var text = "防災分野における技術協力に関する協定\n\n両政府は、\n\n両国間の友好関係を想起し、\n\n技術協力が両国民の福祉に寄与することを確信するので、\n\n次のとおり協定した。\n\n" +
                   "第１条\u3000この協定は、技術協力の枠組みを定める。\n\n" +
                   "第２条\u3000協力は、次の形態により実施する。\n(a)\u3000専門家の派遣\n(b)\u3000(a)に掲げるもののほか、両政府が合意する形態\n○２\u3000前項の協力の内容は、別途取り決める。\n\n" +
                   "第３条\u3000この協定は、署名の日に効力を生ずる。\n";
        var d = DocumentConverter.Parse(text);
        Assert.Equal(4, d.Preamble.Length);
        Assert.Equal(["第１条", "第２条", "第３条"], Numbers(d.Clauses));
        Assert.Equal(["(a)", "(b)", "○２"], Numbers(d.Clauses[1].Items));
        Assert.Empty(d.Clauses[1].Items[1].Items);
    }

    [Fact]
    public void Law_paragraph_after_items_returns_to_the_article()
    {
        var text = "国際交流推進法\n\n第一章\u3000総則\n\n（定義）\n第二条\u3000この法律において「国際交流」とは、次に掲げる活動をいう。\n" +
                   "一\u3000住民と外国人との間の交流\n二\u3000地方公共団体と外国の地方政府との間の連携\n" +
                   "２\u3000この法律において「国際交流団体」とは、国際交流を行う法人をいう。\n\n第三条\u3000国は、施策を策定する。\n\n附\u3000則\nこの法律は、公布の日から施行する。\n";
        var d = DocumentConverter.Parse(text);
        var article = d.Sections[0].Clauses[0];
        Assert.Equal("（定義）", article.Caption);
        Assert.Equal(["一", "二", "２"], Numbers(article.Items));
        Assert.Null(d.Sections[0].Clauses[1].Caption);
        Assert.Equal(["第一章", null], d.Sections.Select(s => s.Number));
        Assert.Equal("附\u3000則", d.Sections[1].Title);
    }

    // ---- preamble ----

    [Fact]
    public void English_recitals_and_the_enacting_formula_stay_in_the_preamble()
    {
        var text = "AGREEMENT BETWEEN JAPAN AND ESTONIA\n\nThe Government of Japan and the Government of Estonia,\n\n" +
                   "Recalling their friendly relations;\n\nWhereas both Parties are committed to international law;\n\nHave agreed as follows:\n\n" +
                   "Article 1\n\nThe objective of this Agreement is cooperation.\n";
        var d = DocumentConverter.Parse(text);
        Assert.Equal(4, d.Preamble.Length);
        Assert.Equal("Article 1", Assert.Single(d.Clauses).Number);
        Assert.Equal("The objective of this Agreement is cooperation.", d.Clauses[0].Text);
    }

    // ---- debris ----

    [Fact]
    public void Page_numbers_of_every_style_and_running_headers_without_form_feeds_are_removed()
    {
        var text = "Joint Statement\n\nThe Ministers met in Tokyo and reviewed the progress of their cooperation in\nthe region.\n\n" +
                   "1. The Ministers condemned the continued development of nuclear weapons and\nballistic missiles, including repeated launches of intercontinental ballistic\n" +
                   "Page 1\nJoint Statement — Provisional Translation\nmissiles, and urged their abandonment.\n\n" +
                   "2. The Ministers welcomed the increase in trade.\n\n2 / 5\n\nJoint Statement — Provisional Translation\n\n" +
                   "3. The Ministers agreed to meet again.\n\n- 3 -\n\n* * *\n\n---\n\n***\n\n###\n";
        var d = DocumentConverter.Parse(text);
        Assert.Equal(["1.", "2.", "3."], Numbers(d.Clauses));
        Assert.EndsWith("intercontinental ballistic missiles, and urged their abandonment.", d.Clauses[0].Text);
        Assert.Equal(
            [RemovedLineKind.PageNumber, RemovedLineKind.RunningHeader, RemovedLineKind.PageNumber, RemovedLineKind.RunningHeader,
             RemovedLineKind.PageNumber, RemovedLineKind.Separator, RemovedLineKind.Separator, RemovedLineKind.Separator, RemovedLineKind.EndMarker],
            d.RemovedLines.Select(r => r.Kind));
        Assert.Equal(d.RemovedLines.Length, d.Diagnostics.Count(x => x.Code == "CNV201"));
    }

    [Theory]
    [InlineData("- 2 -", RemovedLineKind.PageNumber)]
    [InlineData("－２－", RemovedLineKind.PageNumber)]
    [InlineData("2 / 5", RemovedLineKind.PageNumber)]
    [InlineData("２／５", RemovedLineKind.PageNumber)]
    [InlineData("Page 2", RemovedLineKind.PageNumber)]
    [InlineData("Page 2 of 5", RemovedLineKind.PageNumber)]
    [InlineData("***", RemovedLineKind.Separator)]
    [InlineData("* * *", RemovedLineKind.Separator)]
    [InlineData("---", RemovedLineKind.Separator)]
    [InlineData("－－－－", RemovedLineKind.Separator)]
    [InlineData("━━━━━━", RemovedLineKind.Separator)]
    [InlineData("###", RemovedLineKind.EndMarker)]
    [InlineData("- END -", RemovedLineKind.EndMarker)]
    [InlineData("(END)", RemovedLineKind.EndMarker)]
    public void Debris_line_shapes(string line, RemovedLineKind kind)
    {
        var d = DocumentConverter.Parse($"Title\n\n1. The Ministers met.\n\n{line}\n\n2. They agreed.\n");
        var removed = Assert.Single(d.RemovedLines);
        Assert.Equal((5, kind, line), (removed.Line, removed.Kind, removed.Text));
        Assert.Equal(["1.", "2."], Numbers(d.Clauses));
    }

    // ---- closing ----

    [Fact]
    public void Signing_formula_date_and_single_spaced_signature_blocks_are_closing()
    {
        var text = "MEMORANDUM\n\n(1) This Memorandum will take effect on signature.\n\n(2) It may be modified in writing.\n\n" +
                   "Signed in Tokyo and in Canberra, in duplicate, in the English language.\n\n" +
                   "For the Ministry of Foreign Affairs of Japan\n\nHiroshi TANAKA\nDirector-General, International Cooperation Bureau\nDate: 12 May 2025\n";
        var d = DocumentConverter.Parse(text);
        Assert.Equal(["(1)", "(2)"], Numbers(d.Clauses));
        Assert.Equal(["Signed in Tokyo", "For the Ministry", "Hiroshi TANAKA", "Director-General", "Date: 12 May"],
            d.Closing.Select(p => p.Text[..Math.Min(p.Text.Length, p.Text.StartsWith("Date") ? 12 : p.Text.StartsWith("Signed") ? 15 : p.Text.StartsWith("For") ? 16 : p.Text.StartsWith("Dir") ? 16 : 14)]));
        Assert.Equal(new SourceSpan(12, 12), d.Closing[3].Span);
    }

    [Fact]
    public void Japanese_witness_formula_and_dated_sentence_after_the_last_article_are_closing()
    {
        var text = "協定\n\n第１条\u3000この協定は、署名の日に効力を生ずる。\n\n以上の証拠として、下名は、この協定に署名した。\n\n" +
                   "2025年４月１日にハノイで、本書二通を作成した。解釈に相違がある場合には、英語の本文による。\n\n日本国政府のために\n\n山田\u3000太郎\n";
        var d = DocumentConverter.Parse(text);
        Assert.Single(d.Clauses);
        Assert.Equal(4, d.Closing.Length);
        Assert.Equal("山田\u3000太郎", d.Closing[3].Text);
    }

    [Fact]
    public void Contact_lines_after_the_last_clause_are_closing_but_a_final_unnumbered_sentence_is_not()
    {
        var en = DocumentConverter.Parse("Press Release\n\n1) Japan decided to extend aid.\n\n2) The aid will be delivered soon.\n\n" +
                                         "Press Division, Ministry of Foreign Affairs of Japan\n\nTel: +81-3-3580-3311\n");
        Assert.Equal(2, en.Closing.Length);
        var ja = DocumentConverter.Parse("共同声明\n\n前文である。\n\n海洋協力\n\n閣僚は、協力を歓迎した。\n\n閣僚は、次回会合を東京で開催することで一致した。\n\n以上\n");
        Assert.Equal(2, ja.Sections[0].Clauses.Length);
        Assert.Equal("以上", Assert.Single(ja.Closing).Text);
    }

    // ---- the corpus under other layouts ----

    public static TheoryData<string> CorpusInputs() => TestDocuments.AllInputNames();

    [Theory]
    [MemberData(nameof(CorpusInputs))]
    public void Structure_does_not_depend_on_line_endings(string relativePath)
    {
        var text = TextDecoder.Decode(File.ReadAllBytes(TestDocuments.Full(relativePath)), "test").Text.Replace("\r\n", "\n");
        var lf = Outline.Render(DocumentConverter.Parse(text));
        Assert.Equal(lf, Outline.Render(DocumentConverter.Parse(text.Replace("\n", "\r\n"))));
        Assert.Equal(lf, Outline.Render(DocumentConverter.Parse(text.Replace("\n", "\r"))));
    }

    public static TheoryData<string, int> EnglishCorpusWidths()
    {
        var data = new TheoryData<string, int>();
        foreach (var f in Directory.GetFiles(TestDocuments.DocumentsFolder, "en-*.txt").Where(f => !f.EndsWith(".expected.txt", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
            foreach (var width in new[] { 50, 70, 95 })
                data.Add(Path.GetFileName(f), width);
        return data;
    }

    /// <summary>The same English documents hard-wrapped at other widths give the same outline (removed lines aside).</summary>
    [Theory]
    [MemberData(nameof(EnglishCorpusWidths))]
    public void Structure_does_not_depend_on_the_wrap_width(string name, int width)
    {
        var text = File.ReadAllText(Path.Combine(TestDocuments.DocumentsFolder, name)).Replace("\r\n", "\n");
        var blocks = text.Split("\n\n");
        for (var i = 1; i < blocks.Length; i++)
        {
            var lines = blocks[i].Split('\n');
            // Re-wrap plain wrapped paragraphs only: not lists, page debris or single lines.
            if (lines.Length < 2 || lines[0].Length < 60 || blocks[i].Contains('\f')
                || lines.Skip(1).Any(l => l.Length > 0 && (ClauseMarkers.StartsWithMarker(l.TrimStart()) || l.StartsWith("Page", StringComparison.Ordinal))))
                continue;
            blocks[i] = Rewrap(string.Join(' ', lines.Select(l => l.Trim())), width);
        }
        static string WithoutRemoved(string outline) => string.Join('\n', outline.Split('\n').Where(l => !l.StartsWith("removed", StringComparison.Ordinal)));
        var expected = File.ReadAllText(Path.Combine(TestDocuments.DocumentsFolder, name[..^4] + ".expected.txt")).Replace("\r\n", "\n");
        Assert.Equal(WithoutRemoved(expected), WithoutRemoved(Outline.Render(DocumentConverter.Parse(string.Join("\n\n", blocks)))));
    }

    private static string Rewrap(string paragraph, int width)
    {
        var sb = new System.Text.StringBuilder();
        var lineLength = 0;
        foreach (var word in paragraph.Split(' '))
        {
            if (lineLength > 0 && lineLength + 1 + word.Length > width) { sb.Append('\n'); lineLength = 0; }
            else if (lineLength > 0) { sb.Append(' '); lineLength++; }
            sb.Append(word);
            lineLength += word.Length;
        }
        return sb.ToString();
    }

    // ---- language ----

    [Theory]
    [InlineData("共同声明\n\n我々は、ASEAN、APEC、OECD、GPAI、WTO、DFFT、ICT、JICA、ERIA 及び AI に関する協力を確認した。\n", "ja")]
    [InlineData("Joint Statement\n\nThe Ministers met in Tokyo (東京) and agreed to cooperate.\n", "en")]
    public void Language_is_detected_per_document(string text, string language) =>
        Assert.Equal(language, DocumentConverter.Parse(text).Metadata.Language);
}
