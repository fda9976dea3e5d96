namespace Converter.Pdf.Layout;

/// <summary>One character as laid out: its text (one code point), font slot and advance in points.</summary>
/// <param name="Text">The character (a surrogate pair for code points above U+FFFF).</param>
/// <param name="CodePoint">The Unicode scalar value.</param>
/// <param name="Font">Font it is drawn in.</param>
/// <param name="Width">Advance width in points at the block's font size.</param>
/// <param name="Gap">Space before the glyph unless it starts a line, in points: the quarter em JLReq puts between Japanese and Latin letters or digits.</param>
internal readonly record struct Glyph(string Text, int CodePoint, FontSlot Font, double Width, double Gap = 0)
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

/// <summary>
/// Turns text into glyphs: picks a font per character, measures it, and reports characters with no glyph.
/// </summary>
/// <remarks>
/// Font choice, per character: a user's font (<c>--font-body</c>, <c>--font-heading</c>) when it has the glyph; else Latin text
/// (ASCII, Latin letters and their accents) in the Latin font of the role (Liberation Serif for body type, Liberation Sans for
/// headings, the pairing JLReq describes for Mincho and Gothic); else IPAex. Punctuation and symbols whose width East Asian
/// typography treats as ambiguous (quotes, dashes, §, €, …) follow the language: Latin in a Western document; in a Japanese
/// one, Latin only among Latin words (<c>Leaders’ Communiqué</c>) and full-width IPAex forms otherwise (<c>「…」—</c>).
/// In Japanese text a quarter em separates Japanese letters from Latin letters and digits (JLReq 3.2.3, 和欧間四分アキ).
/// </remarks>
internal static class TextShaper
{
    /// <summary>Drawn in place of a character no font has: 〓 (GETA MARK), the Japanese typesetter's mark for a missing character.</summary>
    public const int ReplacementCodePoint = 0x3013;

    /// <summary>Shapes <paramref name="text"/> in the primary slot <paramref name="primary"/> (Body or Heading).</summary>
    public static List<Glyph> Shape(string text, FontSlot primary, double size, FontPalette fonts, List<GlyphIssue> issues)
    {
        var heading = primary is FontSlot.Heading or FontSlot.HeadingFallback or FontSlot.HeadingLatin;
        primary = heading ? FontSlot.Heading : FontSlot.Body;
        var fallback = heading ? FontSlot.HeadingFallback : FontSlot.BodyFallback;
        var latin = heading ? FontSlot.HeadingLatin : FontSlot.BodyLatin;
        var userFont = !ReferenceEquals(fonts[fallback], fonts[primary]);
        if (ReferenceEquals(fonts[latin], fonts[primary])) latin = primary;
        if (!userFont) fallback = primary;

        var cps = new List<int>(text.Length);
        foreach (var rune in text.EnumerateRunes()) cps.Add(rune.Value);
        var glyphs = new List<Glyph>(cps.Count);
        for (var i = 0; i < cps.Count; i++)
        {
            var original = cps[i];
            var cp = original is '\t' or '\n' or '\r' or '\u00A0' ? ' ' : original;
            if (System.Globalization.CharUnicodeInfo.GetUnicodeCategory(cp) == System.Globalization.UnicodeCategory.Format)
            {
                // Invisible format characters (BOM, soft hyphen, zero-width space, joiners) are not drawn.
                issues.Add(new GlyphIssue(cp, null, false, Invisible: true));
                continue;
            }
            var drawn = cp == original ? Text(cp) : " ";
            if (userFont && fonts[primary].HasGlyph(cp))
            {
                glyphs.Add(new Glyph(drawn, cp, primary, fonts[primary].Advance(cp) * size));
                continue;
            }
            var slot = PrefersLatin(cps, i, fonts.Cjk) && fonts[latin].HasGlyph(cp) ? latin
                : fonts[fallback].HasGlyph(cp) ? fallback
                : fonts[latin].HasGlyph(cp) ? latin
                : (FontSlot?)null;
            if (slot is { } found)
            {
                if (userFont && cp != ' ') issues.Add(new GlyphIssue(cp, null, true));
                glyphs.Add(new Glyph(drawn, cp, found, fonts[found].Advance(cp) * size));
                continue;
            }
            if (cp == ' ')
            {
                // No font has a space glyph: keep the break opportunity, draw nothing.
                glyphs.Add(new Glyph("", cp, primary, size / 4));
                continue;
            }
            var geta = fonts[primary].HasGlyph(ReplacementCodePoint) ? primary
                : fonts[fallback].HasGlyph(ReplacementCodePoint) ? fallback : (FontSlot?)null;
            if (geta is { } s)
            {
                issues.Add(new GlyphIssue(cp, char.ConvertFromUtf32(ReplacementCodePoint), false));
                glyphs.Add(new Glyph(Text(ReplacementCodePoint), ReplacementCodePoint, s, fonts[s].Advance(ReplacementCodePoint) * size));
            }
            else issues.Add(new GlyphIssue(cp, null, false));
        }
        if (fonts.Cjk)
            for (var i = 1; i < glyphs.Count; i++)
            {
                int a = glyphs[i - 1].CodePoint, b = glyphs[i].CodePoint;
                if ((IsJapaneseLetter(a) && IsLatinAlphanumeric(b)) || (IsLatinAlphanumeric(a) && IsJapaneseLetter(b)))
                    glyphs[i] = glyphs[i] with { Gap = size / 4 };
            }
        return glyphs;
    }

