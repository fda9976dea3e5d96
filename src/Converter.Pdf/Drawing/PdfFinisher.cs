using System.Globalization;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;

namespace Converter.Pdf.Drawing;

/// <summary>
/// Rewrites the file PDFsharp saved into the file we ship, object by object, with a new cross-reference table:
/// <list type="bullet">
/// <item>the document information dictionary and the XMP metadata stream are replaced by ours
/// (<see cref="PdfMetadataValues"/>), which agree with each other and carry the PDF/A identification;
/// PDFsharp's own XMP has random ids, the wall-clock time and claims PDF/A-1a;</item>
/// <item>random font-subset tags (<c>ABCDEF+IPAexMincho</c>) become tags derived from the subset's bytes;</item>
/// <item>every stream except the metadata is compressed with a complete zlib stream (PDFsharp omits the
/// Adler-32 checksum, which qpdf reports);</item>
/// <item>text drawn as one string per line is spaced out run by run (<see cref="TextPositioner"/>);</item>
/// <item>the trailer <c>/ID</c> is derived from the content instead of a random GUID.</item>
/// </list>
/// Same input, same bytes out.
/// </summary>
internal static class PdfFinisher
{
    private static readonly Encoding Latin1 = Encoding.Latin1;

    // Below this many stream bytes, compressing on one thread is quicker than handing work to others.
    private const long ParallelThreshold = 128 * 1024;

    private sealed class PdfObject(int number, string value, byte[]? stream)
    {
        public int Number { get; } = number;
        public string Value { get; set; } = value;
        public byte[]? Stream { get; set; } = stream;
    }

    /// <summary>Rewrites <paramref name="pdf"/> (a file saved by PDFsharp with compression off).</summary>
    /// <param name="pdf">The file PDFsharp saved.</param>
    /// <param name="metadata">The metadata to write.</param>
    /// <param name="textDraws">Per page, the text-drawing calls in order (<see cref="PdfDrawer.Draw"/>); <c>null</c> when no text was merged.</param>
    /// <exception cref="FormatException">The file is not laid out as PDFsharp writes it (a bug, not a user error).</exception>
    public static byte[] Finish(byte[] pdf, PdfMetadataValues metadata, IReadOnlyList<IReadOnlyList<TextGroup?>>? textDraws = null)
    {
        var text = Latin1.GetString(pdf);
        var (objects, trailer) = Read(pdf, text);
        var byNumber = objects.ToDictionary(o => o.Number);
        var trailerEntries = PdfObjectLexer.ParseDictionary(trailer);
        var rootRef = Entry(trailerEntries, "/Root") ?? throw new FormatException("trailer has no /Root");
        var root = byNumber[PdfObjectLexer.ReferenceNumber(rootRef)];
        var rootEntries = PdfObjectLexer.ParseDictionary(root.Value);

        // Metadata: replace PDFsharp's packet with ours (uncompressed, as PDF/A requires).
        var metadataRef = Entry(rootEntries, "/Metadata");
        if (metadataRef is null) throw new FormatException("catalog has no /Metadata");
        var metadataObject = byNumber[PdfObjectLexer.ReferenceNumber(metadataRef)];
        var xmp = Encoding.UTF8.GetBytes(metadata.ToXmp());
        metadataObject.Value = PdfObjectLexer.FormatDictionary([new("/Type", "/Metadata"), new("/Subtype", "/XML"), new("/Length", Int(xmp.Length))]);
        metadataObject.Stream = xmp;

        // Document information: replace, keeping the same object number.
        var infoRef = Entry(trailerEntries, "/Info");
        if (infoRef is null) throw new FormatException("trailer has no /Info");
        byNumber[PdfObjectLexer.ReferenceNumber(infoRef)].Value = metadata.ToInfoDictionary();

        RenameSubsetTags(objects, byNumber);
        if (textDraws is not null) PositionText(byNumber, rootEntries, textDraws);

        // Streams are compressed independently of each other, the large ones (font programs) on several cores;
        // each result goes back to its own object, so the file is the same whatever the order of completion.
        var toCompress = new List<(PdfObject Object, List<KeyValuePair<string, string>> Entries)>();
        foreach (var o in objects)
        {
            if (o.Stream is null || ReferenceEquals(o, metadataObject)) continue;
            var entries = PdfObjectLexer.ParseDictionary(o.Value);
            if (Entry(entries, "/Filter") is not null) continue;
            toCompress.Add((o, entries));
        }
        var compressedStreams = new byte[toCompress.Count][];
        var largest = Enumerable.Range(0, toCompress.Count).OrderByDescending(i => toCompress[i].Object.Stream!.Length).ToArray();
        if (toCompress.Sum(c => (long)c.Object.Stream!.Length) >= ParallelThreshold && Environment.ProcessorCount > 1)
            Parallel.ForEach(largest, i => compressedStreams[i] = Deflate(toCompress[i].Object.Stream!));
        else
            foreach (var i in largest) compressedStreams[i] = Deflate(toCompress[i].Object.Stream!);
        for (var k = 0; k < toCompress.Count; k++)
        {
            var (o, entries) = toCompress[k];
            var compressed = compressedStreams[k];
            if (compressed.Length >= o.Stream!.Length) continue;
            o.Stream = compressed;
            Set(entries, "/Filter", "/FlateDecode");
            Set(entries, "/Length", Int(compressed.Length));
            o.Value = PdfObjectLexer.FormatDictionary(entries);
        }

        return Write(objects, rootRef, infoRef);
    }

