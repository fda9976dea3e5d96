using System.Text.RegularExpressions;

namespace Converter.PlainText;

/// <summary>Numbering families. Markers of one family are siblings; a new family opens a nested level.</summary>
/// <remarks>What each family means in each genre is in <see cref="NumberingConventions"/>, and nowhere else.</remarks>
internal enum MarkerFamily
{
    JpPart, JpChapter, JpSection, JpSubsection, JpArticle, JpOrdinal,
    EnPart, EnChapter, EnSection, EnArticle,
    RomanDot, UpperLetterDot,
    ArabicDot, ArabicParen, ParenArabic, FullParenArabic, FullDot, Decimal2, Decimal3,
    LawParagraph, KanjiItem, KatakanaItem, CircledNumber,
    LetterParen, LetterDot, LetterRightParen, RomanParen,
    Bullet,
    // Added with the legislation conventions; appended so the values above keep their order.
    JpDivision, FullParenRoman,
    UsDivision, UsTitle, UsSubtitle, UsSubpart, UsSubchapter, UsSection,
    UpperLetterParen, UpperRomanParen, DoubleLetterParen, DoubleUpperLetterParen,
}

/// <summary>A number or bullet at the start of a block.</summary>
/// <param name="Family">Numbering family.</param>
/// <param name="Display">The marker exactly as in the source (e.g. <c>（１）</c>, <c>第十二条</c>).</param>
/// <param name="Value">Ordinal value (1-based) for sequence checks; 0 for bullets.</param>
/// <param name="Length">Characters of the text taken by the marker and the whitespace after it.</param>
/// <param name="Slip">A typing slip was recognised (no space after the dot, a comma for the dot).</param>
/// <param name="Branch">A branch number inserted after its base (<c>第２条の２</c>): it follows its base without a gap.</param>
internal sealed record Marker(MarkerFamily Family, string Display, int Value, int Length, bool Slip, bool Branch = false)
{
    /// <summary>
    /// Markers with the same level are siblings. Bullets of different shapes are different levels
    /// (○ items holding ・ items); the dash and the en dash are one shape.
    /// </summary>
    public string Level { get; } = Family != MarkerFamily.Bullet ? FamilyNames[(int)Family] : Display is "–" ? "Bullet-" : "Bullet" + Display;

    /// <summary>The last number a range marker covers (<c>第十一条から第十三条まで</c>: 13); <see cref="Value"/> otherwise.</summary>
    public int LastValue { get; init; } = Value;

    // The family names once, rather than an enum ToString per marker.
    private static readonly string[] FamilyNames = Enum.GetNames<MarkerFamily>();
}

/// <summary>Recognises clause and heading markers: Japanese, English, law paragraph marks, items, bullets.</summary>
internal static partial class ClauseMarkers
{
    private const string Kanji = "〇一二三四五六七八九十百千";

    // A reference in running text ("第５条の規定により", "第２条第１項") is not a marker: a particle or another unit follows.
    // A range of deleted articles ("第十一条から第十三条まで　削除", "第五条及び第六条　削除") is one marker.
    [GeneratedRegex(@"^第\s*([0-9０-９]+|[〇一二三四五六七八九十百千]+)\s*(条|章|節|款|目|編|部)(?:の[0-9０-９一二三四五六七八九十]+)*(?:(?:から|及び)第\s*(?:[0-9０-９]+|[〇一二三四五六七八九十百千]+)\s*\2(?:の[0-9０-９一二三四五六七八九十]+)*(?:まで)?)?(?![のにをはがへとでも及並又第項号か、。・])")]
    private static partial Regex JapaneseOrdinal();

    // "第１　基本的な考え方": a bare ordinal set off by a space, as policy papers number their parts
    // ("第 11 回" in running text has a space inside and a counter after it).
    [GeneratedRegex(@"^第([0-9０-９]{1,3}|[〇一二三四五六七八九十]{1,3})(?=[ \t\u3000])")]
    private static partial Regex JapaneseBareOrdinal();

    // "1.1 The objective", "2.3.1 Each Participant", "1.1　目的": a capital or an ideographic space follows,
    // unlike a decimal in running text ("3.5 percent", "3.5 兆円").
    [GeneratedRegex(@"^([0-9]{1,2})\.([0-9]{1,2})(?:\.([0-9]{1,2}))?\.?(?=[ \t]+[A-Z]|\u3000)")]
    private static partial Regex DecimalMark();

