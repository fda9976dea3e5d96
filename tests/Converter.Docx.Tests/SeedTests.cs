using Converter.Testing;
using DocumentFormat.OpenXml.Wordprocessing;
using Xunit;

namespace Converter.Docx.Tests;

/// <summary>The seed (Japanese joint statement) through the parser and the Word emitter.</summary>
public sealed class SeedTests
{
    private static readonly Lazy<Model.Document> Seed = new(() => DocumentConverter.ParseFile(RepositoryFiles.SeedPath));

    /// <summary>The seed as .docx with default options (shared: emitting is deterministic).</summary>
    private static readonly Lazy<Docx> SeedDocx = new(() => Docx.Emit(Seed.Value));

    private static readonly Lazy<Docx> SeedDocxNumbered = new(() => Docx.Emit(Seed.Value, new ConverterOptions { NumberClauses = true }));

    [Fact]
    public void Seed_is_valid_and_keeps_its_text_in_reading_order()
    {
        Fidelity.AssertBodyMatchesReadingOrder(Seed.Value, SeedDocx.Value);
        Fidelity.AssertBodyMatchesReadingOrder(Seed.Value, SeedDocxNumbered.Value);
        Assert.Empty(SeedDocx.Value.Diagnostics);
    }

    [Fact]
    public void Seed_paragraph_styles()
    {
        var styles = SeedDocx.Value.Paragraphs().Select(p => p.Style).ToList();
        Assert.Equal(1, styles.Count(s => s == "StatusNote"));
        Assert.Equal(1, styles.Count(s => s == "Title"));
        Assert.Equal(1, styles.Count(s => s == "BodyText"));
        Assert.Equal(4, styles.Count(s => s == "Heading1"));
        Assert.Equal(17, styles.Count(s => s == "Clause"));
        Assert.Equal(24, styles.Count);
        Assert.Equal(["StatusNote", "Title", "BodyText", "Heading1"], styles.Take(4));
        var paragraphs = SeedDocx.Value.Paragraphs();
        Assert.Equal("（仮訳）", paragraphs[0].Text);
        Assert.Equal("ニューヨーク市における日米韓会合に際しての共同声明", paragraphs[1].Text);
        Assert.Equal(
            ["地域及びグローバルな関与の強化", "北朝鮮の脅威への対処", "経済安全保障及び経済的強靱性の強化", "三か国協力の推進"],
            paragraphs.Where(p => p.Style == "Heading1").Select(p => p.Text));
    }

    [Fact]
    public void Seed_clauses_per_section_and_no_added_numbers_by_default()
    {
        var docx = SeedDocx.Value;
        var counts = new List<int>();
        foreach (var (style, _) in docx.Paragraphs())
        {
            if (style == "Heading1") counts.Add(0);
            else if (style == "Clause") counts[^1]++;
        }
        Assert.Equal([7, 5, 4, 1], counts);
        Assert.Null(docx.Part("word/numbering.xml"));
        // Each clause paragraph is exactly the clause text: nothing typed in front of it.
        Assert.Equal(Seed.Value.AllClauses().Select(c => c.Text), docx.Paragraphs().Where(p => p.Style == "Clause").Select(p => p.Text));
        Assert.All(Seed.Value.AllClauses(), c => Assert.Null(c.Number));
    }

    [Fact]
    public void Seed_with_numbering_references_the_numbering_part_from_every_clause()
    {
        SeedDocxNumbered.Value.Read(word =>
        {
            Assert.NotNull(word.MainDocumentPart!.NumberingDefinitionsPart);
            var clauses = word.MainDocumentPart.Document!.Body!.Elements<Paragraph>()
                .Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val == "Clause").ToList();
            Assert.Equal(17, clauses.Count);
            var numIds = clauses.Select(p => p.ParagraphProperties!.NumberingProperties!.NumberingId!.Val!.Value).ToList();
            Assert.Equal([.. Enumerable.Repeat(1, 7), .. Enumerable.Repeat(2, 5), .. Enumerable.Repeat(3, 4), 4], numIds);
            var defined = word.MainDocumentPart.NumberingDefinitionsPart.Numbering!.Elements<NumberingInstance>().Select(n => n.NumberID!.Value);
            Assert.Equal([1, 2, 3, 4], defined);
            return 0;
        });
    }

    [Fact]
    public void Seed_bookmarks_are_named_after_section_and_clause_ids()
    {
        var names = SeedDocx.Value.Read(word => word.MainDocumentPart!.Document!.Body!.Descendants<BookmarkStart>().Select(b => b.Name!.Value!).ToList());
        Assert.Equal(21, names.Count);
        Assert.Equal("sec_1", names[0]);
        Assert.Equal("sec_1_cl_1", names[1]);
        Assert.Contains("sec_2_cl_3", names);
        Assert.Equal("sec_4_cl_1", names[^1]);
    }

    [Fact]
    public void Seed_is_Japanese_on_A4()
    {
        SeedDocx.Value.Read(word =>
        {
            var defaults = word.MainDocumentPart!.StyleDefinitionsPart!.Styles!.DocDefaults!.RunPropertiesDefault!.RunPropertiesBaseStyle!;
            Assert.Equal("ja-JP", defaults.Languages!.EastAsia!.Value);
            var size = word.MainDocumentPart.Document!.Body!.GetFirstChild<SectionProperties>()!.GetFirstChild<PageSize>()!;
            Assert.Equal((11906u, 16838u), (size.Width!.Value, size.Height!.Value));
            return 0;
        });
    }

    [Fact]
    public void Seed_twice_gives_identical_bytes()
    {
        // Speed is measured in tests/Converter.Benchmarks (DocxBenchmarks), not asserted here.
        Assert.Equal(SeedDocx.Value.Bytes, Docx.Emit(Seed.Value).Bytes);
    }

    [Theory]
    [InlineData("word/document.xml", "seed.document")]
    [InlineData("word/styles.xml", "seed.styles")]
    [InlineData("docProps/core.xml", "seed.core")]
    [InlineData("word/fontTable.xml", "seed.fontTable")]
    [InlineData("word/settings.xml", "seed.settings")]
    public void Seed_parts_match_snapshots(string part, string name) =>
        Snapshot.Match(SeedDocx.Value.PrettyPart(part), name, "xml");

    [Fact]
    public void Seed_numbering_matches_snapshot() =>
        Snapshot.Match(SeedDocxNumbered.Value.PrettyPart("word/numbering.xml"), "seed.numbering", "xml");
}
