using System.Text.RegularExpressions;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Converter.Docx.Reading;

/// <summary>Paragraph properties that a style (with the styles it is based on) gives its paragraphs.</summary>
internal sealed record StyleFacts(
    WordRole Role,
    int? HeadingLevel,
    int? NumId,
    int? NumLevel,
    bool? Centred,
    bool? Bold,
    bool? Hidden,
    Indent Indent)
{
    public static StyleFacts None { get; } = new(WordRole.None, null, null, null, null, null, null, Indent.None);
}

/// <summary>Indentation in twips; each part <c>null</c> when not stated.</summary>
internal readonly record struct Indent(int? Left, int? Hanging, int? FirstLine)
{
    public static Indent None => default;

    /// <summary>This indent with the parts it does not state taken from <paramref name="fallback"/>.</summary>
    public Indent Or(Indent fallback) => new(Left ?? fallback.Left, Hanging ?? fallback.Hanging ?? (FirstLine is not null ? 0 : null),
        FirstLine ?? fallback.FirstLine ?? (Hanging is not null ? 0 : null));

    /// <summary>Where the outermost line starts: left less hanging (a first-line indent does not move it).</summary>
    public int Start => (Left ?? 0) - (Hanging ?? 0);

    public static Indent From(Indentation? ind)
    {
        if (ind is null) return None;
        // Word writes w:left (or w:start) in twips; documents from Japanese Word may give only w:leftChars
        // (hundredths of a character): a character is taken as 10.5 pt, the Japanese default.
        var left = Twips(ind.Left?.Value ?? ind.Start?.Value) ?? (ind.LeftChars?.Value ?? ind.StartCharacters?.Value) * 210 / 100;
        var hanging = Twips(ind.Hanging?.Value) ?? ind.HangingChars?.Value * 210 / 100;
        var first = Twips(ind.FirstLine?.Value) ?? ind.FirstLineChars?.Value * 210 / 100;
        return new Indent(left, hanging, first);
    }

    private static int? Twips(string? value) =>
        value is not null && int.TryParse(value, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var v) ? v : null;
}

/// <summary>
/// Reads the styles part: for each paragraph style, its role (Title, Subtitle, heading, or one of the converter's own
/// styles), its heading level and the properties the reader needs, resolved through <c>w:basedOn</c>. Headings are
/// found by outline level, by style id and by name, Word's built-in English names (Word writes <c>heading 1</c> in
/// every language) and the localised names other programs write.
/// </summary>
internal sealed partial class WordStyles
{
    private readonly Dictionary<string, Style> _paragraphStyles = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Style> _characterStyles = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Style> _numberingStyles = new(StringComparer.Ordinal);
    private readonly Dictionary<string, StyleFacts> _facts = new(StringComparer.Ordinal);
    private readonly string? _defaultParagraphStyle;
    private readonly bool? _defaultBold;

    // Names of Heading N, Title and Subtitle in the languages office programs write them in.
    [GeneratedRegex(@"^(?:heading|見出し|überschrift|titre|título|titolo|kop|nagłówek|заголовок|标题|標題|제목|rubrik|otsikko|overskrift|nadpis)\s*([1-9])$", RegexOptions.IgnoreCase)]
    private static partial Regex HeadingName();

    [GeneratedRegex(@"^toc\s*([1-9])$", RegexOptions.IgnoreCase)]
    private static partial Regex ContentsEntryName();

    [GeneratedRegex(@"^(?:title|表題|タイトル|titel|titre|título|titolo|название|标题|標題|제목|rubrik)$", RegexOptions.IgnoreCase)]
    private static partial Regex TitleName();

    [GeneratedRegex(@"^(?:subtitle|date|author|副題|サブタイトル|untertitel|sous-titre|subtítulo|sottotitolo|ondertitel|подзаголовок|副标题|副標題|부제)$", RegexOptions.IgnoreCase)]
    private static partial Regex SubtitleName();

    public WordStyles(Styles? styles)
    {
        if (styles is null) return;
        foreach (var style in styles.Elements<Style>())
        {
            if (style.StyleId?.Value is not { } id) continue;
            var type = style.Type?.InnerText;
            if (type is null or "paragraph")
            {
                _paragraphStyles.TryAdd(id, style);
                if (style.Default?.Value == true) _defaultParagraphStyle ??= id;
            }
            else if (type == "character") _characterStyles.TryAdd(id, style);
            else if (type == "numbering") _numberingStyles.TryAdd(id, style);
        }
        _defaultBold = IsOn(styles.DocDefaults?.RunPropertiesDefault?.RunPropertiesBaseStyle?.Bold);
    }

    /// <summary>The facts of paragraph style <paramref name="styleId"/> (the default paragraph style when <c>null</c>).</summary>
    public StyleFacts Paragraph(string? styleId)
    {
        styleId ??= _defaultParagraphStyle;
        if (styleId is null || !_paragraphStyles.ContainsKey(styleId)) return StyleFacts.None with { Bold = _defaultBold };
        if (_facts.TryGetValue(styleId, out var known)) return known;
        var facts = Resolve(styleId);
        _facts[styleId] = facts;
        return facts;
    }

    /// <summary>The numbering instance a numbering style (<c>w:type="numbering"</c>) names, if any.</summary>
    public int? NumberingStyleNumId(string styleId) =>
        _numberingStyles.TryGetValue(styleId, out var style) ? style.StyleParagraphProperties?.NumberingProperties?.NumberingId?.Val?.Value : null;

