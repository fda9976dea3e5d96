using System.Collections.Immutable;
using System.Text;
using Converter.Model;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Tokens;
using Xunit;

namespace Converter.Pdf.Tests;

/// <summary>
/// The structure tree read back with PdfPig's object layer (independently of the emitter): element types and nesting,
/// each element's text joined from its marked content, and the page furniture outside the tree.
/// </summary>
public sealed class TaggedStructureTests
{
    private static readonly SourceSpan At = SourceSpan.Line(1);

    /// <summary>
    /// A Japanese statute with a table of contents and a captioned article of two paragraphs, as the parser gives it: the
    /// article's text is its first paragraph, its items that paragraph's items (号) and then its later paragraphs (項).
    /// </summary>
    internal static Document Statute() => new Document(
        Document.CurrentSchemaVersion,
        new DocumentMetadata("試験法", "ja", null, new string('0', 64), "utf-8", 20),
        new DocumentHeading(null, new Paragraph("試験法", At), []) { DocumentNumber = new Paragraph("（令和七年法律第一号）", SourceSpan.Line(2)) },
        [],
        [],
        [
            new Section("sec-1", "第一章", "総則", [
                new Clause("sec-1.cl-1", "第一条", "（目的）", "この法律は、試験の目的を定める。", [
                    new Clause("sec-1.cl-1.cl-1", "一", null, "第一の号", [], At) { Kind = ClauseKind.Item },
                    new Clause("sec-1.cl-1.cl-2", "二", null, "第二の号", [], At) { Kind = ClauseKind.Item },
                    new Clause("sec-1.cl-1.cl-3", "２", null, "前項の規定は、準用する。", [], At) { Kind = ClauseKind.Paragraph },
                ], At) { Kind = ClauseKind.Article },
            ], [], At) { Kind = SectionKind.Chapter },
            new Section("sec-2", null, "附則", [new Clause("sec-2.cl-1", null, null, "この法律は、公布の日から施行する。", [], At)], [], At)
            {
                Kind = SectionKind.SupplementaryProvision, AmendLawNumber = "（令和七年法律第二号）　抄",
            },
        ],
        [],
        [],
        [])
    {
        Contents = new TableOfContents(new Paragraph("目次", SourceSpan.Line(3)),
            [new TocEntry("第一章", "総則（第一条）", 1, SourceSpan.Line(4)), new TocEntry(null, "附則", 1, SourceSpan.Line(5))], SourceSpan.Line(3)),
    };

    /// <summary>An English bill: a section with a heading and lettered subsections.</summary>
    internal static Document Bill() => new(
        Document.CurrentSchemaVersion,
        new DocumentMetadata("Test Act", "en", null, new string('0', 64), "utf-8", 10),
        new DocumentHeading(null, new Paragraph("Test Act", At), []),
        [new Paragraph("Be it enacted by the Senate and House of Representatives.", At)],
        [
            new Clause("cl-1", "SEC. 2.", null, "", [
                new Clause("cl-1.cl-1", "(a)", null, "The Secretary shall report on the implementation of this Act.", [], At) { Heading = "IN GENERAL.—" },
                new Clause("cl-1.cl-2", "(b)", null, "The report shall be public.", [], At),
            ], At) { Heading = "FINDINGS.", Kind = ClauseKind.Section },
        ],
        [],
        [],
        [],
        []);

    [Fact]
    public void Statute_tags_read_back_as_lists_captions_and_a_table_of_contents()
    {
        var tree = StructureTree.Read(Seed.Render(Statute()));
        Assert.Equal("Document", tree.Tag);
        var outline = tree.Outline();
        Assert.Equal(
            [
                "Document",
                "  H1 試験法",
                "  P （令和七年法律第一号）",
                "  TOC",
                "    Caption 目次",
                "    TOCI",
                "      Lbl 第一章",
                "      P 総則（第一条）",
                "    TOCI",
                "      P 附則",
                "  Sect",
                "    H2 第一章総則",
                "    L",
                "      LI",
                "        Caption （目的）",
                "        Lbl 第一条",
                "        LBody",
                "          P この法律は、試験の目的を定める。",
                "          L",
                "            LI",
                "              Lbl 一",
                "              LBody",
                "                P 第一の号",
                "            LI",
                "              Lbl 二",
                "              LBody",
                "                P 第二の号",
                "            LI",
                "              Lbl ２",
                "              LBody",
                "                P 前項の規定は、準用する。",
                "  Sect",
                "    H2 附則（令和七年法律第二号）抄",
                "    P この法律は、公布の日から施行する。",
            ],
            outline);
    }

    [Fact]
    public void An_article_s_later_paragraphs_hang_at_its_indent_and_its_items_one_em_in()
    {
        var lines = PdfReadBack.PageLines(Seed.Render(Statute()))[0];
        using var read = PdfDocument.Open(Seed.Render(Statute()));
        var letters = read.GetPage(1).Letters;
        double X(string start) => letters.Last(l => l.Value == start[..1] && string.Concat(letters.SkipWhile(x => x != l).Take(start.Length).Select(x => x.Value)) == start).StartBaseLine.X;
        Assert.Equal(X("第一条"), X("２前項"), 1);
        Assert.Equal(X("第一条") + 11, X("一第一"), 1);
        Assert.Contains(lines, l => l.StartsWith("第一条この法律は", StringComparison.Ordinal));
    }

