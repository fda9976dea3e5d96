using System.Text;

namespace Converter.Corpus.Facts;

/// <summary>
/// The one normalisation every comparison uses: Unicode compatibility form (NFKC: full-width letters and
/// digits become ASCII, <c>（１）</c> becomes <c>(1)</c>), then only letters and digits are kept. So a number
/// compares as displayed minus spacing and punctuation (<c>第一条</c>, <c>2</c>, <c>a</c>, <c>SEC2</c>), a title
/// or caption without its brackets (<c>（目的）</c> → <c>目的</c>). Case is kept.
/// </summary>
public static class Normal
{
    /// <summary>The normalised form of a text (empty for <c>null</c>).</summary>
    public static string Key(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        var nfkc = text.Normalize(NormalizationForm.FormKC);
        var sb = new StringBuilder(nfkc.Length);
        foreach (var rune in nfkc.EnumerateRunes())
            if (Rune.IsLetterOrDigit(rune)) sb.Append(rune.ToString());
        return sb.ToString();
    }

    /// <summary>The first <paramref name="length"/> characters of the normalised text: enough to find a bulleted item again.</summary>
    public static string Prefix(string? text, int length = 30)
    {
        var key = Key(text);
        return key.Length <= length ? key : key[..length];
    }
}
