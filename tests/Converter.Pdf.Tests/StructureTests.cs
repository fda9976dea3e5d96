using System.Collections.Immutable;
using Converter.Model;
using UglyToad.PdfPig;
using Xunit;

namespace Converter.Pdf.Tests;

/// <summary>Hand-built documents: nested sections, clause items, numbering, odd input.</summary>
public sealed class StructureTests
{
    private static readonly SourceSpan Line = SourceSpan.Line(1);

    private static Clause Clause(string id, string text, string? number = null, params Clause[] items) =>
        new(id, number, null, text, [.. items], Line);

    private static Document Build(ImmutableArray<Section> sections, string title = "共同声明 & <試験>", ImmutableArray<Paragraph> closing = default) => new(
        Document.CurrentSchemaVersion,
        new DocumentMetadata(title, "ja", null, new string('0', 64), "utf-8", 10),
        new DocumentHeading(new Paragraph("（仮訳）", Line), new Paragraph(title, Line), [new Paragraph("2025年9月22日", Line)]),
        [new Paragraph("前文の段落。", Line)],
        [],
        sections,
        closing.IsDefault ? [new Paragraph("以上", Line)] : closing,
        [],
        []);

    private static Document Nested() => Build([
        new Section("sec-1", "第一章", "総則", [Clause("sec-1.cl-1", "この法律は、目的を定める。", null,
                Clause("sec-1.cl-1.cl-1", "一つ目の項目"), Clause("sec-1.cl-1.cl-2", "二つ目の項目")),
            Clause("sec-1.cl-2", "第二の条文。")],
            [new Section("sec-1.sec-1", "第一節", "通則", [Clause("sec-1.sec-1.cl-1", "節の条文。", "第１条")], [], Line)], Line),
        new Section("sec-2", null, "雑則", [Clause("sec-2.cl-1", "最後の条文。")], [], Line),
    ]);

    [Fact]
    public void Nested_sections_become_nested_outline_entries()
    {
        using var pdf = PdfDocument.Open(Seed.Render(Nested()));
        Assert.True(pdf.TryGetBookmarks(out var bookmarks));
        Assert.Equal(["第一章 総則", "雑則"], bookmarks.Roots.Select(r => r.Title));
        Assert.Equal("第一節 通則", Assert.Single(bookmarks.Roots[0].Children).Title);
    }

    [Fact]
    public void Every_section_and_clause_id_is_a_named_destination()
    {
        var document = Nested();
        var text = System.Text.Encoding.Latin1.GetString(Seed.Render(document));
        foreach (var id in document.AllSections().Select(s => s.Id).Concat(document.AllClauses().Select(c => c.Id)))
            Assert.Contains("(" + id + ")", text, StringComparison.Ordinal);
    }

    [Fact]
    public void NumberClauses_numbers_unnumbered_clauses_per_section_and_items_per_clause()
    {
        var lines = PdfReadBack.PageLines(Seed.Render(Nested(), Seed.Options with { NumberClauses = true })).SelectMany(l => l).ToList();
        Assert.Contains(lines, l => l.StartsWith("1.この法律は", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("(1)一つ目", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("(2)二つ目", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("2.第二の条文", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("第１条節の条文", StringComparison.Ordinal));   // displayed number kept as is
        Assert.Contains(lines, l => l.StartsWith("1.最後の条文", StringComparison.Ordinal));   // numbering restarts per section
        var plain = PdfReadBack.PageLines(Seed.Render(Nested())).SelectMany(l => l).ToList();
        Assert.DoesNotContain(plain, l => l.StartsWith("1.", StringComparison.Ordinal));
    }

    [Fact]
    public void Text_of_a_hand_built_document_survives_including_markup_characters_in_the_title()
    {
        var document = Nested();
        var pdf = Seed.Render(document);
        Assert.Equal(PdfReadBack.Squash(string.Concat(ReadingOrder.Pieces(document).Select(p => p.Text))),
            PdfReadBack.Squash(string.Concat(PdfReadBack.PageTexts(pdf))));
        using var read = PdfDocument.Open(pdf);
        Assert.Equal("共同声明 & <試験>", read.Information.Title);
        Assert.True(read.TryGetXmpMetadata(out var xmp));
        Assert.Contains("共同声明 &amp; &lt;試験&gt;", System.Text.Encoding.UTF8.GetString(xmp.MetadataStreamToken.Data.ToArray()), StringComparison.Ordinal);
    }

    [Fact]
    public void A_10000_character_line_without_break_opportunities_is_broken_and_paginated()
    {
        var longLine = new string('Ａ', 2_000) + new string('x', 8_000);
        var document = Build([new Section("sec-1", null, "長い行", [Clause("sec-1.cl-1", longLine)], [], Line)]);
        var pdf = Seed.Render(document);
        var pages = PdfReadBack.PageLines(pdf);
        Assert.True(pages.Count >= 2);
        Assert.Equal(PdfReadBack.Squash(string.Concat(ReadingOrder.Pieces(document).Select(p => p.Text))),
            PdfReadBack.Squash(string.Concat(PdfReadBack.PageTexts(pdf))));
        using var read = PdfDocument.Open(pdf);
        foreach (var page in read.GetPages())
            Assert.All(page.Letters, l => Assert.True(l.BoundingBox.Right <= page.Width - 70, $"letter at {l.BoundingBox.Right} crosses the margin"));
    }

    /// <summary>A document with a heading, preamble and closing but no section (qpdf checks it in ExternalToolTests).</summary>
    internal static Document WithoutSections() => Build([]);

    [Fact]
    public void A_document_without_sections_has_no_outline_and_keeps_all_its_text()
    {
        var document = WithoutSections();
        var pdf = Seed.Render(document);
        Assert.Empty(PdfReadBack.OutlineTitles(pdf));
        Assert.Equal(PdfReadBack.Squash(string.Concat(ReadingOrder.Pieces(document).Select(p => p.Text))),
            PdfReadBack.Squash(string.Concat(PdfReadBack.PageTexts(pdf))));
    }
}
