namespace Converter.Corpus.Tests;

/// <summary>
/// Whether the corpus (../shared/corpus) is there. Elsewhere than CI a test that needs it is skipped with a
/// message; with <c>CI</c> set it runs and fails (<see cref="Corpus.Require"/>), so a missing corpus is never silent.
/// </summary>
internal static class CorpusPresence
{
    public static bool InCi => !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI"));

    public static string? SkipReason => CorpusLocation.Find() is null && !InCi
        ? "corpus not found: expected shared/corpus beside the repository (../shared/corpus); with CI set this fails"
        : null;
}

/// <summary>A fact that needs the corpus.</summary>
public sealed class CorpusFactAttribute : FactAttribute
{
    public CorpusFactAttribute()
    {
        if (CorpusPresence.SkipReason is { } reason) Skip = reason;
    }
}

/// <summary>A theory that needs the corpus.</summary>
public sealed class CorpusTheoryAttribute : TheoryAttribute
{
    public CorpusTheoryAttribute()
    {
        if (CorpusPresence.SkipReason is { } reason) Skip = reason;
    }
}
