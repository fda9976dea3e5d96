namespace Converter.Docx;

/// <summary>A font as described in the font table, so Word can pick a close substitute when it is missing.</summary>
/// <param name="Name">Family name used in <c>w:rFonts</c>.</param>
/// <param name="AltName">Alternative name Word tries next (the Windows font this one stands in for), or <c>null</c>.</param>
/// <param name="Panose">PANOSE-1 classification (20 hex digits) steering substitution.</param>
/// <param name="Charset">Character set (hex byte): <c>80</c> Shift JIS, <c>00</c> ANSI.</param>
/// <param name="Serif">Roman (serif) family rather than Swiss (sans-serif).</param>
internal sealed record FontInfo(string Name, string? AltName, string Panose, string Charset, bool Serif);

/// <summary>
/// Typographic choices that follow the document language: fonts, sizes, language tags, indents and the
/// whitespace written after a displayed clause number (<see cref="NumberSeparator"/>) or section number
/// (<see cref="HeadingSeparator"/>). Japanese gets Japanese official-document conventions; every other
/// language gets a plain Latin layout.
/// </summary>
internal sealed record LanguageProfile(
    string LanguageTag,
    string? EastAsiaLanguageTag,
    bool Japanese,
    FontInfo BodyFont,
    FontInfo HeadingFont,
    int BodyHalfPoints,
    int TitleHalfPoints,
    int Heading1HalfPoints,
    int Heading2HalfPoints,
    bool BoldHeadings,
    int FirstLineIndent,
    int IndentUnit,
    string NumberSeparator,
    string HeadingSeparator,
    int DefaultTabStop,
    int LineSpacing)
{
    /// <summary>Width of one full-width character at body size, in twips (half-points × 10).</summary>
    public int CharWidth => BodyHalfPoints * 10;

    // MS Mincho / MS Gothic PANOSE values: IPAex fonts are their free counterparts, so a Word without
    // IPAex falls back to the Windows fonts rather than to a Latin face with no kana.
    private static readonly FontInfo IpaexMincho = new("IPAexMincho", "ＭＳ 明朝", "02020609040205080304", "80", Serif: true);
    private static readonly FontInfo IpaexGothic = new("IPAexGothic", "ＭＳ ゴシック", "020B0609070205080204", "80", Serif: false);
    private static readonly FontInfo TimesNewRoman = new("Times New Roman", null, "02020603050405020304", "00", Serif: true);
    private static readonly FontInfo Arial = new("Arial", null, "020B0604020202020204", "00", Serif: false);

    /// <summary>The profile for a BCP 47 language tag from the model (<c>ja</c>, <c>en</c>, …).</summary>
    public static LanguageProfile For(string? language)
    {
        var tag = WordLanguageTag(language);
        if (tag.StartsWith("ja", StringComparison.OrdinalIgnoreCase))
        {
            // 10.5 pt is the Japanese Word default; a paragraph starts one full-width character in (字下げ)
            // and a displayed number is followed by an ideographic space, as in Japanese statutes. Lines
            // are 1.25 × single: kanji set solid at single spacing look cramped (Word's own Japanese
            // template gets similar air from its line grid, which LibreOffice renders differently).
            return new LanguageProfile(tag, "ja-JP", Japanese: true, IpaexMincho, IpaexGothic,
                BodyHalfPoints: 21, TitleHalfPoints: 28, Heading1HalfPoints: 24, Heading2HalfPoints: 22,
                BoldHeadings: false, FirstLineIndent: 210, IndentUnit: 420, NumberSeparator: "\u3000", HeadingSeparator: "\u3000", DefaultTabStop: 420,
                LineSpacing: 300);
        }

        return new LanguageProfile(tag, null, Japanese: false, TimesNewRoman, Arial,
            BodyHalfPoints: 24, TitleHalfPoints: 32, Heading1HalfPoints: 28, Heading2HalfPoints: 24,
            BoldHeadings: true, FirstLineIndent: 0, IndentUnit: 360, NumberSeparator: "\t", HeadingSeparator: " ", DefaultTabStop: 720,
            LineSpacing: 240);
    }

    /// <summary>
    /// Word wants a language with a region (<c>ja-JP</c>); the model detects only the language
    /// (<c>ja</c>). Tags that already carry a region are kept.
    /// </summary>
    public static string WordLanguageTag(string? language)
    {
        if (string.IsNullOrWhiteSpace(language)) return "en-US";
        var tag = language.Trim();
        if (tag.Contains('-')) return tag;
        return tag.ToLowerInvariant() switch
        {
            "ja" => "ja-JP",
            "en" => "en-US",
            "ko" => "ko-KR",
            "zh" => "zh-CN",
            "fr" => "fr-FR",
            "de" => "de-DE",
            "es" => "es-ES",
            _ => tag,
        };
    }
}
