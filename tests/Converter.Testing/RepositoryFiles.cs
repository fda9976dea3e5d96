namespace Converter.Testing;

/// <summary>Locates files in the repository (the folder holding <c>Converter.sln</c>).</summary>
public static class RepositoryFiles
{
    private static readonly Lazy<string> RootLazy = new(FindRoot);

    /// <summary>The repository root.</summary>
    public static string Root => RootLazy.Value;

    /// <summary>The seed document: the Japanese provisional translation of the 22 September 2025 joint statement.</summary>
    public static string SeedPath => Path.Combine(Root, "seeds", "joint-statement-2025-09-22.ja.txt");

    /// <summary>A path under the repository root.</summary>
    public static string PathOf(params string[] parts) => Path.Combine([Root, .. parts]);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Converter.sln"))) return dir.FullName;
        throw new InvalidOperationException("Converter.sln not found above " + AppContext.BaseDirectory);
    }
}
