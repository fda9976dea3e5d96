using Xunit;

namespace Converter.Pdf.Tests;

public sealed class DeterminismTests
{
    [Fact]
    public void Two_runs_give_identical_bytes()
    {
        var first = Seed.Render(Seed.Document);
        var second = Seed.Render(Seed.Document);
        Assert.Equal(first, second);
        Assert.Equal(Seed.Pdf, first);
    }

    [Fact]
    public void Runs_on_parallel_threads_give_identical_bytes()
    {
        var results = new byte[4][];
        Parallel.For(0, results.Length, i => results[i] = Seed.Render(Seed.Document));
        Assert.All(results, r => Assert.Equal(Seed.Pdf, r));
    }

    [Fact]
    public void Without_a_timestamp_output_is_still_identical()
    {
        var options = new ConverterOptions();
        Assert.Equal(Seed.Render(Seed.Document, options), Seed.Render(Seed.Document, options));
    }

    [Fact]
    public void Different_content_gives_a_different_ID_and_subset_tags()
    {
        var other = Seed.Document with { Metadata = Seed.Document.Metadata with { Title = "別の題名" } };
        var a = System.Text.Encoding.Latin1.GetString(Seed.Pdf);
        var b = System.Text.Encoding.Latin1.GetString(Seed.Render(other));
        Assert.NotEqual(Id(a), Id(b));
        Assert.Matches("/[A-Z]{6}\\+IPAexMincho", a);

        static string Id(string pdf) => pdf[pdf.LastIndexOf("/ID[", StringComparison.Ordinal)..][..40];
    }
}
