namespace Converter.PlainText;

/// <summary>Detects the document language (BCP 47) from its letters: a real share of kana or kanji means Japanese.</summary>
internal static class LanguageDetector
{
    public static string Detect(string text)
    {
        // The three classes are disjoint: one table look-up per character counts them all.
        long kana = 0, ideographs = 0, latin = 0;
        var table = CharClass.Classes.Value;
        foreach (var c in text)
        {
            var flags = table[c];
            kana += flags & CharClass.KanaFlag;
            ideographs += (flags & CharClass.IdeographFlag) >> 1;
            latin += (flags & CharClass.LatinFlag) >> 2;
        }
        var cjk = kana + ideographs;
        // Latin acronyms inside Japanese text (ASEAN, APEC) do not make it English.
        if (cjk > 0 && cjk * 10 >= latin)
            return kana == 0 && ideographs > 50 ? "zh" : "ja";
        return latin > 0 ? "en" : "und";
    }
}