    // "Article 5 of the Convention", "Section 2, paragraph 3": a reference in running text, not a heading.
    [GeneratedRegex(@"^(Article|ARTICLE|Section|SECTION|Chapter|CHAPTER|Part|PART)\s+([0-9]{1,3}|[IVXLC]{1,7})(?![A-Za-z0-9])\.?(?!\s*[,;]|\s+[a-z])")]
    private static partial Regex EnglishOrdinal();

    // US legislation: "SEC. 2.", "Sec. 101.", "§ 3." (the period after the number is never left out in a heading, and
    // tells it from "Sec. 101 of title 5" in running text), "SECTION 1." goes through EnglishOrdinal.
    [GeneratedRegex(@"^(?:SEC\.|Sec\.|§{1,2})\s?([0-9]{1,5})[A-Za-z0-9\-–]{0,6}\.(?=\s|$)")]
    private static partial Regex UsSectionMark();

    // "TITLE I—GENERAL PROVISIONS", "Subtitle A—…", "Subpart 2—…", "SUBCHAPTER II—…", "DIVISION A—…": the dash (or
    // the end of the line) after the designation tells a heading from a reference ("title I of the Act").
    [GeneratedRegex(@"^(TITLE|Subtitle|SUBTITLE|Subpart|SUBPART|Subchapter|SUBCHAPTER|DIVISION|Division)\s+([IVXLC]{1,7}|[0-9]{1,3}|[A-Z])(?:\s*[—–]|(?=\s*$)|(?=\s+[A-Z][A-Z]))")]
    private static partial Regex UsDivisionMark();

    // "PART A—", "CHAPTER 3—": a letter designation, which EnglishOrdinal does not take.
    [GeneratedRegex(@"^(PART|Part|CHAPTER|Chapter)\s+([A-Z])(?:\s*[—–]|(?=\s*$))")]
    private static partial Regex UsLetterPartMark();

    [GeneratedRegex(@"^\(([A-Z])\)|^\(([IVX]{1,5})\)")]
    private static partial Regex UpperParenMark();

    [GeneratedRegex(@"^\(([a-z])\1\)|^\(([A-Z])\2\)")]
    private static partial Regex DoubleLetterParenMark();

    [GeneratedRegex(@"^（([ｉｖｘ]{1,5})）")]
    private static partial Regex FullParenRomanMark();

    [GeneratedRegex(@"^○\s*([0-9０-９]{1,3})")]
    private static partial Regex LawParagraphMark();

    [GeneratedRegex(@"^([0-9０-９]{1,2})(?=[ \t]*\u3000|[\u3000])")]
    private static partial Regex NumberThenIdeographicSpace();

    // "一　", and a range of deleted items: "一から三まで　削除", "一及び二　削除".
    [GeneratedRegex(@"^([〇一二三四五六七八九十]{1,3})(?:(?:から|及び)[〇一二三四五六七八九十]{1,3}(?:まで)?)?(?=[\s\u3000])")]
    private static partial Regex KanjiItemMark();

    [GeneratedRegex(@"^([0-9]{1,3})\.(?=\s)")]
    private static partial Regex ArabicDotMark();

    [GeneratedRegex(@"^([0-9]{1,3})\.(?=[A-Z\u3040-\u30FF\u4E00-\u9FFF「（(])")]
    private static partial Regex ArabicDotNoSpace();

    [GeneratedRegex(@"^([0-9]{1,3}),(?=\s+[A-Z])")]
    private static partial Regex ArabicCommaSlip();

    [GeneratedRegex(@"^([0-9]{1,3})\)(?=\s)")]
    private static partial Regex ArabicParenMark();

    [GeneratedRegex(@"^\(([0-9]{1,3})\)")]
    private static partial Regex ParenArabicMark();

    [GeneratedRegex(@"^（([0-9０-９]{1,3})）")]
    private static partial Regex FullParenArabicMark();

    [GeneratedRegex(@"^([０-９]{1,3}|[0-9]{1,3})．|^([０-９]{1,3})\.")]
    private static partial Regex FullDotMark();

    [GeneratedRegex(@"^([IVXLC]{1,7})\.(?=\s)")]
    private static partial Regex RomanDotMark();

    [GeneratedRegex(@"^([A-Z])\.(?=\s)")]
    private static partial Regex UpperLetterDotMark();

