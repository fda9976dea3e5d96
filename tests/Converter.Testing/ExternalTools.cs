using Xunit;

namespace Converter.Testing;

/// <summary>
/// What a test needs from outside .NET (a command-line tool, ICU). Outside CI a test whose needs are missing is
/// skipped with the reason; with <c>CI</c> set it runs and fails on <see cref="Require"/>, so a CI machine that lacks
/// a tool cannot pass by skipping.
/// </summary>
public static class ExternalTools
{
    /// <summary>True when the <c>CI</c> environment variable is set (to anything but empty).</summary>
    public static bool InCi => !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI"));

    /// <summary>Whether <paramref name="tool"/> is an executable file on <c>PATH</c>.</summary>
    public static bool OnPath(string tool) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
        .Any(dir => dir.Length > 0 && File.Exists(Path.Combine(dir, tool)));

    /// <summary>Whether ICU (libicuuc) is installed, for runs with globalization switched on.</summary>
    public static bool IcuPresent() =>
        new[] { "/usr/lib/x86_64-linux-gnu", "/usr/lib/aarch64-linux-gnu", "/usr/lib64", "/usr/lib" }
            .Any(d => Directory.Exists(d) && Directory.EnumerateFiles(d, "libicuuc.so*").Any());

    /// <summary>
    /// The skip reason for a test needing <paramref name="tools"/>: null when all are on <c>PATH</c>, or in CI
    /// (where the test must run and fail instead).
    /// </summary>
    public static string? SkipUnlessOnPath(string installHint, params string[] tools)
    {
        var missing = tools.Where(t => !OnPath(t)).ToList();
        return missing.Count == 0 || InCi ? null : $"not installed: {string.Join(", ", missing)} ({installHint})";
    }

    /// <summary>Fails the test, naming what to install, unless every one of <paramref name="tools"/> is on <c>PATH</c>.</summary>
    public static void Require(string installHint, params string[] tools)
    {
        var missing = tools.Where(t => !OnPath(t)).ToList();
        Assert.True(missing.Count == 0,
            $"not installed: {string.Join(", ", missing)} ({installHint}){(InCi ? "; CI must have it (.ci/run installs it)" : "")}");
    }
}
