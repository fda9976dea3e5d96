using System.Text.Json.Nodes;
using Converter.Testing;
using Converter.Tests.Cli;
using Converter.Tests.Support;
using Xunit.Abstractions;

namespace Converter.Tests.Reliability;

/// <summary>
/// Same input and options, same bytes: in JSON, DOCX and PDF, across runs, across processes, for any
/// <c>--jobs</c>, and under other cultures (tr-TR, ja-JP) with invariant globalization switched off — as a
/// library user's application would run the converter.
/// </summary>
public sealed class DeterminismTests(ITestOutputHelper output) : CliTestBase
{
    // A Turkish-i trap (upper/lower casing of i and I), decimals and dates next to the corpus documents.
    private const string CultureTrap = """
        JOINT STATEMENT ON INDIA, ITALY AND ISTANBUL

        I. INTRODUCTION

        1. The Ministers met in Istanbul on 1.5 days' notice; indices rose 3,5 % (i.e. 3.5 percent).
        2. IIIIIIIIII iiiiiiiiii İİİ ııı: identical input, identical output.

        II. ISSUES

        (i) first item;
        (ii) second item.

        Done at Istanbul, 22 September 2025.
        """;

    private string PrepareInputs()
    {
        var folder = Path.Combine(Dir, "in");
        Directory.CreateDirectory(folder);
        foreach (var name in new[] { "en-agreement-formfeed.txt", "ja-law-chapters.sjis.txt", "en-memorandum-sections.txt" })
            File.Copy(Path.Combine(TestDocuments.DocumentsFolder, name), Path.Combine(folder, name));
        File.Copy(Converter.Testing.RepositoryFiles.SeedPath, Path.Combine(folder, "seed.txt"));
        File.WriteAllText(Path.Combine(folder, "culture-trap.txt"), CultureTrap);
        return folder;
    }

    private static string[] Convert(string input, string outDir, int jobs) =>
        ["convert", input, "--to", "json,docx,pdf", "--jobs", jobs.ToString(System.Globalization.CultureInfo.InvariantCulture),
         "--timestamp", "2025-09-22T12:00:00+09:00", "--number-clauses", "-q", "-o", outDir];

    [Fact]
    public void Outputs_are_identical_across_processes_and_jobs()
    {
        var input = PrepareInputs();
        var runs = new List<(string Label, string Folder)>();

        // In-process, twice, with different parallelism.
        foreach (var jobs in new[] { 1, 3 })
        {
            var folder = Path.Combine(Dir, $"in-process-j{jobs}");
            Assert.Equal(0, Run(Convert(input, folder, jobs)).Code);
            runs.Add(($"in-process --jobs {jobs}", folder));
        }

        // Separate processes: the shipped runtimeconfig (invariant globalization), --jobs 1 and 4.
        var invariantEnv = new Dictionary<string, string> { ["LANG"] = "C", ["LC_ALL"] = "C" };
        foreach (var jobs in new[] { 1, 4 })
        {
            var folder = Path.Combine(Dir, $"process-j{jobs}");
            var result = CliProcess.Run(Convert(input, folder, jobs), invariantEnv);
            Assert.True(result.Code == 0, result.Err);
            runs.Add(($"process --jobs {jobs}", folder));
        }
        AssertIdentical(runs);
    }

    [RequiresIcuFact]
    public void Outputs_are_identical_under_other_cultures()
    {
        // Globalization turned on (ICU) as in an application that does not set InvariantGlobalization.
        Assert.True(ExternalTools.IcuPresent(), "ICU (libicu) is not installed" + (ExternalTools.InCi ? "; CI must have it" : ""));
        var input = PrepareInputs();
        var reference = Path.Combine(Dir, "in-process");
        Assert.Equal(0, Run(Convert(input, reference, 1)).Code);
        var runs = new List<(string Label, string Folder)> { ("in-process", reference) };
        var config = CultureRuntimeConfig();
        foreach (var culture in new[] { "tr_TR", "ja_JP" })
        {
            var folder = Path.Combine(Dir, $"process-{culture}");
            var env = new Dictionary<string, string> { ["LANG"] = culture + ".UTF-8", ["LC_ALL"] = culture + ".UTF-8", ["DOTNET_SYSTEM_GLOBALIZATION_INVARIANT"] = "0" };
            var result = CliProcess.Run(Convert(input, folder, 2), env, runtimeConfig: config);
            Assert.True(result.Code == 0, result.Err);
            if (culture == "tr_TR")
            {
                // Canary: the culture really is Turkish in that process (messages format numbers with it).
                var canary = CliProcess.Run(["convert", "/dev/zero", "--max-input-size", "1M", "-o", "-"], env, runtimeConfig: config);
                Assert.Contains("1.048.576", canary.Err);
            }
            runs.Add(($"process {culture}", folder));
        }
        AssertIdentical(runs);
    }

    private void AssertIdentical(List<(string Label, string Folder)> runs)
    {
        var reference = runs[0];
        var files = Directory.GetFiles(reference.Folder, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(reference.Folder, f)).Order().ToList();
        Assert.Equal(15, files.Count);
        foreach (var (label, folder) in runs.Skip(1))
        {
            Assert.Equal(files, Directory.GetFiles(folder, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(folder, f)).Order().ToList());
            foreach (var file in files)
                Assert.True(File.ReadAllBytes(Path.Combine(reference.Folder, file)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(folder, file))),
                    $"{file} differs between '{reference.Label}' and '{label}'");
        }
        output.WriteLine($"{files.Count} outputs identical across: {string.Join(", ", runs.Select(r => r.Label))}");
    }

    // The CLI's runtimeconfig.json with invariant globalization off, in this test's folder.
    private string CultureRuntimeConfig()
    {
        var node = JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "converter.runtimeconfig.json")))!;
        var properties = node["runtimeOptions"]!["configProperties"]!.AsObject();
        properties["System.Globalization.Invariant"] = false;
        properties["System.Globalization.PredefinedCulturesOnly"] = false;
        var path = Path.Combine(Dir, "converter.culture.runtimeconfig.json");
        File.WriteAllText(path, node.ToJsonString());
        return path;
    }
}

/// <summary>A fact needing ICU: skipped (with the reason) when it is missing, except with <c>CI</c> set, where it runs and fails.</summary>
public sealed class RequiresIcuFactAttribute : FactAttribute
{
    public RequiresIcuFactAttribute()
    {
        if (!ExternalTools.IcuPresent() && !ExternalTools.InCi) Skip = "ICU is not installed (apt-get install libicu72): the tr-TR and ja-JP runs need it";
    }
}
