using System.Globalization;
using System.Text;
using Converter.Corpus.Rendering;

namespace Converter.Corpus.Comparison;

/// <summary>Prints results as Markdown: a table of scores per document and layout, the most common wrong facts, and the first wrong facts of each run.</summary>
public static class AccuracyReport
{
    /// <summary>The report text; the wrong facts listed per run can be limited to groups containing <paramref name="group"/>.</summary>
    public static string Write(IReadOnlyList<LayoutResult> results, int wrongPerRun, string? group = null)
    {
        ArgumentNullException.ThrowIfNull(results);
        var inv = CultureInfo.InvariantCulture;
        var layouts = results.Select(r => r.Layout).Distinct().Order().ToList();
        var sb = new StringBuilder();
        sb.Append("| document |");
        foreach (var l in layouts) sb.Append(inv, $" {Name(l)} |");
        sb.Append('\n').Append("|---|");
        foreach (var _ in layouts) sb.Append("---:|");
        sb.Append('\n');
        foreach (var doc in results.GroupBy(r => r.Document.Id))
        {
            sb.Append(inv, $"| {doc.Key} |");
            foreach (var l in layouts)
            {
                var r = doc.FirstOrDefault(x => x.Layout == l);
                sb.Append(' ').Append(r is null ? "" : Cell(r)).Append(" |");
            }
            sb.Append('\n');
        }
        var right = results.Sum(r => r.Right);
        var total = results.Sum(r => r.Checked);
        sb.Append(inv, $"\nAll: {right} of {total} facts right ({Percent(right, total)}); fidelity holds on {results.Count(r => r.Fidelity?.Ok == true)} of {results.Count} renderings.\n");
        sb.Append("\nCell: facts right / facts checked (per cent); `F` marks a fidelity failure, `refused` a parse error.\n");

        var groups = results.SelectMany(r => r.Results).Where(r => !r.Right).GroupBy(r => r.Fact.Group)
            .Select(g => (Group: g.Key, Count: g.Count())).OrderByDescending(g => g.Count).ThenBy(g => g.Group, StringComparer.Ordinal).Take(10).ToList();
        if (groups.Count > 0)
        {
            sb.Append("\n## Most common wrong facts\n\n| kind of fact | wrong |\n|---|---:|\n");
            foreach (var (name, count) in groups) sb.Append(inv, $"| {name} | {count} |\n");
        }
        if (wrongPerRun > 0)
        {
            sb.Append("\n## First wrong facts per run\n");
            foreach (var r in results.Where(r => r.Error is not null || r.Right < r.Checked || r.Fidelity?.Ok == false))
            {
                sb.Append(inv, $"\n### {r.Document.Id} ({Name(r.Layout)})\n\n");
                if (r.Error is not null) sb.Append("- refused: ").Append(r.Error).Append('\n');
                foreach (var p in r.Fidelity?.Problems.Take(3) ?? []) sb.Append("- fidelity: ").Append(p).Append('\n');
                foreach (var w in r.Wrong(wrongPerRun, group)) sb.Append("- ").Append(w).Append('\n');
            }
        }
        return sb.ToString();
    }

    /// <summary>The layout's name in reports and on the command line.</summary>
    public static string Name(Layout layout) => layout.ToString().ToLowerInvariant();

    private static string Cell(LayoutResult r)
    {
        if (r.Error is not null) return $"refused (0 / {r.Checked})";
        var cell = $"{r.Right} / {r.Checked} ({Percent(r.Right, r.Checked)})";
        return r.Fidelity?.Ok == false ? cell + " F" : cell;
    }

    private static string Percent(int right, int total) =>
        total == 0 ? "–" : (100.0 * right / total).ToString("0.0", CultureInfo.InvariantCulture) + " %";
}