    [Fact]
    public void The_tree_holds_the_reading_order_text_and_the_page_number_is_an_artifact_after_it()
    {
        foreach (var document in new[] { Statute(), Bill(), Seed.Document })
        {
            var pdf = Seed.Render(document);
            var tree = StructureTree.Read(pdf);
            Assert.Equal(PdfReadBack.Squash(ReadingOrder.NonWhitespaceText(document)), PdfReadBack.Squash(tree.Text()));
            using var read = PdfDocument.Open(pdf);
            foreach (var page in read.GetPages())
            {
                var marked = page.GetMarkedContents();
                var artifact = Assert.Single(marked, m => m.IsArtifact);
                Assert.Equal($"- {page.Number} -", string.Concat(artifact.Letters.Select(l => l.Value)));
                Assert.Same(artifact, marked[^1]);     // drawn last: content-order readers see it after the text
            }
        }
    }

    [Fact]
    public void A_clause_heading_is_part_of_its_paragraph_and_set_in_the_heading_font()
    {
        var pdf = Seed.Render(Bill());
        var tree = StructureTree.Read(pdf);
        Assert.Contains("        P FINDINGS.", tree.Outline());
        Assert.Contains("              P INGENERAL.—TheSecretaryshallreportontheimplementationofthisAct.", tree.Outline());   // white space squashed
        using var read = PdfDocument.Open(pdf);
        var letters = read.GetPage(1).Letters;
        var at = string.Concat(letters.Select(l => l.Value)).IndexOf("FINDINGS.", StringComparison.Ordinal);
        Assert.True(at >= 0);
        Assert.All(letters.Skip(at).Take(9), l => Assert.Contains("LiberationSans", l.FontName, StringComparison.Ordinal));
        Assert.All(letters.Where(l => l.Value == "y"), l => Assert.Contains("LiberationSerif", l.FontName, StringComparison.Ordinal));
    }

    /// <summary>A structure element read back: type, children in order, and its own marked content's text.</summary>
    private sealed class StructureTree(string tag, List<StructureTree> children, string text)
    {
        public string Tag { get; } = tag;

        public string Text() => text + string.Concat(children.Select(c => c.Text()));

        public List<string> Outline()
        {
            var lines = new List<string>();
            Walk(this, 0);
            return lines;

            void Walk(StructureTree node, int depth)
            {
                lines.Add(new string(' ', depth * 2) + node.Tag + (node.Own.Length > 0 ? " " + PdfReadBack.Squash(node.Own) : ""));
                foreach (var child in node.Children) Walk(child, depth + 1);
            }
        }

        private string Own => text;

        private List<StructureTree> Children => children;

        public static StructureTree Read(byte[] pdf)
        {
            using var document = PdfDocument.Open(pdf);
            // Marked content by (page object number, MCID).
            var content = new Dictionary<(long, int), string>();
            var pageNumbers = new Dictionary<long, int>();
            var pagesNode = Resolve(document, document.Structure.Catalog.CatalogDictionary.Data["Pages"]);
            var kids = (ArrayToken)Resolve(document, ((DictionaryToken)pagesNode).Data["Kids"]);
            for (var p = 0; p < kids.Data.Count; p++)
            {
                var reference = ((IndirectReferenceToken)kids.Data[p]).Data.ObjectNumber;
                pageNumbers[reference] = p + 1;
                foreach (var m in document.GetPage(p + 1).GetMarkedContents())
                    if (!m.IsArtifact) content[(reference, m.MarkedContentIdentifier)] = string.Concat(m.Letters.Select(l => l.Value)).Replace("\u00AD", "", StringComparison.Ordinal);
            }
            var root = (DictionaryToken)Resolve(document, document.Structure.Catalog.CatalogDictionary.Data["StructTreeRoot"]);
            var top = Elements(document, root.Data["K"]).Single();
            return Build(document, top, content, -1);
        }

        private static StructureTree Build(PdfDocument document, DictionaryToken element, Dictionary<(long, int), string> content, long page)
        {
            var tag = ((NameToken)element.Data["S"]).Data;
            if (element.Data.TryGetValue("Pg", out var pg)) page = ((IndirectReferenceToken)pg).Data.ObjectNumber;
            var children = new List<StructureTree>();
            var text = new StringBuilder();
            var kids = element.Data.TryGetValue("K", out var k) ? Resolve(document, k) : null;
            IEnumerable<IToken> items = kids is ArrayToken array ? array.Data : kids is null ? [] : [kids];
            foreach (var item in items)
            {
                if (item is NumericToken mcid) text.Append(content[(page, mcid.Int)]);
                else if (Resolve(document, item) is DictionaryToken d)
                {
                    if (d.Data.TryGetValue("Type", out var type) && type is NameToken { Data: "MCR" })
                        text.Append(content[(((IndirectReferenceToken)d.Data["Pg"]).Data.ObjectNumber, ((NumericToken)d.Data["MCID"]).Int)]);
                    else children.Add(Build(document, d, content, page));
                }
            }
            Assert.True(text.Length == 0 || children.Count == 0, $"{tag} mixes content and child elements");
            return new StructureTree(tag, children, text.ToString());
        }

        private static IEnumerable<DictionaryToken> Elements(PdfDocument document, IToken token) =>
            Resolve(document, token) switch
            {
                ArrayToken array => array.Data.Select(t => (DictionaryToken)Resolve(document, t)),
                DictionaryToken d => [d],
                _ => [],
            };

        private static IToken Resolve(PdfDocument document, IToken token) =>
            token is IndirectReferenceToken reference ? document.Structure.GetObject(reference.Data).Data : token;
    }
}