    [GeneratedRegex(@"^\(([ivx]{1,5})\)|^（([ivx]{1,5})）")]
    private static partial Regex RomanParenMark();

    [GeneratedRegex(@"^\(([a-z])\)|^（([a-zａ-ｚ])）")]
    private static partial Regex LetterParenMark();

    [GeneratedRegex(@"^([a-z])\.(?=\s)")]
    private static partial Regex LetterDotMark();

    [GeneratedRegex(@"^([a-z])\)(?=\s)")]
    private static partial Regex LetterRightParenMark();

    [GeneratedRegex(@"^（([ア-ン])）|^([ア-ン])(?=\u3000)")]
    private static partial Regex KatakanaMark();

    [GeneratedRegex(@"^([\u2460-\u2473])")]
    private static partial Regex CircledMark();

    // Japanese documents often put no space after a bullet, or an ideographic one (・\u3000); ○ followed by a digit is a law paragraph mark (○２).
    [GeneratedRegex(@"^(?:[-–](?=\s)|[•●◦▪■◆◇◎]|・(?=\S|\u3000)|○(?![0-9０-９]))")]
    private static partial Regex BulletMark();

    // Katakana items count in gojūon order (ア, イ, ウ) or, in laws, in iroha order (イ, ロ, ハ).
    private const string Gojuon = "アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワヲン";
    private const string Iroha = "イロハニホヘトチリヌルヲワカヨタレソツネナラムウヰノオクヤマケフコエテアサキユメミシヱヒモセス";

    /// <summary>
    /// The marker a line starts with, in list context. The contexts change only a Roman-or-letter item
    /// (<c>(i)</c>) and a katakana item's value, so only those are read again; the rest reuse the line's match.
    /// </summary>
    public static Marker? InContext(SourceLine line, int? letterContext, char kanaContext, int? upperLetterContext = null) =>
        DependsOnContext(line.Marker) ? Match(line.ContentSpan, letterContext, kanaContext, upperLetterContext) : line.Marker;

    /// <summary>The marker a block starts with, in list context (see <see cref="InContext(SourceLine, int?, char, int?)"/>).</summary>
    public static Marker? InContext(Block block, int? letterContext, char kanaContext, int? upperLetterContext = null) =>
        DependsOnContext(block.Marker) ? Match(block.Text, letterContext, kanaContext, upperLetterContext) : block.Marker;

    private static bool DependsOnContext(Marker? free) => free is
    {
        Family: MarkerFamily.RomanParen or MarkerFamily.KatakanaItem or MarkerFamily.UpperRomanParen or MarkerFamily.FullParenRoman,
    };

    /// <summary>True when the text starts with any marker (used to decide paragraph breaks).</summary>
    public static bool StartsWithMarker(string text) => Match(text, null) is not null;

    /// <summary>The marker at the start of <paramref name="text"/> (see <see cref="Match(ReadOnlySpan{char}, int?, char, int?)"/>).</summary>
    public static Marker? Match(string text, int? letterContext, char kanaContext = '\0', int? upperLetterContext = null) =>
        Match(text.AsSpan(), letterContext, kanaContext, upperLetterContext);

