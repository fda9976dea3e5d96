using System.Globalization;
using System.Text;
using Converter.Model;

namespace Converter.Docx;

/// <summary>
/// Replaces characters that XML 1.0 cannot carry (C0 controls other than tab, line feed and carriage
/// return; U+FFFE, U+FFFF; unpaired surrogates) with U+FFFD, and records one <c>DOCX001</c> warning per
/// character and place, so a stray control character never makes a corrupt file or disappears silently.
/// One instance per write; not thread-safe.
/// </summary>
internal sealed class XmlTextSanitizer
{
    /// <summary>Diagnostic code for a replaced character.</summary>
    public const string ReplacedCharacterCode = "DOCX001";

    /// <summary>What replaces an invalid character: visible in Word, and the standard substitute.</summary>
    public const char Replacement = '\uFFFD';

    private readonly List<Diagnostic> _diagnostics = [];

    /// <summary>Warnings collected so far, in document order.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics => _diagnostics;

    /// <summary>
    /// Returns <paramref name="text"/> safe for XML, recording what was replaced.
    /// </summary>
    /// <param name="text">Text from the model.</param>
    /// <param name="where">Where it is, for the message: a node id or a role (<c>title</c>, <c>preamble paragraph 2</c>).</param>
    /// <param name="span">The source lines, when known.</param>
    public string Clean(string text, string where, SourceSpan? span)
    {
        if (IsClean(text)) return text;
        var sb = new StringBuilder(text.Length);
        // Counted per code point so a paragraph full of BELs gives one warning, not hundreds.
        var found = new Dictionary<int, int>();
        var order = new List<int>();
        for (var i = 0; i < text.Length; i++)
        {
            var ch = text[i];
            if (char.IsHighSurrogate(ch) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                sb.Append(ch).Append(text[i + 1]);
                i++;
                continue;
            }
            if (IsAllowed(ch))
            {
                sb.Append(ch);
                continue;
            }
            sb.Append(Replacement);
            if (found.TryGetValue(ch, out var count)) found[ch] = count + 1;
            else { found[ch] = 1; order.Add(ch); }
        }
        foreach (var code in order)
        {
            var times = found[code] == 1 ? "" : string.Create(CultureInfo.InvariantCulture, $" ({found[code]} times)");
            _diagnostics.Add(new Diagnostic(ReplacedCharacterCode, DiagnosticSeverity.Warning,
                $"{Describe(code)} in {where} cannot be stored in a Word file; written as U+FFFD{times}", span));
        }
        return sb.ToString();
    }

    /// <summary>Replaces invalid characters without recording anything (for metadata that repeats body text).</summary>
    public static string CleanSilently(string text) => IsClean(text) ? text : new XmlTextSanitizer().Clean(text, "", null);

    private static bool IsClean(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var ch = text[i];
            if (char.IsHighSurrogate(ch) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) { i++; continue; }
            if (!IsAllowed(ch)) return false;
        }
        return true;
    }

    // XML 1.0 Char production, for one UTF-16 unit that is not part of a valid surrogate pair.
    private static bool IsAllowed(char ch) =>
        ch is '\t' or '\n' or '\r'
        || (ch >= '\u0020' && ch <= '\uD7FF')
        || (ch >= '\uE000' && ch <= '\uFFFD');

    private static string Describe(int code)
    {
        var hex = string.Create(CultureInfo.InvariantCulture, $"U+{code:X4}");
        return code switch
        {
            >= 0xD800 and <= 0xDFFF => $"unpaired surrogate {hex}",
            0xFFFE or 0xFFFF => $"non-character {hex}",
            _ => $"control character {hex}",
        };
    }
}
