using Converter.Cli;

namespace Converter.Tests.Cli;

/// <summary>Runs the CLI in-process with captured output, in a temporary folder removed afterwards.</summary>
public abstract class CliTestBase : IDisposable
{
    protected CliTestBase() => Dir = Directory.CreateTempSubdirectory("converter-cli-").FullName;

    /// <summary>The test's own temporary folder.</summary>
    protected string Dir { get; }

    public void Dispose()
    {
        Directory.Delete(Dir, recursive: true);
        GC.SuppressFinalize(this);
    }

    protected static (int Code, string Out, string Err) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = CliApp.Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    /// <summary>
    /// Converts <paramref name="input"/> to every core format and checks the refusal: the documented exit code, one
    /// message line naming the file and saying <paramref name="phrase"/>, no stack trace, no output file.
    /// </summary>
    protected void AssertRefused(string input, int code, string phrase)
    {
        var outDir = Path.Combine(Dir, "out");
        var (actual, _, err) = Run("convert", input, "--to", "json,docx,pdf", "-o", outDir);
        Assert.True(code == actual, $"exit {actual}: {err}");
        var line = Assert.Single(err.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith($"converter: {input}", line);
        Assert.Contains(phrase, line);
        Assert.DoesNotContain("   at ", err);
        Assert.False(Directory.Exists(outDir) && Directory.EnumerateFileSystemEntries(outDir, "*", SearchOption.AllDirectories).Any());
    }
}
