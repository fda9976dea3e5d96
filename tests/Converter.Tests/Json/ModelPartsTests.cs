using System.Text.Json;
using Converter.Json;
using Converter.Model;

namespace Converter.Tests.Json;

/// <summary>The parts added in schema 1.1 go through the writer, the schema and both reader paths unchanged.</summary>
public sealed class ModelPartsTests
{
    private static readonly SourceSpan L1 = SourceSpan.Line(1);

    /// <summary>A statute-shaped document using every 1.1 part: genre, law number before the title, TOC, kinds, headings, 附則.</summary>
    internal static Document Statute()
    {
        var toc = new TableOfContents(new Paragraph("目次", SourceSpan.Line(3)),
        [
            new TocEntry("第一章", "総則（第一条）", 1, SourceSpan.Line(4)),
            new TocEntry(null, "附則", 1, SourceSpan.Line(5)),
        ], new SourceSpan(3, 5));
        var article = new Clause("sec-1.cl-1", "第一条", "（目的）", "",
        [
            new Clause("sec-1.cl-1.cl-1", null, null, "この法律は、目的を定める。", [], SourceSpan.Line(8)),
            new Clause("sec-1.cl-1.cl-2", "２", null, "次に掲げる。",
                [new Clause("sec-1.cl-1.cl-2.cl-1", "一", null, "一の事項", [], SourceSpan.Line(10)) { Kind = ClauseKind.Item }],
                new SourceSpan(9, 10)),
        ], new SourceSpan(7, 10)) { Kind = ClauseKind.Article };
        var sectionOne = new Clause("sec-2.cl-1", "SEC. 1.", null, "",
            [], SourceSpan.Line(12))
        {
            Kind = ClauseKind.Section,
            Heading = "SHORT TITLE; TABLE OF CONTENTS.",
            Contents = new TableOfContents(null, [new TocEntry("Sec. 1.", "Short title.", 1, SourceSpan.Line(13))], SourceSpan.Line(13)),
        };
        return new Document(Document.CurrentSchemaVersion,
            new DocumentMetadata("意匠法", "ja", "x.txt", new string('a', 64), "utf-8", 13) { Genre = DocumentGenre.Statute },
            new DocumentHeading(null, new Paragraph("意匠法", SourceSpan.Line(2)), [])
            {
                DocumentNumber = new Paragraph("昭和三十四年法律第百二十五号", L1),
            },
            [], [],
            [
                new Section("sec-1", "第一章", "総則", [article], [], new SourceSpan(6, 10)) { Kind = SectionKind.Chapter },
                new Section("sec-2", null, "附　則", [sectionOne], [], new SourceSpan(11, 13))
                {
                    Kind = SectionKind.SupplementaryProvision,
                    AmendLawNumber = "（平成一一年一二月八日法律第一五一号）　抄",
                },
            ],
            [], [], [])
        {
            Contents = toc,
        };
    }

    [Fact]
    public void Every_new_part_round_trips_through_json_and_validates()
    {
        var document = Statute();
        var json = document.ToJson();
        using (var parsed = JsonDocument.Parse(json))
            Assert.Empty(SchemaValidator.Validate(parsed.RootElement));
        Assert.Contains("\"genre\": \"statute\"", json);
        Assert.Contains("\"kind\": \"supplementaryProvision\"", json);

        var read = DocumentConverter.FromJson(json);
        Assert.Equal(json, read.ToJson());
        Assert.Equal(DocumentGenre.Statute, read.Metadata.Genre);
        Assert.Equal("昭和三十四年法律第百二十五号", read.Heading.DocumentNumber!.Text);
        Assert.Equal(2, read.Contents!.Entries.Length);
        Assert.Equal(ClauseKind.Item, read.Sections[0].Clauses[0].Items[1].Items[0].Kind);
        Assert.Equal("SHORT TITLE; TABLE OF CONTENTS.", read.Sections[1].Clauses[0].Heading);
        Assert.Equal("（平成一一年一二月八日法律第一五一号）　抄", read.Sections[1].AmendLawNumber);
    }

    [Fact]
    public void Reading_order_follows_the_source_for_the_new_parts()
    {
        // The law number stands on line 1, before the title; the TOC before the body; a clause's heading after
        // its number; a clause's contents after its text and before its items.
        var roles = ReadingOrder.Pieces(Statute()).Select(p => (p.Role, p.Text)).ToList();
        Assert.Equal((TextRole.DocumentNumber, "昭和三十四年法律第百二十五号"), roles[0]);
        Assert.Equal((TextRole.Title, "意匠法"), roles[1]);
        Assert.Equal((TextRole.ContentsTitle, "目次"), roles[2]);
        var text = string.Concat(roles.Select(r => r.Text));
        Assert.Equal("昭和三十四年法律第百二十五号意匠法目次第一章総則（第一条）附則第一章総則（目的）第一条この法律は、目的を定める。２次に掲げる。一一の事項"
                     + "附　則（平成一一年一二月八日法律第一五一号）　抄SEC. 1.SHORT TITLE; TABLE OF CONTENTS.Sec. 1.Short title.", text);
        Assert.DoesNotContain(roles, r => r.Text.Length == 0);
    }

    [Fact]
    public void A_preamble_paragraph_before_the_contents_stays_before_it()
    {
        var document = Statute() with
        {
            Preamble = [new Paragraph("制定文", SourceSpan.Line(2)), new Paragraph("前文", SourceSpan.Line(6))],
        };
        var parts = document.FrontMatter().Select(p => p.Paragraph?.Text ?? "TOC").ToList();
        Assert.Equal(["制定文", "TOC", "前文"], parts);
    }

    [Fact]
    public void A_1_0_document_without_the_new_parts_still_reads()
    {
        var json = TestDocumentsJson();
        var old = json.Replace("\"schemaVersion\": \"1.1\"", "\"schemaVersion\": \"1.0\"", StringComparison.Ordinal);
        var node = System.Text.Json.Nodes.JsonNode.Parse(old)!;
        node.AsObject().Remove("$schema");
        node["metadata"]!.AsObject().Remove("genre");
        StripKinds(node);
        var read = DocumentConverter.FromJson(node.ToJsonString());
        Assert.Equal("1.0", read.SchemaVersion);
        Assert.All(read.AllClauses(), c => Assert.Equal(ClauseKind.Paragraph, c.Kind));
        Assert.Equal(DocumentGenre.Statement, read.Metadata.Genre);

        static void StripKinds(System.Text.Json.Nodes.JsonNode? n)
        {
            if (n is System.Text.Json.Nodes.JsonObject o)
            {
                if (o.ContainsKey("id")) o.Remove("kind"); // sections and clauses, not removed lines
                foreach (var (_, v) in o.ToList()) StripKinds(v);
            }
            else if (n is System.Text.Json.Nodes.JsonArray a)
                foreach (var v in a) StripKinds(v);
        }
    }

    private static string TestDocumentsJson() => Support.TestDocuments.ParseSeed().ToJson();
}