    /// <summary>
    /// The marker at the start of <paramref name="text"/>, or <c>null</c>. The contexts resolve letters that
    /// belong to two sequences: <paramref name="letterContext"/> is the last value of an open letter list (so
    /// <c>(i)</c> after <c>(h)</c> is a letter, not a Roman one); <paramref name="kanaContext"/> is the last katakana
    /// item (so <c>イ</c> after <c>ア</c> is the second item, and a list opening with <c>イ</c> counts イ, ロ, ハ).
    /// </summary>
    /// <remarks>
    /// Works on a span with match lengths only (no <see cref="System.Text.RegularExpressions.Match"/> objects, no
    /// string per line): each pattern's groups are read back by hand from the matched characters, which the
    /// pattern has already checked.
    /// </remarks>
    public static Marker? Match(ReadOnlySpan<char> text, int? letterContext, char kanaContext = '\0', int? upperLetterContext = null)
    {
        if (text.Length == 0) return null;
        var first = text[0];
        // Most lines are running text: one look at the first character spares them every pattern below.
        if (!MayStartMarker(first)) return null;

        int n;
        if (first == '第' && (n = Length(JapaneseOrdinal(), text)) > 0)
        {
            var m = text[..n];
            var number = Run(m, Skip(m, 1), IsDigit(m[Skip(m, 1)]) ? IsDigit : IsKanji);
            var unit = m[Skip(m, Skip(m, 1) + number.Length)];
            var family = unit switch
            {
                '条' => MarkerFamily.JpArticle,
                '章' => MarkerFamily.JpChapter,
                '節' => MarkerFamily.JpSection,
                '款' => MarkerFamily.JpSubsection,
                '目' => MarkerFamily.JpDivision,
                _ => MarkerFamily.JpPart,
            };
            // A branch number (第五条の二) is in the first number, before a range's から or 及び.
            var cut = m.IndexOfAny('か', '及');
            var marker = Make(text, n, family, ParseNumber(number), branch: (cut < 0 ? m : m[..cut]).Contains('の'));
            return RangeEnd(m) is { } last ? marker with { LastValue = last } : marker;
        }
        if (first == '第' && (n = Length(JapaneseBareOrdinal(), text)) > 0)
            return Make(text, n, MarkerFamily.JpOrdinal, ParseNumber(text[1..n]));
        if (first is 'S' or '§' && (n = Length(UsSectionMark(), text)) > 0)
            return Make(text, n, MarkerFamily.UsSection, ParseNumber(Run(text, Skip(text, first == 'S' ? 4 : Run(text, 0, c => c == '§').Length), char.IsAsciiDigit)));
        if (first is 'T' or 'S' or 'D' && (n = Length(UsDivisionMark(), text)) > 0)
        {
            var word = Run(text, 0, char.IsAsciiLetter);
            var family = char.ToUpperInvariant(word[^1]) switch
            {
                _ when word[0] == 'T' => MarkerFamily.UsTitle,
                _ when word[0] == 'D' => MarkerFamily.UsDivision,
                _ when word.Length > 3 && char.ToUpperInvariant(word[3]) == 'T' => MarkerFamily.UsSubtitle,
                _ when word.Length > 3 && char.ToUpperInvariant(word[3]) == 'P' => MarkerFamily.UsSubpart,
                _ => MarkerFamily.UsSubchapter,
            };
            var designation = Run(text, Skip(text, word.Length), char.IsAsciiLetterOrDigit);
            // A single letter is a letter designation (Subtitle C is the third), except where Roman numerals are the rule.
            var value = designation.Length == 1 && char.IsAsciiLetterUpper(designation[0]) && family is not (MarkerFamily.UsTitle or MarkerFamily.UsSubchapter)
                ? designation[0] - 'A' + 1
                : ParseNumber(designation);
            return Make(text, n, family, value);
        }
        if (first is 'P' or 'C' && (n = Length(UsLetterPartMark(), text)) > 0)
            return Make(text, n, first == 'P' ? MarkerFamily.EnPart : MarkerFamily.EnChapter, text[Skip(text, Run(text, 0, char.IsAsciiLetter).Length)] - 'A' + 1);
        if (first is 'A' or 'S' or 'C' or 'P' && (n = Length(EnglishOrdinal(), text)) > 0)
        {
            // The word is one of Article, Section, Chapter, Part (in either case): its first letter tells which.
            var family = first switch
            {
                'A' => MarkerFamily.EnArticle,
                'S' => MarkerFamily.EnSection,
                'C' => MarkerFamily.EnChapter,
                _ => MarkerFamily.EnPart,
            };
            var m = text[..n];
            var at = Skip(m, Run(m, 0, char.IsAsciiLetter).Length);
            return Make(text, n, family, ParseNumber(Run(m, at, char.IsAsciiDigit(m[at]) ? char.IsAsciiDigit : IsRomanDigit)));
        }
        if (first == '○' && (n = Length(LawParagraphMark(), text)) > 0)
            return Make(text, n, MarkerFamily.LawParagraph, ParseNumber(text[Skip(text, 1)..n]));
        if (first is >= '0' and <= '9' or >= '０' and <= '９' && (n = Length(NumberThenIdeographicSpace(), text)) > 0)
            return Make(text, n, MarkerFamily.LawParagraph, ParseNumber(text[..n]));
        if (Kanji.Contains(first) && (n = Length(KanjiItemMark(), text)) > 0)
        {
            var head = Run(text, 0, IsKanji);
            var item = Make(text, n, MarkerFamily.KanjiItem, ParseNumber(head));
            return head.Length < n && RangeEnd(text[..n]) is { } last ? item with { LastValue = last } : item;
        }

        if (char.IsAsciiDigit(first))
        {
            if ((n = Length(DecimalMark(), text)) > 0)
            {
                // "1.2", "1.2.", "1.2.3", "1.2.3.": the last of two or three numbers is the value.
                var second = Run(text, Run(text, 0, char.IsAsciiDigit).Length + 1, char.IsAsciiDigit);
                var thirdAt = Run(text, 0, char.IsAsciiDigit).Length + 1 + second.Length + 1;
                return thirdAt < n && char.IsAsciiDigit(text[thirdAt])
                    ? Make(text, n, MarkerFamily.Decimal3, ParseNumber(Run(text, thirdAt, char.IsAsciiDigit)))
                    : Make(text, n, MarkerFamily.Decimal2, ParseNumber(second));
            }
            if ((n = Length(ArabicDotMark(), text)) > 0) return Make(text, n, MarkerFamily.ArabicDot, ParseNumber(text[..(n - 1)]));
            if ((n = Length(ArabicParenMark(), text)) > 0) return Make(text, n, MarkerFamily.ArabicParen, ParseNumber(text[..(n - 1)]));
            if ((n = Length(FullDotMark(), text)) > 0) return Make(text, n, MarkerFamily.FullDot, ParseNumber(text[..(n - 1)]));
            if ((n = Length(ArabicDotNoSpace(), text)) > 0) return Make(text, n, MarkerFamily.ArabicDot, ParseNumber(text[..(n - 1)]), slip: true);
            if ((n = Length(ArabicCommaSlip(), text)) > 0) return Make(text, n, MarkerFamily.ArabicDot, ParseNumber(text[..(n - 1)]), slip: true);
            return null;
        }
        if (first is >= '０' and <= '９' && (n = Length(FullDotMark(), text)) > 0)
            return Make(text, n, MarkerFamily.FullDot, ParseNumber(text[..(n - 1)]));
        if (first == '(')
        {
            if ((n = Length(ParenArabicMark(), text)) > 0) return Make(text, n, MarkerFamily.ParenArabic, ParseNumber(text[1..(n - 1)]));
            // "(ii)", "(II)" and "(xx)" are Roman numerals; the doubled letters of a US item list ("(aa)") go on past them only in theory.
            if (text.Length > 3 && text[1] is not ('i' or 'x' or 'I' or 'X') && (n = Length(DoubleLetterParenMark(), text)) > 0)
                return char.IsAsciiLetterLower(text[1])
                    ? Make(text, n, MarkerFamily.DoubleLetterParen, text[1] - 'a' + 1)
                    : Make(text, n, MarkerFamily.DoubleUpperLetterParen, text[1] - 'A' + 1);
            if (text.Length > 2 && char.IsAsciiLetterUpper(text[1]) && (n = Length(UpperParenMark(), text)) > 0)
            {
                // "(I)" is a subclause (Roman one) unless it goes on from "(H)"; "(A)" is always a letter.
                var upperRoman = text[1] is 'I' or 'V' or 'X' && text[1..(n - 1)].IndexOfAnyExcept("IVX") < 0;
                if (upperRoman && (n > 3 || upperLetterContext is not { } previous || previous + 1 != text[1] - 'A' + 1))
                {
                    Span<char> numeral = stackalloc char[n - 2];
                    text[1..(n - 1)].CopyTo(numeral);
                    return Make(text, n, MarkerFamily.UpperRomanParen, ParseNumber(numeral));
                }
                if (n == 3) return Make(text, n, MarkerFamily.UpperLetterParen, text[1] - 'A' + 1);
                return null;
            }
            var roman = Length(RomanParenMark(), text);
            var letter = Length(LetterParenMark(), text);
            // Both read "(x)": the group is what lies between the parentheses.
            if (roman > 0 && (letter <= 0 || letterContext is null || letterContext + 1 != text[1] - 'a' + 1))
            {
                Span<char> upper = stackalloc char[roman - 2];
                text[1..(roman - 1)].ToUpperInvariant(upper);
                return Make(text, roman, MarkerFamily.RomanParen, ParseNumber(upper));
            }
            if (letter > 0) return Make(text, letter, MarkerFamily.LetterParen, LetterValue(text[1]));
            return null;
        }
        if (first == '（')
        {
            if ((n = Length(FullParenArabicMark(), text)) > 0) return Make(text, n, MarkerFamily.FullParenArabic, ParseNumber(text[1..(n - 1)]));
            if ((n = Length(FullParenRomanMark(), text)) > 0 && (letterContext is null || n > 3))
            {
                Span<char> numeral = stackalloc char[n - 2];
                for (var k = 0; k < numeral.Length; k++) numeral[k] = (char)(text[1 + k] - 'ａ' + 'A');
                return Make(text, n, MarkerFamily.FullParenRoman, ParseNumber(numeral));
            }
            if ((n = Length(KatakanaMark(), text)) > 0) return Make(text, n, MarkerFamily.KatakanaItem, KanaValue(text[1], kanaContext));
            if ((n = Length(LetterParenMark(), text)) > 0) return Make(text, n, MarkerFamily.LetterParen, LetterValue(text[1]));
            return null;
        }
        if (first is >= 'A' and <= 'Z')
        {
            if ((n = Length(RomanDotMark(), text)) > 0 && (n - 1 > 1 || first is 'I' or 'V' or 'X'))
                return Make(text, n, MarkerFamily.RomanDot, ParseNumber(text[..(n - 1)]));
            if ((n = Length(UpperLetterDotMark(), text)) > 0) return Make(text, n, MarkerFamily.UpperLetterDot, first - 'A' + 1);
            return null;
        }
        if (first is >= 'a' and <= 'z')
        {
            // Both patterns need a dot or a parenthesis second: ordinary words (most English lines) stop here.
            if (text.Length < 2 || text[1] is not ('.' or ')')) return null;
            if ((n = Length(LetterDotMark(), text)) > 0) return Make(text, n, MarkerFamily.LetterDot, first - 'a' + 1);
            if ((n = Length(LetterRightParenMark(), text)) > 0) return Make(text, n, MarkerFamily.LetterRightParen, first - 'a' + 1);
            return null;
        }
        if (first is >= 'ア' and <= 'ン' && (n = Length(KatakanaMark(), text)) > 0)
            return Make(text, n, MarkerFamily.KatakanaItem, KanaValue(first, kanaContext));
        if ((n = Length(CircledMark(), text)) > 0) return Make(text, n, MarkerFamily.CircledNumber, first - '\u2460' + 1);
        if ((n = Length(BulletMark(), text)) > 0) return Make(text, n, MarkerFamily.Bullet, 0);
        return null;
    }

