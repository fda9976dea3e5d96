using System.Globalization;
using System.Text;

namespace Converter.Docx.Reading;

/// <summary>
/// Word's number formats (<c>w:numFmt</c>): a counter value as Word displays it. Hand-written because no library
/// does this and the formats are small tables; each follows ECMA-376 Part 1, 17.18.59 (ST_NumberFormat) and what
/// Word shows. A format not listed here is shown as decimal, as Word does for formats it cannot render.
/// </summary>
internal static class NumberFormats
{
    private const string Gojuon = "アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワヲン";
    private const string GojuonHalf = "ｱｲｳｴｵｶｷｸｹｺｻｼｽｾｿﾀﾁﾂﾃﾄﾅﾆﾇﾈﾉﾊﾋﾌﾍﾎﾏﾐﾑﾒﾓﾔﾕﾖﾗﾘﾙﾚﾛﾜｦﾝ";
    private const string Iroha = "イロハニホヘトチリヌルヲワカヨタレソツネナラムウヰノオクヤマケフコエテアサキユメミシヱヒモセス";
    // Half-width katakana has no ヰ and ヱ: Word shows ｲ and ｴ in their places.
    private const string IrohaHalf = "ｲﾛﾊﾆﾎﾍﾄﾁﾘﾇﾙｦﾜｶﾖﾀﾚｿﾂﾈﾅﾗﾑｳｲﾉｵｸﾔﾏｹﾌｺｴﾃｱｻｷﾕﾒﾐｼｴﾋﾓｾｽ";
    private const string KanjiDigits = "〇一二三四五六七八九";
    private const string LegalDigits = "〇壱弐参四伍六七八九";
    private const string HeavenlyStems = "甲乙丙丁戊己庚辛壬癸";
    private const string EarthlyBranches = "子丑寅卯辰巳午未申酉戌亥";

    /// <summary>The value <paramref name="n"/> in format <paramref name="format"/> (the <c>w:numFmt</c> value).</summary>
    public static string Format(int n, string format) => format switch
    {
        "none" => "",
        "decimal" or "decimalHalfWidth" => Decimal(n),
        "decimalZero" => n is >= 0 and < 10 ? "0" + Decimal(n) : Decimal(n),
        "decimalFullWidth" or "decimalFullWidth2" => FullWidth(Decimal(n)),
        "upperRoman" => Roman(n) ?? Decimal(n),
        "lowerRoman" => Roman(n)?.ToLowerInvariant() ?? Decimal(n),
        "upperLetter" => Letters(n, 'A'),
        "lowerLetter" => Letters(n, 'a'),
        "ordinal" => Ordinal(n),
        "cardinalText" => Capitalise(EnglishWords.Cardinal(n)),
        "ordinalText" => Capitalise(EnglishWords.OrdinalWord(n)),
        "decimalEnclosedCircle" or "decimalEnclosedCircleChinese" => Enclosed(n, 20, '\u2460'),
        "decimalEnclosedFullstop" => Enclosed(n, 20, '\u2488'),
        "decimalEnclosedParen" => Enclosed(n, 20, '\u2474'),
        "ideographEnclosedCircle" => Enclosed(n, 10, '\u3220'),
        "japaneseCounting" or "chineseCounting" or "chineseCountingThousand" or "taiwaneseCounting" or "taiwaneseCountingThousand"
            or "ideographLegalTraditional" => n <= 0 ? Decimal(n) : Counting(n),
        "japaneseDigitalTenThousand" or "ideographDigital" or "taiwaneseDigital" => Digits(n, KanjiDigits),
        "japaneseLegal" => n <= 0 ? Decimal(n) : Legal(n),
        "aiueo" => Cycle(n, GojuonHalf),
        "aiueoFullWidth" => Cycle(n, Gojuon),
        "iroha" => Cycle(n, IrohaHalf),
        "irohaFullWidth" => Cycle(n, Iroha),
        "ideographTraditional" => Cycle(n, HeavenlyStems),
        "ideographZodiac" => Cycle(n, EarthlyBranches),
        "numberInDash" => "- " + Decimal(n) + " -",
        "chicago" => Chicago(n),
        "hex" => n.ToString("X", CultureInfo.InvariantCulture),
        _ => Decimal(n),
    };

    private static string Decimal(int n) => n.ToString(CultureInfo.InvariantCulture);

    private static string FullWidth(string ascii)
    {
        var chars = ascii.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
            if (chars[i] is >= '0' and <= '9') chars[i] = (char)('０' + (chars[i] - '0'));
            else if (chars[i] == '-') chars[i] = '－';
        return new string(chars);
    }

