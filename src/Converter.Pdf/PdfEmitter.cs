using Converter.Emitters;
using Converter.Model;
using Converter.Pdf.Drawing;
using Converter.Pdf.Fonts;
using Converter.Pdf.Layout;

namespace Converter.Pdf;

/// <summary>
/// Writes a <see cref="Document"/> as PDF: A4; Japanese set by JIS X 4051 in the bundled IPAex fonts, Latin text in the
/// bundled Liberation fonts, English hyphenated and justified with word spaces of at most twice the space; fonts subset
/// and embedded; tagged structure (sections, lists, captions, table of contents; page numbers as artifacts), outline,
/// named destinations per section and clause, and — unless <see cref="ConverterOptions.PdfA"/> is off — PDF/A-2u
/// identification with an sRGB output intent.
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
        var cjk = IsCjk(document.Metadata.Language);
        var layout = DocumentLayouter.Layout(document, options, fonts.Palette(cjk), PageStyle.For(cjk));
        diagnostics = layout.Diagnostics;
        return PdfAssembler.Write(layout, slot => fonts[slot], Metadata(document, options));
    }

    /// <summary>The metadata written for <paramref name="document"/>.</summary>
    internal static PdfMetadataValues Metadata(Document document, ConverterOptions options) => new(
        Title: document.Metadata.Title,
        Subject: document.Metadata.SourceName is { } source ? "Converted from " + source : null,
        Creator: DocumentConverter.CreatorTool,
        // PDFsharp keeps a producer only when it starts with its own name (else it prepends itself at save).
        Producer: "PDFsharp " + PdfSharpVersion + " (" + DocumentConverter.CreatorTool + ")",
        Language: PdfLanguage(document.Metadata.Language),
        Timestamp: options.Timestamp,
        Claim: options.PdfA ? PdfAClaim.Pdfa2U : null);

    /// <summary>True for Chinese, Japanese and Korean: set by JIS X 4051 rules with the Japanese page style.</summary>
    internal static bool IsCjk(string language)
    {
        var primary = language.Split('-')[0].ToLowerInvariant();
        return primary is "ja" or "zh" or "ko" || language.Length == 0;
    }

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
