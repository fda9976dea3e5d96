namespace Converter.Testing;

/// <summary>The text inputs every writer is tested on: the seed and each realistic document of tests/Converter.Tests/documents/.</summary>
public static class TestInputs
{
    /// <summary>The folder of realistic test documents (with hand-written expected outlines beside them).</summary>
    public static string DocumentsFolder => RepositoryFiles.PathOf("tests", "Converter.Tests", "documents");

    /// <summary>The seed first, then every documents/*.txt (expected outlines excluded), by name.</summary>
    public static IReadOnlyList<string> All()
    {
        var inputs = new List<string> { RepositoryFiles.SeedPath };
        if (Directory.Exists(DocumentsFolder))
            inputs.AddRange(Directory.GetFiles(DocumentsFolder, "*.txt")
                .Where(f => !f.EndsWith(".expected.txt", StringComparison.Ordinal))
                .Order(StringComparer.Ordinal));
        return inputs;
    }

    /// <summary>Paths relative to the repository root, for theory data that reads well in test names.</summary>
    public static IEnumerable<object[]> AllRelative() =>
        All().Select(f => new object[] { Path.GetRelativePath(RepositoryFiles.Root, f) });
}

/// <summary>
/// What a test does when an external tool or file it needs is missing: skip with a message on a developer's machine,
/// fail (not skip) when <c>CI</c> is set, so a green CI run never hides a missing install.
/// </summary>
public static class Requirement
{
    /// <summary>Whether <c>CI</c> is set.</summary>
    public static bool InCi => !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI"));

    /// <summary>The skip reason for a test attribute: <c>null</c> (run) when available or in CI, otherwise <paramref name="whatIsMissing"/>.</summary>
    public static string? SkipReason(bool available, string whatIsMissing) => available || InCi ? null : whatIsMissing;

    /// <summary>The full path of <paramref name="tool"/> on PATH, or <c>null</c>.</summary>
    public static string? OnPath(string tool) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
        .Where(dir => dir.Length > 0)
        .Select(dir => Path.Combine(dir, tool))
        .FirstOrDefault(File.Exists);

    /// <summary>
    /// A folder under <c>shared/</c> beside the repository or in a folder above it (a worktree in /work/wt/x finds
    /// /work/shared; a CI clone finds the copy of shared/ beside it), or <c>null</c>.
    /// </summary>
    public static string? SharedFolder(params string[] parts)
    {
        for (var dir = new DirectoryInfo(RepositoryFiles.Root); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine([dir.FullName, "shared", .. parts]);
            if (Directory.Exists(candidate)) return candidate;
        }
        return null;
    }
}
