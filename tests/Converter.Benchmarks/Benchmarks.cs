using BenchmarkDotNet.Attributes;
using Converter.Docx;
using Converter.Json;
using Converter.Model;

namespace Converter.Benchmarks;

/// <summary>Parser, bytes to model (decode, lines, debris, paragraphs, structure), on the seed and on 1 MB / 10 MB documents.</summary>
[Payload(Payload.SourceText)]
public class ParseBenchmarks
{
    [Params(BenchmarkInput.Seed, BenchmarkInput.OneMb, BenchmarkInput.TenMb)]
    public string Input { get; set; } = BenchmarkInput.Seed;

    private byte[] _bytes = [];

    [GlobalSetup]
    public void Setup() => _bytes = BenchmarkInput.Get(Input).Bytes;

    [Benchmark]
    public Document Parse() => DocumentConverter.Parse(_bytes, "bench.txt");
}

/// <summary>JSON emitter: model to indented UTF-8 JSON (MB/s of JSON written).</summary>
[Payload(Payload.Json)]
public class JsonWriteBenchmarks
{
    [Params(BenchmarkInput.Seed, BenchmarkInput.OneMb, BenchmarkInput.TenMb)]
    public string Input { get; set; } = BenchmarkInput.Seed;

    private Document _document = null!;
    private readonly JsonEmitter _emitter = new();

    [GlobalSetup]
    public void Setup() => _document = BenchmarkInput.Get(Input).Document;

    [Benchmark]
    public void WriteJson() => _emitter.Write(_document, Stream.Null, ConverterOptions.Default);
}

/// <summary>JSON reader: bytes to model, with the version check and schema validation it always does (MB/s of JSON read).</summary>
[Payload(Payload.Json)]
public class JsonReadBenchmarks
{
    [Params(BenchmarkInput.Seed, BenchmarkInput.OneMb, BenchmarkInput.TenMb)]
    public string Input { get; set; } = BenchmarkInput.Seed;

    private byte[] _json = [];

    [GlobalSetup]
    public void Setup() => _json = BenchmarkInput.Get(Input).Json;

    [Benchmark]
    public Document ReadJson() => DocumentConverter.Load(_json, "bench.json");
}

/// <summary>Word emitter: model to .docx (MB/s of source text).</summary>
[Payload(Payload.SourceText)]
public class DocxBenchmarks
{
    [Params(BenchmarkInput.Seed, BenchmarkInput.OneMb, BenchmarkInput.TenMb)]
    public string Input { get; set; } = BenchmarkInput.Seed;

    private Document _document = null!;
    private readonly DocxEmitter _emitter = new();

    [GlobalSetup]
    public void Setup() => _document = BenchmarkInput.Get(Input).Document;

    [Benchmark]
    public void WriteDocx() => _emitter.Write(_document, Stream.Null, ConverterOptions.Default);
}

/// <summary>Word reader: our .docx of the input back to the model (MB/s of source text): container checks, SDK, body, structure.</summary>
[Payload(Payload.SourceText)]
public class DocxReadBenchmarks
{
    [Params(BenchmarkInput.Seed, BenchmarkInput.OneMb, BenchmarkInput.TenMb)]
    public string Input { get; set; } = BenchmarkInput.Seed;

    private byte[] _docx = [];
    private readonly Converter.Docx.Reading.DocxReader _reader = new();

    [GlobalSetup]
    public void Setup()
    {
        using var stream = new MemoryStream();
        new DocxEmitter().Write(BenchmarkInput.Get(Input).Document, stream, ConverterOptions.Default);
        _docx = stream.ToArray();
    }

    [Benchmark]
    public Document ReadDocx() => _reader.Read(_docx, "bench.docx", ConverterOptions.Default);
}

/// <summary>PDF emitter: model to PDF/A (layout, drawing with PDFsharp, finishing), MB/s of source text.</summary>
[Payload(Payload.SourceText)]
public class PdfBenchmarks
{
    // The 10 MB document takes seconds per operation; run it on demand with --filter and a custom Input.
    [Params(BenchmarkInput.Seed, BenchmarkInput.OneMb)]
    public string Input { get; set; } = BenchmarkInput.Seed;

    private Document _document = null!;
    private readonly Converter.Pdf.PdfEmitter _emitter = new();

    [GlobalSetup]
    public void Setup() => _document = BenchmarkInput.Get(Input).Document;

    [Benchmark]
    public void WritePdf() => _emitter.Write(_document, Stream.Null, ConverterOptions.Default);
}
