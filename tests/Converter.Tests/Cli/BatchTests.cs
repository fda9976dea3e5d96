using System.Text.Json.Nodes;
using Converter.Cli;
using Converter.Cli.Batch;
using Converter.Testing;

namespace Converter.Tests.Cli;

/// <summary>Batch conversion: folders, mirroring, collisions, safety, parallel = serial, summaries.</summary>
public sealed class BatchTests : CliTestBase
{

    private string Put(string relative, string text)
    {
        var path = Path.Combine(Dir, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    private string SeedText => File.ReadAllText(RepositoryFiles.SeedPath);

    [Fact]
    public void Folder_tree_is_mirrored_and_bad_files_do_not_stop_the_batch()
    {
        Put("in/a/statement.txt", SeedText);
        Put("in/b/statement.txt", SeedText.Replace("共同声明", "共同声明（第二）"));
        Put("in/b/deep/other.txt", "Title\n\nBody text.\n");
        Put("in/b/empty.txt", "");
        Put("in/notes.md", "ignored: not a .txt file");
        var outDir = Path.Combine(Dir, "out");

        var (code, _, err) = Run("convert", Path.Combine(Dir, "in"), "--recursive", "-o", outDir);

        Assert.Equal(ExitCodes.PartialFailure, code);
        Assert.True(File.Exists(Path.Combine(outDir, "in", "a", "statement.json")));
        Assert.True(File.Exists(Path.Combine(outDir, "in", "b", "statement.json")));
        Assert.True(File.Exists(Path.Combine(outDir, "in", "b", "deep", "other.json")));
        Assert.False(File.Exists(Path.Combine(outDir, "in", "b", "empty.json")));
        Assert.Equal(3, Directory.GetFiles(outDir, "*", SearchOption.AllDirectories).Length);
        Assert.Contains("converted 3 of 4 documents, 1 failed", err);
        Assert.Contains("empty.txt: the input is empty", err);
    }

    [Fact]
    public void Without_recursive_only_the_top_folder_is_read()
    {
        Put("in/top.txt", "Title\n\nBody.\n");
        Put("in/sub/below.txt", "Title\n\nBody.\n");
        var outDir = Path.Combine(Dir, "out");
        Assert.Equal(0, Run("convert", Path.Combine(Dir, "in"), "-o", outDir).Code);
        Assert.Single(Directory.GetFiles(outDir, "*", SearchOption.AllDirectories));
    }

    [Fact]
    public void Equal_stems_from_different_files_collide_instead_of_overwriting()
    {
        var first = Put("x/doc.txt", "First title\n\nBody.\n");
        var second = Put("y/doc.txt", "Second title\n\nBody.\n");
        var outDir = Path.Combine(Dir, "out");
        var (code, _, err) = Run("convert", first, second, "-o", outDir);
        Assert.Equal(ExitCodes.PartialFailure, code);
        Assert.Contains("collides", err);
        Assert.Contains("First title", File.ReadAllText(Path.Combine(outDir, "doc.json")));
    }

    [Theory]
    [InlineData("../escape")]
    [InlineData("a/../../escape")]
    [InlineData("/etc/passwd")]
    public void Output_paths_never_leave_the_output_folder(string stem)
    {
        var outFull = Path.GetFullPath(Path.Combine(Dir, "out"));
        var e = Assert.Throws<ConversionException>(() => BatchPlan.SafeJoin(outFull, stem, "input.txt"));
        Assert.Equal(ConversionErrorKind.OutputFailed, e.Kind);
    }

    [Fact]
    public void Parallel_output_equals_serial_output_byte_for_byte()
    {
        for (var i = 0; i < 12; i++) Put($"in/d{i:00}.txt", SeedText.Replace("９月", $"{i + 1}月"));
        var serial = Path.Combine(Dir, "serial");
        var parallel = Path.Combine(Dir, "parallel");
        Assert.Equal(0, Run("convert", Path.Combine(Dir, "in"), "--to", "json,docx,pdf", "--jobs", "1", "-o", serial).Code);
        Assert.Equal(0, Run("convert", Path.Combine(Dir, "in"), "--to", "json,docx,pdf", "--jobs", "4", "-o", parallel).Code);
        var files = Directory.GetFiles(serial, "*", SearchOption.AllDirectories).Order().ToList();
        Assert.Equal(36, files.Count);
        foreach (var f in files)
            Assert.Equal(File.ReadAllBytes(f), File.ReadAllBytes(f.Replace(serial, parallel)));
    }

    [Fact]
    public void Json_summary_lists_each_document()
    {
        var good = Put("good.txt", "Title\n\nBody.\n");
        var bad = Put("bad.txt", "\n\n");
        var (code, output, _) = Run("convert", good, bad, "--format", "json", "-o", Path.Combine(Dir, "out"));
        Assert.Equal(ExitCodes.PartialFailure, code);
        var summary = JsonNode.Parse(output)!;
        Assert.Equal(1, (int)summary["converted"]!);
        Assert.Equal(1, (int)summary["failed"]!);
        var docs = summary["documents"]!.AsArray();
        Assert.Equal("converted", (string?)docs[0]!["status"]);
        Assert.Equal("failed", (string?)docs[1]!["status"]);
        Assert.Equal(ExitCodes.InputInvalid, (int)docs[1]!["exitCode"]!);
    }

    [Fact]
    public void Fail_fast_stops_after_the_first_failure()
    {
        Put("in/a-bad.txt", ""); // first in the (ordinal) input order
        for (var i = 0; i < 5; i++) Put($"in/b{i}.txt", "Title\n\nBody.\n");

        // Without --fail-fast the good documents are converted: what stops them below is the option.
        var (code, output, _) = Run("convert", Path.Combine(Dir, "in"), "--jobs", "1", "--format", "json", "-o", Path.Combine(Dir, "all"));
        Assert.Equal(ExitCodes.PartialFailure, code);
        Assert.Equal(5, (int)JsonNode.Parse(output)!["converted"]!);

        var outDir = Path.Combine(Dir, "out");
        (code, output, _) = Run("convert", Path.Combine(Dir, "in"), "--jobs", "1", "--fail-fast", "--format", "json", "-o", outDir);
        Assert.Equal(ExitCodes.PartialFailure, code); // an empty input (4) and five not converted (6)
        var summary = JsonNode.Parse(output)!;
        Assert.Equal(0, (int)summary["converted"]!);
        var docs = summary["documents"]!.AsArray();
        Assert.Equal(6, docs.Count);
        Assert.Equal(ExitCodes.InputInvalid, (int)docs[0]!["exitCode"]!);
        Assert.All(docs.Skip(1), d => Assert.StartsWith("not converted: the batch was stopped", (string)d!["error"]!, StringComparison.Ordinal));
        Assert.False(Directory.Exists(outDir) && Directory.EnumerateFiles(outDir, "*", SearchOption.AllDirectories).Any());
    }

    [Fact]
    public void Standard_output_equals_file_output()
    {
        var outDir = Path.Combine(Dir, "out");
        Run("convert", RepositoryFiles.SeedPath, "-o", outDir);
        var (code, output, _) = Run("convert", RepositoryFiles.SeedPath, "-o", "-");
        Assert.Equal(0, code);
        Assert.Equal(File.ReadAllText(Path.Combine(outDir, "joint-statement-2025-09-22.ja.json")), output);
    }

    [Theory]
    [InlineData("docx")]
    [InlineData("pdf")]
    public void Binary_standard_output_equals_file_output(string format)
    {
        // A real child process: the bytes must pass through standard output untouched.
        var outDir = Path.Combine(Dir, "out");
        Assert.Equal(0, Run("convert", RepositoryFiles.SeedPath, "--to", format, "-o", outDir).Code);
        var cli = Path.Combine(AppContext.BaseDirectory, "converter.dll");
        var start = new System.Diagnostics.ProcessStartInfo("dotnet") { RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var a in new[] { cli, "convert", RepositoryFiles.SeedPath, "--to", format, "-o", "-" }) start.ArgumentList.Add(a);
        using var process = System.Diagnostics.Process.Start(start)!;
        using var captured = new MemoryStream();
        process.StandardOutput.BaseStream.CopyTo(captured);
        process.WaitForExit();
        Assert.Equal(0, process.ExitCode);
        Assert.Equal(File.ReadAllBytes(Path.Combine(outDir, $"joint-statement-2025-09-22.ja.{format}")), captured.ToArray());
    }

    [Fact]
    public void Empty_folder_is_an_error_naming_what_was_looked_for()
    {
        Directory.CreateDirectory(Path.Combine(Dir, "nothing"));
        var (code, _, err) = Run("convert", Path.Combine(Dir, "nothing"), "-o", Path.Combine(Dir, "out"));
        Assert.Equal(ExitCodes.InputNotFound, code);
        Assert.Contains(".txt", err);
    }

    [Fact]
    public void No_temporary_files_are_left_behind()
    {
        for (var i = 0; i < 5; i++) Put($"in/d{i}.txt", "Title\n\nBody.\n");
        var outDir = Path.Combine(Dir, "out");
        Run("convert", Path.Combine(Dir, "in"), "-o", outDir);
        Assert.Empty(Directory.GetFiles(outDir, "*.tmp", SearchOption.AllDirectories));
    }
}
