namespace Converter.Corpus;

/// <summary>Which conventions a corpus document follows.</summary>
public enum CorpusGenre
{
    /// <summary>A Japanese law in e-Gov law XML (<c>egov/*.xml</c>).</summary>
    EGov,
    /// <summary>US legislation in USLM XML (<c>uslm/*.xml</c>): public laws, bills, statute compilations.</summary>
    Uslm,
    /// <summary>A White House statement as scraped Markdown (<c>statements/*.md</c>).</summary>
    Statement,
}

/// <summary>One ground-truth file of the corpus.</summary>
/// <param name="Id">Short name used in reports and test names (file name without extension).</param>
/// <param name="Genre">Its conventions.</param>
/// <param name="Path">Full path of the file.</param>
public sealed record CorpusDocument(string Id, CorpusGenre Genre, string Path)
{
    /// <inheritdoc />
    public override string ToString() => Id;
}

/// <summary>Finds the corpus: <c>shared/corpus</c> beside the repository (<c>../shared/corpus</c>) or in a folder above it.</summary>
public static class CorpusLocation
{
    /// <summary>Environment variable that, when set, names the corpus folder explicitly.</summary>
    public const string OverrideVariable = "CONVERTER_CORPUS";

    /// <summary>The corpus folder, or <c>null</c> when none is found.</summary>
    public static string? Find()
    {
        var explicitPath = Environment.GetEnvironmentVariable(OverrideVariable);
        if (!string.IsNullOrEmpty(explicitPath)) return Directory.Exists(explicitPath) ? Path.GetFullPath(explicitPath) : null;
        // Walk up from the repository root (or from the running assembly when not inside one): a worktree in
        // /work/wt/x finds /work/shared/corpus, a CI clone finds the copy of shared/ beside it.
        for (var dir = new DirectoryInfo(RepositoryRoot() ?? AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "corpus");
            if (Directory.Exists(Path.Combine(candidate, "egov"))) return candidate;
        }
        return null;
    }

    /// <summary>The folder holding <c>Converter.sln</c> above the running assembly or the current directory, or <c>null</c>.</summary>
    public static string? RepositoryRoot()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "Converter.sln"))) return dir.FullName;
        return null;
    }

    /// <summary>The ids of the corpus's documents, or one placeholder when the corpus is missing (a test given it fails
    /// in <see cref="ViewText"/>, saying so, rather than having no rows).</summary>
    public static IReadOnlyList<string> IdsOrPlaceholder() =>
        Find() is { } corpus ? Documents(corpus).Select(d => d.Id).ToList() : ["(corpus missing)"];

    /// <summary>A document as its usual text view (e-Gov's text view, a printed bill, a page as a browser copies it).</summary>
    public static string ViewText(string id)
    {
        var corpus = Find() ?? throw new InvalidOperationException("the shared corpus (../shared/corpus) is missing");
        return Rendering.CorpusRenderer.Render(Documents(corpus).Single(d => d.Id == id), Rendering.Layout.View).Text;
    }

    /// <summary>The documents of the corpus in a fixed order (genre, then file name).</summary>
    public static IReadOnlyList<CorpusDocument> Documents(string corpus)
    {
        var list = new List<CorpusDocument>();
        Add(list, corpus, "egov", "*.xml", CorpusGenre.EGov);
        Add(list, corpus, "uslm", "*.xml", CorpusGenre.Uslm);
        Add(list, corpus, "statements", "*.md", CorpusGenre.Statement);
        return list;
    }

    private static void Add(List<CorpusDocument> list, string corpus, string folder, string pattern, CorpusGenre genre)
    {
        var dir = Path.Combine(corpus, folder);
        if (!Directory.Exists(dir)) return;
        foreach (var file in Directory.GetFiles(dir, pattern).Order(StringComparer.Ordinal))
            list.Add(new CorpusDocument(ShortId(genre, Path.GetFileNameWithoutExtension(file)), genre, file));
    }

    // e-Gov ids are law ids with dates (334AC0000000125_20150801_…): the first part names the law. Statement
    // file names are long slugs: the date and a few words are enough to tell them apart.
    private static string ShortId(CorpusGenre genre, string name) => genre switch
    {
        CorpusGenre.EGov => "egov-" + name.Split('_')[0],
        CorpusGenre.Uslm => "uslm-" + name.Replace("-uslm", "", StringComparison.Ordinal),
        _ => "stmt-" + (name.Length > 40 ? name[..40].TrimEnd('-') : name),
    };
}