    private static string? Roman(int n)
    {
        if (n is <= 0 or >= 4000) return null;
        ReadOnlySpan<int> values = [1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1];
        string[] symbols = ["M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"];
        var sb = new StringBuilder();
        for (var i = 0; i < values.Length; i++)
            while (n >= values[i]) { sb.Append(symbols[i]); n -= values[i]; }
        return sb.ToString();
    }

    // Word repeats the letter: A … Z, AA … ZZ, AAA … (not spreadsheet columns).
    private static string Letters(int n, char a) =>
        n <= 0 ? Decimal(n) : new string((char)(a + (n - 1) % 26), (n - 1) / 26 + 1);

    private static string Ordinal(int n)
    {
        var suffix = (n % 100) is 11 or 12 or 13 ? "th" : (n % 10) switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" };
        return Decimal(n) + suffix;
    }

    private static string Capitalise(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];

    private static string Enclosed(int n, int max, char first) => n >= 1 && n <= max ? ((char)(first + n - 1)).ToString() : Decimal(n);

    private static string Cycle(int n, string letters) => n <= 0 ? Decimal(n) : letters[(n - 1) % letters.Length].ToString();

    private static string Digits(int n, string digits)
    {
        var d = Decimal(n);
        var sb = new StringBuilder(d.Length);
        foreach (var c in d) sb.Append(c is >= '0' and <= '9' ? digits[c - '0'] : c);
        return sb.ToString();
    }

    // 一, 十, 十一, 二十三, 百, 百一, 千二百, 一万 (a 1 before 十, 百 and 千 is not written; before 万 it is).
    private static string Counting(int n)
    {
        var sb = new StringBuilder();
        var man = n / 10000;
        if (man > 0)
        {
            sb.Append(Counting(man)).Append('万');
            n %= 10000;
        }
        ReadOnlySpan<(int Value, char Unit)> units = [(1000, '千'), (100, '百'), (10, '十')];
        foreach (var (value, unit) in units)
        {
            var d = n / value;
            if (d > 0)
            {
                if (d > 1) sb.Append(KanjiDigits[d]);
                sb.Append(unit);
            }
            n %= value;
        }
        if (n > 0) sb.Append(KanjiDigits[n]);
        return sb.ToString();
    }

    // Legal (大字) numerals: every unit keeps its digit (壱拾, 弐百), as on certificates.
    private static string Legal(int n)
    {
        var sb = new StringBuilder();
        var man = n / 10000;
        if (man > 0)
        {
            sb.Append(Legal(man)).Append('萬');
            n %= 10000;
        }
        ReadOnlySpan<(int Value, char Unit)> units = [(1000, '阡'), (100, '百'), (10, '拾')];
        foreach (var (value, unit) in units)
        {
            var d = n / value;
            if (d > 0) sb.Append(LegalDigits[d]).Append(unit);
            n %= value;
        }
        if (n > 0) sb.Append(LegalDigits[n]);
        return sb.ToString();
    }

    // *, †, ‡, §, then the same doubled, tripled, ….
    private static string Chicago(int n)
    {
        if (n <= 0) return Decimal(n);
        ReadOnlySpan<char> marks = ['*', '\u2020', '\u2021', '\u00A7'];
        return new string(marks[(n - 1) % 4], (n - 1) / 4 + 1);
    }

    /// <summary>English number words for <c>cardinalText</c> and <c>ordinalText</c>.</summary>
    private static class EnglishWords
    {
        private static readonly string[] Ones =
            ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
             "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"];
        private static readonly string[] Tens = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];

        public static string Cardinal(int n)
        {
            if (n < 0 || n >= 1_000_000) return Decimal(n);
            if (n < 20) return Ones[n];
            if (n < 100) return Tens[n / 10] + (n % 10 > 0 ? "-" + Ones[n % 10] : "");
            if (n < 1000) return Ones[n / 100] + " hundred" + (n % 100 > 0 ? " " + Cardinal(n % 100) : "");
            return Cardinal(n / 1000) + " thousand" + (n % 1000 > 0 ? " " + Cardinal(n % 1000) : "");
        }

        public static string OrdinalWord(int n)
        {
            var words = Cardinal(n);
            if (n < 0 || n >= 1_000_000) return Ordinal(n);
            ReadOnlySpan<(string Cardinal, string Ordinal)> irregular =
                [("one", "first"), ("two", "second"), ("three", "third"), ("five", "fifth"), ("eight", "eighth"), ("nine", "ninth"), ("twelve", "twelfth")];
            foreach (var (c, o) in irregular)
                if (words.EndsWith(c, StringComparison.Ordinal)) return words[..^c.Length] + o;
            return words.EndsWith('y') ? words[..^1] + "ieth" : words + "th";
        }
    }
}
