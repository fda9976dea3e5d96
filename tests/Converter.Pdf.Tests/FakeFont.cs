using Converter.Pdf.Layout;

namespace Converter.Pdf.Tests;

/// <summary>A monospaced stand-in font: full-width characters 1 em, everything else 0.5 em; optional missing characters.</summary>
internal sealed class FakeFont(params int[] missing) : IFontMetrics
{
    private readonly HashSet<int> _missing = [.. missing];

    public bool HasGlyph(int codePoint) => !_missing.Contains(codePoint);

    public double Advance(int codePoint) => codePoint >= 0x2E80 ? 1.0 : 0.5;

    public string Name => "fake";

    public static FontPalette Palette(params int[] missing)
    {
        var font = new FakeFont(missing);
        return new FontPalette(font, font, font, font);
    }

    /// <summary>Glyphs of <paramref name="text"/> at 10 pt (full-width = 10 pt).</summary>
    public static List<Glyph> Glyphs(string text) => TextShaper.Shape(text, FontSlot.Body, 10, Palette(), []);

    /// <summary>Breaks <paramref name="text"/> into lines of <paramref name="chars"/> full-width characters.</summary>
    public static List<string> Lines(string text, int chars)
    {
        var glyphs = Glyphs(text);
        return LineBreaker.Break(glyphs, chars * 10, chars * 10)
            .Select(l => string.Concat(glyphs.Skip(l.Start).Take(l.End - l.Start).Select(g => g.Text)))
            .ToList();
    }
}
