using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Converter.Docx;

/// <summary>Style ids used in the body. Names are Word's built-in names where one exists, so Word treats them as its own.</summary>
internal static class StyleIds
{
    public const string Normal = "Normal";
    public const string BodyText = "BodyText";
    public const string Title = "Title";
    public const string Subtitle = "Subtitle";
    public const string StatusNote = "StatusNote";
    public const string Clause = "Clause";
    public const string ClauseCaption = "ClauseCaption";
    public const string Closing = "Closing";
    public const string DocumentNumber = "DocumentNumber";
    public const string ContentsHeading = "TOCHeading";

    /// <summary>Levels of table-of-contents entry styles (Word's built-in <c>toc 1</c>…).</summary>
    public const int ContentsLevels = 3;

    public static string ContentsEntry(int level) => "TOC" + Math.Clamp(level, 1, ContentsLevels).ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Heading styles defined: deeper sections use the last one with a direct outline level.</summary>
    public const int HeadingLevels = 3;

    public static string Heading(int level) => "Heading" + Math.Clamp(level, 1, HeadingLevels).ToString(System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>
/// Builds the styles part: document defaults and a complete definition of every style the body uses,
/// each carrying its fonts and language so the document reads the same wherever it is opened.
/// </summary>
internal static class StyleSheet
{
    private sealed record Spec(
        string Id,
        string Name,
        string? BasedOn = StyleIds.Normal,
        string? Next = null,
        int? UiPriority = null,
        bool KeepNext = false,
        bool KeepLines = false,
        int? SpacingBefore = null,
        int? SpacingAfter = null,
        int? IndentLeft = null,
        int? FirstLine = null,
        JustificationValues? Justification = null,
        int? OutlineLevel = null,
        bool Heading = false,
        bool Bold = false,
        int? HalfPoints = null);

    public static Styles Build(LanguageProfile p)
    {
        var body = p.BodyHalfPoints;
        var justify = p.Japanese ? JustificationValues.Both : JustificationValues.Left;
        var specs = new[]
        {
            new Spec(StyleIds.Normal, "Normal", BasedOn: null, UiPriority: null, Justification: justify, HalfPoints: body),
            new Spec(StyleIds.Title, "Title", Next: StyleIds.BodyText, UiPriority: 10, KeepNext: true,
                SpacingBefore: 240, SpacingAfter: 360, Justification: JustificationValues.Center,
                Heading: true, Bold: p.BoldHeadings, HalfPoints: p.TitleHalfPoints),
            new Spec(StyleIds.Subtitle, "Subtitle", Next: StyleIds.BodyText, UiPriority: 11, KeepNext: true,
                SpacingAfter: 240, Justification: JustificationValues.Center, HalfPoints: body),
            new Spec(StyleIds.DocumentNumber, "Document Number", BasedOn: StyleIds.Subtitle, Next: StyleIds.BodyText, UiPriority: 11, KeepNext: true,
                SpacingAfter: 240, Justification: JustificationValues.Center, HalfPoints: body),
            new Spec(StyleIds.ContentsHeading, "TOC Heading", Next: StyleIds.ContentsEntry(1), UiPriority: 39, KeepNext: true,
                SpacingBefore: 240, SpacingAfter: 120, Justification: JustificationValues.Left, Bold: p.BoldHeadings, HalfPoints: body),
            new Spec(StyleIds.ContentsEntry(1), "toc 1", Next: StyleIds.Normal, UiPriority: 39, IndentLeft: 0,
                Justification: JustificationValues.Left, HalfPoints: body),
            new Spec(StyleIds.ContentsEntry(2), "toc 2", Next: StyleIds.Normal, UiPriority: 39, IndentLeft: p.IndentUnit,
                Justification: JustificationValues.Left, HalfPoints: body),
            new Spec(StyleIds.ContentsEntry(3), "toc 3", Next: StyleIds.Normal, UiPriority: 39, IndentLeft: 2 * p.IndentUnit,
                Justification: JustificationValues.Left, HalfPoints: body),
            new Spec(StyleIds.Heading(1), "heading 1", Next: StyleIds.Clause, UiPriority: 9, KeepNext: true, KeepLines: true,
                SpacingBefore: 360, SpacingAfter: 120, Justification: JustificationValues.Left, OutlineLevel: 0,
                Heading: true, Bold: p.BoldHeadings, HalfPoints: p.Heading1HalfPoints),
            new Spec(StyleIds.Heading(2), "heading 2", BasedOn: StyleIds.Heading(1), Next: StyleIds.Clause, UiPriority: 9,
                SpacingBefore: 240, SpacingAfter: 120, OutlineLevel: 1,
                Heading: true, Bold: p.BoldHeadings, HalfPoints: p.Heading2HalfPoints),
            new Spec(StyleIds.Heading(3), "heading 3", BasedOn: StyleIds.Heading(2), Next: StyleIds.Clause, UiPriority: 9,
                SpacingBefore: 240, SpacingAfter: 60, OutlineLevel: 2,
                Heading: true, Bold: p.BoldHeadings, HalfPoints: body),
            new Spec(StyleIds.BodyText, "Body Text", UiPriority: 1, SpacingAfter: 120, FirstLine: p.FirstLineIndent, HalfPoints: body),
            new Spec(StyleIds.Clause, "Clause", BasedOn: StyleIds.BodyText, Next: StyleIds.Clause, UiPriority: 1,
                SpacingAfter: 120, FirstLine: p.FirstLineIndent, HalfPoints: body),
            // A caption (（目的）) sits one character in, above its clause, and never ends a page.
            new Spec(StyleIds.ClauseCaption, "Clause Caption", BasedOn: StyleIds.Normal, Next: StyleIds.Clause, UiPriority: 1,
                KeepNext: true, KeepLines: true, SpacingBefore: 120, IndentLeft: p.Japanese ? p.CharWidth : 0,
                Justification: JustificationValues.Left, HalfPoints: body),
            new Spec(StyleIds.StatusNote, "Status Note", Next: StyleIds.Title, UiPriority: 1, KeepNext: true,
                Justification: JustificationValues.Right, HalfPoints: body),
            new Spec(StyleIds.Closing, "Closing", UiPriority: 1, KeepLines: true, SpacingBefore: 120,
                Justification: JustificationValues.Right, HalfPoints: body),
        };

        var styles = new Styles(DocDefaults(p));
        foreach (var spec in specs) styles.Append(Build(spec, p));
        return styles;
    }

    private static DocDefaults DocDefaults(LanguageProfile p) =>
        new(
            new RunPropertiesDefault(new RunPropertiesBaseStyle(
                Fonts(p.BodyFont),
                new Kern { Val = 2 },
                new FontSize { Val = Half(p.BodyHalfPoints) },
                new FontSizeComplexScript { Val = Half(p.BodyHalfPoints) },
                Language(p))),
            new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(
                new SpacingBetweenLines { After = "0", Line = Twips(p.LineSpacing), LineRule = LineSpacingRuleValues.Auto })));

    private static Style Build(Spec s, LanguageProfile p)
    {
        var style = new Style { Type = StyleValues.Paragraph, StyleId = s.Id };
        if (s.Id == StyleIds.Normal) style.Default = true;
        style.Append(new StyleName { Val = s.Name });
        if (s.BasedOn is { } basedOn) style.Append(new BasedOn { Val = basedOn });
        if (s.Next is { } next) style.Append(new NextParagraphStyle { Val = next });
        if (s.UiPriority is { } priority) style.Append(new UIPriority { Val = priority });
        style.Append(new PrimaryStyle());

        // Children in schema order (CT_PPrBase): keepNext, keepLines, spacing, ind, jc, outlineLvl.
        var ppr = new StyleParagraphProperties();
        if (s.KeepNext) ppr.Append(new KeepNext());
        if (s.KeepLines) ppr.Append(new KeepLines());
        if (s.SpacingBefore is not null || s.SpacingAfter is not null)
        {
            var spacing = new SpacingBetweenLines();
            if (s.SpacingBefore is { } before) spacing.Before = Twips(before);
            if (s.SpacingAfter is { } after) spacing.After = Twips(after);
            ppr.Append(spacing);
        }
        if (s.IndentLeft is not null || s.FirstLine is not null)
        {
            var ind = new Indentation();
            if (s.IndentLeft is { } left) ind.Left = Twips(left);
            if (s.FirstLine is { } first) ind.FirstLine = Twips(first);
            ppr.Append(ind);
        }
        if (s.Justification is { } jc) ppr.Append(new Justification { Val = jc });
        if (s.OutlineLevel is { } level) ppr.Append(new OutlineLevel { Val = level });
        if (ppr.HasChildren) style.Append(ppr);

        // Children in schema order (CT_RPr): rFonts, b, bCs, sz, szCs, lang.
        var rpr = new StyleRunProperties(Fonts(s.Heading ? p.HeadingFont : p.BodyFont));
        if (s.Bold) rpr.Append(new Bold(), new BoldComplexScript());
        if (s.HalfPoints is { } size) rpr.Append(new FontSize { Val = Half(size) }, new FontSizeComplexScript { Val = Half(size) });
        rpr.Append(Language(p));
        style.Append(rpr);
        return style;
    }

    private static RunFonts Fonts(FontInfo font) =>
        new() { Ascii = font.Name, HighAnsi = font.Name, EastAsia = font.Name, ComplexScript = font.Name };

    /// <summary>The language tags: Japanese text is tagged Japanese for both scripts, never en-US.</summary>
    private static Languages Language(LanguageProfile p)
    {
        var lang = new Languages { Val = p.LanguageTag };
        if (p.EastAsiaLanguageTag is { } eastAsia) lang.EastAsia = eastAsia;
        return lang;
    }

    private static string Half(int halfPoints) => halfPoints.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static string Twips(int twips) => twips.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
