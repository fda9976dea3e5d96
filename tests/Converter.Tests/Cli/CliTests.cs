using System.Text;
using Converter.Cli;
using Converter.Cli.Commands;
using Converter.Testing;

namespace Converter.Tests.Cli;

/// <summary>The CLI run in-process: exit codes, messages, output files (and their absence on failure).</summary>
public sealed class CliTests : CliTestBase
{

    private string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(Dir, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    [Fact]
    public void Converts_the_seed_to_json_in_the_out_folder()
    {
        var outDir = Path.Combine(Dir, "out");
        var (code, _, err) = Run("convert", RepositoryFiles.SeedPath, "-o", outDir);
        Assert.Equal(ExitCodes.Success, code);
        Assert.Equal("", err);
        var json = File.ReadAllText(Path.Combine(outDir, "joint-statement-2025-09-22.ja.json"));
        Assert.Equal(DocumentConverter.ParseFile(RepositoryFiles.SeedPath).ToJson(), json);
        Assert.Empty(Directory.GetFiles(outDir, "*.tmp", SearchOption.AllDirectories));
    }

    public static TheoryData<string, byte[], int, string> BadInputs => new()
    {
        { "empty.txt", [], ExitCodes.InputInvalid, "empty" },
        { "blank.txt", "  \n\n\u3000\n"u8.ToArray(), ExitCodes.InputInvalid, "whitespace" },
        { "binary.txt", [0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x01, 0x02], ExitCodes.InputInvalid, "not a readable zip archive" },
        { "notitle.txt", Encoding.UTF8.GetBytes("1. The Ministers met in New York and discussed many things at great length, agreeing on a long list of matters of mutual concern.\n"), ExitCodes.InputInvalid, "title" },
        { "bad.json", "{\"schemaVersion\": \"1.0\", \"metadata\": 5}"u8.ToArray(), ExitCodes.InputInvalid, "not a valid converter document" },
    };

    [Theory]
    [MemberData(nameof(BadInputs))]
    public void Bad_input_gives_one_message_a_code_and_no_output(string name, byte[] bytes, int expectedCode, string expectedText)
    {
        var input = Write(name, bytes);
        var outDir = Path.Combine(Dir, "out");
        var (code, _, err) = Run("convert", input, "-o", outDir);
        Assert.Equal(expectedCode, code);
        var line = Assert.Single(err.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith($"converter: {input}", line);
        Assert.Contains(expectedText, line);
        Assert.False(Directory.Exists(outDir) && Directory.EnumerateFileSystemEntries(outDir).Any());
    }

    [Fact]
    public void Missing_file_exit_code()
    {
        var (code, _, err) = Run("convert", Path.Combine(Dir, "nope.txt"), "-o", Dir);
        Assert.Equal(ExitCodes.InputNotFound, code);
        Assert.Contains("no such file", err);
    }

    [Fact]
    public void Mixed_batch_converts_the_good_ones_and_reports_partial_failure()
    {
        var good = Write("good.txt", "Title\n\nBody text.\n"u8.ToArray());
        var bad = Write("bad.txt", []);
        var outDir = Path.Combine(Dir, "out");
        var (code, _, _) = Run("convert", good, bad, "-o", outDir);
        Assert.Equal(ExitCodes.PartialFailure, code);
        Assert.True(File.Exists(Path.Combine(outDir, "good.json")));
        Assert.False(File.Exists(Path.Combine(outDir, "bad.json")));
    }

    [Fact]
    public void Json_input_converts_back_to_the_same_bytes()
    {
        var outDir = Path.Combine(Dir, "a");
        Run("convert", RepositoryFiles.SeedPath, "-o", outDir);
        var json = Path.Combine(outDir, "joint-statement-2025-09-22.ja.json");
        var again = Path.Combine(Dir, "b");
        var (code, _, _) = Run("convert", json, "--to", "json", "-o", again);
        Assert.Equal(0, code);
        Assert.Equal(File.ReadAllBytes(json), File.ReadAllBytes(Path.Combine(again, "joint-statement-2025-09-22.ja.json")));
    }

    [Fact]
    public void Output_never_overwrites_the_input()
    {
        var outDir = Path.Combine(Dir, "o");
        Directory.CreateDirectory(outDir);
        var json = Path.Combine(outDir, "doc.json");
        File.WriteAllText(json, DocumentConverter.ParseFile(RepositoryFiles.SeedPath).ToJson());
        var before = File.ReadAllBytes(json);
        var (code, _, err) = Run("convert", json, "-o", outDir);
        Assert.Equal(ExitCodes.OutputFailed, code);
        Assert.Contains("overwrite an input", err);
        Assert.Equal(before, File.ReadAllBytes(json));
    }

    [Fact]
    public void Unknown_format_and_bad_options_are_usage_errors()
    {
        Assert.Equal(ExitCodes.UsageError, Run("convert", RepositoryFiles.SeedPath, "--to", "rtf", "-o", Dir).Code);
        Assert.Equal(ExitCodes.UsageError, Run("convert", RepositoryFiles.SeedPath, "--timestamp", "yesterday", "-o", Dir).Code);
        Assert.Equal(ExitCodes.UsageError, Run("convert", "--bogus").Code);
        Assert.Equal(ExitCodes.UsageError, Run("frobnicate").Code);
    }

    [Fact]
    public void Help_and_version_succeed()
    {
        var help = Run("--help");
        Assert.Equal(0, help.Code);
        Assert.Contains("convert", help.Out);
        var convertHelp = Run("convert", "--help");
        Assert.Contains("--number-clauses", convertHelp.Out);
        Assert.Contains("--timestamp", convertHelp.Out);
        Assert.Equal(0, Run("--version").Code);
    }

    [Fact]
    public void Shared_options_parse_into_converter_options()
    {
        Assert.Equal(DateTimeOffset.Parse("2025-09-22T00:00:00Z"), SharedOptions.ParseTimestamp("2025-09-22T00:00:00Z"));
        Assert.Equal(64L * 1024 * 1024, SharedOptions.ParseSize("64M"));
        Assert.Equal(1500, SharedOptions.ParseSize("1500"));
        Assert.Throws<ConversionException>(() => SharedOptions.ParseSize("lots"));
    }

    [Fact]
    public void Validate_reports_ok_errors_and_exit_codes()
    {
        var outDir = Path.Combine(Dir, "v");
        Run("convert", RepositoryFiles.SeedPath, "-o", outDir);
        var good = Path.Combine(outDir, "joint-statement-2025-09-22.ja.json");
        var bad = Write("bad.json", "{\"schemaVersion\": \"1.0\", \"metadata\": 5}"u8.ToArray());

        var ok = Run("validate", good);
        Assert.Equal((0, $"{good}: OK\n"), (ok.Code, ok.Out.Replace("\r\n", "\n")));

        var invalid = Run("validate", good, bad);
        Assert.Equal(ExitCodes.ValidationFailed, invalid.Code);
        Assert.Contains($"{bad}: /metadata: type:", invalid.Out);

        var missing = Run("validate", Path.Combine(Dir, "none.json"));
        Assert.Equal(ExitCodes.InputNotFound, missing.Code);

        var machine = Run("validate", "--format", "json", bad);
        Assert.Equal(ExitCodes.ValidationFailed, machine.Code);
        var node = System.Text.Json.Nodes.JsonNode.Parse(machine.Out)!;
        Assert.False((bool)node[0]!["valid"]!);
        Assert.NotNull(node[0]!["output"]!["details"]);
    }

    [Fact]
    public void Schema_command_prints_the_published_schema()
    {
        var (code, output, _) = Run("schema");
        Assert.Equal(0, code);
        Assert.Equal(File.ReadAllText(RepositoryFiles.PathOf("schemas", "document.schema.json")), output);
    }
}
