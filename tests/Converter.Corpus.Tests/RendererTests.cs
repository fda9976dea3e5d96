using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Converter.Corpus.Rendering;

namespace Converter.Corpus.Tests;

/// <summary>The renderers themselves: known passages look as the genre prints them, layouts have their furniture, nothing is lost.</summary>
public sealed partial class RendererTests
{
    private static string View(string idPart) => CorpusRenderer.Render(Corpus.Document(idPart), Layout.View).Text;

    [CorpusFact]
    public void EGov_view_of_an_article_with_caption_items_and_a_second_paragraph()
    {
        // 意匠法 第三条 as e-Gov's text view shows it (hand-copied): caption one step in, 第三条 and an ideographic
        // space, items one step in, paragraph ２ at the margin.
        const string expected =
            "　（意匠登録の要件）\n" +
            "第三条　工業上利用することができる意匠の創作をした者は、次に掲げる意匠を除き、その意匠について意匠登録を受けることができる。\n" +
            "　一　意匠登録出願前に日本国内又は外国において公然知られた意匠\n" +
            "　二　意匠登録出願前に日本国内又は外国において、頒布された刊行物に記載された意匠又は電気通信回線を通じて公衆に利用可能となつた意匠\n" +
            "　三　前二号に掲げる意匠に類似する意匠\n" +
            "２　意匠登録出願前にその意匠の属する分野における通常の知識を有する者が日本国内又は外国において公然知られた形状、模様若しくは色彩又はこれらの結合に基づいて容易に意匠の創作をすることができたときは、その意匠（前項各号に掲げるものを除く。）については、前項の規定にかかわらず、意匠登録を受けることができない。\n" +
            "第三条の二　";
        Assert.Contains(expected, View("334AC0000000125"), StringComparison.Ordinal);
    }

    [CorpusFact]
    public void EGov_view_has_title_law_number_contents_headings_and_supplementary_provisions()
    {
        var lines = View("334AC0000000125").Split('\n');
        Assert.Equal("意匠法", lines[0]);
        Assert.Equal("（昭和三十四年法律第百二十五号）", lines[1]);
        Assert.Contains("目次", lines);
        Assert.Contains("　第一章　総則（第一条・第二条）", lines);
        Assert.Contains("　　第一節　意匠権（第二十条―第三十六条）", lines);
        Assert.Contains("　　　第一章　総則", lines);
        Assert.Contains("　　　附　則", lines);
        Assert.Contains("　　　附　則　（昭和三七年五月一六日法律第一四〇号）　抄", lines);
        Assert.Contains("別表（第六十七条関係）", lines);
    }

    [CorpusFact]
    public void EGov_view_indents_subitems_below_items_and_parts_above_chapters()
    {
        Assert.Contains(View("359AC0000000086").Split('\n'), l => l.StartsWith("　　イ　", StringComparison.Ordinal));
        var civil = View("129AC0000000089").Split('\n');
        Assert.Contains("　　第一編　総則", civil);
        Assert.Contains("民法第一編第二編第三編別冊ノ通定ム", civil.Select(l => l.Trim('\u3000')));
    }

    [CorpusFact]
    public void Uslm_view_prints_sections_run_in_headings_and_quoted_content()
    {
        var text = View("S1000_IS");
        Assert.Contains("S. 1000\n", text, StringComparison.Ordinal);
        Assert.Contains("\nSECTION 1. SHORT TITLE.\n  This Act may be cited as the “Disaster Opportunity Zones Act”.\n", text, StringComparison.Ordinal);
        Assert.Contains("\nSEC. 2. ADDITIONAL DESIGNATIONS OF OPPORTUNITY ZONES.\n", text, StringComparison.Ordinal);
        Assert.Contains("\n  “(g) ADDITIONAL DESIGNATIONS FOR CERTAIN DISASTER AREAS.—\n    “(1) IN GENERAL.—Notwithstanding", text, StringComparison.Ordinal);
        Assert.All(text.Split('\n'), l => Assert.True(l.Length <= LayoutStyle.Legislation.WrapColumns, l));
    }

