using Converter.Emitters;
using Converter.Model;
using Converter.Pdf.Drawing;
using Converter.Pdf.Fonts;
using Converter.Pdf.Layout;

namespace Converter.Pdf;

/// <summary>
/// Writes a <see cref="Document"/> as PDF: A4, Japanese line breaking (JIS X 4051), bundled IPAex fonts
/// (subset, embedded), tagged structure, outline, named destinations per section and clause, and — unless
/// <see cref="ConverterOptions.PdfA"/> is off — PDF/A-2u identification with an sRGB output intent.
/// The same document and options always give the same bytes. Stateless and thread-safe.
/// </summary>
public sealed class PdfEmitter : IDocumentEmitter
{
    /// <inheritdoc />
    public string Format => "pdf";

    /// <inheritdoc />
    public string FileExtension => ".pdf";

    /// <inheritdoc />
    public string MediaType => "application/pdf";

    /// <inheritdoc />
    public IReadOnlyList<Diagnostic> Write(Document document, Stream output, ConverterOptions options)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(options);
        var bytes = Render(document, options, out var diagnostics);
        output.Write(bytes);
        return diagnostics;
    }

    /// <summary>Renders the whole file in memory.</summary>
    internal static byte[] Render(Document document, ConverterOptions options, out IReadOnlyList<Diagnostic> diagnostics)
    {
        var fonts = FontSet.Load(options);
        var palette = new FontPalette(fonts.Body, FontSet.BodyFallback, fonts.Heading, FontSet.HeadingFallback);
        var layout = DocumentLayouter.Layout(document, options, palette, PageStyle.Default);
        diagnostics = layout.Diagnostics;
        var metadata = Metadata(document, options);
        var raw = PdfDrawer.Draw(layout, fonts, metadata.Language, metadata.Title, options.PdfA, out var textDraws);
        return PdfFinisher.Finish(raw, metadata, textDraws);
    }

    /// <summary>The metadata written for <paramref name="document"/>.</summary>
    internal static PdfMetadataValues Metadata(Document document, ConverterOptions options) => new(
        Title: document.Metadata.Title,
        Subject: document.Metadata.SourceName is { } source ? "Converted from " + source : null,
        Creator: DocumentConverter.CreatorTool,
        Producer: DocumentConverter.CreatorTool + " (PDFsharp " + PdfSharpVersion + ")",
        Language: PdfLanguage(document.Metadata.Language),
        Timestamp: options.Timestamp,
        Claim: options.PdfA ? PdfAClaim.Pdfa2U : null);

    /// <summary>The /Lang value: a region added to bare <c>ja</c> and <c>en</c> (ja-JP, en-US); other tags as given.</summary>
    internal static string PdfLanguage(string language) => language.ToLowerInvariant() switch
    {
        "ja" => "ja-JP",
        "en" => "en-US",
        "" => "und",
        _ => language,
    };

    // The library's assembly version (major.minor.build), not its informational version, which carries a commit id.
    private static readonly string PdfSharpVersion = typeof(PdfSharp.Pdf.PdfDocument).Assembly.GetName().Version is { } v
        ? $"{v.Major}.{v.Minor}.{Math.Max(v.Build, 0)}"
        : "0.0.0";
}
