using BenchmarkDotNet.Attributes;
using Converter.Model;
using Converter.PlainText;

namespace Converter.Benchmarks;

/// <summary>
/// The parser stage by stage (decode, classify lines, debris, paragraph layout and blocks, structure), each on the
/// previous stage's output prepared in setup, so the report shows which stage dominates and how each scales.
/// Lines read the marker they start with when classified, and blocks remember theirs once read, so Layout,
/// Paragraphs and Structure (after the first invocation) no longer pay for marker matching: that cost shows in
/// ClassifyLines, and the garbage collections of a whole parse in <see cref="ParseBenchmarks"/> only.
/// </summary>
[Payload(Payload.SourceText)]
public class ParseStageBenchmarks
{
    [Params(BenchmarkInput.Seed, BenchmarkInput.OneMb, BenchmarkInput.TenMb)]
    public string Input { get; set; } = BenchmarkInput.Seed;

    private byte[] _bytes = [];
    private string _text = "";
    private List<SourceLine> _lines = [];
    private List<SourceLine> _clean = [];
    private ParagraphBuilder.Layout _layout = null!;
    private List<Block> _blocks = [];

    [GlobalSetup]
    public void Setup()
    {
        _bytes = BenchmarkInput.Get(Input).Bytes;
        _text = TextDecoder.Decode(_bytes, "bench").Text;
        _lines = LineClassifier.Classify(_text);
        _clean = DebrisFilter.Apply([.. _lines], []);
        _layout = ParagraphBuilder.Analyse(_clean);
        _blocks = ParagraphBuilder.Build([.. _clean], _layout);
    }

    [Benchmark]
    public string Decode() => TextDecoder.Decode(_bytes, "bench").Text;

    [Benchmark]
    public byte[] Sha256() => System.Security.Cryptography.SHA256.HashData(_bytes);

    [Benchmark]
    public int ClassifyLines() => LineClassifier.Classify(_text).Count;

    [Benchmark]
    public int Debris() => DebrisFilter.Apply([.. _lines], []).Count; // marks in place: a fresh copy each time

    [Benchmark]
    public bool Layout() => ParagraphBuilder.Analyse(_clean).HardWrapped;

    [Benchmark]
    public int Paragraphs() => ParagraphBuilder.Build([.. _clean], _layout).Count; // gathers text lines in place: a fresh copy each time

    [Benchmark]
    public int Structure() => new StructureBuilder(new List<Diagnostic>(), "bench").Build(_blocks, _layout).Sections.Length;

    [Benchmark]
    public string Language() => LanguageDetector.Detect(_text);
}