    [CorpusFact]
    public void Uslm_view_prints_titles_and_a_table_of_contents()
    {
        var text = View("H1000_IH");
        Assert.Contains("\n  (b) TABLE OF CONTENTS.—The table of contents of this Act is as follows:\n      Sec. 1. Short title; table of contents.\n", text, StringComparison.Ordinal);
        Assert.Contains("\nTITLE I—ESTABLISHMENT OF NATIONAL FULL EMPLOYMENT TRUST FUND\n", text, StringComparison.Ordinal);
        Assert.StartsWith("PUBLIC LAW 115–16—MAR. 31, 2017\nPublic Law 115–16\n115th Congress\nAn Act\n", View("115publ16"), StringComparison.Ordinal);
    }

    [CorpusFact]
    public void Statement_view_keeps_numbers_and_bullets_as_text_with_blank_lines_between_paragraphs()
    {
        var text = View("g20-bali");
        Assert.StartsWith("G20 Bali Leaders’\u00A0Declaration\n\nBali, Indonesia, 15-16 November 2022\n\n1. Fourteen years ago, the Leaders of the G20 met", text, StringComparison.Ordinal);
        Assert.Contains("with the above in mind, we will:\n\n• Stay agile and flexible", text, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("\n• Protect macroeconomic and financial stability", text, StringComparison.Ordinal);
        Assert.Contains("\n    ◦ Pursuing a range of quantum technologies initiatives", View("atlantic-declaration"), StringComparison.Ordinal);
    }

    public static TheoryData<string> DocumentRows() => Corpus.DocumentRows();

    [CorpusTheory]
    [MemberData(nameof(DocumentRows))]
    public void Pdf_layout_has_a_blank_after_every_line_and_a_page_number_and_form_feed_every_35_lines(string document)
    {
        var doc = Corpus.Document(document);
        var rendering = CorpusRenderer.Render(doc, Layout.Pdf);
        var style = CorpusRenderer.Style(doc.Genre);
        var lines = rendering.Text.Split('\n');
        var pageNumbers = rendering.Debris.Where(d => d.Kind == DebrisKind.PageNumber).Select(d => d.Line).ToHashSet();
        var contentOnPage = 0;
        var pages = 0;
        for (var i = 0; i < lines.Length - 1; i++)
        {
            var line = lines[i].TrimStart('\f');
            if (pageNumbers.Contains(i + 1))
            {
                pages++;
                Assert.Equal(style.PageNumber(pages), line);
                Assert.StartsWith("\f", lines[i + 1], StringComparison.Ordinal); // the next page starts with a form feed
                Assert.True(contentOnPage == LayoutWriter.LinesPerPage || i + 3 >= lines.Length, $"page {pages} has {contentOnPage} lines");
                contentOnPage = 0;
                continue;
            }
            if (line.Length == 0) continue;
            contentOnPage++;
            Assert.True(lines[i + 1].Length == 0, $"line {i + 1} is not followed by a blank line");
            // 40 full-width or 75 Latin columns; closing marks may hang past the margin.
            Assert.True(LayoutWriter.Columns(line) <= style.WrapColumns + 6 || line.Trim().Length <= 3 || !line.Contains(' ', StringComparison.Ordinal) && doc.Genre != CorpusGenre.EGov,
                $"line {i + 1} is {LayoutWriter.Columns(line)} columns: {line}");
        }
        Assert.True(pages >= 1);
        Assert.Equal(pages, rendering.Text.Count(c => c == '\f'));
    }

    [CorpusTheory]
    [MemberData(nameof(DocumentRows))]
    public void Every_layout_of_a_document_has_the_same_text(string document)
    {
        var doc = Corpus.Document(document);
        var view = NonWhitespace(CorpusRenderer.Render(doc, Layout.View));
        foreach (var layout in new[] { Layout.Pdf, Layout.Single })
            Assert.Equal(view, NonWhitespace(CorpusRenderer.Render(doc, layout)));
        Assert.Equal(CorpusRenderer.Render(doc, Layout.Pdf).Text, CorpusRenderer.Render(doc, Layout.Pdf).Text);
    }

    [CorpusTheory]
    [MemberData(nameof(DocumentRows))]
    public void Rendering_loses_no_visible_character_of_the_source(string document)
    {
        var doc = Corpus.Document(document);
        var rendered = Count(NonWhitespace(CorpusRenderer.Render(doc, Layout.View)), fold: doc.Genre == CorpusGenre.Uslm);
        var source = Count(VisibleSourceText(doc), fold: doc.Genre == CorpusGenre.Uslm);
        var lost = source.Where(kv => rendered.GetValueOrDefault(kv.Key) < kv.Value)
            .Select(kv => $"'{kv.Key}' {kv.Value} in the source, {rendered.GetValueOrDefault(kv.Key)} rendered").ToList();
        Assert.True(lost.Count == 0, string.Join("; ", lost.Take(20)));
        if (doc.Genre == CorpusGenre.EGov)
        {
            // Nothing invented either: the rendering adds only the brackets around the law and amend-law numbers
            // and ruby readings, and 抄 for an extract.
            var added = rendered.Where(kv => source.GetValueOrDefault(kv.Key) < kv.Value && kv.Key is not ("（" or "）" or "抄"))
                .Select(kv => $"'{kv.Key}' {kv.Value - source.GetValueOrDefault(kv.Key)} added").ToList();
            Assert.True(added.Count == 0, string.Join("; ", added.Take(20)));
        }
    }

    /// <summary>
    /// What a reader of the source sees, independently of the readers under test: the text nodes of the XML less
    /// metadata, margin notes and page marks; the Markdown less front matter (but its title), markup, tags and link targets.
    /// </summary>
    private static string VisibleSourceText(CorpusDocument doc)
    {
        if (doc.Genre == CorpusGenre.Statement)
        {
            var md = File.ReadAllText(doc.Path, Encoding.UTF8);
            var body = md[(md.IndexOf("\n---", 3, StringComparison.Ordinal) + 4)..];
            body = HtmlComment().Replace(body, "");
            body = Tag().Replace(body, "");
            body = LinkTarget().Replace(body, "]");
            return new string(body.Where(char.IsLetterOrDigit).ToArray());
        }
        var xml = XDocument.Load(doc.Path);
        var hidden = new HashSet<string>(StringComparer.Ordinal) { "meta", "sidenote", "page" };
        var sb = new StringBuilder();
        foreach (var node in xml.DescendantNodes())
        {
            // The amending law's number of a 附則 is an attribute, shown after its label.
            if (node is XElement { Name.LocalName: "SupplProvision" } suppl) sb.Append(suppl.Attribute("AmendLawNum")?.Value);
            if (node is not XText text) continue;
            if (text.Ancestors().Any(a => hidden.Contains(a.Name.LocalName))) continue;
            if (text.Parent?.Attribute("display")?.Value == "no") continue;
            sb.Append(text.Value);
        }
        return NonWhitespace(sb.ToString());
    }

    private static string NonWhitespace(Rendering.Rendering r) =>
        NonWhitespace(string.Join("\n", r.Text.Split('\n').Where((_, i) => !r.Debris.Any(d => d.Line == i + 1 && d.Kind == DebrisKind.PageNumber))));

    private static string NonWhitespace(string s) => new(s.Where(c => !char.IsWhiteSpace(c)).ToArray());

    private static Dictionary<string, int> Count(string s, bool fold)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var rune in (fold ? s.ToUpperInvariant() : s).EnumerateRunes())
        {
            var key = rune.ToString();
            counts[key] = counts.GetValueOrDefault(key) + 1;
        }
        return counts;
    }

    [GeneratedRegex(@"<!--.*?-->", RegexOptions.Singleline)]
    private static partial Regex HtmlComment();

    [GeneratedRegex(@"</?[A-Za-z][^>]*>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"\]\([^)\s]*\)")]
    private static partial Regex LinkTarget();
}
