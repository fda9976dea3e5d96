using Converter.Model;
using UglyToad.PdfPig;
using Xunit;

namespace Converter.Pdf.Tests;

/// <summary>The seed PDF read back with PdfPig: the text, outline and metadata a reader gets.</summary>
public sealed class ReadBackTests
{
    [Fact]
    public void Page_text_equals_the_reading_order_text()
    {
        var expected = PdfReadBack.Squash(string.Concat(ReadingOrder.Pieces(Seed.Document).Select(p => p.Text)));
        var actual = PdfReadBack.Squash(string.Concat(PdfReadBack.PageTexts(Seed.Pdf)));
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void Every_Japanese_punctuation_mark_and_full_width_digit_survives()
    {
        var source = string.Concat(ReadingOrder.Pieces(Seed.Document).Select(p => p.Text));
        var text = string.Concat(PdfReadBack.PageTexts(Seed.Pdf));
        var marks = "、。・「」（）『』：；？！ー０１２３４５６７８９ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ".ToCharArray();
        foreach (var mark in marks)
            Assert.Equal(source.Count(c => c == mark), text.Count(c => c == mark));
        foreach (var word in new[] { "（仮訳）", "2025", "ASEAN", "APEC", "ＩＴ", "（ＡＩ）", "９月", "22", "第２回" })
            Assert.Equal(Count(source, word), Count(PdfReadBack.Squash(text), PdfReadBack.Squash(word)));
    }

    [Fact]
    public void Outline_titles_equal_section_headings()
    {
        var headings = Seed.Document.AllSections().Select(s => s.Number is null ? s.Title : s.Number + " " + s.Title).ToList();
        Assert.Equal(4, headings.Count);
        Assert.Equal(headings, PdfReadBack.OutlineTitles(Seed.Pdf));
    }

    [Fact]
    public void Outline_entries_point_at_the_page_of_their_heading()
    {
        using var document = PdfDocument.Open(Seed.Pdf);
        Assert.True(document.TryGetBookmarks(out var bookmarks));
        foreach (var node in bookmarks.GetNodes().OfType<UglyToad.PdfPig.Outline.DocumentBookmarkNode>())
        {
            var page = document.GetPage(node.PageNumber);
            Assert.Contains(PdfReadBack.Squash(node.Title), PdfReadBack.Squash(page.Text));
        }
    }

    [Fact]
    public void Metadata_and_language_are_as_set()
    {
        using var document = PdfDocument.Open(Seed.Pdf);
        var info = document.Information;
        Assert.Equal(Seed.Document.Metadata.Title, info.Title);
        Assert.Equal("Converted from joint-statement-2025-09-22.ja.txt", info.Subject);
        Assert.Equal(DocumentConverter.CreatorTool, info.Creator);
        Assert.Matches(@"^PDFsharp \d+\.\d+\.\d+ \(" + System.Text.RegularExpressions.Regex.Escape(DocumentConverter.CreatorTool) + @"\)$", info.Producer);
        Assert.StartsWith("converter ", DocumentConverter.CreatorTool, StringComparison.Ordinal);
        Assert.Equal("D:20250922120000+09'00'", info.CreationDate);
        Assert.Equal("ja-JP", PdfReadBack.Language(Seed.Pdf));
    }

    [Fact]
    public void English_documents_get_en_US()
    {
        var english = DocumentConverter.Parse("Joint Statement\n\nThe ministers met in New York.\n\nI. Cooperation\n\nThe ministers welcomed the progress.\n", "en.txt");
        Assert.Equal("en", english.Metadata.Language);
        Assert.Equal("en-US", PdfReadBack.Language(Seed.Render(english)));
    }

    [Fact]
    public void Named_destinations_exist_for_every_section_and_clause()
    {
        var text = System.Text.Encoding.Latin1.GetString(Seed.Pdf);
        // Names are in the (uncompressed) /Dests name tree.
        foreach (var id in Seed.Document.AllSections().Select(s => s.Id).Concat(Seed.Document.AllClauses().Select(c => c.Id)))
            Assert.Contains("(" + id + ")", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Page_numbers_are_in_the_footer()
    {
        var footers = PdfReadBack.Footers(Seed.Pdf);
        Assert.Equal(Enumerable.Range(1, footers.Count).Select(n => $"- {n} -"), footers);
    }

    [Fact]
    public void Seed_is_small_and_has_no_diagnostics()
    {
        Assert.True(Seed.Pdf.Length <= 250 * 1024, $"seed PDF is {Seed.Pdf.Length} bytes");
        Assert.Empty(Seed.Diagnostics);
    }

    private static int Count(string text, string word)
    {
        var n = 0;
        for (var i = text.IndexOf(word, StringComparison.Ordinal); i >= 0; i = text.IndexOf(word, i + 1, StringComparison.Ordinal)) n++;
        return n;
    }
}
