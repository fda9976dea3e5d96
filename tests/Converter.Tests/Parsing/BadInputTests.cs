using System.Text;

namespace Converter.Tests.Parsing;

public sealed class BadInputTests
{
    [Theory]
    [InlineData("", ConversionErrorKind.InputEmpty)]
    [InlineData("   \n\n \u3000 \n", ConversionErrorKind.InputEmpty)]
    [InlineData("- 1 -\n\n***\n", ConversionErrorKind.NoTitle)]
    public void Unusable_text_is_a_clear_error(string text, ConversionErrorKind kind)
    {
        var e = Assert.Throws<ConversionException>(() => DocumentConverter.Parse(Encoding.UTF8.GetBytes(text), "doc.txt"));
        Assert.Equal(kind, e.Kind);
        Assert.Equal("doc.txt", e.File);
    }

    [Fact]
    public void Body_text_without_title_is_rejected_with_the_line()
    {
        var text = "\n\n1. The Ministers met in New York and discussed many things at great length, agreeing on a long list of matters of mutual concern.\n";
        var e = Assert.Throws<ConversionException>(() => DocumentConverter.Parse(Encoding.UTF8.GetBytes(text), "doc.txt"));
        Assert.Equal(ConversionErrorKind.NoTitle, e.Kind);
        Assert.Equal(3, e.Line);
        Assert.Contains("title", e.Message);
    }

    [Fact]
    public void Random_binary_is_rejected()
    {
        var random = new Random(42);
        var bytes = new byte[4096];
        random.NextBytes(bytes);
        var e = Assert.Throws<ConversionException>(() => DocumentConverter.Parse(bytes, "random.bin"));
        Assert.Equal(ConversionErrorKind.InputNotText, e.Kind);
    }

    [Fact]
    public void Control_characters_are_kept_and_reported()
    {
        var d = DocumentConverter.Parse("Title\n\nThe text has a bell\u0007 in it.\n");
        Assert.Contains("\u0007", d.Clauses[0].Text);
        Assert.Contains(d.Diagnostics, x => x.Code == "CNV101" && x.Span!.Value.StartLine == 3);
    }

    [Fact]
    public void Oversized_input_is_rejected_before_decoding()
    {
        var e = Assert.Throws<ConversionException>(() =>
            DocumentConverter.Parse(new byte[2048], "big.txt", new ConverterOptions { MaxInputBytes = 1024 }));
        Assert.Equal(ConversionErrorKind.InputTooLarge, e.Kind);
    }

    [Fact]
    public void Missing_file_and_directory_are_distinct_errors()
    {
        Assert.Equal(ConversionErrorKind.InputNotFound,
            Assert.Throws<ConversionException>(() => DocumentConverter.ParseFile("/nonexistent/x.txt")).Kind);
        Assert.Equal(ConversionErrorKind.InputUnreadable,
            Assert.Throws<ConversionException>(() => DocumentConverter.ParseFile(Path.GetTempPath())).Kind);
    }
}
