namespace Converter.Pdf.Fonts;

/// <summary>A font the emitter can measure with and embed: its metrics and outlines, and where it came from.</summary>
/// <param name="Metrics">Glyph coverage, advance widths and the font file.</param>
/// <param name="Source">Where it came from, for messages: the bundled font's name or the user's path.</param>
internal sealed record FontFace(TrueTypeFont Metrics, string Source) : Layout.IFontMetrics
{
    /// <inheritdoc />
    public bool HasGlyph(int codePoint) => Metrics.HasGlyph(codePoint);

    /// <inheritdoc />
    public double Advance(int codePoint) => Metrics.Advance(codePoint);

    /// <inheritdoc />
    public string Name => Source;
}