    private static (List<PdfObject> Objects, string Trailer) Read(byte[] pdf, string text)
    {
        var startxref = text.LastIndexOf("startxref", StringComparison.Ordinal);
        if (startxref < 0) throw new FormatException("no startxref");
        var i = PdfObjectLexer.SkipWhite(text, startxref + "startxref".Length);
        var xrefEnd = PdfObjectLexer.ScanValue(text, i);
        var xref = int.Parse(text.AsSpan(i, xrefEnd - i), CultureInfo.InvariantCulture);
        if (!text.AsSpan(xref).StartsWith("xref")) throw new FormatException("no classic cross-reference table at startxref");
        i = xref + 4;
        var offsets = new SortedDictionary<int, int>();
        while (true)
        {
            i = PdfObjectLexer.SkipWhite(text, i);
            if (text.AsSpan(i).StartsWith("trailer")) break;
            var first = ReadInt(text, ref i);
            var count = ReadInt(text, ref i);
            for (var k = 0; k < count; k++)
            {
                var offset = ReadInt(text, ref i);
                ReadInt(text, ref i); // generation
                i = PdfObjectLexer.SkipWhite(text, i);
                var type = text[i++];
                if (type == 'n') offsets[first + k] = offset;
            }
        }
        var trailerStart = PdfObjectLexer.SkipWhite(text, i + "trailer".Length);
        var trailerEnd = PdfObjectLexer.ScanValue(text, trailerStart);
        var trailer = text[trailerStart..trailerEnd];

        var objects = new List<PdfObject>(offsets.Count);
        foreach (var (number, offset) in offsets)
        {
            var p = offset;
            if (offset == xref || (offsets.TryGetValue(number + 1, out var nextOffset) && nextOffset == offset))
            {
                // PDFsharp registered the object but wrote nothing for it (e.g. an empty outline root): keep the number as null.
                objects.Add(new PdfObject(number, "null", null));
                continue;
            }
            var n = ReadInt(text, ref p);
            ReadInt(text, ref p);
            p = PdfObjectLexer.SkipWhite(text, p);
            if (n != number || !text.AsSpan(p).StartsWith("obj")) throw new FormatException($"object {number} is not at its xref offset");
            var valueStart = PdfObjectLexer.SkipWhite(text, p + 3);
            var valueEnd = PdfObjectLexer.ScanValue(text, valueStart);
            var value = text[valueStart..valueEnd];
            byte[]? stream = null;
            p = PdfObjectLexer.SkipWhite(text, valueEnd);
            if (text.AsSpan(p).StartsWith("stream"))
            {
                p += "stream".Length;
                if (text[p] == '\r') p++;
                if (text[p] == '\n') p++;
                var length = Entry(PdfObjectLexer.ParseDictionary(value), "/Length") ?? throw new FormatException($"stream {number} has no /Length");
                var len = int.Parse(length, CultureInfo.InvariantCulture);
                stream = pdf.AsSpan(p, len).ToArray();
                p = PdfObjectLexer.SkipWhite(text, p + len);
                if (!text.AsSpan(p).StartsWith("endstream")) throw new FormatException($"stream {number} has a wrong /Length");
            }
            objects.Add(new PdfObject(number, value, stream));
        }
        for (var k = 0; k < objects.Count; k++)
            if (objects[k].Number != k + 1) throw new FormatException("object numbers are not contiguous");
        return (objects, trailer);
    }

