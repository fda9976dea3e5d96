using Converter.Corpus.Rendering;

namespace Converter.Corpus.Tests;

/// <summary>
/// The parser against the ground truth: every document in every layout must reproduce at least 98 % of the
/// facts read from its XML or Markdown, and keep every character (fidelity).
/// </summary>
public sealed class AccuracyTests
{
    public const double Threshold = 0.98;

    /// <summary>
    /// The renderings that miss the target today, each with the floor it must not fall below and the reason
    /// (docs/corpus-accuracy.md, "Known shortfalls"). A row leaves this list when it reaches the target.
    /// </summary>
    public static readonly IReadOnlyDictionary<(string Document, Layout Layout), double> KnownShortfalls =
        new Dictionary<(string, Layout), double>
        {
            // Literal "**" left by the scraper splits two bold headings; the bullets' parent heading is lost.
            [("stmt-2022-12-05-u-s-eu-joint-statement-of-the", Layout.View)] = 0.96,
            [("stmt-2022-12-05-u-s-eu-joint-statement-of-the", Layout.Pdf)] = 0.93,
            [("stmt-2022-12-05-u-s-eu-joint-statement-of-the", Layout.Single)] = 0.93,
        };

    public static TheoryData<string, Layout> Rows() => Corpus.Rows();

    [CorpusTheory]
    [MemberData(nameof(Rows))]
    public void Scores_at_least_98_percent_of_the_facts(string document, Layout layout)
    {
        var r = Corpus.Result(document, layout);
        Assert.True(r.Error is null, $"{document} ({layout}) refused: {r.Error}");
        var floor = KnownShortfalls.TryGetValue((document, layout), out var known) ? known : Threshold;
        Assert.True(r.Score >= floor,
            $"{document} ({layout}): {r.Right} of {r.Checked} facts right ({r.Score:P1}), below {floor:P0}. First wrong facts:\n  " +
            string.Join("\n  ", r.Wrong(25)));
    }

    [CorpusTheory]
    [MemberData(nameof(Rows))]
    public void Keeps_every_character_and_removes_only_debris(string document, Layout layout)
    {
        var r = Corpus.Result(document, layout);
        Assert.True(r.Error is null, $"{document} ({layout}) refused: {r.Error}");
        Assert.True(r.Fidelity!.Ok, $"{document} ({layout}):\n  " + string.Join("\n  ", r.Fidelity.Problems.Take(10)));
    }
}
