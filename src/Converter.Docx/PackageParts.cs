using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Converter.Docx;

/// <summary>The small fixed parts: font table, settings and page setup.</summary>
internal static class PackageParts
{
    /// <summary>Fonts used, with the fallbacks Word needs when they are not installed.</summary>
    public static Fonts FontTable(LanguageProfile p)
    {
        var fonts = new Fonts();
        foreach (var font in new[] { p.BodyFont, p.HeadingFont }.DistinctBy(f => f.Name))
        {
            // Children in schema order: altName, panose1, charset, family, pitch.
            var element = new Font { Name = font.Name };
            if (font.AltName is { } alt) element.Append(new AltName { Val = alt });
            element.Append(
                new Panose1Number { Val = font.Panose },
                new FontCharSet { Val = font.Charset },
                new FontFamily { Val = font.Serif ? FontFamilyValues.Roman : FontFamilyValues.Swiss },
                new Pitch { Val = FontPitchValues.Variable });
            fonts.Append(element);
        }
        return fonts;
    }

    /// <summary>
    /// Settings: Word 2013+ layout (so Word does not open the file in compatibility mode), the default tab
    /// stop, punctuation compression for Japanese, and the theme font language.
    /// </summary>
    public static Settings Settings(LanguageProfile p)
    {
        var themeLanguage = new ThemeFontLanguages { Val = p.LanguageTag };
        if (p.EastAsiaLanguageTag is { } eastAsia) themeLanguage.EastAsia = eastAsia;
        return new Settings(
            new DefaultTabStop { Val = (short)p.DefaultTabStop },
            new CharacterSpacingControl
            {
                Val = p.Japanese ? CharacterSpacingValues.CompressPunctuation : CharacterSpacingValues.DoNotCompress,
            },
            new Compatibility(new CompatibilitySetting
            {
                Name = CompatSettingNameValues.CompatibilityMode,
                Uri = "http://schemas.microsoft.com/office/word",
                Val = "15",
            }),
            themeLanguage);
    }

    /// <summary>
    /// A4 portrait for every document (Letter is not needed yet), with margins in the Japanese official
    /// style: 30 mm top and bottom, 25 mm left and right.
    /// </summary>
    public static SectionProperties PageSetup() =>
        new(
            new PageSize { Width = A4WidthTwips, Height = A4HeightTwips },
            new PageMargin
            {
                Top = Millimetres(30), Bottom = Millimetres(30),
                Left = (uint)Millimetres(25), Right = (uint)Millimetres(25),
                Header = (uint)Millimetres(15), Footer = (uint)Millimetres(15), Gutter = 0,
            },
            new Columns { Space = "425" });

    /// <summary>A4 width: 210 mm in twips.</summary>
    public const uint A4WidthTwips = 11906;

    /// <summary>A4 height: 297 mm in twips.</summary>
    public const uint A4HeightTwips = 16838;

    private static int Millimetres(double mm) => (int)Math.Round(mm * 1440 / 25.4, MidpointRounding.AwayFromZero);
}
