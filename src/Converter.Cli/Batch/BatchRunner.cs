using System.Diagnostics;
using Converter.Emitters;
using Converter.IO;
using Converter.Model;

namespace Converter.Cli.Batch;

/// <summary>What happened to one input: converted, failed with a <see cref="ConversionException"/>, or hit a bug.</summary>
internal sealed record DocumentResult(string Input, IReadOnlyList<string> Outputs, ConversionException? Error, int Diagnostics, int Warnings,
    Exception? Bug = null)
{
    public bool Succeeded => Error is null && Bug is null;

    /// <summary>The exit code this document alone would give.</summary>
    public int ExitCode => Bug is not null ? ExitCodes.InternalError : Error is null ? ExitCodes.Success : ExitCodes.For(Error.Kind);

    /// <summary>One line for the terminal, without the <c>converter: </c> prefix.</summary>
    public string Message => Bug is not null
        ? $"{Input}: internal error ({Bug.GetType().Name}: {Bug.Message.ReplaceLineEndings(" ")}); this is a bug in the converter, please report it with this input"
        : Error?.ToDisplayString() ?? "";

    /// <summary>The error message without the file name (for the JSON summary).</summary>
    public string? ErrorText => Bug is not null
        ? $"internal error ({Bug.GetType().Name}: {Bug.Message.ReplaceLineEndings(" ")}); this is a bug in the converter, please report it with this input"
        : Error?.Message;
}

/// <summary>The outcome of a batch, in input order; <see cref="Shard"/> and <see cref="CorpusSize"/> when it was one shard of a larger batch.</summary>
internal sealed record BatchSummary(IReadOnlyList<DocumentResult> Results, TimeSpan Elapsed)
{
    public Shard? Shard { get; init; }

    /// <summary>Inputs of the whole batch, before sharding.</summary>
    public int CorpusSize { get; init; }

    public int Converted => Results.Count(r => r.Succeeded);
    public int Failed => Results.Count(r => !r.Succeeded);
    public int Diagnostics => Results.Sum(r => r.Diagnostics);
}

/// <summary>
/// Converts many documents in parallel. Each document is parsed once, rendered in every requested format in
/// memory, then each output is written atomically (temporary file + rename). A failing document is recorded
/// and the batch goes on, unless fail-fast is asked for.
/// </summary>
internal sealed class BatchRunner(
    IReadOnlyList<IDocumentEmitter> emitters,
    ConverterOptions options,
    int jobs,
    bool failFast,
    IReadOnlySet<string> protectedInputs,
    Action<string> warn)
{
    public BatchSummary Run(IReadOnlyList<BatchItem> items, IReadOnlyList<(BatchItem Item, ConversionException Error)> rejected,
        Action<DocumentResult> completed, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var results = new DocumentResult?[items.Count];
        using var failFastCancel = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        try
        {
            Parallel.For(0, items.Count, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, jobs), CancellationToken = failFastCancel.Token },
                (i, state) =>
                {
                    if (failFastCancel.IsCancellationRequested) { state.Stop(); return; }
                    var result = Convert(items[i]);
                    results[i] = result;
                    completed(result);
                    if (!result.Succeeded && failFast) failFastCancel.Cancel();
                });
        }
        catch (OperationCanceledException)
        {
            // fail-fast or Ctrl-C: documents not started are reported as not converted below.
        }

        var all = new List<DocumentResult>(items.Count + rejected.Count);
        all.AddRange(rejected.Select(r => new DocumentResult(r.Item.Input, [], r.Error, 0, 0)));
        for (var i = 0; i < items.Count; i++)
            all.Add(results[i] ?? new DocumentResult(items[i].Input, [],
                new ConversionException(ConversionErrorKind.OutputFailed, "not converted: the batch was stopped before this document", items[i].Input), 0, 0));
        return new BatchSummary(all, clock.Elapsed);
    }

    private DocumentResult Convert(BatchItem item)
    {
        try
        {
            var document = InputLoader.Load(item.Input, options);
            var warnings = 0;
            foreach (var d in document.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Warning))
            {
                warnings++;
                warn($"{item.Input}:{d.Span?.StartLine}: warning {d.Code}: {d.Message}");
            }
            var diagnostics = document.Diagnostics.Length;
            // Every output streams to its temporary file; all are renamed into place only when every format
            // rendered, so a failing format leaves no output of this document behind.
            var outputs = new List<(string Path, Action<Stream> Write)>(emitters.Count);
            foreach (var emitter in emitters)
            {
                var path = item.OutputStem + emitter.FileExtension;
                if (protectedInputs.Contains(path))
                    throw new ConversionException(ConversionErrorKind.OutputFailed,
                        "the output would overwrite an input file; choose another --out folder", path);
                outputs.Add((path, stream =>
                {
                    foreach (var d in emitter.Write(document, stream, options))
                    {
                        diagnostics++;
                        if (d.Severity == DiagnosticSeverity.Warning) warnings++;
                        warn($"{item.Input}: {d.Severity.ToString().ToLowerInvariant()} {d.Code}: {d.Message}");
                    }
                }));
            }
            AtomicFile.WriteAll(outputs);
            return new DocumentResult(item.Input, outputs.Select(r => r.Path).ToList(), null, diagnostics, warnings);
        }
        catch (ConversionException e)
        {
            return new DocumentResult(item.Input, [], e, 0, 0);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A bug (or an environment failure nothing maps yet): this document fails with exit code 1, the batch goes on.
            return new DocumentResult(item.Input, [], null, 0, 0, e);
        }
    }
}
