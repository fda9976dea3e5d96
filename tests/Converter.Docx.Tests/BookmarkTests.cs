using DocumentFormat.OpenXml.Wordprocessing;
using Xunit;

namespace Converter.Docx.Tests;

public sealed class BookmarkTests
{
    [Theory]
    [InlineData("sec-2", "sec_2")]
    [InlineData("sec-2.cl-3", "sec_2_cl_3")]
    [InlineData("cl-4.cl-1", "cl_4_cl_1")]
    [InlineData("2nd", "n_2nd")]
    [InlineData("節-1", "n___1")]
    public void Ids_map_to_valid_names(string id, string expected) => Assert.Equal(expected, BookmarkNames.Map(id));

    [Fact]
    public void Long_ids_are_truncated_with_a_hash_and_stay_distinct()
    {
        var a = BookmarkNames.Map("sec-1.sec-2.sec-3.sec-4.cl-5.cl-6.cl-7.cl-8");
        var b = BookmarkNames.Map("sec-1.sec-2.sec-3.sec-4.cl-5.cl-6.cl-7.cl-9");
        Assert.Equal(40, a.Length);
        Assert.StartsWith("sec_1_sec_2_sec_3_sec_4_cl_5_cl", a, StringComparison.Ordinal);
        Assert.NotEqual(a, b);
        Assert.Equal(a, BookmarkNames.Map("sec-1.sec-2.sec-3.sec-4.cl-5.cl-6.cl-7.cl-8"));
    }

    [Fact]
    public void Clashing_names_are_made_unique()
    {
        var names = new BookmarkNames();
        var first = names.Allocate("sec-1");
        var second = names.Allocate("sec_1");
        Assert.Equal("sec_1", first);
        Assert.NotEqual(first, second);
        Assert.Matches("^[A-Za-z][A-Za-z0-9_]{0,39}$", second);
    }

    [Fact]
    public void Every_section_and_clause_has_a_bookmark_named_after_its_id()
    {
        var document = SampleDocuments.English();
        var docx = Docx.Emit(document);
        var bookmarks = docx.Read(word => word.MainDocumentPart!.Document!.Body!.Descendants<BookmarkStart>()
            .Select(b => (Id: b.Id!.Value!, Name: b.Name!.Value!)).ToList());
        var expected = document.AllSections().Select(s => s.Id).Concat(document.AllClauses().Select(c => c.Id))
            .Select(BookmarkNames.Map).Order(StringComparer.Ordinal);
        Assert.Equal(expected, bookmarks.Select(b => b.Name).Order(StringComparer.Ordinal));
        Assert.Contains("sec_1_sec_1_cl_1", bookmarks.Select(b => b.Name));
        Assert.All(bookmarks, b => Assert.Matches("^[A-Za-z][A-Za-z0-9_]{0,39}$", b.Name));

        // Every start has exactly one end.
        var ends = docx.Read(word => word.MainDocumentPart!.Document!.Body!.Descendants<BookmarkEnd>().Select(e => e.Id!.Value!).ToList());
        Assert.Equal(bookmarks.Select(b => b.Id).Order(StringComparer.Ordinal), ends.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_clause_bookmark_covers_its_caption()
    {
        var docx = Docx.Emit(SampleDocuments.JapaneseNumbered());
        docx.Read(word =>
        {
            var caption = word.MainDocumentPart!.Document!.Body!.Elements<Paragraph>().Single(p => p.InnerText == "（目的）");
            Assert.Equal("sec_1_cl_1", caption.GetFirstChild<BookmarkStart>()!.Name!.Value);
            return 0;
        });
    }
}