    /// <summary>Whether character style <paramref name="styleId"/> (through its base styles) makes text bold or hidden.</summary>
    public (bool? Bold, bool? Hidden) Character(string? styleId)
    {
        bool? bold = null, hidden = null;
        var seen = 0;
        while (styleId is not null && _characterStyles.TryGetValue(styleId, out var style) && seen++ < MaxChain)
        {
            bold ??= IsOn(style.StyleRunProperties?.Bold);
            hidden ??= IsOn(style.StyleRunProperties?.Vanish);
            styleId = style.BasedOn?.Val?.Value;
        }
        return (bold, hidden);
    }

    // A style chain longer than this is a loop or an attack; real documents use a handful.
    private const int MaxChain = 32;

    private StyleFacts Resolve(string styleId)
    {
        WordRole? role = null;
        int? level = null, numId = null, numLevel = null;
        bool levelKnown = false;
        bool? centred = null, bold = null, hidden = null;
        var indent = Indent.None;
        var id = styleId;
        for (var depth = 0; id is not null && _paragraphStyles.TryGetValue(id, out var style) && depth < MaxChain; depth++)
        {
            var name = style.StyleName?.Val?.Value ?? "";
            var pPr = style.StyleParagraphProperties;
            role ??= OwnRole(id, name);
            if (!levelKnown)
            {
                if (pPr?.OutlineLevel?.Val?.Value is { } outline)
                {
                    level = outline is >= 0 and <= 8 ? outline + 1 : null;
                    levelKnown = true;
                }
                else if (NamedLevel(id, name) is { } named)
                {
                    level = named;
                    levelKnown = true;
                }
            }
            if (pPr?.NumberingProperties is { } numPr)
            {
                numId ??= numPr.NumberingId?.Val?.Value;
                numLevel ??= numPr.NumberingLevelReference?.Val?.Value;
            }
            centred ??= pPr?.Justification?.Val?.InnerText is { } jc ? jc == "center" : null;
            bold ??= IsOn(style.StyleRunProperties?.Bold);
            hidden ??= IsOn(style.StyleRunProperties?.Vanish);
            indent = indent.Or(Indent.From(pPr?.Indentation));
            id = style.BasedOn?.Val?.Value;
        }
        var resolvedRole = role ?? WordRole.None;
        if (resolvedRole == WordRole.ContentsEntry)
            return new StyleFacts(resolvedRole, ContentsLevel(styleId), numId, numLevel, centred, bold ?? _defaultBold, hidden, indent);
        if (resolvedRole == WordRole.None && level is not null) resolvedRole = WordRole.Heading;
        // Outline level 9 ("body text") on a style based on a heading makes it body text.
        if (resolvedRole == WordRole.Heading && level is null) resolvedRole = WordRole.None;
        // A Title or converter style based on a heading style is not a heading; a heading based on Title is.
        if (resolvedRole is not (WordRole.None or WordRole.Heading)) level = null;
        return new StyleFacts(resolvedRole, level, numId, numLevel, centred, bold ?? _defaultBold, hidden, indent);
    }

    // The level of a toc N style, from its own name or the first style it is based on that has one.
    private int ContentsLevel(string styleId)
    {
        var id = styleId;
        for (var depth = 0; id is not null && _paragraphStyles.TryGetValue(id, out var style) && depth < MaxChain; depth++)
        {
            var m = ContentsEntryName().Match(style.StyleName?.Val?.Value ?? "");
            if (!m.Success) m = ContentsEntryName().Match(id);
            if (m.Success) return m.Groups[1].Value[0] - '0';
            id = style.BasedOn?.Val?.Value;
        }
        return 1;
    }

    private static int? NamedLevel(string id, string name)
    {
        var m = HeadingName().Match(name);
        if (!m.Success) m = HeadingName().Match(id);
        return m.Success ? m.Groups[1].Value[0] - '0' : null;
    }

    // The role a style states by its own id or name (not through its base styles).
    private static WordRole? OwnRole(string id, string name)
    {
        switch (id)
        {
            case StyleIds.StatusNote: return WordRole.StatusNote;
            case StyleIds.ClauseCaption: return WordRole.Caption;
            case StyleIds.Clause: return WordRole.Clause;
            case StyleIds.Closing: return WordRole.Closing;
            case StyleIds.DocumentNumber: return WordRole.DocumentNumber;
        }
        if (id == StyleIds.ContentsHeading || name.Equals("TOC Heading", StringComparison.OrdinalIgnoreCase)) return WordRole.ContentsHeading;
        if (ContentsEntryName().IsMatch(name) || ContentsEntryName().IsMatch(id)) return WordRole.ContentsEntry;
        if (TitleName().IsMatch(name) || TitleName().IsMatch(id)) return WordRole.Title;
        if (SubtitleName().IsMatch(name) || SubtitleName().IsMatch(id)) return WordRole.Subtitle;
        if (HeadingName().IsMatch(name) || HeadingName().IsMatch(id)) return WordRole.Heading;
        return null;
    }

    /// <summary>An on/off property: present without a value is on; <c>0</c>, <c>false</c>, <c>off</c> are off.</summary>
    public static bool? IsOn(OnOffType? value) =>
        value is null ? null : value.Val is null || value.Val.InnerText is not ("0" or "false" or "off");
}
