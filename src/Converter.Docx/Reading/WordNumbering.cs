using System.Text;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Converter.Docx.Reading;

/// <summary>
/// Computes the numbers Word displays for list paragraphs, in reading order (ECMA-376 Part 1, 17.9). Counters belong
/// to the abstract definition, so numbering instances sharing one continue each other's count, as in Word; an
/// instance's <c>w:startOverride</c> restarts its level the first time the instance is used; using a level restarts
/// the deeper levels, except those whose <c>w:lvlRestart</c> says otherwise; <c>w:lvlOverride/w:lvl</c> replaces a
/// level; <c>w:numStyleLink</c> is followed to the definition it names; <c>w:isLgl</c> shows every level in decimal.
/// One instance per document read: it keeps the counters.
/// </summary>
internal sealed class WordNumbering
{
    private const int Levels = 9;

    private sealed record LevelDef(int Start, string Format, string Text, int? Restart, bool Legal, Indent Indent, string? Style);

    private sealed record Instance(int AbstractId, Dictionary<int, (int? Start, LevelDef? Level)> Overrides);

    private readonly Dictionary<int, LevelDef?[]> _abstracts = [];
    private readonly Dictionary<int, string> _styleLinks = []; // abstract id → numbering style it defers to
    private readonly Dictionary<int, Instance> _instances = [];
    private readonly Dictionary<int, int?[]> _counters = [];
    private readonly HashSet<(int NumId, int Level)> _started = [];
    private readonly WordStyles _styles;

    public WordNumbering(Numbering? numbering, WordStyles styles)
    {
        _styles = styles;
        if (numbering is null) return;
        foreach (var abs in numbering.Elements<AbstractNum>())
        {
            if (abs.AbstractNumberId?.Value is not { } id || _abstracts.ContainsKey(id)) continue;
            var levels = new LevelDef?[Levels];
            foreach (var level in abs.Elements<Level>())
                if (level.LevelIndex?.Value is { } i and >= 0 and < Levels) levels[i] ??= Read(level);
            _abstracts[id] = levels;
            if (abs.NumberingStyleLink?.Val?.Value is { } link) _styleLinks[id] = link;
        }
        foreach (var num in numbering.Elements<NumberingInstance>())
        {
            if (num.NumberID?.Value is not { } numId || num.AbstractNumId?.Val?.Value is not { } absId || _instances.ContainsKey(numId)) continue;
            var overrides = new Dictionary<int, (int?, LevelDef?)>();
            foreach (var o in num.Elements<LevelOverride>())
            {
                if (o.LevelIndex?.Value is not { } i || i is < 0 or >= Levels) continue;
                var level = o.GetFirstChild<Level>() is { } l ? Read(l) : null;
                overrides[i] = (o.StartOverrideNumberingValue?.Val?.Value, level);
            }
            _instances[numId] = new Instance(absId, overrides);
        }
    }

    private static LevelDef Read(Level level) => new(
        level.StartNumberingValue?.Val?.Value ?? 0,
        level.NumberingFormat?.Val?.InnerText ?? "decimal",
        level.LevelText?.Val?.Value ?? "",
        level.LevelRestart?.Val?.Value,
        WordStyles.IsOn(level.IsLegalNumberingStyle) == true,
        Indent.From(level.PreviousParagraphProperties?.GetFirstChild<Indentation>()),
        level.ParagraphStyleIdInLevel?.Val?.Value);

    /// <summary>The level of list <paramref name="numId"/> that is linked to paragraph style <paramref name="styleId"/> (<c>w:pStyle</c> in a level), if any.</summary>
    public int? LevelForStyle(int numId, string? styleId)
    {
        if (styleId is null || Levels_(numId) is not { } levels) return null;
        for (var i = 0; i < Levels; i++)
            if (levels[i]?.Style == styleId) return i;
        return null;
    }

    /// <summary>The indent the list level gives its paragraphs (what the paragraph does not state itself).</summary>
    public Indent IndentOf(int numId, int level) =>
        Level(numId, level) is { } def ? def.Indent : Indent.None;

