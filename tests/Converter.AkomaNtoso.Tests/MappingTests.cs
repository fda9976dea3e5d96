using System.Xml.Linq;
using Converter.Model;
using Converter.Testing;

namespace Converter.AkomaNtoso.Tests;

/// <summary>The mapping table of docs/akoma-ntoso.md, element by element, on the hand-built documents.</summary>
public sealed class MappingTests
{
    private static readonly Lazy<Akn> Statute = new(() => Akn.Emit(KindSamples.JapaneseStatute()));
    private static readonly Lazy<Akn> Bill = new(() => Akn.Emit(KindSamples.EnglishBill()));
    private static readonly Lazy<Akn> Communique = new(() => Akn.Emit(KindSamples.EnglishCommunique()));
    private static readonly XNamespace Ns = Akn.Ns;

    private static string Text(XElement e) => e.Value;

    [Fact]
    public void Genre_chooses_the_document_type_and_its_name()
    {
        Assert.Equal(("act", "act"), (Statute.Value.Root.Name.LocalName, (string)Statute.Value.Root.Attribute("name")!));
        Assert.Equal(("bill", "bill"), (Bill.Value.Root.Name.LocalName, (string)Bill.Value.Root.Attribute("name")!));
        Assert.Equal(("doc", "communique"), (Communique.Value.Root.Name.LocalName, (string)Communique.Value.Root.Attribute("name")!));
        var seed = Akn.Emit(DocumentConverter.ParseFile(RepositoryFiles.SeedPath));
        Assert.Equal(("doc", "statement"), (seed.Root.Name.LocalName, (string)seed.Root.Attribute("name")!));
        Assert.Single(Statute.Value.All("body"));
        Assert.Single(Communique.Value.All("mainBody"));
    }

    [Fact]
    public void Identification_carries_country_language_number_and_name()
    {
        var statute = Statute.Value;
        Assert.Equal("jp", Value(statute, "FRBRcountry"));
        Assert.Equal("jpn", (string)statute.All("FRBRlanguage").Single().Attribute("language")!);
        Assert.Equal("（令和七年法律第九十九号）", Value(statute, "FRBRnumber"));
        Assert.Equal("見本法", Value(statute, "FRBRname"));
        Assert.Equal("/akn/jp/act/0001-01-01/sample", Value(statute, "FRBRuri"));
        Assert.Equal(["/akn/jp/act/0001-01-01/sample/!main", "/akn/jp/act/0001-01-01/sample/jpn@/!main", "/akn/jp/act/0001-01-01/sample/jpn@/main.xml"],
            statute.All("FRBRthis").Select(e => (string)e.Attribute("value")!));
        Assert.Equal("us", Value(Bill.Value, "FRBRcountry"));
        Assert.Equal("eng", (string)Bill.Value.All("FRBRlanguage").Single().Attribute("language")!);
        Assert.Equal("/akn/zz/doc/communique/0001-01-01/sample", Value(Communique.Value, "FRBRuri"));
        // Every reference the identification makes is declared.
        var declared = statute.All("TLCOrganization").Select(e => "#" + (string)e.Attribute("eId")!).ToHashSet();
        Assert.All(statute.All("FRBRauthor"), a => Assert.Contains((string)a.Attribute("href")!, declared));
        Assert.Contains((string)statute.All("identification").Single().Attribute("source")!, declared);
    }

    [Fact]
    public void Dates_come_from_the_options_never_from_the_clock()
    {
        var document = KindSamples.JapaneseStatute();
        var undated = Akn.Emit(document);
        Assert.All(undated.All("FRBRdate"), d => Assert.Equal(("0001-01-01", "unknown"), ((string)d.Attribute("date")!, (string)d.Attribute("name")!)));
        var dated = Akn.Emit(document, new ConverterOptions { Timestamp = new DateTimeOffset(2025, 9, 22, 23, 30, 0, TimeSpan.FromHours(-4)) });
        var manifestation = dated.All("FRBRManifestation").Single().Element(Ns + "FRBRdate")!;
        Assert.Equal(("2025-09-23", "generation"), ((string)manifestation.Attribute("date")!, (string)manifestation.Attribute("name")!));
        Assert.Equal("0001-01-01", (string)dated.All("FRBRWork").Single().Element(Ns + "FRBRdate")!.Attribute("date")!);
    }

    [Fact]
    public void Preface_holds_the_heading_in_reading_order()
    {
        var preface = Statute.Value.All("preface").Single();
        Assert.Equal(["docNumber", "docTitle"], preface.Elements(Ns + "p").Select(p => p.Elements().Single().Name.LocalName));
        var communique = Communique.Value.All("preface").Single().Elements(Ns + "p").ToList();
        Assert.Equal("(Provisional translation)", communique[0].Element(Ns + "docStatus")!.Value);
        Assert.Equal("subtitle", (string)communique[2].Attribute("class")!);
    }

