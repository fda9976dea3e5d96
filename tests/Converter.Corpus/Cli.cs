using Converter.Corpus.Rendering;

namespace Converter.Corpus;

/// <summary>The command line of the harness (kept apart from <see cref="Program"/> so tests can call it).</summary>
public static class Cli
{
    /// <summary>Runs <c>report</c> or <c>render</c>; returns the exit code.</summary>
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        var verb = args.Length > 0 ? args[0] : "";
        string? Option(string name)
        {
            var i = Array.IndexOf(args, name);
            return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
        }
        var corpus = CorpusLocation.Find();
        if (corpus is null)
        {
            error.WriteLine("corpus not found: expected shared/corpus beside the repository (../shared/corpus) or " + CorpusLocation.OverrideVariable);
            return 2;
        }
        var docFilter = Option("--doc");
        var docs = CorpusLocation.Documents(corpus).Where(d => docFilter is null || d.Id.Contains(docFilter, StringComparison.OrdinalIgnoreCase)).ToList();
        Layout[] layouts = Option("--layout") is { } l ? [Enum.Parse<Layout>(l, ignoreCase: true)] : Enum.GetValues<Layout>();
        switch (verb)
        {
            case "render":
                foreach (var d in docs)
                    foreach (var layout in layouts)
                        output.Write(CorpusRenderer.Render(d, layout).Text);
                return 0;
            case "report":
            {
                var wrong = int.TryParse(Option("--wrong"), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : 0;
                output.Write(Comparison.AccuracyReport.Write(Comparison.CorpusRun.RunAll(docs, layouts), wrong, Option("--group")));
                return 0;
            }
            default:
                error.WriteLine("usage: report [--layout view|pdf|single] [--doc ID] [--wrong N] [--group TEXT] | render --doc ID --layout L");
                return 2;
        }
    }
}
