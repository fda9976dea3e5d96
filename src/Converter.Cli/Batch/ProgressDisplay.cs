using Spectre.Console;

namespace Converter.Cli.Batch;

/// <summary>How progress is shown: a live bar on a terminal, throttled plain lines when redirected, or nothing.</summary>
internal enum ProgressMode { None, Plain, Bar }

/// <summary>Shows batch progress on standard error while the work runs.</summary>
internal static class ProgressDisplay
{
    public static ProgressMode Choose(bool quiet, int total, TextWriter stderr)
    {
        if (quiet || total <= 1) return ProgressMode.None;
        var isRealTerminal = ReferenceEquals(stderr, Console.Error) && !Console.IsErrorRedirected;
        return isRealTerminal ? ProgressMode.Bar : ProgressMode.Plain;
    }

    public static BatchSummary Run(ProgressMode mode, int total, TextWriter stderr, Func<Action<DocumentResult>, BatchSummary> work) => mode switch
    {
        ProgressMode.Bar => RunWithBar(total, work),
        ProgressMode.Plain => RunWithLines(total, stderr, work),
        _ => work(_ => { }),
    };

    private static BatchSummary RunWithBar(int total, Func<Action<DocumentResult>, BatchSummary> work)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        BatchSummary? summary = null;
        console.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(),
                new RemainingTimeColumn(), new SpinnerColumn())
            .Start(ctx =>
            {
                var task = ctx.AddTask($"Converting {total} documents", maxValue: total);
                var done = 0;
                var started = DateTime.UtcNow;
                summary = work(result =>
                {
                    var n = Interlocked.Increment(ref done);
                    var rate = n / Math.Max(0.001, (DateTime.UtcNow - started).TotalSeconds);
                    task.Description = $"{n}/{total} {Markup.Escape(Path.GetFileName(result.Input))} ({rate:0} docs/s)";
                    task.Increment(1);
                });
                task.Description = $"Converted {total} documents";
            });
        return summary!;
    }

    private static BatchSummary RunWithLines(int total, TextWriter stderr, Func<Action<DocumentResult>, BatchSummary> work)
    {
        var done = 0;
        var lastPrint = DateTime.MinValue;
        var gate = new object();
        return work(_ =>
        {
            var n = Interlocked.Increment(ref done);
            lock (gate)
            {
                // Throttled: at most one line every two seconds, plus the last one.
                var now = DateTime.UtcNow;
                if (n != total && now - lastPrint < TimeSpan.FromSeconds(2)) return;
                lastPrint = now;
                stderr.WriteLine($"converter: {n}/{total} documents");
            }
        });
    }
}
