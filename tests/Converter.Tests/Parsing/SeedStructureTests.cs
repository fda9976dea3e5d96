using Converter.Model;
using Converter.Tests.Support;

namespace Converter.Tests.Parsing;

/// <summary>The seed must parse to exactly the structure a careful reader sees.</summary>
public sealed class SeedStructureTests
{
    private static readonly Document Seed = TestDocuments.ParseSeed();

    [Fact]
    public void Heading_has_status_note_and_title()
    {
        Assert.Equal("（仮訳）", Seed.Heading.StatusNote?.Text);
        Assert.Equal("ニューヨーク市における日米韓会合に際しての共同声明", Seed.Heading.Title.Text);
        Assert.Empty(Seed.Heading.Subtitles);
        Assert.Equal(Seed.Heading.Title.Text, Seed.Metadata.Title);
    }

    [Fact]
    public void One_preamble_paragraph()
    {
        var p = Assert.Single(Seed.Preamble);
        Assert.StartsWith("マルコ・ルビオ米国国務長官", p.Text);
        Assert.EndsWith("に会談した。", p.Text);
        Assert.Equal(new SourceSpan(8, 14), p.Span);
    }

    [Fact]
    public void Four_sections_with_7_5_4_1_clauses()
    {
        Assert.Equal(
            ["地域及びグローバルな関与の強化", "北朝鮮の脅威への対処", "経済安全保障及び経済的強靱性の強化", "三か国協力の推進"],
            Seed.Sections.Select(s => s.Title));
        Assert.Equal([7, 5, 4, 1], Seed.Sections.Select(s => s.Clauses.Length));
        Assert.Equal(17, Seed.AllClauses().Count());
        Assert.Empty(Seed.Clauses);
        Assert.Empty(Seed.Closing);
        Assert.All(Seed.Sections, s => Assert.Null(s.Number));
        Assert.All(Seed.AllClauses(), c => Assert.Null(c.Number));
    }

    [Fact]
    public void Ids_are_positional()
    {
        Assert.Equal(["sec-1", "sec-2", "sec-3", "sec-4"], Seed.Sections.Select(s => s.Id));
        Assert.Equal("sec-2.cl-3", Seed.Sections[1].Clauses[2].Id);
    }

    [Fact]
    public void Word_split_by_a_page_break_is_joined_without_insertion()
    {
        var clause = Seed.Sections[1].Clauses[2];
        Assert.Contains("必要性を強調した。閣僚は、北朝鮮サイバー脅威", clause.Text);
        Assert.Equal(new SourceSpan(116, 126), clause.Span);
    }

    [Fact]
    public void Japanese_wraps_join_without_space_and_inline_spaces_are_kept()
    {
        Assert.Contains("インド太平洋地域", Seed.Preamble[0].Text);   // "…イ" + "ンド…" across a wrap
        Assert.Contains("９月 22 日、ニューヨーク市", Seed.Preamble[0].Text);
        Assert.Contains("韓国の 2025 年のAPEC議長年", Seed.Sections[2].Clauses[3].Text); // CJK|Latin wrap: no space
    }

    [Fact]
    public void No_trailing_spaces_debris_or_empty_text()
    {
        foreach (var piece in ReadingOrder.Pieces(Seed))
        {
            Assert.False(string.IsNullOrWhiteSpace(piece.Text));
            Assert.Equal(piece.Text.Trim(), piece.Text);
        }
        Assert.Empty(Seed.RemovedLines);
        Assert.Empty(Seed.Diagnostics);
    }

    [Fact]
    public void Metadata_describes_the_source()
    {
        Assert.Equal("ja", Seed.Metadata.Language);
        Assert.Equal("utf-8", Seed.Metadata.Encoding);
        Assert.Equal(206, Seed.Metadata.LineCount);
        Assert.Equal("joint-statement-2025-09-22.ja.txt", Seed.Metadata.SourceName);
        Assert.Equal(
            Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(Converter.Testing.RepositoryFiles.SeedPath))),
            Seed.Metadata.SourceSha256);
    }

    [Fact]
    public void Section_spans_cover_their_clauses()
    {
        Assert.Equal(new SourceSpan(18, 84), Seed.Sections[0].Span);
        Assert.Equal(new SourceSpan(196, 204), Seed.Sections[3].Span);
    }
}
