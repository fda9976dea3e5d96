using Converter.Corpus.Comparison;
using Converter.Corpus.Rendering;

namespace Converter.Corpus.Tests;

/// <summary>The corpus and the results of parsing every rendering, computed once per test run.</summary>
internal static class Corpus
{
    private static readonly Lazy<IReadOnlyList<CorpusDocument>> DocumentsLazy = new(() =>
        CorpusLocation.Find() is { } dir ? CorpusLocation.Documents(dir) : []);

    private static readonly Lazy<Dictionary<(string, Layout), LayoutResult>> ResultsLazy = new(() =>
        CorpusRun.RunAll(Documents, Enum.GetValues<Layout>()).ToDictionary(r => (r.Document.Id, r.Layout)));

    public static IReadOnlyList<CorpusDocument> Documents => DocumentsLazy.Value;

    /// <summary>Fails the test when the corpus is missing (only reached in CI: elsewhere the attribute skips).</summary>
    public static void Require()
    {
        if (Documents.Count == 0) Assert.Fail("corpus not found: expected shared/corpus beside the repository (../shared/corpus)");
    }

    public static CorpusDocument Document(string idPart)
    {
        Require();
        return Documents.Single(d => d.Id.Contains(idPart, StringComparison.Ordinal));
    }

    public static LayoutResult Result(string id, Layout layout)
    {
        Require();
        return ResultsLazy.Value[(id, layout)];
    }

    /// <summary>One row per document and layout; a single placeholder row when the corpus is missing.</summary>
    public static TheoryData<string, Layout> Rows()
    {
        var data = new TheoryData<string, Layout>();
        if (Documents.Count == 0) data.Add("(corpus missing)", Layout.View);
        foreach (var d in Documents)
            foreach (var l in Enum.GetValues<Layout>())
                data.Add(d.Id, l);
        return data;
    }

    /// <summary>One row per document.</summary>
    public static TheoryData<string> DocumentRows()
    {
        var data = new TheoryData<string>();
        if (Documents.Count == 0) data.Add("(corpus missing)");
        foreach (var d in Documents) data.Add(d.Id);
        return data;
    }
}