    private static void PositionText(Dictionary<int, PdfObject> byNumber, List<KeyValuePair<string, string>> rootEntries, IReadOnlyList<IReadOnlyList<TextGroup?>> textDraws)
    {
        var pages = new List<PdfObject>();
        CollectPages(Resolve(byNumber, Entry(rootEntries, "/Pages") ?? throw new FormatException("catalog has no /Pages")));
        if (pages.Count != textDraws.Count) throw new FormatException($"{pages.Count} pages, but text was drawn on {textDraws.Count}");
        var widthsByFont = new Dictionary<string, GlyphWidths>(StringComparer.Ordinal); // by font object reference
        for (var p = 0; p < pages.Count; p++)
        {
            var draws = textDraws[p];
            var page = PdfObjectLexer.ParseDictionary(pages[p].Value);
            var fonts = new List<KeyValuePair<string, string>>();
            if (Entry(page, "/Resources") is { } resources
                && Entry(PdfObjectLexer.ParseDictionary(Value(byNumber, resources)), "/Font") is { } fontDictionary)
                fonts = PdfObjectLexer.ParseDictionary(Value(byNumber, fontDictionary));
            var contents = Entry(page, "/Contents");
            var streams = contents is null ? [] : contents.StartsWith('[')
                ? PdfObjectLexer.ParseArray(contents).Select(r => Resolve(byNumber, r)).ToList()
                : [Resolve(byNumber, contents)];
            var next = 0;
            foreach (var stream in streams)
            {
                if (stream.Stream is null) throw new FormatException("page content is not a stream");
                var entries = PdfObjectLexer.ParseDictionary(stream.Value);
                if (Entry(entries, "/Filter") is not null) throw new FormatException("page content is already compressed");
                var text = Latin1.GetString(stream.Stream);
                var rewritten = TextPositioner.Rewrite(text, draws, ref next, Widths);
                if (ReferenceEquals(rewritten, text)) continue;
                stream.Stream = Latin1.GetBytes(rewritten);
                Set(entries, "/Length", Int(stream.Stream.Length));
                stream.Value = PdfObjectLexer.FormatDictionary(entries);
            }
            if (next != draws.Count) throw new FormatException($"page {p + 1}: {draws.Count} text calls drawn, {next} found");

            GlyphWidths Widths(string name)
            {
                var reference = Entry(fonts, name) ?? throw new FormatException($"font {name} is not in the page resources");
                if (widthsByFont.TryGetValue(reference, out var known)) return known;
                var font = PdfObjectLexer.ParseDictionary(Value(byNumber, reference));
                var descendants = Entry(font, "/DescendantFonts") ?? throw new FormatException($"font {name} is not a Type0 font");
                var cidFont = PdfObjectLexer.ParseDictionary(Value(byNumber, PdfObjectLexer.ParseArray(Value(byNumber, descendants))[0]));
                var w = Entry(cidFont, "/W");
                var dw = Entry(cidFont, "/DW");
                var widths = GlyphWidths.Parse(w is null ? null : Value(byNumber, w), dw is null ? null : Value(byNumber, dw));
                widthsByFont.Add(reference, widths);
                return widths;
            }
        }

        void CollectPages(PdfObject node)
        {
            var entries = PdfObjectLexer.ParseDictionary(node.Value);
            if (Entry(entries, "/Type") == "/Page")
            {
                pages.Add(node);
                return;
            }
            var kids = Entry(entries, "/Kids") ?? throw new FormatException("page tree node has no /Kids");
            foreach (var kid in PdfObjectLexer.ParseArray(Value(byNumber, kids))) CollectPages(Resolve(byNumber, kid));
        }
    }

    /// <summary>The object <paramref name="reference"/> points to.</summary>
    private static PdfObject Resolve(Dictionary<int, PdfObject> byNumber, string reference) =>
        byNumber[PdfObjectLexer.ReferenceNumber(reference)];

    /// <summary><paramref name="value"/>, or the value of the object it refers to when it is a reference.</summary>
    private static string Value(Dictionary<int, PdfObject> byNumber, string value) =>
        value.EndsWith(" R", StringComparison.Ordinal) ? Resolve(byNumber, value).Value : value;

