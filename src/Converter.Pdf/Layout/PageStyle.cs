namespace Converter.Pdf.Layout;

/// <summary>
/// Page geometry and type sizes, in points (1/72 inch). The defaults suit an official Japanese document on A4:
/// 11 pt body type, a measure of exactly 40 full-width characters (so plain Japanese lines fill it without
/// adjustment), margins of about 27 mm left and right and 30 mm top and bottom, and a line pitch of 1.75 em.
/// </summary>
internal sealed record PageStyle
{
    /// <summary>Millimetres to points.</summary>
    public static double Mm(double mm) => mm * 72 / 25.4;

    /// <summary>The style for Japanese (and other CJK) documents.</summary>
    public static PageStyle Default { get; } = new();

    /// <summary>
    /// The style for Western documents: the same page and text block, 12 pt type (as the Word output) on a 1.4 line pitch,
    /// paragraphs set apart by space rather than a first-line indent.
    /// </summary>
    public static PageStyle Western { get; } = new()
    {
        BodySize = 12, TextWidth = 440, LineSpacing = 1.4, TitleSize = 15, HeadingSize = 12.5, ParagraphIndent = 0,
    };

    /// <summary>The style for a document in <paramref name="cjk"/> or Western script.</summary>
    public static PageStyle For(bool cjk) => cjk ? Default : Western;

    /// <summary>A4 width.</summary>
    public double PageWidth { get; init; } = Mm(210);

    /// <summary>A4 height.</summary>
    public double PageHeight { get; init; } = Mm(297);

    /// <summary>Body text size.</summary>
    public double BodySize { get; init; } = 11;

    /// <summary>Characters per line of plain Japanese body text.</summary>
    public int CharsPerLine { get; init; } = 40;

    private readonly double? _textWidth;

    /// <summary>Width of the text block: <see cref="CharsPerLine"/> full-width characters unless set.</summary>
    public double TextWidth
    {
        get => _textWidth ?? BodySize * CharsPerLine;
        init => _textWidth = value;
    }

    /// <summary>First-line indent of running paragraphs, in ems (one full-width space in Japanese, none in Western text).</summary>
    public double ParagraphIndent { get; init; } = 1;

    /// <summary>Left margin (the text block is centred horizontally).</summary>
    public double MarginLeft => (PageWidth - TextWidth) / 2;

    /// <summary>Top margin.</summary>
    public double MarginTop { get; init; } = Mm(30);

    /// <summary>Bottom margin (the footer sits inside it).</summary>
    public double MarginBottom { get; init; } = Mm(30);

    /// <summary>Baseline of the page number, measured from the top of the page.</summary>
    public double FooterBaseline => PageHeight - Mm(15);

    /// <summary>Page number size.</summary>
    public double FooterSize { get; init; } = 9;

    /// <summary>Title size (heading font).</summary>
    public double TitleSize { get; init; } = 14;

    /// <summary>Section heading size (heading font).</summary>
    public double HeadingSize { get; init; } = 11.5;

    /// <summary>Line pitch as a multiple of the type size.</summary>
    public double LineSpacing { get; init; } = 1.75;

    /// <summary>Largest extra space per gap, in ems, that justification may add; looser lines stay ragged.</summary>
    public double MaxJustifyPerGap { get; init; } = 0.25;

    /// <summary>Bottom of the text block, from the top of the page.</summary>
    public double ContentBottom => PageHeight - MarginBottom;
}
