namespace Converter.Pdf.Layout;

/// <summary>What layout needs to know about a font: glyph coverage and advance widths. No drawing.</summary>
internal interface IFontMetrics
{
    /// <summary>True if the font has a real glyph for <paramref name="codePoint"/>.</summary>
    bool HasGlyph(int codePoint);

    /// <summary>Advance width of <paramref name="codePoint"/> in ems.</summary>
    double Advance(int codePoint);

    /// <summary>Name for messages (the bundled font's name or the user's file path).</summary>
    string Name { get; }
}

/// <summary>Which font a glyph is drawn in.</summary>
internal enum FontSlot
{
    /// <summary>The body font (IPAex Mincho or the user's body font).</summary>
    Body,
    /// <summary>The bundled Mincho, for characters a user body font lacks.</summary>
    BodyFallback,
    /// <summary>The heading font (IPAex Gothic or the user's heading font).</summary>
    Heading,
    /// <summary>The bundled Gothic, for characters a user heading font lacks.</summary>
    HeadingFallback,
    /// <summary>The bundled Latin serif (Liberation Serif), for Latin text in body type.</summary>
    BodyLatin,
    /// <summary>The bundled Latin sans serif (Liberation Sans), for Latin text in headings.</summary>
    HeadingLatin,
}

/// <summary>The fonts of one layout, by slot.</summary>
/// <param name="Body">Body font.</param>
/// <param name="BodyFallback">Fallback for the body font (may be the same object).</param>
/// <param name="Heading">Heading font.</param>
/// <param name="HeadingFallback">Fallback for the heading font (may be the same object).</param>
/// <param name="BodyLatin">Latin font for body text.</param>
/// <param name="HeadingLatin">Latin font for headings.</param>
internal sealed record FontPalette(IFontMetrics Body, IFontMetrics BodyFallback, IFontMetrics Heading, IFontMetrics HeadingFallback,
    IFontMetrics BodyLatin, IFontMetrics HeadingLatin)
{
    /// <summary>A palette without separate Latin fonts (tests with one fake font).</summary>
    public FontPalette(IFontMetrics Body, IFontMetrics BodyFallback, IFontMetrics Heading, IFontMetrics HeadingFallback)
        : this(Body, BodyFallback, Heading, HeadingFallback, BodyFallback, HeadingFallback) { }

    /// <summary>True for a Chinese, Japanese or Korean document: ambiguous-width punctuation stays in the CJK font unless it sits among Latin text.</summary>
    public bool Cjk { get; init; } = true;

    /// <summary>The font in <paramref name="slot"/>.</summary>
    public IFontMetrics this[FontSlot slot] => slot switch
    {
        FontSlot.Body => Body,
        FontSlot.BodyFallback => BodyFallback,
        FontSlot.Heading => Heading,
        FontSlot.HeadingFallback => HeadingFallback,
        FontSlot.BodyLatin => BodyLatin,
        _ => HeadingLatin,
    };
}