    /// <summary>
    /// False for a character no marker starts with, so <see cref="Match(ReadOnlySpan{char}, int?, char, int?)"/> would return
    /// <c>null</c>: the first characters its patterns accept, listed in the order they are tried.
    /// </summary>
    public static bool MayStartMarker(char c) =>
        c is '第' or '○' or '§' or (>= '0' and <= '9') or (>= '０' and <= '９') or (>= 'A' and <= 'Z') or (>= 'a' and <= 'z')
          or '(' or '（' or (>= 'ア' and <= 'ン') or (>= '\u2460' and <= '\u2473')
          or '-' or '–' or '•' or '●' or '◦' or '▪' or '■' or '◆' or '◇' or '◎' or '・'
        || Kanji.Contains(c);

    // Every pattern is anchored at the start, so its first match (if any) is the one at 0; 0 when none.
    private static int Length(Regex pattern, ReadOnlySpan<char> text)
    {
        foreach (var m in pattern.EnumerateMatches(text)) return m.Index == 0 ? m.Length : 0;
        return 0;
    }

    // The run of characters from `at` that pass `test`.
    private static ReadOnlySpan<char> Run(ReadOnlySpan<char> text, int at, Func<char, bool> test)
    {
        var end = at;
        while (end < text.Length && test(text[end])) end++;
        return text[at..end];
    }

