using Xunit;

namespace Converter.Pdf.Tests;

public sealed class SmokeTests
{
    [Fact]
    public void Seed_renders()
    {
        var pdf = Seed.Pdf;
        var dir = Environment.GetEnvironmentVariable("PDF_OUT");
        if (!string.IsNullOrEmpty(dir)) File.WriteAllBytes(Path.Combine(dir, "seed.pdf"), pdf);
        // A whole PDF file (header to end-of-file marker) that PdfPig opens; its content is checked in ReadBackTests.
        Assert.StartsWith("%PDF-", System.Text.Encoding.Latin1.GetString(pdf, 0, 8), StringComparison.Ordinal);
        Assert.EndsWith("%%EOF", System.Text.Encoding.Latin1.GetString(pdf, pdf.Length - 6, 6).TrimEnd(), StringComparison.Ordinal);
        using (var read = UglyToad.PdfPig.PdfDocument.Open(pdf)) Assert.True(read.NumberOfPages >= 2);
        Assert.Empty(Seed.Diagnostics);
    }
}
