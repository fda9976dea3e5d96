using System.Diagnostics;
using Converter.Testing;
using Xunit;

namespace Converter.Pdf.Tests;

/// <summary>
/// A fact needing command-line tools: skipped (with the reason) when one is missing, except with <c>CI</c> set, where
/// it runs and fails (<see cref="ExternalToolTests"/> calls <see cref="ExternalTools.Require"/> first).
/// </summary>
public sealed class RequiresToolFactAttribute : FactAttribute
{
    public RequiresToolFactAttribute(params string[] tools) => Skip = ExternalTools.SkipUnlessOnPath(ExternalToolTests.InstallHint, tools);
}

/// <summary>The theory form of <see cref="RequiresToolFactAttribute"/>.</summary>
public sealed class RequiresToolTheoryAttribute : TheoryAttribute
{
    public RequiresToolTheoryAttribute(params string[] tools) => Skip = ExternalTools.SkipUnlessOnPath(ExternalToolTests.InstallHint, tools);
}

/// <summary>Independent checks with qpdf and poppler, when they are installed.</summary>
public sealed class ExternalToolTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("converter-pdf-tools-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    internal const string InstallHint = "apt-get install qpdf poppler-utils";

    internal static (int Exit, string Output) Run(string file, params string[] args)
    {
        ExternalTools.Require(InstallHint, file);
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args) start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(60_000), $"{file} timed out");
        return (process.ExitCode, output.Result + error.Result);
    }

    private string Save(byte[] pdf, string name = "seed.pdf")
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllBytes(path, pdf);
        return path;
    }

    [RequiresToolFact("qpdf")]
    public void Qpdf_check_passes_without_warnings()
    {
        foreach (var (pdf, name) in new[]
                 {
                     (Seed.Pdf, "a.pdf"),
                     (Seed.Render(Seed.Document, Seed.Options with { PdfA = false }), "b.pdf"),
                     (Seed.Render(StructureTests.WithoutSections()), "no-sections.pdf"), // no outline at all
                 })
        {
            var (exit, output) = Run("qpdf", "--check", Save(pdf, name));
            Assert.True(exit == 0, output);
            Assert.DoesNotContain("WARNING", output, StringComparison.Ordinal);
            Assert.Contains("No syntax or stream encoding errors", output, StringComparison.Ordinal);
        }
    }

    [RequiresToolFact("bash", "pdffonts", "pdftotext", "pdftoppm", "pdfinfo", "qpdf")]
    public void Inspect_script_passes_on_the_seed()
    {
        ExternalTools.Require(InstallHint, "pdffonts", "pdftotext", "pdftoppm", "pdfinfo", "qpdf");
        var pdf = Save(Seed.Pdf);
        var expected = Path.Combine(_dir, "seed.expected.txt");
        File.WriteAllLines(expected, Converter.Model.ReadingOrder.Pieces(Seed.Document).Select(p => p.Text));
        var (exit, output) = Run("bash", Converter.Testing.RepositoryFiles.PathOf("tests", "inspect-pdf.sh"), pdf, expected, _dir);
        Assert.True(exit == 0, output);
        Assert.Contains("pdftotext -raw equals", output, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(_dir, "seed-1.png")));
    }
}
