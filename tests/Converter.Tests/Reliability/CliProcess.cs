using System.Diagnostics;

namespace Converter.Tests.Reliability;

/// <summary>
/// Runs the real <c>converter</c> (the build copied beside the tests) as a child process: for what an
/// in-process run cannot show — devices, another user, another culture, separate processes.
/// </summary>
internal static class CliProcess
{
    public sealed record Result(int Code, string Out, string Err, TimeSpan Elapsed);

    public static string ConverterDll => Path.Combine(AppContext.BaseDirectory, "converter.dll");

    /// <summary>
    /// Runs <c>dotnet exec converter.dll ARGS</c>. <paramref name="prefix"/> goes before <c>dotnet</c> (e.g.
    /// <c>setpriv …</c>); <paramref name="runtimeConfig"/> replaces the app's runtimeconfig.json.
    /// The process is killed after <paramref name="timeout"/> and the test fails.
    /// </summary>
    public static Result Run(IEnumerable<string> args, IDictionary<string, string>? environment = null, string[]? prefix = null,
        string? runtimeConfig = null, TimeSpan? timeout = null, string? workingDirectory = null)
    {
        var dotnet = Environment.ProcessPath is { } p && Path.GetFileNameWithoutExtension(p) == "dotnet" ? p : "dotnet";
        var command = new List<string>();
        if (prefix is not null) command.AddRange(prefix);
        command.Add(dotnet);
        command.Add("exec");
        if (runtimeConfig is not null) command.AddRange(["--runtimeconfig", runtimeConfig]);
        command.Add(ConverterDll);
        command.AddRange(args);

        var start = new ProcessStartInfo(command[0])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? AppContext.BaseDirectory,
        };
        foreach (var a in command.Skip(1)) start.ArgumentList.Add(a);
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment.Remove("CONVERTER_DEBUG");
        if (environment is not null)
            foreach (var (k, v) in environment) start.Environment[k] = v;

        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout ?? TimeSpan.FromSeconds(60)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"converter {string.Join(' ', args)} did not finish within {timeout ?? TimeSpan.FromSeconds(60)}");
        }
        process.WaitForExit();
        return new Result(process.ExitCode, stdout.Result, stderr.Result, clock.Elapsed);
    }
}
