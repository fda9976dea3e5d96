using System.Text;

namespace Converter.PlainText;

/// <summary>Decoded source text and the name of the encoding it was read with.</summary>
internal readonly record struct DecodedText(string Text, string EncodingName);

/// <summary>
/// Stage 0: bytes to text. Byte order marks first, then strict UTF-8, then UTF-16 without BOM, Shift_JIS
/// (CP932) and EUC-JP, each decoded strictly and scored by how plausible the result is as Japanese or
/// English text. Binary input and undecodable bytes are errors, never guesses.
/// </summary>
internal static class TextDecoder
{
    private static ReadOnlySpan<byte> Utf8Bom => [0xEF, 0xBB, 0xBF];

    private static readonly Encoding StrictUtf8 = new UTF8Encoding(false, true);
    private static readonly Encoding StrictUtf16Le = new UnicodeEncoding(false, false, true);
    private static readonly Encoding StrictUtf16Be = new UnicodeEncoding(true, false, true);
    private static readonly Lazy<Encoding> StrictShiftJis = new(() => LegacyEncoding(932));
    private static readonly Lazy<Encoding> StrictEucJp = new(() => LegacyEncoding(51932));

    static TextDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private static Encoding LegacyEncoding(int codePage) =>
        Encoding.GetEncoding(codePage, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);

    public static DecodedText Decode(ReadOnlySpan<byte> bytes, string displayName)
    {
        if (bytes.Length == 0)
            throw new ConversionException(ConversionErrorKind.InputEmpty,
                "the input is empty; give a text file holding the document", displayName);

        if (bytes.StartsWith(Utf8Bom))
            return new(DecodeStrict(StrictUtf8, bytes[3..], displayName, "UTF-8"), "utf-8-bom");
        if (bytes.StartsWith(new byte[] { 0xFF, 0xFE }))
            return new(DecodeUtf16WithBom(StrictUtf16Le, bytes[2..], displayName, "UTF-16LE"), "utf-16le");
        if (bytes.StartsWith(new byte[] { 0xFE, 0xFF }))
            return new(DecodeUtf16WithBom(StrictUtf16Be, bytes[2..], displayName, "UTF-16BE"), "utf-16be");

        // UTF-16 without a BOM: zero bytes from ASCII characters (line feeds at least), and text that reads
        // as Japanese or English when decoded; binary data with zero bytes fails the second test.
        var nul = bytes.IndexOf((byte)0);
        if (nul >= 0 && bytes.Length % 2 == 0)
        {
            string? wide = null, wideName = null;
            var wideScore = 0.0;
            if (TryDecode(StrictUtf16Le, bytes, out var le) && Plausibility(le, requireNewlines: true) is var leScore && leScore > wideScore)
                (wide, wideName, wideScore) = (le, "utf-16le", leScore);
            if (TryDecode(StrictUtf16Be, bytes, out var be) && Plausibility(be, requireNewlines: true) is var beScore && beScore > wideScore)
                (wide, wideName, wideScore) = (be, "utf-16be", beScore);
            if (wide is not null && wideScore >= 0.95 && wide.AsSpan().ContainsAny('\n', '\r')) return new(wide, wideName!);
        }

        if (nul >= 0)
            throw new ConversionException(ConversionErrorKind.InputNotText,
                $"the input holds a NUL byte at offset {nul}: it looks like a binary file, not text; " +
                "extract its text first (e.g. pdftotext) and convert that", displayName, LineOfOffset(bytes, nul));

        if (TryDecode(StrictUtf8, bytes, out var utf8)) return new(utf8, "utf-8");

        // Not UTF-8: try the legacy Japanese encodings and UTF-16 (Japanese-only UTF-16 has no zero bytes).
        var candidates = new List<(string Text, string Name, double Score)>();
        if (bytes.Length % 2 == 0)
        {
            if (TryDecode(StrictUtf16Le, bytes, out var le)) candidates.Add((le, "utf-16le", Plausibility(le, requireNewlines: true)));
            if (TryDecode(StrictUtf16Be, bytes, out var be)) candidates.Add((be, "utf-16be", Plausibility(be, requireNewlines: true)));
        }
        if (TryDecode(StrictShiftJis.Value, bytes, out var sjis)) candidates.Add((sjis, "shift_jis", Plausibility(sjis, false)));
        if (TryDecode(StrictEucJp.Value, bytes, out var euc)) candidates.Add((euc, "euc-jp", Plausibility(euc, false)));

        var best = candidates.OrderByDescending(c => c.Score).FirstOrDefault();
        if (best.Text is not null && best.Score >= 0.9) return new(best.Text, best.Name);

        var bad = FirstInvalidUtf8(bytes);
        throw new ConversionException(ConversionErrorKind.InputNotText,
            $"the input is not valid UTF-8 (invalid byte 0x{bytes[bad]:X2} at offset {bad}) and is not readable as " +
            "UTF-16, Shift_JIS or EUC-JP either; re-save the file as UTF-8", displayName, LineOfOffset(bytes, bad));
    }

