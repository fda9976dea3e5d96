using System.IO.Compression;
using System.Text;
using System.Xml;

namespace Converter.Docx.Reading;

/// <summary>
/// Checks a Word container before the Open XML SDK opens it, so that hostile or broken files fail with one clear
/// message and bounded work: OLE compound files (Word 97–2003, encrypted documents), zips that are not Word files,
/// damaged zips, zip bombs (expanded size and ratio, measured by really decompressing, not from the sizes the zip
/// claims), XML with a DTD (entity expansion, external entities) and XML nested deeper than any document.
/// </summary>
internal static class PackageGuard
{
    /// <summary>Most entries a Word file may hold (Word writes a few dozen; thousands of images are still fine).</summary>
    public const int MaxEntries = 10_000;

    /// <summary>Deepest XML element nesting accepted (Word documents stay well under 100).</summary>
    public const int MaxXmlDepth = 256;

    /// <summary>An entry expanding beyond this may be compressed at most <see cref="MaxRatio"/> to 1.</summary>
    public const long RatioCheckedAbove = 16L * 1024 * 1024;

    /// <summary>Largest compression ratio accepted for a large entry: XML compresses about 10:1, zip bombs 1000:1.</summary>
    public const int MaxRatio = 200;

    private static ReadOnlySpan<byte> OleSignature => [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    /// <summary>True for a zip (a Word file or another) or an OLE compound file: the containers the Word reader answers for.</summary>
    public static bool IsContainer(ReadOnlySpan<byte> bytes) =>
        bytes.StartsWith("PK\u0003\u0004"u8) || bytes.StartsWith("PK\u0005\u0006"u8) || bytes.StartsWith(OleSignature);

    /// <summary>The most the XML parts of a file may expand to: 16 times the input limit, at most 1 GiB.</summary>
    public static long MaxExpandedBytes(ConverterOptions options) => Math.Clamp(options.MaxInputBytes * 16, 64L * 1024 * 1024, 1024L * 1024 * 1024);

    /// <summary>What the checks found that the reader reports rather than refuses.</summary>
    public sealed record Findings(bool HasMacros);

    /// <summary>Refuses what cannot be read, with a message saying what the file is and what to do.</summary>
    /// <exception cref="ConversionException">The file is not a readable Word document, or is too large expanded.</exception>
    public static Findings Check(byte[] bytes, string displayName, ConverterOptions options)
    {
        if (bytes.AsSpan().StartsWith(OleSignature)) throw Ole(bytes, displayName);

        ZipArchive zip;
        try
        {
            zip = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
        }
        catch (InvalidDataException e)
        {
            throw Damaged(displayName, $"it is not a readable zip archive ({e.Message.TrimEnd('.')})", e);
        }
        using (zip)
        {
            var entries = ReadEntries(zip, displayName);
            if (!entries.ContainsKey("word/document.xml"))
            {
                var what = entries.Keys.Any(k => k.StartsWith("xl/", StringComparison.Ordinal)) ? "an Excel workbook"
                    : entries.Keys.Any(k => k.StartsWith("ppt/", StringComparison.Ordinal)) ? "a PowerPoint presentation"
                    : entries.Keys.Any(k => k.StartsWith("word/", StringComparison.Ordinal)) ? "a damaged Word file (word/document.xml is missing)"
                    : "a zip archive";
                throw new ConversionException(ConversionErrorKind.InvalidDocument,
                    $"this is {what}, not a Word document: a .docx holds word/document.xml; give the converter a Word file or a text file", displayName);
            }
            if (!entries.ContainsKey("[Content_Types].xml"))
                throw Damaged(displayName, "its [Content_Types].xml part is missing", null);

            var limit = MaxExpandedBytes(options);
            long total = 0;
            foreach (var (name, entry) in entries)
            {
                if (!IsXml(name)) continue;
                total += CheckXml(entry, name, displayName, limit - total);
            }
            var macros = entries.ContainsKey("word/vbaProject.bin") || ContentTypesNameMacros(entries["[Content_Types].xml"]);
            return new Findings(macros);
        }
    }

    private static Dictionary<string, ZipArchiveEntry> ReadEntries(ZipArchive zip, string displayName)
    {
        try
        {
            if (zip.Entries.Count > MaxEntries)
                throw new ConversionException(ConversionErrorKind.InvalidDocument,
                    $"the zip holds {zip.Entries.Count:N0} entries, more than the {MaxEntries:N0} a Word file is allowed; it is not a document the converter reads", displayName);
            var entries = new Dictionary<string, ZipArchiveEntry>(StringComparer.Ordinal);
            foreach (var e in zip.Entries) entries.TryAdd(e.FullName.Replace('\\', '/').TrimStart('/'), e);
            return entries;
        }
        catch (InvalidDataException e)
        {
            throw Damaged(displayName, $"its zip directory cannot be read ({e.Message.TrimEnd('.')})", e);
        }
    }

    private static bool IsXml(string name) =>
        name.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".rels", StringComparison.OrdinalIgnoreCase);

