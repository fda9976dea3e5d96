using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Converter.Cli.Batch;
using Converter.Emitters;
using Converter.Model;

namespace Converter.Cli.Commands;

/// <summary>
/// <c>converter convert INPUT... [--to json,docx,pdf] [-o DIR]</c>: parse each input once and write it in each
/// requested format; directories are expanded (<c>--recursive</c>) and mirrored under the output folder.
/// </summary>
internal static class ConvertCommand
{
    /// <summary>What the command line asked for, parsed and checked.</summary>
    internal sealed record Request(
        string[] Inputs, string Formats, string OutDir, ConverterOptions Options,
        bool Recursive, int Jobs, bool FailFast, bool Quiet, bool Verbose, bool JsonSummary, Shard? Shard = null, string? SummaryFile = null);

    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var inputs = new Argument<string[]>("INPUT")
        {
            Description = "Text files (UTF-8, UTF-16, Shift_JIS, EUC-JP), Word .docx files, converter JSON documents, or folders (their *.txt and *.docx files); '-' reads standard input.",
            Arity = ArgumentArity.OneOrMore,
        };
        var to = new Option<string>("--to", "-t")
        {
            Description = "Output formats, comma-separated: " + string.Join(", ", CliApp.Registry.Formats) + ".",
            DefaultValueFactory = _ => "json",
        };
        var output = new Option<string>("--out", "-o")
        {
            Description = "Output folder; the input tree is mirrored under it. '-' writes the single requested format of a single input to standard output.",
            DefaultValueFactory = _ => "out",
        };
        var recursive = new Option<bool>("--recursive", "-r") { Description = "Include sub-folders of folder inputs." };
        var jobs = new Option<int>("--jobs", "-j")
        {
            Description = "Documents converted in parallel (default: number of processors).",
            DefaultValueFactory = _ => Environment.ProcessorCount,
        };
        var failFast = new Option<bool>("--fail-fast") { Description = "Stop at the first document that fails." };
        var quiet = new Option<bool>("--quiet", "-q") { Description = "Print errors only: no progress, no warnings, no summary." };
        var verbose = new Option<bool>("--verbose", "-v") { Description = "Print every diagnostic and every output written." };
        var shard = new Option<string?>("--shard")
        {
            Description = "Convert only shard K of N (K from 0 to N-1) of the inputs, split by a hash of each input's relative path: " +
                          "workers given the same inputs and N convert each input exactly once. " +
                          $"Default: {Shard.IndexVariable} and {Shard.CountVariable} when both are set, else every input.",
        };
        var format = new Option<string>("--format") { Description = "Summary format: text or json.", DefaultValueFactory = _ => "text" };
        var summaryFile = new Option<string?>("--summary-file")
        {
            Description = "Also write the JSON summary (as --format json prints it) to this file, atomically: for workers whose standard output is a log.",
        };
        format.AcceptOnlyFromAmong("text", "json");
        var shared = new SharedOptions();
        var command = new Command("convert", "Convert documents to JSON, Word, PDF, Akoma Ntoso XML or HTML.")
        {
            inputs, to, output, recursive, jobs, failFast, quiet, verbose, format, shard, summaryFile,
        };
        shared.AddTo(command);
        command.SetAction(result => Run(new Request(
            result.GetValue(inputs) ?? [],
            result.GetValue(to) ?? "json",
            result.GetValue(output) ?? "out",
            shared.Read(result),
            result.GetValue(recursive),
            result.GetValue(jobs),
            result.GetValue(failFast),
            result.GetValue(quiet),
            result.GetValue(verbose),
            result.GetValue(format) == "json",
            Shard.Resolve(result.GetValue(shard), Environment.GetEnvironmentVariable),
            result.GetValue(summaryFile)), stdout, stderr));
        return command;
    }

    internal static int Run(Request request, TextWriter stdout, TextWriter stderr)
    {
        // Unknown options reach us as inputs; report them as what they are.
        foreach (var input in request.Inputs)
            if (input.StartsWith('-') && input != "-" && !File.Exists(input) && !Directory.Exists(input))
                throw new ConversionException(ConversionErrorKind.InvalidOption, $"unknown option '{input}'; run 'converter convert --help'");
        if (request.Jobs < 1)
            throw new ConversionException(ConversionErrorKind.InvalidOption, "--jobs must be 1 or more");
        var emitters = request.Formats.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Select(CliApp.Registry.Get)
            .ToList();
        if (emitters.Count == 0)
            throw new ConversionException(ConversionErrorKind.InvalidOption, "--to names no format; use e.g. --to json,docx,pdf");

        if (request.OutDir == "-")
        {
            if (request.SummaryFile is not null)
                throw new ConversionException(ConversionErrorKind.InvalidOption,
                    "--summary-file summarises a batch and cannot be combined with -o -; give an output folder with -o");
            if (request.Shard is not null)
                throw new ConversionException(ConversionErrorKind.InvalidOption,
                    $"sharding ({request.Shard}) splits a batch among workers and cannot write to standard output; give an output folder with -o");
            return ToStandardOutput(request, emitters[0], emitters.Count, stdout, stderr);
        }

        var rejected = new List<(BatchItem, ConversionException)>();
        var items = BatchPlan.Expand(request.Inputs, request.OutDir, request.Recursive, rejected);
        var corpus = items.Count + rejected.Count;
        if (corpus == 0)
            throw new ConversionException(ConversionErrorKind.InputNotFound,
                "no documents found in the given folders (looked for " + string.Join(", ", BatchPlan.DirectoryExtensions) + (request.Recursive ? ")" : "; add --recursive for sub-folders)"));
        // A shard may own no input at all: that is success with an empty summary, not "no documents found".
        if (request.Shard is { } shard) BatchPlan.KeepShard(shard, request.OutDir, items, rejected);
        var total = items.Count + rejected.Count;

        // A converter killed mid-write (SIGKILL, power loss) leaves hidden temporaries (.NAME.PID.N.tmp) beside its
        // outputs; outputs themselves are never partial. Remove those of processes that no longer run.
        // Only the folders this batch writes into are looked at.
        foreach (var folder in items.Select(i => Path.GetDirectoryName(i.OutputStem)!).Distinct(StringComparer.Ordinal))
            Converter.IO.AtomicFile.RemoveStaleTemporaries(folder);

        var protectedInputs = items.Where(i => i.Input != "-").Select(i => Path.GetFullPath(i.Input)).ToHashSet(StringComparer.Ordinal);
        var showWarnings = !request.Quiet && (request.Verbose || total == 1);
        var warnLock = new object();
        var runner = new BatchRunner(emitters, request.Options, request.Jobs, request.FailFast, protectedInputs,
            message => { if (showWarnings) lock (warnLock) stderr.WriteLine($"converter: {message}"); });

        using var cancel = new CancellationTokenSource();
        ConsoleCancelEventHandler onCancel = (_, e) => { e.Cancel = true; cancel.Cancel(); };
        Console.CancelKeyPress += onCancel;
        BatchSummary summary;
        try
        {
            var mode = ProgressDisplay.Choose(request.Quiet || request.JsonSummary && ReferenceEquals(stdout, stderr), total, stderr);
            summary = ProgressDisplay.Run(mode, total, stderr, completed => runner.Run(items, rejected, completed, cancel.Token))
                with { Shard = request.Shard, CorpusSize = corpus };
        }
        finally
        {
            Console.CancelKeyPress -= onCancel;
        }

        var textSummary = !request.Quiet && !request.JsonSummary && (total > 1 || request.Shard is not null);
        if (!textSummary)
            foreach (var r in summary.Results.Where(r => !r.Succeeded))
                stderr.WriteLine($"converter: {r.Message}");
        if (request.Verbose)
            foreach (var r in summary.Results.Where(r => r.Succeeded))
                foreach (var o in r.Outputs) stderr.WriteLine($"converter: wrote {o}");
        var json = request.JsonSummary || request.SummaryFile is not null ? SummaryJson(summary) : null;
        if (request.JsonSummary) stdout.WriteLine(json);
        if (request.SummaryFile is { } file)
            Converter.IO.AtomicFile.Write(file, s => s.Write(System.Text.Encoding.UTF8.GetBytes(json + "\n")));
        else if (textSummary) stderr.WriteLine(SummaryText(summary));

        if (summary.Failed == 0) return ExitCodes.Success;
        if (summary.Converted > 0) return ExitCodes.PartialFailure;
        var codes = summary.Results.Select(r => r.ExitCode).Distinct().ToList();
        return codes.Count == 1 ? codes[0] : ExitCodes.PartialFailure;
    }

    private static int ToStandardOutput(Request request, IDocumentEmitter emitter, int formatCount, TextWriter stdout, TextWriter stderr)
    {
        if (request.Inputs.Length != 1 || formatCount != 1 || Directory.Exists(request.Inputs[0]))
            throw new ConversionException(ConversionErrorKind.InvalidOption,
                "-o - writes one document in one format to standard output; give one input file and one --to format");
        var document = InputLoader.Load(request.Inputs[0], request.Options);
        if (!request.Quiet)
            foreach (var d in document.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Warning))
                stderr.WriteLine($"converter: {request.Inputs[0]}:{d.Span?.StartLine}: warning {d.Code}: {d.Message}");
        using var buffer = new MemoryStream();
        foreach (var d in emitter.Write(document, buffer, request.Options))
            if (!request.Quiet) stderr.WriteLine($"converter: {request.Inputs[0]}: {d.Severity.ToString().ToLowerInvariant()} {d.Code}: {d.Message}");
        if (ReferenceEquals(stdout, Console.Out))
        {
            // Binary-safe: bytes go straight to the stream, no text encoding in between.
            using var raw = Console.OpenStandardOutput();
            buffer.WriteTo(raw);
            raw.Flush();
        }
        else stdout.Write(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
        return ExitCodes.Success;
    }

    internal static string SummaryText(BatchSummary s)
    {
        var rate = s.Results.Count / Math.Max(0.001, s.Elapsed.TotalSeconds);
        var lines = new List<string>
        {
            string.Create(CultureInfo.InvariantCulture,
                $"converter: converted {s.Converted} of {s.Results.Count} documents{ShardText(s)}, {s.Failed} failed, {s.Diagnostics} diagnostics, in {s.Elapsed.TotalSeconds:0.00} s ({rate:0} documents/s)"),
        };
        foreach (var r in s.Results.Where(r => !r.Succeeded))
            lines.Add($"converter: {r.Message}");
        return string.Join(Environment.NewLine, lines);
    }

    private static string ShardText(BatchSummary s) =>
        s.Shard is { } shard ? string.Create(CultureInfo.InvariantCulture, $" (shard {shard} of {s.CorpusSize} inputs)") : "";

    internal static string SummaryJson(BatchSummary s)
    {
        var docs = new JsonArray();
        foreach (var r in s.Results)
        {
            var o = new JsonObject
            {
                ["input"] = r.Input,
                ["status"] = r.Succeeded ? "converted" : "failed",
                ["outputs"] = new JsonArray(r.Outputs.Select(x => (JsonNode?)JsonValue.Create(x)).ToArray()),
                ["diagnostics"] = r.Diagnostics,
                ["warnings"] = r.Warnings,
            };
            if (!r.Succeeded)
            {
                o["error"] = r.ErrorText;
                o["exitCode"] = r.ExitCode;
                if (r.Error?.Line is { } line) o["line"] = line;
            }
            docs.Add((JsonNode)o);
        }
        var root = new JsonObject
        {
            ["converted"] = s.Converted,
            ["failed"] = s.Failed,
            ["diagnostics"] = s.Diagnostics,
            ["elapsedSeconds"] = Math.Round(s.Elapsed.TotalSeconds, 3),
        };
        // Only when sharded, so an unsharded summary is unchanged; "inputs" (the whole batch) lets whoever merges the
        // shards' summaries check that their documents add up to it.
        if (s.Shard is { } shard)
            root["shard"] = new JsonObject { ["index"] = shard.Index, ["count"] = shard.Count, ["inputs"] = s.CorpusSize };
        root["documents"] = docs;
        return root.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }
}
