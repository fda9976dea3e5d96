using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Converter.Cli;
using Converter.Emitters;

namespace Converter.Benchmarks;

/// <summary>
/// 1,000 seed-sized documents (generated, each different) converted to every format the CLI has (json, docx, pdf),
/// two documents at a time (the target machine has two cores): through the CLI's batch command writing files, and
/// in memory (parse and render only).
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class BatchBenchmarks
{
    public const int Count = 1000;

    private string _root = "";
    private string _inputs = "";
    private byte[][] _sources = [];
    private IDocumentEmitter[] _emitters = [];

    /// <summary>Formats converted: every format the CLI registers.</summary>
    public static string Formats => string.Join(',', CliApp.Registry.Formats);

    [GlobalSetup]
    public void Setup()
    {
        _root = Path.Combine(Path.GetTempPath(), "converter-bench-" + Environment.ProcessId);
        _inputs = Path.Combine(_root, "in");
        Directory.CreateDirectory(_inputs);
        var sources = new List<byte[]>();
        foreach (var (name, doc) in DocumentGenerator.Batch(Count))
        {
            var bytes = System.Text.Encoding.UTF8.GetBytes(doc.Text);
            File.WriteAllBytes(Path.Combine(_inputs, name), bytes);
            sources.Add(bytes);
        }
        _sources = [.. sources];
        _emitters = [.. CliApp.Registry.Formats.Select(CliApp.Registry.Get)];
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_root, recursive: true);

    [Benchmark(Description = "CLI batch to files (1000 docs, -j 2)")]
    public int CliToFiles()
    {
        var code = CliApp.Run(["convert", _inputs, "--to", Formats, "-o", Path.Combine(_root, "out"), "-q", "-j", "2"], TextWriter.Null, TextWriter.Null);
        if (code != 0) throw new InvalidOperationException($"the batch failed with exit code {code}");
        return code;
    }

    [Benchmark(Description = "In memory (1000 docs, 2 threads)")]
    public long InMemory()
    {
        long total = 0;
        Parallel.For(0, _sources.Length, new ParallelOptions { MaxDegreeOfParallelism = 2 }, () => 0L, (i, _, sum) =>
        {
            var document = DocumentConverter.Parse(_sources[i], "doc.txt");
            foreach (var emitter in _emitters)
            {
                using var buffer = new MemoryStream();
                emitter.Write(document, buffer, ConverterOptions.Default);
                sum += buffer.Length;
            }
            return sum;
        }, sum => Interlocked.Add(ref total, sum));
        return total;
    }
}