    // Decompresses the part through a counting stream into an XML reader that refuses DTDs and deep nesting: the
    // part's real expanded size is measured (a zip's stated sizes can lie) and the XML is known safe to build a tree from.
    private static long CheckXml(ZipArchiveEntry entry, string name, string displayName, long remaining)
    {
        try
        {
            using var raw = entry.Open();
            using var counted = new CountingStream(raw, remaining, entry.CompressedLength);
            var settings = new XmlReaderSettings
            {
                DtdProcessing = DtdProcessing.Prohibit,
                XmlResolver = null,
                MaxCharactersFromEntities = 0,
                IgnoreWhitespace = true,
                IgnoreComments = true,
                CloseInput = false,
            };
            using var xml = XmlReader.Create(counted, settings);
            while (xml.Read())
                if (xml.Depth > MaxXmlDepth)
                    throw new ConversionException(ConversionErrorKind.InvalidDocument,
                        $"the part {name} nests XML elements more than {MaxXmlDepth} levels deep; it is not a document the converter reads", displayName);
            return counted.Count;
        }
        catch (CountingStream.LimitException e)
        {
            throw new ConversionException(ConversionErrorKind.InputTooLarge, e.Ratio
                ? $"the part {name} expands more than {MaxRatio} times its compressed size (a zip bomb?); the converter does not read it"
                : $"the Word file's XML parts expand to more than the limit ({remaining:N0} bytes left of it at {name}); raise --max-input-size if this is really one document",
                displayName);
        }
        catch (XmlException e) when (e.Message.Contains("DTD", StringComparison.OrdinalIgnoreCase))
        {
            throw new ConversionException(ConversionErrorKind.InvalidDocument,
                $"the part {name} declares a DTD (<!DOCTYPE …>), which Word never writes and which can expand entities or read other files; refused", displayName, inner: e);
        }
        catch (XmlException e)
        {
            throw Damaged(displayName, $"its part {name} is not well-formed XML (line {e.LineNumber}: {e.Message.TrimEnd('.')})", e);
        }
        catch (InvalidDataException e)
        {
            throw Damaged(displayName, $"its part {name} cannot be decompressed ({e.Message.TrimEnd('.')})", e);
        }
    }

    private static bool ContentTypesNameMacros(ZipArchiveEntry contentTypes)
    {
        using var reader = new StreamReader(contentTypes.Open(), Encoding.UTF8);
        var text = reader.ReadToEnd();
        return text.Contains("macroEnabled", StringComparison.OrdinalIgnoreCase) || text.Contains("vbaProject", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The message for a damaged file: what is wrong and what to do.</summary>
    public static ConversionException Damaged(string displayName, string what, Exception? inner) =>
        new(ConversionErrorKind.InvalidDocument, $"the Word file is damaged: {what}; open it in Word and save it again", displayName, inner: inner);

    // An OLE compound file: an encrypted Office document keeps its package in the stream "EncryptedPackage"; a Word
    // 97–2003 document has the stream "WordDocument". Directory entries hold stream names in UTF-16LE, so a search
    // for the names tells them apart without a compound-file reader (no .NET library for it is in use here).
    private static ConversionException Ole(byte[] bytes, string displayName)
    {
        if (Contains(bytes, "EncryptedPackage") || Contains(bytes, "EncryptionInfo"))
            return new ConversionException(ConversionErrorKind.InvalidDocument,
                "the Word file is encrypted (protected by a password); open it in Word, remove the password (File > Info > Protect Document) and save it, then convert it",
                displayName);
        if (Contains(bytes, "WordDocument"))
            return new ConversionException(ConversionErrorKind.InvalidDocument,
                "this is a Word 97-2003 document (.doc), which the converter does not read; open it in Word or LibreOffice and save it as .docx (Word Document), then convert that",
                displayName);
        return new ConversionException(ConversionErrorKind.InvalidDocument,
            "this is an OLE compound file (an older Office format such as .xls or .ppt), not a Word document; give the converter a .docx or a text file",
            displayName);
    }

    private static bool Contains(byte[] bytes, string name) => bytes.AsSpan().IndexOf(Encoding.Unicode.GetBytes(name)) >= 0;

    /// <summary>Counts decompressed bytes and stops at the size limit or, for a large part, at the ratio limit.</summary>
    private sealed class CountingStream(Stream inner, long limit, long compressed) : Stream
    {
        public sealed class LimitException(bool ratio) : Exception
        {
            public bool Ratio { get; } = ratio;
        }

        public long Count { get; private set; }

        public override int Read(byte[] buffer, int offset, int count) => Counted(inner.Read(buffer, offset, count));

        public override int Read(Span<byte> buffer) => Counted(inner.Read(buffer));

        private int Counted(int read)
        {
            Count += read;
            if (Count > limit) throw new LimitException(ratio: false);
            if (Count > RatioCheckedAbove && Count > Math.Max(compressed, 1) * MaxRatio) throw new LimitException(ratio: true);
            return read;
        }

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => Count; set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
