namespace Converter.Pdf.Layout;

/// <summary>One character as laid out: its text (one code point), font slot and advance in points.</summary>
/// <param name="Text">The character (a surrogate pair for code points above U+FFFF).</param>
/// <param name="CodePoint">The Unicode scalar value.</param>
/// <param name="Font">Font it is drawn in.</param>
/// <param name="Width">Advance width in points at the block's font size.</param>
internal readonly record struct Glyph(string Text, int CodePoint, FontSlot Font, double Width)
{
    /// <summary>True for a breaking space (U+0020); such spaces vanish at line ends.</summary>
    public bool IsSpace => CodePoint == ' ';
}

/// <summary>A character that no font of its role could draw.</summary>
/// <param name="CodePoint">The character.</param>
/// <param name="Replacement">What was drawn instead (U+3013 GETA MARK, or nothing).</param>
/// <param name="UsedFallback">True when the bundled fallback font had it (drawn in that font, not replaced).</param>
/// <param name="Invisible">True for an invisible format character (U+FEFF, U+200B, …) left out because no font draws it.</param>
internal readonly record struct GlyphIssue(int CodePoint, string? Replacement, bool UsedFallback, bool Invisible = false);

/// <summary>Turns text into glyphs: picks a font per character, measures it, and reports characters with no glyph.</summary>
internal static class TextShaper
{
    /// <summary>Drawn in place of a character no font has: 〓 (GETA MARK), the Japanese typesetter's mark for a missing character.</summary>
    public const int ReplacementCodePoint = 0x3013;

    /// <summary>Shapes <paramref name="text"/> in the primary slot <paramref name="primary"/> (Body or Heading).</summary>
    public static List<Glyph> Shape(string text, FontSlot primary, double size, FontPalette fonts, List<GlyphIssue> issues)
    {
        var fallback = primary == FontSlot.Body ? FontSlot.BodyFallback : FontSlot.HeadingFallback;
        var glyphs = new List<Glyph>(text.Length);
        foreach (var rune in text.EnumerateRunes())
        {
            var cp = rune.Value;
            if (cp is '\t' or '\n' or '\r' or '\u00A0') cp = ' ';
            if (System.Globalization.CharUnicodeInfo.GetUnicodeCategory(cp) == System.Globalization.UnicodeCategory.Format)
            {
                // Invisible format characters (BOM, soft hyphen, zero-width space, joiners) are not drawn.
                issues.Add(new GlyphIssue(cp, null, false, Invisible: true));
                continue;
            }
            if (fonts[primary].HasGlyph(cp))
            {
                glyphs.Add(new Glyph(cp == rune.Value ? rune.ToString() : " ", cp, primary, fonts[primary].Advance(cp) * size));
                continue;
            }
            if (!ReferenceEquals(fonts[fallback], fonts[primary]) && fonts[fallback].HasGlyph(cp))
            {
                issues.Add(new GlyphIssue(cp, null, true));
                glyphs.Add(new Glyph(rune.ToString(), cp, fallback, fonts[fallback].Advance(cp) * size));
                continue;
            }
            if (cp == ' ')
            {
                // A font without a space glyph: keep the break opportunity, draw nothing.
                glyphs.Add(new Glyph("", cp, primary, size / 4));
                continue;
            }
            var slot = fonts[primary].HasGlyph(ReplacementCodePoint) ? primary
                : fonts[fallback].HasGlyph(ReplacementCodePoint) ? fallback : (FontSlot?)null;
            if (slot is { } s)
            {
                issues.Add(new GlyphIssue(cp, char.ConvertFromUtf32(ReplacementCodePoint), false));
                glyphs.Add(new Glyph(char.ConvertFromUtf32(ReplacementCodePoint), ReplacementCodePoint, s, fonts[s].Advance(ReplacementCodePoint) * size));
            }
            else issues.Add(new GlyphIssue(cp, null, false));
        }
        return glyphs;
    }
}
