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
}
