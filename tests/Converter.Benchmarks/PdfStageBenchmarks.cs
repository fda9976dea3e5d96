using BenchmarkDotNet.Attributes;
using Converter.Model;
using Converter.Pdf;
using Converter.Pdf.Drawing;
using Converter.Pdf.Fonts;
using Converter.Pdf.Layout;

namespace Converter.Benchmarks;

/// <summary>
/// The PDF emitter stage by stage (layout; writing: content streams, font subsets, PDFsharp's save), each on the previous
/// stage's output prepared in setup, so the report shows which stage dominates.
/// </summary>
[Payload(Payload.SourceText)]
public class PdfStageBenchmarks
{
    [Params(BenchmarkInput.Seed, BenchmarkInput.OneMb)]
    public string Input { get; set; } = BenchmarkInput.Seed;

    private Document _document = null!;
    private FontSet _fonts = null!;
    private FontPalette _palette = null!;
    private PageStyle _style = null!;
    private DocumentLayout _layout = null!;
    private PdfMetadataValues _metadata = null!;

    [GlobalSetup]
    public void Setup()
    {
        _document = BenchmarkInput.Get(Input).Document;
        _fonts = FontSet.Load(ConverterOptions.Default);
        var cjk = PdfEmitter.IsCjk(_document.Metadata.Language);
        _palette = _fonts.Palette(cjk);
        _style = PageStyle.For(cjk);
        _layout = DocumentLayouter.Layout(_document, ConverterOptions.Default, _palette, _style);
        _metadata = PdfEmitter.Metadata(_document, ConverterOptions.Default);
    }

    [Benchmark]
    public object Layout() => DocumentLayouter.Layout(_document, ConverterOptions.Default, _palette, _style);

    [Benchmark]
    public byte[] Write() => PdfAssembler.Write(_layout, slot => _fonts[slot], _metadata);
}