    private static void RenameSubsetTags(List<PdfObject> objects, Dictionary<int, PdfObject> byNumber)
    {
        var renames = new List<(string Old, string New)>();
        foreach (var o in objects)
        {
            if (o.Stream is not null || !o.Value.StartsWith("<<", StringComparison.Ordinal)) continue;
            var entries = PdfObjectLexer.ParseDictionary(o.Value);
            if (Entry(entries, "/Type") != "/FontDescriptor") continue;
            var name = Entry(entries, "/FontName");
            var file = Entry(entries, "/FontFile2") ?? Entry(entries, "/FontFile") ?? Entry(entries, "/FontFile3");
            if (name is null || file is null || name.Length < 9 || name[7] != '+') continue;
            var bytes = byNumber[PdfObjectLexer.ReferenceNumber(file)].Stream ?? [];
            var hash = SHA256.HashData([.. Latin1.GetBytes(name[8..]), .. bytes]);
            var tag = new StringBuilder(6);
            for (var k = 0; k < 6; k++) tag.Append((char)('A' + hash[k] % 26));
            renames.Add((name[..8], "/" + tag + "+"));
        }
        if (renames.Count == 0) return;
        foreach (var o in objects)
        {
            if (!o.Value.Contains('+', StringComparison.Ordinal)) continue;
            foreach (var (old, @new) in renames) o.Value = o.Value.Replace(old, @new, StringComparison.Ordinal);
        }
    }

    private static byte[] Write(List<PdfObject> objects, string rootRef, string infoRef)
    {
        using var output = new MemoryStream();
        WriteText(output, "%PDF-1.7\n%\u00E2\u00E3\u00CF\u00D3\n");
        var offsets = new long[objects.Count];
        foreach (var o in objects)
        {
            offsets[o.Number - 1] = output.Position;
            WriteText(output, $"{o.Number} 0 obj\n{o.Value}\n");
            if (o.Stream is not null)
            {
                WriteText(output, "stream\n");
                output.Write(o.Stream);
                WriteText(output, "\nendstream\n");
            }
            WriteText(output, "endobj\n");
        }
        var id = Convert.ToHexString(SHA256.HashData(output.GetBuffer().AsSpan(0, (int)output.Length))[..16]);
        var xref = output.Position;
        var table = new StringBuilder();
        table.Append("xref\n0 ").Append(Int(objects.Count + 1)).Append("\n0000000000 65535 f \n");
        foreach (var offset in offsets) table.Append(offset.ToString("D10", CultureInfo.InvariantCulture)).Append(" 00000 n \n");
        table.Append("trailer\n<</Size ").Append(Int(objects.Count + 1)).Append("/Root ").Append(rootRef).Append("/Info ").Append(infoRef)
            .Append("/ID[<").Append(id).Append("><").Append(id).Append(">]>>\nstartxref\n")
            .Append(xref.ToString(CultureInfo.InvariantCulture)).Append("\n%%EOF\n");
        WriteText(output, table.ToString());
        return output.ToArray();
    }

    private static void WriteText(Stream output, string text) => output.Write(Latin1.GetBytes(text));

    // zlib level 6: half the time of level 9 (SmallestSize) on font programs, files 0.6% larger; lower levels save
    // little more time and lose more (level 2: +4%, level 1: +24%).
    private static byte[] Deflate(byte[] data)
    {
        using var buffer = new MemoryStream();
        using (var zlib = new ZLibStream(buffer, CompressionLevel.Optimal, leaveOpen: true)) zlib.Write(data);
        return buffer.ToArray();
    }

    private static int ReadInt(string text, ref int i)
    {
        i = PdfObjectLexer.SkipWhite(text, i);
        var start = i;
        while (i < text.Length && char.IsAsciiDigit(text[i])) i++;
        if (i == start) throw new FormatException("number expected");
        return int.Parse(text.AsSpan(start, i - start), CultureInfo.InvariantCulture);
    }

    private static string? Entry(List<KeyValuePair<string, string>> entries, string key)
    {
        foreach (var (k, v) in entries) if (k == key) return v;
        return null;
    }

    private static void Set(List<KeyValuePair<string, string>> entries, string key, string value)
    {
        for (var k = 0; k < entries.Count; k++)
            if (entries[k].Key == key)
            {
                entries[k] = new(key, value);
                return;
            }
        entries.Add(new(key, value));
    }

    private static string Int(long value) => value.ToString(CultureInfo.InvariantCulture);
}