    // The first index from `at` that is not whitespace (the patterns' \s between parts).
    private static int Skip(ReadOnlySpan<char> text, int at)
    {
        while (at < text.Length && char.IsWhiteSpace(text[at])) at++;
        return at;
    }

    private static bool IsDigit(char c) => c is >= '0' and <= '9' or >= '０' and <= '９';

    private static bool IsKanji(char c) => Kanji.Contains(c);

    private static bool IsRomanDigit(char c) => c is 'I' or 'V' or 'X' or 'L' or 'C';

    /// <summary>
    /// True when the marker is set off from what follows by a space, or stands alone: <c>第三条　この法律は</c>, not
    /// <c>第三条中「…」を</c> (an amending sentence that starts with a reference).
    /// </summary>
    public static bool IsSetOff(Marker marker, ReadOnlySpan<char> text) =>
        // A section of legislation is numbered "Section 2." with its period; "Section 28(a)(1) and …" is a reference.
        (marker.Family != MarkerFamily.EnSection || marker.Display[^1] == '.') && (marker.Length >= text.Length || marker.Length > marker.Display.Length || !char.IsLetterOrDigit(marker.Display[^1])
        || !char.IsLetterOrDigit(text[marker.Length]) && !CharClass.IsCjk(text[marker.Length]));

