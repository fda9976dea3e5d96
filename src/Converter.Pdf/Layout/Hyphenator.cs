using System.Collections.Frozen;
using System.Text;

namespace Converter.Pdf.Layout;

/// <summary>
/// Where an English word may be hyphenated: Frank Liang's algorithm (as in TeX and LibreOffice) over the US English patterns
/// of Debian's <c>hyphen-en-us</c> (<c>hyph_en_US.dic</c>, bundled; licence in <c>Layout/hyphen.debian-copyright.txt</c>).
/// </summary>
/// <remarks>
/// Hand-written because the algorithm is forty lines and no maintained .NET package ships it with patterns whose licence
/// we can check; the patterns themselves are data. The file's own minimums apply: at least 2 letters before a hyphen and
/// 3 after it.
/// </remarks>
internal sealed class Hyphenator
{
    private static readonly Lazy<Hyphenator> English = new(() => Load("Converter.Pdf.Layout.hyph_en_US.dic"));
    private readonly FrozenDictionary<string, byte[]> _patterns;
    private readonly int _maxLength;

    private Hyphenator(FrozenDictionary<string, byte[]> patterns, int leftMin, int rightMin)
    {
        _patterns = patterns;
        _maxLength = patterns.Keys.Max(k => k.Length);
        LeftMin = leftMin;
        RightMin = rightMin;
    }

    /// <summary>The US English hyphenator.</summary>
    public static Hyphenator EnglishUs => English.Value;

    /// <summary>Fewest letters before a hyphen.</summary>
    public int LeftMin { get; }

    /// <summary>Fewest letters after a hyphen.</summary>
    public int RightMin { get; }

    /// <summary>Positions k (1 ≤ k &lt; length) where <paramref name="word"/> (letters only) may be broken as word[..k] + "-" + word[k..].</summary>
    public List<int> Points(ReadOnlySpan<char> word)
    {
        var points = new List<int>();
        if (word.Length < LeftMin + RightMin) return points;
        Span<char> dotted = stackalloc char[word.Length + 2];
        dotted[0] = '.';
        for (var i = 0; i < word.Length; i++) dotted[i + 1] = char.ToLowerInvariant(word[i]);
        dotted[^1] = '.';
        Span<byte> values = stackalloc byte[dotted.Length + 1];
        values.Clear();
        var lookup = _patterns.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var start = 0; start < dotted.Length; start++)
            for (var length = 1; length <= _maxLength && start + length <= dotted.Length; length++)
            {
                if (!lookup.TryGetValue(dotted.Slice(start, length), out var digits)) continue;
                for (var k = 0; k < digits.Length; k++)
                    if (digits[k] > values[start + k]) values[start + k] = digits[k];
            }
        // values[j] sits before dotted[j]; a break before word[k] is values[k + 1].
        for (var k = LeftMin; k <= word.Length - RightMin; k++)
            if ((values[k + 1] & 1) == 1) points.Add(k);
        return points;
    }

    private static Hyphenator Load(string resource)
    {
        using var stream = typeof(Hyphenator).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"bundled hyphenation patterns {resource} are missing from the assembly");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var patterns = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        int left = 2, right = 3;
        reader.ReadLine();                                       // the encoding line
        while (reader.ReadLine() is { } line)
        {
            line = line.Trim();
            if (line.Length == 0 || line.StartsWith('%')) continue;
            if (line.StartsWith("LEFTHYPHENMIN ", StringComparison.Ordinal)) { left = int.Parse(line[14..], System.Globalization.CultureInfo.InvariantCulture); continue; }
            if (line.StartsWith("RIGHTHYPHENMIN ", StringComparison.Ordinal)) { right = int.Parse(line[15..], System.Globalization.CultureInfo.InvariantCulture); continue; }
            if (line.Contains('/') || char.IsUpper(line[0])) continue;   // non-standard (replacement) patterns and other keywords
            var letters = new StringBuilder(line.Length);
            var digits = new List<byte> { 0 };
            foreach (var c in line)
            {
                if (c is >= '0' and <= '9') digits[^1] = (byte)(c - '0');
                else
                {
                    letters.Append(c);
                    digits.Add(0);
                }
            }
            patterns[letters.ToString()] = [.. digits];
        }
        return new Hyphenator(patterns.ToFrozenDictionary(StringComparer.Ordinal), left, right);
    }
}
