namespace Converter.PlainText;

/// <summary>
/// Stage 1: text to classified physical lines. CRLF, CR and LF all end a line; a final newline does not
/// start another line (the count matches <c>wc -l</c> plus an unterminated last line).
/// </summary>
internal static class LineClassifier
{
    public static List<SourceLine> Classify(string text)
    {
        // Sized from a vectorised count of line ends (CRLF counts once): a guess that falls short doubles a list
        // that, for a large input, is tens of megabytes, and leaves the old one as garbage.
        var lines = new List<SourceLine>(Math.Max(text.AsSpan().Count('\n'), text.AsSpan().Count('\r')) + 1);
        var start = 0;
        var number = 0;
        var span = text.AsSpan();
        while (start < span.Length)
        {
            var rest = span[start..];
            var eol = rest.IndexOfAny('\r', '\n');
            ReadOnlySpan<char> raw;
            int next;
            if (eol < 0)
            {
                raw = rest;
                next = span.Length;
            }
            else
            {
                raw = rest[..eol];
                next = start + eol + 1;
                if (rest[eol] == '\r' && eol + 1 < rest.Length && rest[eol + 1] == '\n') next++;
            }
            lines.Add(ClassifyLine(++number, text, start, raw.Length));
            start = next;
        }
        return lines;
    }

    /// <summary>Classifies one line given on its own.</summary>
    internal static SourceLine ClassifyLine(int number, ReadOnlySpan<char> raw) => ClassifyLine(number, raw.ToString(), 0, raw.Length);

    /// <summary>Classifies the line <paramref name="text"/>[<paramref name="start"/>..+<paramref name="length"/>] (without its line end).</summary>
    internal static SourceLine ClassifyLine(int number, string text, int start, int length)
    {
        var raw = text.AsSpan(start, length);
        var hasFormFeed = raw.Contains('\f');
        if (raw.Length == 0) return new(number, LineKind.Blank, "", "", false, false, 0);

        var trimmedStart = raw.TrimStart();
        if (trimmedStart.Length == 0)
            return new(number, hasFormFeed ? LineKind.PageBreak : LineKind.Spacer, "", "", false, hasFormFeed, 0);

        var indentLength = raw.Length - trimmedStart.Length;
        var content = trimmedStart.TrimEnd();
        var trailing = content.Length < trimmedStart.Length;
        var indent = Indent(raw[..indentLength]);
        // A form feed inside the text (rare) is kept out of the content: it is layout, not text.
        if (content.Contains('\f'))
        {
            var cleaned = content.ToString().Replace("\f", "");
            return new(number, LineKind.Text, cleaned, indent, trailing, hasFormFeed, CharClass.Width(cleaned));
        }
        return new(number, LineKind.Text, text, start + indentLength, content.Length, indent, trailing, hasFormFeed,
            CharClass.Width(content));
    }

    // No indent, or one ideographic space (a Japanese paragraph indent), is most lines: no string for those.
    private static string Indent(ReadOnlySpan<char> indent) => indent switch
    {
        [] => "",
        ['\u3000'] => "\u3000",
        _ => indent.ToString().Replace("\f", ""),
    };
}
