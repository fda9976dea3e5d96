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
        Assert.True(pdf.Length > 1000);
        Assert.Empty(Seed.Diagnostics);
    }
}
