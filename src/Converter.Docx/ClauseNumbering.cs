using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Converter.Docx;

/// <summary>
/// Word numbering for clauses that show no number, used only when
/// <see cref="ConverterOptions.NumberClauses"/> is on. One multi-level abstract definition
/// (<c>1.</c>, <c>(1)</c>, <c>a)</c>, …); one numbering instance per list, restarting at 1, so each
/// section counts from 1. Items of a numbered clause continue in their parent's instance one level
/// down (Word restarts a level after each paragraph of a higher level); items of a clause that is not
/// numbered by Word get an instance of their own.
/// </summary>
internal sealed class ClauseNumbering(LanguageProfile profile)
{
    private const int AbstractNumId = 1;

    /// <summary>Deepest level Word offers (levels are 0-8).</summary>
    public const int MaxLevel = 8;

    private static readonly (NumberFormatValues Format, string Text)[] LevelFormats =
    [
        (NumberFormatValues.Decimal, "%.") ,
        (NumberFormatValues.Decimal, "(%)"),
        (NumberFormatValues.LowerLetter, "%)"),
        (NumberFormatValues.LowerLetter, "(%)"),
        (NumberFormatValues.LowerRoman, "%."),
        (NumberFormatValues.LowerRoman, "(%)"),
    ];

    private readonly List<ClauseList> _lists = [];

    /// <summary>A list of sibling clauses; it gets a Word numbering instance only when a paragraph uses it.</summary>
    internal sealed class ClauseList(int startLevel)
    {
        public int StartLevel { get; } = startLevel;
        public int? NumId { get; set; }
    }

    /// <summary>True once a paragraph has been numbered: only then is a numbering part written.</summary>
    public bool IsUsed => _lists.Count > 0;

    /// <summary>Starts a new list whose first level is <paramref name="level"/> (0-based).</summary>
    public static ClauseList NewList(int level) => new(Math.Clamp(level, 0, MaxLevel));

    /// <summary>The numbering instance id for <paramref name="list"/>, created on first use.</summary>
    public int NumId(ClauseList list)
    {
        if (list.NumId is { } id) return id;
        _lists.Add(list);
        list.NumId = _lists.Count;
        return _lists.Count;
    }

    /// <summary>Indentation of a numbered paragraph at <paramref name="level"/>: number at the level's indent, text one unit in.</summary>
    public (int Left, int Hanging) Indent(int level) => ((level + 1) * profile.IndentUnit, profile.IndentUnit);

    /// <summary>The numbering part's content.</summary>
    public Numbering Build()
    {
        var abstractNum = new AbstractNum(new MultiLevelType { Val = MultiLevelValues.Multilevel }) { AbstractNumberId = AbstractNumId };
        for (var level = 0; level <= MaxLevel; level++)
        {
            var (format, text) = LevelFormats[level % LevelFormats.Length];
            var (left, hanging) = Indent(level);
            abstractNum.Append(new Level(
                new StartNumberingValue { Val = 1 },
                new NumberingFormat { Val = format },
                new LevelText { Val = text.Replace("%", "%" + (level + 1).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal) },
                new LevelJustification { Val = LevelJustificationValues.Left },
                new PreviousParagraphProperties(new Indentation
                {
                    Left = left.ToString(CultureInfo.InvariantCulture),
                    Hanging = hanging.ToString(CultureInfo.InvariantCulture),
                }))
            { LevelIndex = level });
        }

        var numbering = new Numbering(abstractNum);
        foreach (var list in _lists)
        {
            // The start override is what makes each list (each section) count from 1 again.
            numbering.Append(new NumberingInstance(
                new AbstractNumId { Val = AbstractNumId },
                new LevelOverride(new StartOverrideNumberingValue { Val = 1 }) { LevelIndex = list.StartLevel })
            { NumberID = list.NumId!.Value });
        }
        return numbering;
    }
}
