namespace Converter.Pdf.Drawing;

/// <summary>
/// Just enough of a PDF lexer to take apart the files PDFsharp writes: finds where an object value ends
/// (dictionaries, arrays, strings, names, numbers, references) and splits a dictionary into its entries.
/// Works on text decoded as Latin-1, so one char is one byte.
/// </summary>
internal static class PdfObjectLexer
{
    /// <summary>True for PDF white-space characters.</summary>
    public static bool IsWhite(char c) => c is '\0' or '\t' or '\n' or '\f' or '\r' or ' ';

    /// <summary>True for PDF delimiters.</summary>
    public static bool IsDelimiter(char c) => c is '(' or ')' or '<' or '>' or '[' or ']' or '{' or '}' or '/' or '%';

    /// <summary>Skips white space and comments.</summary>
    public static int SkipWhite(string s, int i)
    {
        while (i < s.Length)
        {
            if (IsWhite(s[i])) i++;
            else if (s[i] == '%')
                while (i < s.Length && s[i] is not '\n' and not '\r') i++;
            else break;
        }
        return i;
    }

    /// <summary>Index just past the value starting at (or after white space from) <paramref name="i"/>.</summary>
    /// <exception cref="FormatException">The text is not a well-formed value.</exception>
    public static int ScanValue(string s, int i)
    {
        i = SkipWhite(s, i);
        if (i >= s.Length) throw new FormatException("unexpected end of PDF data");
        var c = s[i];
        if (c == '<' && i + 1 < s.Length && s[i + 1] == '<')
        {
            i += 2;
            while (true)
            {
                i = SkipWhite(s, i);
                if (i + 1 < s.Length && s[i] == '>' && s[i + 1] == '>') return i + 2;
                i = ScanValue(s, i); // key
                i = ScanValue(s, i); // value
            }
        }
        if (c == '<')
        {
            var end = s.IndexOf('>', i);
            return end < 0 ? throw new FormatException("unterminated hex string") : end + 1;
        }
        if (c == '[')
        {
            i++;
            while (true)
            {
                i = SkipWhite(s, i);
                if (i < s.Length && s[i] == ']') return i + 1;
                i = ScanValue(s, i);
            }
        }
        if (c == '(')
        {
            var depth = 0;
            for (; i < s.Length; i++)
            {
                if (s[i] == '\\') i++;
                else if (s[i] == '(') depth++;
                else if (s[i] == ')' && --depth == 0) return i + 1;
            }
            throw new FormatException("unterminated literal string");
        }
        if (c == '/')
        {
            i++;
            while (i < s.Length && !IsWhite(s[i]) && !IsDelimiter(s[i])) i++;
            return i;
        }
        var start = i;
        while (i < s.Length && !IsWhite(s[i]) && !IsDelimiter(s[i])) i++;
        if (i == start) throw new FormatException($"unexpected '{c}' in PDF data");
        // An indirect reference "n g R" is one value.
        if (IsInteger(s, start, i))
        {
            var j = SkipWhite(s, i);
            var k = j;
            while (k < s.Length && char.IsAsciiDigit(s[k])) k++;
            if (k > j)
            {
                var r = SkipWhite(s, k);
                if (r < s.Length && s[r] == 'R' && (r + 1 == s.Length || IsWhite(s[r + 1]) || IsDelimiter(s[r + 1]))) return r + 1;
            }
        }
        return i;
    }

    private static bool IsInteger(string s, int start, int end)
    {
        for (var k = start; k < end; k++) if (!char.IsAsciiDigit(s[k])) return false;
        return end > start;
    }

    /// <summary>Splits a dictionary <c>&lt;&lt;…&gt;&gt;</c> into ordered (key, value text) entries.</summary>
    public static List<KeyValuePair<string, string>> ParseDictionary(string text)
    {
        var i = SkipWhite(text, 0);
        if (!text.AsSpan(i).StartsWith("<<")) throw new FormatException("not a dictionary");
        i += 2;
        var entries = new List<KeyValuePair<string, string>>();
        while (true)
        {
            i = SkipWhite(text, i);
            if (text.AsSpan(i).StartsWith(">>")) return entries;
            var keyEnd = ScanValue(text, i);
            var key = text[i..keyEnd];
            var valueStart = SkipWhite(text, keyEnd);
            var valueEnd = ScanValue(text, valueStart);
            entries.Add(new(key, text[valueStart..valueEnd]));
            i = valueEnd;
        }
    }

    /// <summary>The elements of an array value, each as its source text.</summary>
    /// <exception cref="FormatException">The value is not an array.</exception>
    public static List<string> ParseArray(string text)
    {
        var i = SkipWhite(text, 0);
        if (i >= text.Length || text[i] != '[') throw new FormatException("not an array");
        i++;
        var items = new List<string>();
        while (true)
        {
            i = SkipWhite(text, i);
            if (i >= text.Length) throw new FormatException("unterminated array");
            if (text[i] == ']') return items;
            var end = ScanValue(text, i);
            items.Add(text[i..end]);
            i = end;
        }
    }

    /// <summary>Writes entries back as a dictionary.</summary>
    public static string FormatDictionary(IEnumerable<KeyValuePair<string, string>> entries)
    {
        var sb = new System.Text.StringBuilder("<<");
        foreach (var (key, value) in entries)
        {
            sb.Append(key);
            if (!value.StartsWith('/') && !value.StartsWith('<') && !value.StartsWith('[') && !value.StartsWith('(')) sb.Append(' ');
            sb.Append(value);
        }
        return sb.Append(">>").ToString();
    }

    /// <summary>The object number of a reference value <c>n g R</c>.</summary>
    public static int ReferenceNumber(string value)
    {
        var parts = value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        return parts.Length == 3 && parts[2] == "R" && int.TryParse(parts[0], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n)
            ? n : throw new FormatException($"'{value}' is not a reference");
    }
}