    private static readonly string?[] BmpStrings = new string?[0x10000];

    /// <summary>The one-character string of <paramref name="cp"/>, shared for the Basic Multilingual Plane (layout makes one per glyph).</summary>
    private static string Text(int cp) =>
        cp < 0x10000 ? BmpStrings[cp] ??= char.ConvertFromUtf32(cp) : char.ConvertFromUtf32(cp);

    /// <summary>True for a character set in the Latin font: Latin script, or ambiguous-width punctuation in a Latin context.</summary>
    internal static bool PrefersLatin(IReadOnlyList<int> cps, int i, bool cjk)
    {
        var c = cps[i];
        if (IsLatin(c)) return true;
        if (!IsAmbiguous(c)) return false;
        if (!cjk) return true;
        var before = Neighbour(cps, i, -1);
        var after = Neighbour(cps, i, +1);
        var latinSide = IsLatinAlphanumeric(before) || IsLatinAlphanumeric(after);
        return latinSide && !IsCjk(before) && !IsCjk(after);
    }

    private static int Neighbour(IReadOnlyList<int> cps, int i, int step)
    {
        for (var k = i + step; k >= 0 && k < cps.Count; k += step)
            if (cps[k] != ' ' && !IsAmbiguous(cps[k])) return cps[k];
        return -1;
    }

    /// <summary>Latin script and ASCII: set in the Latin font wherever it appears.</summary>
    internal static bool IsLatin(int c) =>
        c is >= 0x20 and <= 0x7E or >= 0xC0 and <= 0x24F and not 0xD7 and not 0xF7 or >= 0x300 and <= 0x36F or >= 0x1E00 and <= 0x1EFF;

    /// <summary>Symbols and punctuation that East Asian fonts draw full-width and Latin fonts narrow (East Asian Width "A" and their kin).</summary>
    internal static bool IsAmbiguous(int c) =>
        c is >= 0xA1 and <= 0xBF or 0xD7 or 0xF7 or >= 0x370 and <= 0x4FF or >= 0x2010 and <= 0x206F or >= 0x20A0 and <= 0x20CF
            or >= 0x2100 and <= 0x214F;

    /// <summary>Latin letters and digits (half-width).</summary>
    internal static bool IsLatinAlphanumeric(int c) =>
        c is >= '0' and <= '9' or >= 'A' and <= 'Z' or >= 'a' and <= 'z' or >= 0xC0 and <= 0x24F and not 0xD7 and not 0xF7;

    /// <summary>Kana and ideographs (not punctuation, which carries its own space).</summary>
    internal static bool IsJapaneseLetter(int c) =>
        c is >= 0x3041 and <= 0x30FA or 0x30FC or 0x3005 or >= 0x3400 and <= 0x4DBF or >= 0x4E00 and <= 0x9FFF or >= 0xF900 and <= 0xFAFF
            or >= 0x20000 and <= 0x3FFFF;

    /// <summary>CJK characters and full-width forms: anything in the CJK blocks.</summary>
    private static bool IsCjk(int c) => c is >= 0x2E80 and <= 0x9FFF or >= 0xF900 and <= 0xFAFF or >= 0xFE30 and <= 0xFE4F or >= 0xFF00 and <= 0xFFEF or >= 0x20000;
}
