using System.Text;
using System.Text.RegularExpressions;
using Converter.Model;

namespace Converter.Tests.Support;

/// <summary>
/// The fidelity oracle, written without the code under test: the source is decoded with .NET's own encodings (not
/// the converter's decoder), split into lines by the documented rule (CRLF, LF or CR ends a line; a form feed does
/// not), and every line the parser removed must be debris by the rules below, written from the documented
/// conventions rather than taken from the parser. The expected text is then every non-whitespace character of the
/// source, in order, without those lines. No test framework here: the fuzz harness links this file too.
/// </summary>
public static partial class FidelityOracle
{
    static FidelityOracle() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>
    /// The encoding a test file is written in, known from the file itself: a byte order mark, else <c>.sjis</c> or
    /// <c>.eucjp</c> in its name, else UTF-8. Names as in the document metadata (<c>utf-8</c>, <c>shift_jis</c>, …).
    /// </summary>
    public static string EncodingOfFile(string fileName, ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) return "utf-8-bom";
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])) return "utf-16le";
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])) return "utf-16be";
        var name = Path.GetFileName(fileName);
        if (name.Contains(".sjis", StringComparison.OrdinalIgnoreCase)) return "shift_jis";
        if (name.Contains(".eucjp", StringComparison.OrdinalIgnoreCase) || name.Contains(".euc-jp", StringComparison.OrdinalIgnoreCase)) return "euc-jp";
        return "utf-8";
    }

    /// <summary>Decodes strictly with .NET's encoding of that name, without a byte order mark.</summary>
    public static string Decode(ReadOnlySpan<byte> bytes, string encodingName)
    {
        var (encoding, bom) = encodingName switch
        {
            "utf-8" => ((Encoding)new UTF8Encoding(false, true), 0),
            "utf-8-bom" => (new UTF8Encoding(false, true), 3),
            "utf-16le" => (new UnicodeEncoding(false, false, true), bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) ? 2 : 0),
            "utf-16be" => (new UnicodeEncoding(true, false, true), bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]) ? 2 : 0),
            "shift_jis" => (Encoding.GetEncoding(932, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback), 0),
            "euc-jp" => (Encoding.GetEncoding(51932, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback), 0),
            _ => throw new ArgumentOutOfRangeException(nameof(encodingName), encodingName, "no .NET encoding known for this name"),
        };
        return encoding.GetString(bytes[bom..]);
    }

    /// <summary>Physical lines, numbered from 1 at index 0: CRLF, LF or CR ends a line; a form feed does not.</summary>
    public static List<string> Lines(string text)
    {
        var lines = new List<string>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is not ('\r' or '\n')) continue;
            lines.Add(text[start..i]);
            if (text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n') i++;
            start = i + 1;
        }
        lines.Add(text[start..]);
        return lines;
    }

    /// <summary>
    /// The text the model must hold: every non-whitespace character of <paramref name="source"/>, in order, except
    /// on the lines the parser removed. <paramref name="problems"/> lists each removed line that is not debris by the
    /// rules of its kind, or whose recorded text is not that line's.
    /// </summary>
    public static string Expected(string source, Document document, out List<string> problems)
    {
        var lines = Lines(source);
        problems = [];
        var removed = new HashSet<int>();
        foreach (var line in document.RemovedLines)
        {
            if (line.Line < 1 || line.Line > lines.Count)
            {
                problems.Add($"removed line {line.Line} does not exist (the source has {lines.Count} lines)");
                continue;
            }
            if (!removed.Add(line.Line)) problems.Add($"line {line.Line} is removed twice");
            if (WhyNotDebris(lines, line) is { } why) problems.Add($"line {line.Line} was removed as {line.Kind} but {why}: '{lines[line.Line - 1]}'");
        }
        var sb = new StringBuilder(source.Length);
        for (var i = 0; i < lines.Count; i++)
        {
            if (removed.Contains(i + 1)) continue;
            foreach (var c in lines[i])
                if (!char.IsWhiteSpace(c)) sb.Append(c);
        }
        return sb.ToString();
    }

    /// <summary>Null when the line is debris of its recorded kind; otherwise why not.</summary>
    public static string? WhyNotDebris(IReadOnlyList<string> lines, RemovedLine removed)
    {
        var index = removed.Line - 1;
        var text = lines[index].Trim();
        if (!lines[index].Contains(removed.Text, StringComparison.Ordinal)) return $"its recorded text '{removed.Text}' is not on it";
        return removed.Kind switch
        {
            RemovedLineKind.PageNumber => IsPageNumber(lines, index) ? null : "it is not a page number",
            RemovedLineKind.Separator => Separator().IsMatch(text) ? null : "it is not a separator (three or more rule characters)",
            RemovedLineKind.EndMarker => EndMarker().IsMatch(text) ? null : "it is not an end marker (###, - END -)",
            RemovedLineKind.RunningHeader => WhyNotRunningHeader(lines, index),
            _ => $"the kind {removed.Kind} is unknown to the oracle",
        };
    }

    // Page numbers as headers and footers write them: "- 3 -", "3 / 12", "Page 3", "p. 3", "3 ページ", "（3）/12".
    [GeneratedRegex(@"^(?:[-‐‑–—―－]\s*\d{1,4}\s*[-‐‑–—―－]|[(（]?\d{1,4}[)）]?\s*[/／]\s*\d{1,4}|(?:page|p\.)\s*\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?|\d{1,4}\s*ページ)$", RegexOptions.IgnoreCase)]
    private static partial Regex PageNumber();

    [GeneratedRegex(@"^\d{1,3}$")]
    private static partial Regex BareNumber();

    // A rule: three or more of the same family of rule characters, spaces between allowed ("***", "* * *", "---", "＝＝＝").
    [GeneratedRegex(@"^(?:(?:[*＊_＿=＝~～─━]\s*){3,}|(?:[-‐–—―－]\s*){3,}|(?:・\s*){3,})$")]
    private static partial Regex Separator();

    [GeneratedRegex(@"^(?:#{3,}|＃{3,}|[-–—－]+\s*END\s*[-–—－]+|\[?END\]?|[(（]\s*END\s*[)）])$", RegexOptions.IgnoreCase)]
    private static partial Regex EndMarker();

    private static bool IsPageNumber(IReadOnlyList<string> lines, int index)
    {
        var text = lines[index].Trim();
        if (PageNumber().IsMatch(text)) return true;
        // A bare number is a page number only where a form feed shows the page edge next to it.
        return BareNumber().IsMatch(text) && Enumerable.Range(index - 2, 5).Any(i => i >= 0 && i < lines.Count && lines[i].Contains('\f'));
    }

    /// <summary>
    /// A running header: the same text on two or more lines, here at a page edge. A page edge is the start or end of
    /// the text, a form feed, a page number, or a run of blank lines longer than the document's paragraph gap (the
    /// most common run of two or more blank lines: text extracted from PDF often puts a blank line after every line).
    /// </summary>
    private static string? WhyNotRunningHeader(IReadOnlyList<string> lines, int index)
    {
        var text = lines[index].Trim();
        if (text.Length == 0) return "it is blank";
        if (lines.Count(l => l.Trim() == text) < 2) return "its text appears only once";
        if (lines[index].Contains('\f')) return null;
        var gap = ParagraphGap(lines);
        foreach (var step in new[] { -1, 1 })
        {
            // Towards the nearest non-blank line on that side.
            var blanks = 0;
            var i = index + step;
            for (; i >= 0 && i < lines.Count; i += step)
            {
                if (lines[i].Contains('\f')) return null;
                if (lines[i].Trim().Length > 0) break;
                blanks++;
            }
            if (i < 0 || i >= lines.Count || blanks > gap || IsPageNumber(lines, i)) return null;
        }
        return $"it is not at a page edge (no page number, form feed or more than {gap} blank lines next to it)";
    }

    private static int ParagraphGap(IReadOnlyList<string> lines)
    {
        var runs = new Dictionary<int, int>();
        var run = 0;
        foreach (var line in lines)
        {
            if (line.Trim().Length == 0 && !line.Contains('\f')) { run++; continue; }
            if (run >= 2) runs[run] = runs.GetValueOrDefault(run) + 1;
            run = 0;
        }
        return runs.Count == 0 ? 1 : runs.OrderByDescending(r => r.Value).ThenByDescending(r => r.Key).First().Key;
    }
}
