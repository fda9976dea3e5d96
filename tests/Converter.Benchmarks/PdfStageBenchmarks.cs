using BenchmarkDotNet.Attributes;
using Converter.Model;
using Converter.Pdf;
using Converter.Pdf.Drawing;
using Converter.Pdf.Fonts;
using Converter.Pdf.Layout;

namespace Converter.Benchmarks;

/// <summary>
/// The PDF emitter stage by stage (layout, drawing with PDFsharp, finishing), each on the previous stage's output
/// prepared in setup, so the report shows which stage dominates.
/// </summary>
[Payload(Payload.SourceText)]
public class PdfStageBenchmarks
{
    [Params(BenchmarkInput.Seed, BenchmarkInput.OneMb)]
    public string Input { get; set; } = BenchmarkInput.Seed;

    private Document _document = null!;
    private FontSet _fonts = null!;
    private FontPalette _palette = null!;
    private DocumentLayout _layout = null!;
    private PdfMetadataValues _metadata = null!;
    private byte[] _raw = [];
    private IReadOnlyList<IReadOnlyList<TextGroup?>> _draws = [];

    [GlobalSetup]
    public void Setup()
    {
        _document = BenchmarkInput.Get(Input).Document;
        _fonts = FontSet.Load(ConverterOptions.Default);
        _palette = new FontPalette(_fonts.Body, FontSet.BodyFallback, _fonts.Heading, FontSet.HeadingFallback);
        _layout = DocumentLayouter.Layout(_document, ConverterOptions.Default, _palette, PageStyle.Default);
        _metadata = PdfEmitter.Metadata(_document, ConverterOptions.Default);
        _raw = PdfDrawer.Draw(_layout, _fonts, _metadata.Language, _metadata.Title, pdfA: true, out _draws);
    }

    [Benchmark]
    public object Layout() => DocumentLayouter.Layout(_document, ConverterOptions.Default, _palette, PageStyle.Default);

    [Benchmark]
    public byte[] Draw() => PdfDrawer.Draw(_layout, _fonts, _metadata.Language, _metadata.Title, pdfA: true, out _);

    [Benchmark]
    public byte[] Finish() => PdfFinisher.Finish(_raw, _metadata, _draws);
}
