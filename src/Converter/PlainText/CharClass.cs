namespace Converter.PlainText;

/// <summary>Character classes the parser needs: CJK (no space when joining), display width, sentence ends.</summary>
internal static class CharClass
{
    /// <summary>
    /// True for characters of CJK scripts and full-width forms: ideographs, kana, CJK punctuation,
    /// full-width ASCII variants, and surrogates (supplementary ideographs). Joining never inserts a
    /// space next to one of these.
    /// </summary>
    public static bool IsCjk(char c) =>
        c is >= '\u2E80' and <= '\u2FDF'      // CJK radicals
          or >= '\u3000' and <= '\u303F'      // CJK symbols and punctuation
          or >= '\u3040' and <= '\u30FF'      // hiragana, katakana
          or >= '\u3100' and <= '\u31FF'      // bopomofo, kanbun, katakana extension
          or >= '\u3200' and <= '\u33FF'      // enclosed CJK, compatibility
          or >= '\u3400' and <= '\u4DBF'      // extension A
          or >= '\u4E00' and <= '\u9FFF'      // unified ideographs
          or >= '\uAC00' and <= '\uD7AF'      // hangul syllables
          or >= '\uD800' and <= '\uDFFF'      // surrogates: supplementary ideographs
          or >= '\uF900' and <= '\uFAFF'      // compatibility ideographs
          or >= '\uFE30' and <= '\uFE4F'      // CJK compatibility forms
          or >= '\uFF00' and <= '\uFFEF';     // half-width and full-width forms

    /// <summary>Columns a character takes in a monospaced rendering: 2 for wide CJK, 1 otherwise.</summary>
    public static int Width(char c) => IsCjk(c) && c is not (>= '\uFF61' and <= '\uFFDC') ? 2 : 1;

    /// <summary>Display width of a string in columns.</summary>
    public static int Width(ReadOnlySpan<char> s)
    {
        // Every line and paragraph is measured: one table look-up per character instead of a dozen range tests.
        var table = Classes.Value;
        var w = s.Length;
        foreach (var c in s) w += (table[c] & WideFlag) >> 3;
        return w;
    }

    internal const byte KanaFlag = 1, IdeographFlag = 2, LatinFlag = 4, WideFlag = 8;

    /// <summary>The class flags of every UTF-16 code unit, computed from the predicates of this class (64 KB, made on first use).</summary>
    internal static readonly Lazy<byte[]> Classes = new(() =>
    {
        var table = new byte[0x10000];
        for (var i = 0; i < table.Length; i++)
        {
            var c = (char)i;
            table[i] = (byte)((IsKana(c) ? KanaFlag : 0) | (IsIdeograph(c) ? IdeographFlag : 0)
                              | (IsLatinLetter(c) ? LatinFlag : 0) | (Width(c) == 2 ? WideFlag : 0));
        }
        return table;
    });

    /// <summary>True for characters that end a sentence or clause in Japanese or English text.</summary>
    public static bool IsSentenceEnd(char c) => c is '。' or '．' or '.' or '!' or '?' or '！' or '？' or '｡';

    /// <summary>True when the text ends like a sentence (final punctuation, possibly followed by closing quotes/brackets).</summary>
    public static bool EndsLikeSentence(ReadOnlySpan<char> s)
    {
        var t = s.TrimEnd();
        while (t.Length > 0 && t[^1] is '」' or '』' or ')' or '）' or '"' or '\'' or '”' or '’')
            t = t[..^1];
        return t.Length > 0 && IsSentenceEnd(t[^1]);
    }

    /// <summary>True when the text ends with punctuation that announces more text (comma, colon, semicolon).</summary>
    public static bool EndsWithContinuationPunctuation(ReadOnlySpan<char> s)
    {
        var t = s.TrimEnd();
        return t.Length > 0 && t[^1] is '、' or '，' or ',' or ':' or '：' or ';' or '；';
    }

    /// <summary>Hiragana or katakana (not ideographs): these mark Japanese text.</summary>
    public static bool IsKana(char c) => c is >= '\u3041' and <= '\u30FF' and not '\u30FB' and not '\u30FC';

    /// <summary>CJK unified ideograph (BMP).</summary>
    public static bool IsIdeograph(char c) => c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF';

    /// <summary>ASCII letter.</summary>
    public static bool IsLatinLetter(char c) => c is >= 'A' and <= 'Z' or >= 'a' and <= 'z' or >= '\u00C0' and <= '\u024F';
}