    [Fact]
    public void Table_of_contents_goes_to_the_preface_when_it_leads_and_links_entries_to_eIds()
    {
        // The statute's enacting statement stands before its 目次, so the table stays in the preamble between them.
        var preamble = Statute.Value.All("preamble").Single();
        Assert.Equal(["formula", "p", "toc", "recitals"], preamble.Elements().Select(e => e.Name.LocalName));
        Assert.Equal(["#part_1", "#part_1__chp_1", "#hcontainer_2", "#"],
            preamble.Element(Ns + "toc")!.Elements(Ns + "tocItem").Select(t => (string)t.Attribute("href")!));
        Assert.Equal(["1", "2", "1", "1"], preamble.Descendants(Ns + "tocItem").Select(t => (string)t.Attribute("level")!));

        var leading = KindSamples.JapaneseStatute() with { Preamble = [] };
        var preface = Akn.Emit(leading).All("preface").Single();
        Assert.Equal(["p", "p", "p", "toc"], preface.Elements().Select(e => e.Name.LocalName));
        Assert.Empty(Akn.Emit(leading).All("preamble"));

        // A bill's section 1 lists itself and the sections after it.
        Assert.Equal(["#sec_1", "#title_1", "#title_1__subtitle_1__subchp_1__subpart_1__sec_1"],
            Bill.Value.All("tocItem").Select(t => (string)t.Attribute("href")!));
    }

    [Fact]
    public void Preamble_of_an_act_is_an_enacting_formula_and_recitals_and_of_a_doc_paragraphs()
    {
        var statute = Statute.Value.All("preamble").Single();
        Assert.Equal("enactingFormula", (string)statute.Element(Ns + "formula")!.Attribute("name")!);
        Assert.Equal("この法律は、見本のための法律である。", statute.Element(Ns + "recitals")!.Element(Ns + "recital")!.Value);
        Assert.StartsWith("Be it enacted", Bill.Value.All("formula").Single().Value, StringComparison.Ordinal);
        Assert.Equal(["p"], Communique.Value.All("preamble").Single().Elements().Select(e => e.Name.LocalName));
    }

    [Fact]
    public void Section_kinds_map_to_their_elements()
    {
        var statute = Statute.Value;
        Assert.Equal("part", statute.ByEId("part_1").Name.LocalName);
        Assert.Equal("chapter", statute.ByEId("part_1__chp_1").Name.LocalName);
        Assert.Equal("section", statute.ByEId("part_1__chp_1__sec_1").Name.LocalName);
        Assert.Equal("subsection", statute.ByEId("part_1__chp_1__sec_1__subsec_1").Name.LocalName);
        Assert.Equal("division", statute.ByEId("part_1__chp_1__sec_1__subsec_1__dvs_1").Name.LocalName);
        var supplementary = statute.ByEId("hcontainer_3");
        Assert.Equal(("hcontainer", "supplementaryProvision"), (supplementary.Name.LocalName, (string)supplementary.Attribute("name")!));
        Assert.Equal(["heading", "subheading", "article"], supplementary.Elements().Select(e => e.Name.LocalName));
        Assert.Equal("（令和七年一二月一日法律第百号）　抄", supplementary.Element(Ns + "subheading")!.Value);
        Assert.Equal("appendix", (string)statute.ByEId("hcontainer_4").Attribute("name")!);
        var bill = Bill.Value;
        Assert.Equal(["title", "subtitle", "subchapter", "subpart"],
            new[] { "title_1", "title_1__subtitle_1", "title_1__subtitle_1__subchp_1", "title_1__subtitle_1__subchp_1__subpart_1" }
                .Select(e => bill.ByEId(e).Name.LocalName));
    }

