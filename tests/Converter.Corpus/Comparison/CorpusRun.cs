using System.Text;
using Converter.Corpus.Facts;
using Converter.Corpus.Rendering;
using Converter.Corpus.Truth;
using Converter.Model;

namespace Converter.Corpus.Comparison;

/// <summary>The outcome of one document in one layout.</summary>
/// <param name="Document">The corpus document.</param>
/// <param name="Layout">The layout it was rendered in.</param>
/// <param name="Results">Each fact and whether the model has it; empty when parsing failed.</param>
/// <param name="Fidelity">The fidelity check, or <c>null</c> when parsing failed.</param>
/// <param name="Error">Why parsing failed (the converter refused the text or threw), or <c>null</c>.</param>
public sealed record LayoutResult(CorpusDocument Document, Layout Layout, IReadOnlyList<FactResult> Results, FidelityResult? Fidelity, string? Error)
{
    /// <summary>Facts the model reproduces.</summary>
    public int Right => Results.Count(r => r.Right);

    /// <summary>Facts checked (all facts of the document, also when parsing failed).</summary>
    public int Checked { get; init; } = Results.Count;

    /// <summary>Right / checked, 0 to 1.</summary>
    public double Score => Checked == 0 ? 0 : (double)Right / Checked;

    /// <summary>The first <paramref name="count"/> wrong facts (of groups containing <paramref name="group"/>, if given), one line each.</summary>
    public IEnumerable<string> Wrong(int count, string? group = null) =>
        Results.Where(r => !r.Right && (group is null || r.Fact.Group.Contains(group, StringComparison.Ordinal))).Take(count).Select(r => $"{r.Fact.Group} {r.Fact.Key}: expected \"{r.Fact.Expected}\", found \"{r.Found}\"");
}

/// <summary>Renders, parses and compares corpus documents.</summary>
public static class CorpusRun
{
    /// <summary>One document in one layout.</summary>
    public static LayoutResult Run(CorpusDocument document, TruthDocument truth, IReadOnlyList<Fact> facts, Layout layout)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(facts);
        var rendering = CorpusRenderer.Render(truth, layout);
        Document doc;
        try
        {
            doc = DocumentConverter.Parse(Encoding.UTF8.GetBytes(rendering.Text), $"{document.Id}.{layout.ToString().ToLowerInvariant()}.txt");
        }
        catch (Exception e) when (e is ConversionException or InvalidOperationException or ArgumentException or IndexOutOfRangeException or NullReferenceException)
        {
            return new LayoutResult(document, layout, [], null, e.GetType().Name + ": " + e.Message) { Checked = facts.Count };
        }
        return new LayoutResult(document, layout, FactChecker.Check(facts, doc, truth.Genre), Fidelity.Check(rendering, doc), null);
    }

    /// <summary>Every selected document in every selected layout, in a fixed order (documents in parallel).</summary>
    public static List<LayoutResult> RunAll(IReadOnlyList<CorpusDocument> documents, IReadOnlyList<Layout> layouts)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(layouts);
        var results = new LayoutResult[documents.Count * layouts.Count];
        Parallel.For(0, documents.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
        {
            var truth = CorpusRenderer.Read(documents[i]);
            var facts = FactExtractor.Extract(truth);
            for (var j = 0; j < layouts.Count; j++) results[i * layouts.Count + j] = Run(documents[i], truth, facts, layouts[j]);
        });
        return [.. results];
    }
}
