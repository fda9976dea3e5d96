using Converter.Corpus.Rendering;

namespace Converter.Corpus.Tests;

/// <summary>
/// The parser against the ground truth: every document in every layout must reproduce at least 98 % of the
/// facts read from its XML or Markdown, and keep every character (fidelity).
/// </summary>
public sealed class AccuracyTests
{
    public const double Threshold = 0.98;

    public static TheoryData<string, Layout> Rows() => Corpus.Rows();

    [CorpusTheory]
    [MemberData(nameof(Rows))]
    public void Scores_at_least_98_percent_of_the_facts(string document, Layout layout)
    {
        var r = Corpus.Result(document, layout);
        Assert.True(r.Error is null, $"{document} ({layout}) refused: {r.Error}");
        Assert.True(r.Score >= Threshold,
            $"{document} ({layout}): {r.Right} of {r.Checked} facts right ({r.Score:P1}), below {Threshold:P0}. First wrong facts:\n  " +
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
