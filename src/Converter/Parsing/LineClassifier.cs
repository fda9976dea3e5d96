namespace Converter.Parsing;

/// <summary>
/// Stage 1: text to classified physical lines. CRLF, CR and LF all end a line; a final newline does not
/// start another line (the count matches <c>wc -l</c> plus an unterminated last line).
/// </summary>
internal static class LineClassifier
{
    public static List<SourceLine> Classify(string text)
    {
        var lines = new List<SourceLine>(Math.Max(16, text.Length / 40));
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
            lines.Add(ClassifyLine(++number, raw));
            start = next;
        }
        return lines;
    }

    internal static SourceLine ClassifyLine(int number, ReadOnlySpan<char> raw)
    {
        var hasFormFeed = raw.Contains('\f');
        if (raw.Length == 0) return new(number, LineKind.Blank, "", "", false, false, 0);

        var trimmedStart = raw.TrimStart();
        if (trimmedStart.Length == 0)
            return new(number, hasFormFeed ? LineKind.PageBreak : LineKind.Spacer, "", "", false, hasFormFeed, 0);

        var indent = raw[..(raw.Length - trimmedStart.Length)];
        var content = trimmedStart.TrimEnd();
        var trailing = content.Length < trimmedStart.Length;
        // A form feed inside the text (rare) is kept out of the content: it is layout, not text.
        var contentString = content.Contains('\f') ? content.ToString().Replace("\f", "") : content.ToString();
        return new(number, LineKind.Text, contentString, indent.ToString().Replace("\f", ""), trailing, hasFormFeed,
            CharClass.Width(contentString));
    }
}
