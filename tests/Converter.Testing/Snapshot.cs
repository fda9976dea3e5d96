using System.Runtime.CompilerServices;
using System.Text;
using Xunit;

namespace Converter.Testing;

/// <summary>
/// Snapshot assertions on Verify's convention: <c>Name.verified.ext</c> is committed next to the test file;
/// on a mismatch <c>Name.received.ext</c> is written beside it (git-ignored) and the test fails.
/// A snapshot is accepted only when <c>ACCEPT_SNAPSHOTS=1</c> is set explicitly, and never when <c>CI</c> is set;
/// a missing snapshot is a failure, not a silent creation.
/// </summary>
public static class Snapshot
{
    /// <summary>Environment variable that, set to <c>1</c>, accepts received snapshots (outside CI only).</summary>
    public const string AcceptVariable = "ACCEPT_SNAPSHOTS";

    /// <summary>Compares <paramref name="actual"/> (text; line endings normalised to LF) with the verified snapshot.</summary>
    public static void Match(string actual, string name, string extension = "txt", [CallerFilePath] string callerFile = "")
    {
        var directory = Path.Combine(Path.GetDirectoryName(callerFile)!, "snapshots");
        Directory.CreateDirectory(directory);
        var verifiedPath = Path.Combine(directory, $"{name}.verified.{extension}");
        var receivedPath = Path.Combine(directory, $"{name}.received.{extension}");
        var normalised = actual.Replace("\r\n", "\n");
        if (!normalised.EndsWith('\n')) normalised += "\n";

        var verified = File.Exists(verifiedPath) ? File.ReadAllText(verifiedPath, Encoding.UTF8).Replace("\r\n", "\n") : null;
        if (verified == normalised)
        {
            if (File.Exists(receivedPath)) File.Delete(receivedPath);
            return;
        }

        var inCi = !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI"));
        var accept = Environment.GetEnvironmentVariable(AcceptVariable) == "1";
        if (accept && !inCi)
        {
            File.WriteAllText(verifiedPath, normalised, new UTF8Encoding(false));
            if (File.Exists(receivedPath)) File.Delete(receivedPath);
            return;
        }

        if (!inCi) File.WriteAllText(receivedPath, normalised, new UTF8Encoding(false));
        var reason = verified is null ? "no verified snapshot exists" : "the output differs from the verified snapshot";
        Assert.Fail($"Snapshot '{name}': {reason}.\n  verified: {verifiedPath}\n  received: {(inCi ? "(not written in CI)" : receivedPath)}\n" +
                    $"Review the difference, then accept with {AcceptVariable}=1 (never in CI).\n" + FirstDifference(verified ?? "", normalised));
    }

    private static string FirstDifference(string expected, string actual)
    {
        var e = expected.Split('\n');
        var a = actual.Split('\n');
        for (var i = 0; i < Math.Max(e.Length, a.Length); i++)
        {
            var el = i < e.Length ? e[i] : "<end>";
            var al = i < a.Length ? a[i] : "<end>";
            if (el != al) return $"First difference at line {i + 1}:\n  verified: {el}\n  received: {al}";
        }
        return "";
    }
}
