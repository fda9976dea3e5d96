namespace Converter.Pdf.Fonts;

/// <summary>A font the emitter can measure with and draw in: its PDFsharp family name and its metrics.</summary>
/// <param name="FamilyName">Name under which <see cref="FontResolver"/> serves the file (unique per content).</param>
/// <param name="Metrics">Glyph coverage and advance widths.</param>
/// <param name="Source">Where it came from, for messages: the bundled font's name or the user's path.</param>
internal sealed record FontFace(string FamilyName, TrueTypeFont Metrics, string Source) : Layout.IFontMetrics
{
    /// <inheritdoc />
    public bool HasGlyph(int codePoint) => Metrics.HasGlyph(codePoint);

    /// <inheritdoc />
    public double Advance(int codePoint) => Metrics.Advance(codePoint);

    /// <inheritdoc />
    public string Name => Source;
}
