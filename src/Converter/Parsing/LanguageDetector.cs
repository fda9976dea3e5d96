namespace Converter.Parsing;

/// <summary>Detects the document language (BCP 47) from its letters: a real share of kana or kanji means Japanese.</summary>
internal static class LanguageDetector
{
    public static string Detect(string text)
    {
        long kana = 0, ideographs = 0, latin = 0;
        foreach (var c in text)
        {
            if (CharClass.IsKana(c)) kana++;
            else if (CharClass.IsIdeograph(c)) ideographs++;
            else if (CharClass.IsLatinLetter(c)) latin++;
        }
        var cjk = kana + ideographs;
        // Latin acronyms inside Japanese text (ASEAN, APEC) do not make it English.
        if (cjk > 0 && cjk * 10 >= latin)
            return kana == 0 && ideographs > 50 ? "zh" : "ja";
        return latin > 0 ? "en" : "und";
    }
}