    // Any byte pair is a UTF-16 code unit, so a stray BOM in front of Shift_JIS would "decode": check the result reads as text.
    private static string DecodeUtf16WithBom(Encoding encoding, ReadOnlySpan<byte> bytes, string displayName, string label)
    {
        var text = DecodeStrict(encoding, bytes, displayName, label);
        if (text.Length > 0 && Plausibility(text, requireNewlines: false) < 0.9)
            throw new ConversionException(ConversionErrorKind.InputNotText,
                $"the input starts with a {label} byte order mark but does not read as {label} text (another encoding behind a stray BOM?); " +
                "re-save the file as UTF-8", displayName);
        return text;
    }

    private static string DecodeStrict(Encoding encoding, ReadOnlySpan<byte> bytes, string displayName, string label)
    {
        if (TryDecode(encoding, bytes, out var text)) return text;
        throw new ConversionException(ConversionErrorKind.InputNotText,
            $"the input starts with a {label} byte order mark but is not valid {label}; re-save the file as UTF-8",
            displayName);
    }

    private static bool TryDecode(Encoding encoding, ReadOnlySpan<byte> bytes, out string text)
    {
        try
        {
            text = encoding.GetString(bytes);
            return true;
        }
        catch (DecoderFallbackException)
        {
            text = "";
            return false;
        }
    }

    /// <summary>Share of characters typical of Japanese or English documents (0..1).</summary>
    internal static double Plausibility(string text, bool requireNewlines)
    {
        if (text.Length == 0) return 0;
        int good = 0, newlines = 0;
        foreach (var c in text)
        {
            if (c is '\n' or '\r') newlines++;
            if (c is >= ' ' and <= '~' or '\n' or '\r' or '\t' or '\f'
                || c is >= '\u3000' and <= '\u30FF'
                || CharClass.IsIdeograph(c)
                || c is >= '\uFF01' and <= '\uFF5E'
                || c is '\u00A0' or '\u00AD' || c is >= '\u2010' and <= '\u2027' || c is '\u25CB' or '\u25CF' or '\u2022')
                good++;
        }
        if (requireNewlines && text.Length > 200 && newlines == 0) return 0;
        return (double)good / text.Length;
    }

    private static int FirstInvalidUtf8(ReadOnlySpan<byte> bytes)
    {
        var status = System.Text.Unicode.Utf8.ToUtf16(bytes, new char[bytes.Length], out var read, out _, replaceInvalidSequences: false);
        return status == System.Buffers.OperationStatus.Done ? 0 : Math.Min(read, bytes.Length - 1);
    }

    private static int LineOfOffset(ReadOnlySpan<byte> bytes, int offset) => bytes[..offset].Count((byte)'\n') + 1;
}
