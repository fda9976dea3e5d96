using BenchmarkDotNet.Attributes;
using Converter.Model;
using Converter.Testing;

namespace Converter.Benchmarks;

/// <summary>
/// Pathological inputs at full size, timed here rather than in the unit tests (which check the same shapes, smaller,
/// for correctness): a 50 MB single line, a million short lines, 500 groups of headings of every family (parsed and
/// written as JSON), and a seed whose status note is a 10 MB string (read back from JSON). Bounds they must stay well
/// under (the old unit-test limits, on two cores): 60 s, 60 s, 30 s and 30 s.
/// <c>dotnet run -c Release --project tests/Converter.Benchmarks -- --filter '*HostileInput*' --job short</c>
/// </summary>
public class HostileInputBenchmarks
{
    private byte[] _singleLine = [];
    private byte[] _shortLines = [];
    private byte[] _headings = [];
    private byte[] _bigStringJson = [];

    [GlobalSetup]
    public void Setup()
    {
        _singleLine = HostileInputs.SingleLine(50_000_000);
        _shortLines = HostileInputs.ShortLines(1_000_000);
        _headings = HostileInputs.RepeatedHeadings(500);
        var seed = DocumentConverter.ParseFile(BenchmarkInput.SeedPath).ToJson();
        var at = seed.IndexOf("（仮訳）", StringComparison.Ordinal);
        _bigStringJson = System.Text.Encoding.UTF8.GetBytes(seed[..at] + new string('x', 10_000_000) + seed[(at + 4)..]);
    }

    [Benchmark]
    public Document SingleLine50Mb() => DocumentConverter.Parse(_singleLine, "line.txt");

    [Benchmark]
    public Document ShortLines1M() => DocumentConverter.Parse(_shortLines, "lines.txt");

    [Benchmark]
    public string Headings500ToJson() => DocumentConverter.Parse(_headings, "headings.txt").ToJson();

    [Benchmark]
    public Document JsonString10Mb() => DocumentConverter.FromJson(new MemoryStream(_bigStringJson), "big.json");
}
