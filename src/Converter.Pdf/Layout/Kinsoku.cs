using System.Collections.Frozen;

namespace Converter.Pdf.Layout;

/// <summary>
/// Character classes of JIS X 4051 line composition that decide where a line may break.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>No line starts with a closing bracket (cl-02), hyphen-like mark (cl-03), ? ! (cl-04), middle dot,
/// colon, semicolon (cl-05), full stop (cl-06), comma (cl-07), iteration mark, prolonged sound mark or small
/// kana (cl-09, cl-11), or a postfix unit such as ％ (cl-18).</item>
/// <item>No line ends with an opening bracket (cl-01) or a prefix currency sign (cl-19).</item>
/// <item>Pairs of ―, …, ‥ (cl-08, inseparable) are never split.</item>
/// <item>Runs of digits (half- or full-width, with inner . , : as in 9.5, 1,000, 22:00), Latin words and
/// acronyms (ASEAN, ＩＴ) are one unit (cl-27 and the JIS rule for Western words) and break only at their edges.</item>
/// </list>
/// </remarks>
internal static class Kinsoku
{
    /// <summary>Characters that must not begin a line (行頭禁則).</summary>
    public static readonly FrozenSet<int> NoLineStart = Set(
        ")]}）］｝〕〉》」』】〙〗〟’”｠»›" +          // closing brackets and quotes
        "‐゠–〜～" +                                  // hyphens, wave dash
        "?!？！‼⁇⁈⁉" +                               // question and exclamation marks
        "・：；:;" +                                  // middle dot, colon, semicolon
        "。．." +                                     // full stops
        "、，," +                                     // commas
        "ヽヾゝゞ々〻ー" +                             // iteration marks, prolonged sound mark
        "ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶㇰㇱㇲㇳㇴㇵㇶㇷㇸㇹㇺㇻㇼㇽㇾㇿ" + // small kana
        "ｧｨｩｪｫｯｬｭｮｰﾞﾟ｡､･" +                          // half-width kana and punctuation
        "%％‰℃°′″¢￠");                              // postfix units

    /// <summary>Characters that must not end a line (行末禁則).</summary>
    public static readonly FrozenSet<int> NoLineEnd = Set(
        "([{（［｛〔〈《「『【〘〖〝‘“｟«‹" +           // opening brackets and quotes
        "$＄¥￥£￡€#＃№");                             // prefix signs

    /// <summary>Characters that are never split from an identical neighbour (―― …… ‥‥).</summary>
    public static readonly FrozenSet<int> Inseparable = Set("—―…‥");

    /// <summary>Punctuation that joins two word characters into one unit (9.5, 1,000, 22:00, U.S., co-op, 10/20).</summary>
    private static readonly FrozenSet<int> WordJoiners = Set(".,:'’-/&_．，：");

    /// <summary>True for characters of Western words and numbers: Latin letters and digits, half- or full-width.</summary>
    public static bool IsWordChar(int c) =>
        c is >= '0' and <= '9' or >= 'A' and <= 'Z' or >= 'a' and <= 'z'
        or >= 0xC0 and <= 0x24F and not 0xD7 and not 0xF7     // Latin-1 and Latin Extended letters
        or >= 0xFF10 and <= 0xFF19                            // full-width digits
        or >= 0xFF21 and <= 0xFF3A or >= 0xFF41 and <= 0xFF5A;  // full-width Latin letters

    /// <summary>True for punctuation that stays inside a word or number when both neighbours are word characters.</summary>
    public static bool IsWordJoiner(int c) => WordJoiners.Contains(c);

    private static FrozenSet<int> Set(string chars) =>
        chars.EnumerateRunes().Select(r => r.Value).ToFrozenSet();
}
