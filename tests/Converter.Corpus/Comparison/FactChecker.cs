using System.Globalization;
using Converter.Corpus.Facts;
using Converter.Corpus.Truth;
using Converter.Model;

namespace Converter.Corpus.Comparison;

/// <summary>A fact and whether the model has it.</summary>
/// <param name="Fact">The fact.</param>
/// <param name="Right">Whether the model reproduces it.</param>
/// <param name="Found">What the model has instead (for debugging), or the same value when right.</param>
public sealed record FactResult(Fact Fact, bool Right, string Found);

/// <summary>Checks facts against a parsed document.</summary>
public static class FactChecker
{
    /// <summary>Checks every fact.</summary>
    public static List<FactResult> Check(IReadOnlyList<Fact> facts, Document doc, CorpusGenre genre)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(doc);
        var keyed = OutlineKeys.Keys(ModelOutline.Body(doc), genre);
        var byKey = new Dictionary<string, KeyedNode>(StringComparer.Ordinal);
        foreach (var k in keyed) byKey.TryAdd(k.Key, k);
        var preamble = Normal.Key(string.Concat(doc.Preamble.Select(p => p.Text)));
        return facts.Select(f => CheckOne(f, doc, genre, byKey, keyed, preamble)).ToList();
    }

    private static FactResult CheckOne(Fact f, Document doc, CorpusGenre genre, Dictionary<string, KeyedNode> byKey, List<KeyedNode> keyed, string preamble)
    {
        var expected = Normal.Key(f.Expected);
        switch (f.Category)
        {
            case FactCategory.Title:
                return Compare(f, doc.Heading.Title.Text);
            case FactCategory.Genre:
                return new FactResult(f, doc.Metadata.Genre.ToString() == f.Expected, doc.Metadata.Genre.ToString());
            case FactCategory.DocumentNumber:
            {
                // The number may stand in a longer line ("[Public Law 89–304, Approved Oct. 30, 1965, …]").
                var number = ModelOutline.DocumentNumber(doc);
                return new FactResult(f, number is not null && Normal.Key(number).Contains(expected, StringComparison.Ordinal), number ?? "(no document number)");
            }
            case FactCategory.Preamble:
                return new FactResult(f, preamble.Contains(expected, StringComparison.Ordinal), preamble.Contains(expected, StringComparison.Ordinal) ? f.Expected : "(not in the preamble)");
            case FactCategory.Contents:
            {
                var entries = ModelOutline.ContentsEntries(doc);
                if (f.Property == "exists") return new FactResult(f, entries is not null, entries is null ? "(no table of contents node)" : "yes");
                var found = entries?.ToString(CultureInfo.InvariantCulture) ?? "(none)";
                return new FactResult(f, found == f.Expected, found);
            }
            case FactCategory.Count:
            {
                var count = f.Key == "divisions"
                    ? keyed.Count(k => k.Node.IsDivision)
                    : keyed.Count(k => !k.Node.IsDivision && k.Node.Number is not null);
                var found = count.ToString(CultureInfo.InvariantCulture);
                return new FactResult(f, found == f.Expected, found);
            }
        }

        if (!byKey.TryGetValue(f.Key, out var node))
            return new FactResult(f, false, f.Property == "exists" ? Nearest(f.Key, keyed) : "(node missing)");
        var n = node.Node;
        return f.Property switch
        {
            "exists" => new FactResult(f, true, f.Expected),
            "title" => Compare(f, FactExtractor.DivisionTitle(n, genre)),
            "kind" => new FactResult(f, n.Kind == f.Expected, n.Kind ?? "(no kind)"),
            "amendLaw" => Compare(f, n.AmendLawNumber),
            "parent" => new FactResult(f, node.DivisionPath == f.Expected, node.DivisionPath),
            "caption" => Compare(f, n.Title),
            "heading" => n.Heading is null
                ? new FactResult(f, false, "(no heading; text) " + Short(n.Text))
                : Compare(f, n.Heading),
            "entries" => new FactResult(f, n.ContentsEntries?.ToString(CultureInfo.InvariantCulture) == f.Expected,
                n.ContentsEntries?.ToString(CultureInfo.InvariantCulture) ?? "(no contents)"),
            _ => throw new InvalidOperationException("unknown property " + f.Property),
        };
    }

    private static FactResult Compare(Fact f, string? found) =>
        new(f, Normal.Key(found) == Normal.Key(f.Expected), found ?? "(none)");

    /// <summary>Where a missing node went: the node with the same last segment whose key shares the longest start with the expected key.</summary>
    private static string Nearest(string key, List<KeyedNode> keyed)
    {
        var last = key[(key.LastIndexOf('/') + 1)..];
        var at = last.IndexOf('@', StringComparison.Ordinal);
        if (at > 0) last = last[..at];
        var candidate = keyed
            .Where(k => k.Key.EndsWith("/" + last, StringComparison.Ordinal) || k.Key.EndsWith(":" + last, StringComparison.Ordinal) || k.Key.Contains("/" + last + "@", StringComparison.Ordinal))
            .OrderByDescending(k => CommonPrefix(k.Key, key)).FirstOrDefault();
        return candidate is null ? "(missing)" : "(missing; same number at " + candidate.Key + ")";
    }

    private static int CommonPrefix(string a, string b)
    {
        var i = 0;
        while (i < a.Length && i < b.Length && a[i] == b[i]) i++;
        return i;
    }

    private static string Short(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
