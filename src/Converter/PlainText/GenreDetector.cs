using System.Text.RegularExpressions;
using Converter.Model;

namespace Converter.PlainText;

/// <summary>
/// Decides the document's genre from evidence in its lines: articles and sections numbered as laws number them, and
/// the marks only legislation carries (a law number, 附則, an enacting formula, a bill's chamber line). Articles alone
/// do not make a statute: agreements and treaties number articles too.
/// </summary>
internal static partial class GenreDetector
{
    // （昭和三十四年法律第百二十五号）, 昭和二十一年憲法, 令和七年三月三十一日法律第四十一号: an era year, then the kind of enactment.
    [GeneratedRegex(@"^[（(]?\s*(?:明治|大正|昭和|平成|令和)\s*[元〇一二三四五六七八九十百0-9０-９]+\s*年(?:[^（）()]{0,16}?)(?:法律|政令|勅令|憲法|省令|府令|内閣府令|規則|条例|告示|条約)(?:\s*第\s*[〇一二三四五六七八九十百千0-9０-９]+\s*号)?\s*[）)]?$")]
    private static partial Regex JapaneseLawNumber();

    // 附則, 附　則, 附則（平成一一年…号）抄
    [GeneratedRegex(@"^附\s*則(?:\s*[（(][^）)]*[）)])?(?:\s*抄)?$")]
    private static partial Regex SupplementaryHeading();

    // US public law and bill marks: the enacting formula, the kind of measure, the public law number, the chamber.
    [GeneratedRegex(@"^(?:Be\s+it\s+enacted\b|PUBLIC\s+LAW\s+[0-9]+[–—-][0-9]+|Public\s+Law\s+[0-9]+[–—-][0-9]+|An\s+Act$|AN\s+ACT$|A\s+BILL$|A\s+Bill$|IN\s+THE\s+(?:SENATE|HOUSE)\s+OF\b)")]
    private static partial Regex UsLegislationMark();

    [GeneratedRegex(@"^(?:A\s+BILL|A\s+Bill|IN\s+THE\s+(?:SENATE|HOUSE)\s+OF\b)|法律案$")]
    private static partial Regex BillMark();

    [GeneratedRegex(@"^(?:Be\s+it\s+enacted|Resolved\s+by\s+the)\b")]
    private static partial Regex EnactingFormula();

    /// <summary>True for a law number line (Japanese): <c>（昭和三十四年法律第百二十五号）</c>, <c>昭和二十一年憲法</c>.</summary>
    public static bool IsJapaneseLawNumber(ReadOnlySpan<char> text) => text.Length <= 60 && JapaneseLawNumber().IsMatch(text);

    /// <summary>True for a supplementary provisions heading: <c>附　則</c>, <c>附　則　（平成一一年…号）　抄</c>.</summary>
    public static bool IsSupplementaryHeading(ReadOnlySpan<char> text) => text.Length > 0 && text[0] == '附' && text.Length <= 60 && SupplementaryHeading().IsMatch(text);

    /// <summary>The genre of a document whose text lines are <paramref name="lines"/>.</summary>
    public static DocumentGenre Detect(List<SourceLine> lines)
    {
        int articles = 0, divisions = 0, lawMarks = 0, usSections = 0, usMarks = 0, bill = 0, seen = 0, enacting = 0;
        foreach (var line in lines)
        {
            if (!line.IsText) continue;
            var text = line.ContentSpan;
            // The heading area is where a bill or law says what it is.
            if (seen++ < 40 && BillMark().IsMatch(text)) bill++;
            if (line.Marker is { } m)
            {
                switch (m.Family)
                {
                    case MarkerFamily.JpArticle when m.Length < text.Length && IsArticleSeparator(text[m.Length - 1]):
                        articles++;
                        break;
                    case MarkerFamily.JpPart or MarkerFamily.JpChapter or MarkerFamily.JpSection:
                        divisions++;
                        break;
                    case MarkerFamily.UsSection or MarkerFamily.UsTitle or MarkerFamily.UsSubtitle:
                        usSections++;
                        break;
                    case MarkerFamily.EnSection when text.StartsWith("SECTION", StringComparison.Ordinal) || text.StartsWith("SEC", StringComparison.Ordinal):
                        usSections++;
                        break;
                }
            }
            var first = text[0];
            if (first is '（' or '(' or '明' or '大' or '昭' or '平' or '令' && IsJapaneseLawNumber(text)) lawMarks++;
            else if (first == '附' && IsSupplementaryHeading(text)) lawMarks++;
            else if (first is 'B' or 'P' or 'A' or 'I' && UsLegislationMark().IsMatch(text)) usMarks++;
            if (first is 'B' or 'R' && EnactingFormula().IsMatch(text)) enacting++;
        }
        // A law numbers its articles and says it is a law (its number, 附則) or divides them into chapters.
        var japaneseStatute = articles >= 1 && lawMarks > 0 || articles >= 2 && divisions > 0;
        // A law or bill says it is one (an enacting or resolving formula, a public law number, "A BILL") and has
        // sections; a joint resolution may have none.
        var usStatute = usSections >= 1 && usMarks > 0 || usSections >= 3 && articles == 0 || enacting > 0 && usMarks > 0;
        if (!japaneseStatute && !usStatute) return DocumentGenre.Statement;
        return bill > 0 ? DocumentGenre.Bill : DocumentGenre.Statute;
    }

    // An article number set off from its text by a space (第一条　この法律は…), not one running into a sentence.
    private static bool IsArticleSeparator(char c) => char.IsWhiteSpace(c);
}