    /// <summary>The katakana letter of a katakana item marker (<c>イ</c>, <c>（イ）</c>).</summary>
    public static char KanaLetter(Marker m) => m.Display[0] == '（' ? m.Display[1] : m.Display[0];

    private static int KanaValue(char c, char previous)
    {
        int gojuon = Gojuon.IndexOf(c) + 1, iroha = Iroha.IndexOf(c) + 1;
        if (previous != '\0')
        {
            if (gojuon == Gojuon.IndexOf(previous) + 2) return gojuon;
            if (iroha == Iroha.IndexOf(previous) + 2) return iroha;
        }
        // No list to continue: イ, ロ, ハ open an iroha list (ア opens a gojūon one).
        return c == 'イ' || iroha is > 0 and <= 3 && gojuon > 3 ? Math.Max(iroha, 1) : Math.Max(gojuon, 1);
    }

    private static int LetterValue(char c) => char.ToLowerInvariant(c) switch
    {
        >= 'ａ' and <= 'ｚ' => c - 'ａ' + 1,
        var l => l - 'a' + 1,
    };

    private static Marker Make(ReadOnlySpan<char> text, int length, MarkerFamily family, int value, bool slip = false, bool branch = false)
    {
        var end = length;
        while (end < text.Length && char.IsWhiteSpace(text[end])) end++;
        return new Marker(family, text[..length].ToString(), value, end, slip, branch);
    }

    /// <summary>The last number of a range marker (after から or 及び), or <c>null</c> for a single number.</summary>
    private static int? RangeEnd(ReadOnlySpan<char> marker)
    {
        var at = marker.IndexOf("から");
        if (at < 0) at = marker.IndexOf("及び");
        if (at < 0) return null;
        var rest = marker[(at + 2)..];
        if (rest.Length > 0 && rest[0] == '第') rest = rest[1..];
        var digits = Run(rest, Skip(rest, 0), c => IsDigit(c) || IsKanji(c));
        var value = ParseNumber(digits);
        return value > 0 ? value : null;
    }

    /// <summary>Parses half-width, full-width, kanji and Roman numerals; 0 when unreadable.</summary>
    internal static int ParseNumber(string s) => ParseNumber(s.AsSpan());

    /// <summary>Parses half-width, full-width, kanji and Roman numerals; 0 when unreadable.</summary>
    internal static int ParseNumber(ReadOnlySpan<char> s)
    {
        if (s.Length == 0) return 0;
        if (All(s, IsDigit))
        {
            var v = 0;
            foreach (var c in s) v = v * 10 + (c >= '０' ? c - '０' : c - '0');
            return v;
        }
        if (All(s, IsKanji)) return ParseKanji(s);
        if (All(s, IsRomanDigit)) return ParseRoman(s);
        return 0;
    }

    private static bool All(ReadOnlySpan<char> s, Func<char, bool> test)
    {
        foreach (var c in s)
            if (!test(c)) return false;
        return true;
    }

    private static int ParseKanji(ReadOnlySpan<char> s)
    {
        int total = 0, current = 0;
        foreach (var c in s)
        {
            var digit = "〇一二三四五六七八九".IndexOf(c);
            if (digit >= 0) { current = current * 10 + digit; continue; }
            var unit = c switch { '十' => 10, '百' => 100, '千' => 1000, _ => 1 };
            total += (current == 0 ? 1 : current) * unit;
            current = 0;
        }
        return total + current;
    }

    private static int ParseRoman(ReadOnlySpan<char> s)
    {
        static int V(char c) => c switch { 'I' => 1, 'V' => 5, 'X' => 10, 'L' => 50, 'C' => 100, _ => 0 };
        var total = 0;
        for (var i = 0; i < s.Length; i++)
        {
            var v = V(s[i]);
            if (i + 1 < s.Length && V(s[i + 1]) > v) total -= v; else total += v;
        }
        return total;
    }
}
