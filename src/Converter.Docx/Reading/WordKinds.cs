using System.Text.RegularExpressions;
using Converter.Model;

namespace Converter.Docx.Reading;

/// <summary>
/// Section and clause kinds (model 1.1) from the number a heading or clause shows, whether Word generated it
/// (<c>第%1章</c>, <c>Article %1</c>) or it was typed: the unambiguous legal units only (編 章 節 款 目, 条 号, Part,
/// Chapter, Article, Section, 附則, 別表); anything else keeps the default kind.
/// </summary>
internal static partial class WordKinds
{
    [GeneratedRegex(@"^第\s*[0-9０-９〇一二三四五六七八九十百千]+\s*([編章節款目条号])")]
    private static partial Regex JapaneseUnit();

    [GeneratedRegex(@"^(?i:(part|chapter|article|section|sec\.|title|subtitle|subpart|subchapter|annex|appendix|schedule))\b|^§")]
    private static partial Regex EnglishUnit();

    public static SectionKind Section(string? number, string title)
    {
        var t = title.TrimStart();
        if (t.StartsWith("附則", StringComparison.Ordinal) || t.StartsWith("附　則", StringComparison.Ordinal)) return SectionKind.SupplementaryProvision;
        if (t.StartsWith("別表", StringComparison.Ordinal) || t.StartsWith("別記", StringComparison.Ordinal)) return SectionKind.Appendix;
        var shown = number ?? t;
        var jp = JapaneseUnit().Match(shown);
        if (jp.Success)
            return jp.Groups[1].Value switch
            {
                "編" => SectionKind.Part,
                "章" => SectionKind.Chapter,
                "節" => SectionKind.Section,
                "款" => SectionKind.Subsection,
                "目" => SectionKind.Division,
                _ => SectionKind.Section,
            };
        var en = EnglishUnit().Match(shown);
        if (!en.Success) return SectionKind.Section;
        return en.Groups[1].Value.ToLowerInvariant() switch
        {
            "part" => SectionKind.Part,
            "chapter" => SectionKind.Chapter,
            "title" => SectionKind.Title,
            "subtitle" => SectionKind.Subtitle,
            "subpart" => SectionKind.Subpart,
            "subchapter" => SectionKind.Subchapter,
            "annex" or "appendix" or "schedule" => SectionKind.Appendix,
            _ => SectionKind.Section,
        };
    }

    public static ClauseKind Clause(string? number, ClauseKind? parent)
    {
        if (number is null) return ClauseKind.Paragraph;
        var jp = JapaneseUnit().Match(number);
        if (jp.Success) return jp.Groups[1].Value == "条" ? ClauseKind.Article : jp.Groups[1].Value == "号" ? ClauseKind.Item : ClauseKind.Paragraph;
        var en = EnglishUnit().Match(number);
        if (en.Success) return en.Groups[1].Value.ToLowerInvariant() == "article" ? ClauseKind.Article : ClauseKind.Section;
        // Under an article: a kanji numeral is an item (号), a katakana letter a subitem; a bare number is a paragraph (項).
        if (parent is ClauseKind.Article or ClauseKind.Paragraph)
        {
            if (number.Length <= 3 && number.All(c => "〇一二三四五六七八九十".Contains(c))) return ClauseKind.Item;
        }
        if (parent is ClauseKind.Item or ClauseKind.Subitem && number.Trim('（', '）', '(', ')').All(c => c is >= 'ァ' and <= 'ヶ' or >= 'ｦ' and <= 'ﾝ'))
            return ClauseKind.Subitem;
        if (number is "•" or "・" or "○" or "●" or "◦" or "▪" or "-" or "–" or "➢" or "❖" or "■") return ClauseKind.Point;
        return ClauseKind.Paragraph;
    }
}