    [Fact]
    public void Clause_kinds_map_to_their_elements_with_caption_number_heading_and_text_in_reading_order()
    {
        var article = Statute.Value.ByEId("part_1__chp_1__sec_1__subsec_1__dvs_1__art_2");
        Assert.Equal("article", article.Name.LocalName);
        Assert.Equal(["heading", "num", "intro", "point", "point", "paragraph"], article.Elements().Select(e => e.Name.LocalName));
        Assert.Equal("（定義）", article.Element(Ns + "heading")!.Value);
        var item = article.Elements(Ns + "point").First();
        Assert.Equal(["num", "intro", "point", "point"], item.Elements().Select(e => e.Name.LocalName));
        Assert.Equal("紙の見本", item.Elements(Ns + "point").First().Element(Ns + "content")!.Value.Trim());

        var bill = Bill.Value;
        var section = bill.ByEId("sec_1");
        Assert.Equal(["num", "heading", "intro", "subsection"], section.Elements().Select(e => e.Name.LocalName));
        Assert.Equal(["p", "toc"], section.Element(Ns + "intro")!.Elements().Select(e => e.Name.LocalName));
        var chain = "title_1__subtitle_1__subchp_1__subpart_1__sec_1__subsec_1__para_1__subpara_1__cl_1__subcl_1__point_1";
        Assert.Equal("point", bill.ByEId(chain).Name.LocalName);
        Assert.Equal(["section", "subsection", "paragraph", "subparagraph", "clause", "subclause", "point"],
            bill.ByEId(chain).AncestorsAndSelf().Reverse().SkipWhile(e => e.Name.LocalName != "subpart").Skip(1).Select(e => e.Name.LocalName));
        // Caption and heading on one clause: the caption is the heading (before the number), the heading the subheading.
        var both = bill.ByEId("title_1__subtitle_1__subchp_1__subpart_1__sec_1__subsec_2");
        Assert.Equal(["heading", "num", "subheading", "content"], both.Elements().Select(e => e.Name.LocalName));
        Assert.Equal(("Copies", "Inclusion.—"), (both.Element(Ns + "heading")!.Value, both.Element(Ns + "subheading")!.Value));

        var points = Communique.Value.ByEId("sec_1__para_1");
        Assert.Equal(["num", "intro", "point", "point"], points.Elements().Select(e => e.Name.LocalName));
    }

    [Fact]
    public void Closing_goes_to_conclusions()
    {
        Assert.Equal("内閣総理大臣　見本　太郎", Statute.Value.All("conclusions").Single().Element(Ns + "p")!.Value);
        Assert.Empty(Bill.Value.All("conclusions"));
    }

    [Fact]
    public void An_empty_body_gets_an_empty_placeholder_the_schema_accepts()
    {
        var act = Akn.Emit(KindSamples.Get("ja-statute-minimal")).All("body").Single();
        Assert.Equal(("hcontainer", "emptyBody", ""), (act.Elements().Single().Name.LocalName, (string)act.Elements().Single().Attribute("name")!, act.Value));
        var doc = Akn.Emit(KindSamples.Get("en-statement-minimal")).All("mainBody").Single();
        Assert.Equal(("p", ""), (doc.Elements().Single().Name.LocalName, doc.Value));
    }

    [Fact]
    public void Characters_xml_cannot_hold_are_replaced_and_reported()
    {
        var akn = Akn.Emit(KindSamples.ControlCharacters());
        Assert.All(akn.Diagnostics, d => Assert.Equal(("AKN001", DiagnosticSeverity.Warning), (d.Code, d.Severity)));
        Assert.Contains(akn.Diagnostics, d => d.Message.Contains("U+0007 in title", StringComparison.Ordinal));
        Assert.Contains(akn.Diagnostics, d => d.Message.Contains("U+0007 in sec-1.cl-1", StringComparison.Ordinal) && d.Message.Contains("(2 times)", StringComparison.Ordinal));
        Assert.Contains(akn.Diagnostics, d => d.Message.Contains("unpaired surrogate U+DC00 in closing paragraph 1", StringComparison.Ordinal));
        Assert.Contains("絵文字😀", akn.Xml.Root!.Value, StringComparison.Ordinal);
        Assert.Empty(Akn.Emit(KindSamples.JapaneseStatute()).Diagnostics);
    }

    private static string Value(Akn akn, string element) => (string)akn.All(element).First().Attribute("value")!;
}

/// <summary>eIds stay unique where a clause and a section of one container share an abbreviation.</summary>
public sealed class EIdTests
{
    [SchemaFact]
    public void A_clause_section_beside_a_section_heading_gets_the_next_free_number()
    {
        var l1 = Converter.Model.SourceSpan.Line(1);
        var clause = new Converter.Model.Clause("cl-1", "SEC. 1.", null, "Text.", [], l1) { Kind = Converter.Model.ClauseKind.Section };
        var nested = new Converter.Model.Clause("sec-1.cl-1", "SEC. 2.", null, "More.", [], l1) { Kind = Converter.Model.ClauseKind.Section };
        var child = new Converter.Model.Section("sec-1.sec-1", null, "Child", [], [], l1);
        var section = new Converter.Model.Section("sec-1", null, "Heading", [nested], [child], l1);
        var document = KindSamples.EnglishBill() with { Clauses = [clause], Sections = [section], Preamble = [] };
        var ids = AknIds.For(document);
        Assert.Equal(["sec_1", "sec_2", "sec_2__sec_1", "sec_2__sec_2"], new[] { "cl-1", "sec-1", "sec-1.cl-1", "sec-1.sec-1" }.Select(id => ids[id]));
        ValidationTests.AssertValidAndFaithful(Akn.Emit(document));
    }
}
