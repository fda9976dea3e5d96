using System.Globalization;
using System.Text;
using Converter.Model;

namespace Converter.Emitters;

/// <summary>
/// Makes model text safe for a markup format (XML, HTML): every UTF-16 unit the format cannot carry is replaced
/// with U+FFFD and reported once per character and place as a warning with the format's code, so a stray control
/// character never makes an invalid file and never disappears silently. One instance per write; not thread-safe.
/// </summary>
/// <remarks>Shared by the Akoma Ntoso and HTML writers; the Word writer keeps its own (older) copy of the XML rule.</remarks>
internal sealed class MarkupText
{
    /// <summary>What replaces a character the format cannot carry: the standard substitute, visible to readers.</summary>
    public const char Replacement = '\uFFFD';

    private readonly string _code;
    private readonly string _formatName;
    private readonly bool _html;
    private readonly List<Diagnostic> _diagnostics = [];

    private MarkupText(string code, string formatName, bool html)
    {
        _code = code;
        _formatName = formatName;
        _html = html;
    }

    /// <summary>For XML 1.0: its <c>Char</c> production (C0 controls other than tab, LF and CR, U+FFFE, U+FFFF and unpaired surrogates are out).</summary>
    public static MarkupText ForXml(string code, string formatName) => new(code, formatName, html: false);

    /// <summary>
    /// For HTML: the XML rule plus what the HTML parser reports as an error in the input stream (C1 controls, DEL,
    /// noncharacters U+FDD0–U+FDEF), so the page parses without errors. Carriage returns and form feeds are kept
    /// (HTML treats them as white space).
    /// </summary>
    public static MarkupText ForHtml(string code) => new(code, "an HTML page", html: true);

    /// <summary>Warnings collected so far, in document order.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics => _diagnostics;

    /// <summary>Returns <paramref name="text"/> safe for the format, recording what was replaced.</summary>
    /// <param name="text">Text from the model.</param>
    /// <param name="where">Where it is, for the message: a node id or a role (<c>title</c>, <c>preamble paragraph 2</c>).</param>
    /// <param name="span">The source lines, when known.</param>
    public string Clean(string text, string where, SourceSpan? span)
    {
        if (IsClean(text, _html)) return text;
        var sb = new StringBuilder(text.Length);
        var counts = new Dictionary<int, int>();
        var order = new List<int>();
        for (var i = 0; i < text.Length; i++)
        {
            if (ValidPairAt(text, i))
            {
                var scalar = char.ConvertToUtf32(text[i], text[i + 1]);
                if (!_html || !IsNonCharacter(scalar))
                {
                    sb.Append(text, i, 2);
                    i++;
                    continue;
                }
                Count(scalar);
                i++;
                continue;
            }
            if (Allowed(text[i], _html)) sb.Append(text[i]);
            else Count(text[i]);
        }
        // Counted per code point so a paragraph full of BELs gives one warning, not hundreds.
        foreach (var code in order)
        {
            var times = counts[code] == 1 ? "" : string.Create(CultureInfo.InvariantCulture, $" ({counts[code]} times)");
            _diagnostics.Add(new Diagnostic(_code, DiagnosticSeverity.Warning,
                $"{Describe(code)} in {where} cannot be stored in {_formatName}; written as U+FFFD{times}", span));
        }
        return sb.ToString();

        void Count(int code)
        {
            sb.Append(Replacement);
            if (counts.TryGetValue(code, out var n)) counts[code] = n + 1;
            else { counts[code] = 1; order.Add(code); }
        }
    }

    /// <summary>Returns <paramref name="text"/> safe for the format without recording anything (for metadata that repeats body text).</summary>
    public string CleanSilently(string text) => IsClean(text, _html) ? text : new MarkupText(_code, _formatName, _html).Clean(text, "", null);

    private static bool IsClean(string text, bool html)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (ValidPairAt(text, i))
            {
                if (html && IsNonCharacter(char.ConvertToUtf32(text[i], text[i + 1]))) return false;
                i++;
                continue;
            }
            if (!Allowed(text[i], html)) return false;
        }
        return true;
    }

    private static bool ValidPairAt(string text, int i) =>
        char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]);

    // One UTF-16 unit that is not part of a valid surrogate pair.
    private static bool Allowed(char ch, bool html)
    {
        var xml = ch is '\t' or '\n' or '\r' || (ch >= '\u0020' && ch <= '\uD7FF') || (ch >= '\uE000' && ch <= '\uFFFD');
        if (!html) return xml;
        return (xml || ch == '\f') && !(ch >= '\u007F' && ch <= '\u009F') && !IsNonCharacter(ch);
    }

    // Unicode noncharacters: U+FDD0–U+FDEF and the last two code points of every plane.
    private static bool IsNonCharacter(int scalar) => scalar is >= 0xFDD0 and <= 0xFDEF || (scalar & 0xFFFE) == 0xFFFE;

    private static string Describe(int code)
    {
        var hex = string.Create(CultureInfo.InvariantCulture, $"U+{code:X4}");
        return code switch
        {
            >= 0xD800 and <= 0xDFFF => $"unpaired surrogate {hex}",
            _ when IsNonCharacter(code) => $"non-character {hex}",
            _ => $"control character {hex}",
        };
    }
}