    /// <summary>
    /// Counts one paragraph of list <paramref name="numId"/> at <paramref name="level"/> and returns the number it
    /// shows, or <c>null</c> when the list or level is not defined (or is <c>numId</c> 0, "no numbering").
    /// </summary>
    public WordNumber? Next(int numId, int level)
    {
        if (numId == 0 || level is < 0 or >= Levels || !_instances.TryGetValue(numId, out var instance)) return null;
        var absId = ResolveAbstract(instance.AbstractId);
        if (absId is null || Level(numId, level) is not { } def) return null;

        if (!_counters.TryGetValue(absId.Value, out var counters)) _counters[absId.Value] = counters = new int?[Levels];
        if (instance.Overrides.TryGetValue(level, out var o) && o.Start is { } start && _started.Add((numId, level)))
            counters[level] = start;
        else
            counters[level] = counters[level] is { } current ? current + 1 : def.Start;

        // Using a level restarts the deeper ones, unless their lvlRestart names a level above this one (0: never).
        for (var deeper = level + 1; deeper < Levels; deeper++)
        {
            var restart = Level(numId, deeper)?.Restart;
            if (restart is null || restart != 0 && level < restart) counters[deeper] = null;
        }

        var display = def.Format == "bullet" ? Bullet(def.Text) : Display(numId, def, counters);
        return new WordNumber(display, absId.Value, level, def.Format, def.Format == "bullet" ? 0 : counters[level]!.Value);
    }

    private string Display(int numId, LevelDef def, int?[] counters)
    {
        var sb = new StringBuilder(def.Text.Length + 4);
        var text = def.Text;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '%' && i + 1 < text.Length && text[i + 1] is >= '1' and <= '9')
            {
                var referenced = text[i + 1] - '1';
                var refDef = Level(numId, referenced);
                // A level not used yet shows its start value, as Word does.
                var value = counters[referenced] ?? refDef?.Start ?? 1;
                sb.Append(NumberFormats.Format(value, def.Legal ? "decimal" : refDef?.Format ?? "decimal"));
                i++;
            }
            else sb.Append(text[i]);
        }
        return sb.ToString();
    }

    // Bullets are often a Symbol or Wingdings character in the private use area: shown as the Unicode shape it draws.
    private static string Bullet(string text)
    {
        if (text.Length == 0) return "•";
        var c = text[0];
        if (c is < '\uE000' or > '\uF8FF') return text;
        return (c & 0xFF) switch
        {
            0xA7 => "▪",
            0xA8 => "◆",
            0xD8 => "➢",
            0x76 => "❖",
            0xFC => "✓",
            0x6E => "■",
            0x71 => "❑",
            _ => "•",
        };
    }

    private LevelDef? Level(int numId, int level)
    {
        if (!_instances.TryGetValue(numId, out var instance)) return null;
        if (instance.Overrides.TryGetValue(level, out var o) && o.Level is { } replaced) return replaced;
        return Levels_(numId)?[level];
    }

    private LevelDef?[]? Levels_(int numId) =>
        _instances.TryGetValue(numId, out var instance) && ResolveAbstract(instance.AbstractId) is { } abs ? _abstracts[abs] : null;

    // w:numStyleLink: the definition defers to a numbering style, whose numPr names the instance that holds the levels.
    private int? ResolveAbstract(int absId)
    {
        for (var hops = 0; hops < 8; hops++)
        {
            if (!_abstracts.ContainsKey(absId)) return null;
            if (!_styleLinks.TryGetValue(absId, out var styleId)) return absId;
            if ((_styles.NumberingStyleNumId(styleId) ?? _styles.Paragraph(styleId).NumId) is not { } linkedNum || !_instances.TryGetValue(linkedNum, out var linked)
                || linked.AbstractId == absId)
                return absId;
            absId = linked.AbstractId;
        }
        return null;
    }
}
