using BenchmarkDotNet.Attributes;
using Converter.AkomaNtoso;
using Converter.Html;
using Converter.Model;

namespace Converter.Benchmarks;

/// <summary>Akoma Ntoso emitter: model to Akoma Ntoso XML (MB/s of source text).</summary>
[Payload(Payload.SourceText)]
public class AknBenchmarks
{
    [Params(BenchmarkInput.Seed, BenchmarkInput.OneMb, BenchmarkInput.TenMb)]
    public string Input { get; set; } = BenchmarkInput.Seed;

    private Document _document = null!;
    private readonly AknEmitter _emitter = new();

    [GlobalSetup]
    public void Setup() => _document = BenchmarkInput.Get(Input).Document;

    [Benchmark]
    public void WriteAkn() => _emitter.Write(_document, Stream.Null, ConverterOptions.Default);
}

/// <summary>HTML emitter: model to one HTML page (MB/s of source text).</summary>
[Payload(Payload.SourceText)]
public class HtmlBenchmarks
{
    [Params(BenchmarkInput.Seed, BenchmarkInput.OneMb, BenchmarkInput.TenMb)]
    public string Input { get; set; } = BenchmarkInput.Seed;

    private Document _document = null!;
    private readonly HtmlEmitter _emitter = new();

    [GlobalSetup]
    public void Setup() => _document = BenchmarkInput.Get(Input).Document;

    [Benchmark]
    public void WriteHtml() => _emitter.Write(_document, Stream.Null, ConverterOptions.Default);
}
