using Converter.Model;
using Converter.Testing;

namespace Converter.Pdf.Tests;

/// <summary>The seed document, parsed once, and its PDF rendered once with fixed options.</summary>
internal static class Seed
{
    public static readonly DateTimeOffset Timestamp = new(2025, 9, 22, 12, 0, 0, TimeSpan.FromHours(9));

    public static ConverterOptions Options { get; } = new() { Timestamp = Timestamp };

    private static readonly Lazy<Document> DocumentLazy = new(() => DocumentConverter.ParseFile(RepositoryFiles.SeedPath));
    private static readonly Lazy<(byte[] Pdf, IReadOnlyList<Diagnostic> Diagnostics)> PdfLazy = new(() =>
    {
        using var stream = new MemoryStream();
        var diagnostics = DocumentLazy.Value.ToPdf(stream, Options);
        return (stream.ToArray(), diagnostics);
    });

    public static Document Document => DocumentLazy.Value;

    public static byte[] Pdf => PdfLazy.Value.Pdf;

    public static IReadOnlyList<Diagnostic> Diagnostics => PdfLazy.Value.Diagnostics;

    /// <summary>Renders a document to bytes.</summary>
    public static byte[] Render(Document document, ConverterOptions? options = null)
    {
        using var stream = new MemoryStream();
        document.ToPdf(stream, options ?? Options);
        return stream.ToArray();
    }
}
