using System.Text;
using Converter.Corpus.Rendering;
using Converter.Model;

namespace Converter.Corpus.Comparison;

/// <summary>The fidelity check of one rendering: nothing lost, nothing invented, only debris removed.</summary>
/// <param name="TextKept">The model's reading-order text equals the rendering's, whitespace aside, less the removed lines.</param>
/// <param name="OnlyDebrisRemoved">Every line the model removed is a line the renderer knows is debris.</param>
/// <param name="Problems">What is wrong, one message per problem (empty when both hold).</param>
public sealed record FidelityResult(bool TextKept, bool OnlyDebrisRemoved, IReadOnlyList<string> Problems)
{
    /// <summary>Both checks hold.</summary>
    public bool Ok => TextKept && OnlyDebrisRemoved;
}

/// <summary>Checks fidelity of a parsed rendering.</summary>
public static class Fidelity
{
    /// <summary>Compares the model with the rendering it was parsed from.</summary>
    public static FidelityResult Check(Rendering.Rendering rendering, Document doc)
    {
        ArgumentNullException.ThrowIfNull(rendering);
        ArgumentNullException.ThrowIfNull(doc);
        var problems = new List<string>();
        var debris = rendering.Debris.ToDictionary(d => d.Line);
        var removed = new HashSet<int>();
        foreach (var line in doc.RemovedLines)
        {
            removed.Add(line.Line);
            if (!debris.ContainsKey(line.Line))
                problems.Add($"removed line {line.Line} is content, not debris: \"{line.Text}\" ({line.Kind})");
        }
        var onlyDebris = problems.Count == 0;

        var source = new StringBuilder();
        var lines = rendering.Text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
            if (!removed.Contains(i + 1)) AppendNonWhitespace(source, lines[i]);
        var model = ReadingOrder.NonWhitespaceText(doc);
        var expected = source.ToString();
        var kept = string.Equals(model, expected, StringComparison.Ordinal);
        if (!kept) problems.Add(FirstDifference(expected, model));
        return new FidelityResult(kept, onlyDebris, problems);
    }

    private static void AppendNonWhitespace(StringBuilder sb, string text)
    {
        foreach (var ch in text)
            if (!char.IsWhiteSpace(ch)) sb.Append(ch);
    }

    private static string FirstDifference(string expected, string actual)
    {
        var i = 0;
        while (i < expected.Length && i < actual.Length && expected[i] == actual[i]) i++;
        static string Around(string s, int at) => s.Substring(Math.Max(0, at - 20), Math.Min(s.Length, at + 30) - Math.Max(0, at - 20));
        return $"text differs at non-whitespace character {i} (rendering {expected.Length}, model {actual.Length}): rendering \"{Around(expected, i)}\", model \"{Around(actual, i)}\"";
    }
}
