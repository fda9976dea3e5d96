using System.Text;

namespace Converter.Corpus.Facts;

/// <summary>
/// The one normalisation every comparison uses: full-width forms become ASCII (<c>（１）</c> becomes <c>(1)</c>;
/// done by hand because Unicode normalisation is not available under invariant globalization), then only
/// letters and digits are kept. So a number
/// compares as displayed minus spacing and punctuation (<c>第一条</c>, <c>2</c>, <c>a</c>, <c>SEC2</c>), a title
/// or caption without its brackets (<c>（目的）</c> → <c>目的</c>). Case is kept.
/// </summary>
public static class Normal
{
    /// <summary>The normalised form of a text (empty for <c>null</c>).</summary>
    public static string Key(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        var sb = new StringBuilder(text.Length);
        foreach (var rune in text.EnumerateRunes())
        {
            // U+FF01..U+FF5E are the full-width twins of U+0021..U+007E.
            var r = rune.Value is >= 0xFF01 and <= 0xFF5E ? new Rune(rune.Value - 0xFEE0) : rune;
            if (Rune.IsLetterOrDigit(r)) sb.Append(r.ToString());
        }
        return sb.ToString();
    }

    /// <summary>The first <paramref name="length"/> characters of the normalised text: enough to find a bulleted item again.</summary>
    public static string Prefix(string? text, int length = 30)
    {
        var key = Key(text);
        return key.Length <= length ? key : key[..length];
    }
}
