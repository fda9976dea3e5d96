using System.Text;
using Converter.Model;
using Converter.Tests.Support;
using Converter.PlainText;

namespace Converter.Fuzz;

/// <summary>
/// The fuzz targets. A <see cref="ConversionException"/> is the expected answer to bad input; any other
/// exception escaping a harness is reported to afl-fuzz as a crash, and so is a broken invariant (thrown as
/// <see cref="InvariantBrokenException"/>).
/// </summary>
internal static class Harnesses
{
    public static readonly IReadOnlyDictionary<string, Action<byte[]>> All = new Dictionary<string, Action<byte[]>>(StringComparer.Ordinal)
    {
        ["parse"] = Parse,
        ["fidelity"] = Fidelity,
        ["json"] = Json,
        ["docx"] = Docx,
    };

    // Nothing of Converter.Core may run before Fuzzer.Run has set up the shared memory the instrumented
    // library writes to, so the options are built on first use, not in this class's static constructor.
    private static class Bounded
    {
        // Inputs are small (afl-fuzz keeps them under a few KB); the bound only keeps a stray huge input cheap.
        public static readonly ConverterOptions Options = new() { MaxInputBytes = 1 << 20 };
    }

    public static byte[] ReadAll(Stream stream)
    {
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }

    /// <summary>Text parser: <c>DocumentConverter.Parse(bytes)</c>, then the JSON emitter on what it accepts.</summary>
    public static void Parse(byte[] bytes)
    {
        try
        {
            _ = DocumentConverter.Parse(bytes, "fuzz.txt", Bounded.Options).ToJson();
        }
        catch (ConversionException)
        {
        }
    }

    /// <summary>
    /// Text parser with the fidelity promise as an invariant: a document it accepts holds every non-whitespace
    /// source character (minus removed lines) once, in order.
    /// </summary>
    public static void Fidelity(byte[] bytes)
    {
        Document document;
        try
        {
            document = DocumentConverter.Parse(bytes, "fuzz.txt", Bounded.Options);
        }
        catch (ConversionException)
        {
            return;
        }
        // The tests' oracle (linked from tests/Converter.Tests/Support): .NET decodes the bytes in the encoding the
        // converter detected, and every removed line must be debris by the oracle's own rules.
        var expected = FidelityOracle.Expected(FidelityOracle.Decode(bytes, document.Metadata.Encoding), document, out var problems);
        if (problems.Count > 0) throw new InvariantBrokenException("fidelity: " + string.Join("; ", problems));
        var actual = ReadingOrder.NonWhitespaceText(document);
        if (expected != actual)
        {
            var i = 0;
            while (i < Math.Min(expected.Length, actual.Length) && expected[i] == actual[i]) i++;
            throw new InvariantBrokenException(
                $"fidelity: the model's text differs from the source's at character {i}: source '{Slice(expected, i)}', model '{Slice(actual, i)}'");
        }
    }

    /// <summary>
    /// JSON reader: <c>DocumentConverter.FromJson</c> and <c>Load</c> on arbitrary bytes; a document it accepts
    /// must be written again and read back to the same JSON.
    /// </summary>
    public static void Json(byte[] bytes)
    {
        Document document;
        try
        {
            document = DocumentConverter.FromJson(new MemoryStream(bytes, writable: false), "fuzz.json", Bounded.Options);
        }
        catch (ConversionException)
        {
            LoadByContent(bytes);
            return;
        }
        var json = document.ToJson();
        Document again;
        try
        {
            again = DocumentConverter.FromJson(json);
        }
        catch (ConversionException e)
        {
            throw new InvariantBrokenException("the reader rejects JSON the emitter wrote from a document it accepted: " + e.Message, e);
        }
        if (again.ToJson() != json) throw new InvariantBrokenException("JSON round trip is not byte-identical");
    }

    private static void LoadByContent(byte[] bytes)
    {
        try
        {
            _ = DocumentConverter.Load(bytes, "fuzz.json", Bounded.Options);
        }
        catch (ConversionException)
        {
        }
    }

    /// <summary>
    /// Word reader: <c>DocxReader.Read</c>, then the JSON emitter on what it accepts. An input that is not a zip or
    /// OLE file is taken as the text of <c>word/document.xml</c> and packaged (stored, uncompressed) with the seed's
    /// other parts, so the fuzzer mutates the XML the reader walks rather than compressed bytes; zip inputs are read
    /// as they are (the container checks).
    /// </summary>
    public static void Docx(byte[] bytes)
    {
        var reader = new Converter.Docx.Reading.DocxReader();
        var input = reader.Recognizes(bytes) ? bytes : WordPackage.With(bytes);
        try
        {
            var document = reader.Read(input, "fuzz.docx", Bounded.Options);
            var json = document.ToJson();
            if (DocumentConverter.FromJson(json).ToJson() != json) throw new InvariantBrokenException("JSON round trip of a Word document is not byte-identical");
        }
        catch (ConversionException)
        {
        }
    }

    private static string Slice(string s, int i) =>
        System.Text.Json.JsonSerializer.Serialize(s.Substring(Math.Max(0, i - 10), Math.Min(s.Length, i + 10) - Math.Max(0, i - 10)));
}

/// <summary>A property the converter promises does not hold for this input.</summary>
internal sealed class InvariantBrokenException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>A minimal Word package around a given <c>word/document.xml</c>, built without the SDK (stored entries).</summary>
internal static class WordPackage
{
    private const string ContentTypes = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">" +
        "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/>" +
        "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>" +
        "<Override PartName=\"/word/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml\"/>" +
        "<Override PartName=\"/word/numbering.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml\"/></Types>";
    private const string Rels = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" +
        "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>";
    private const string DocumentRels = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" +
        "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>" +
        "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering\" Target=\"numbering.xml\"/></Relationships>";
    private const string W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static readonly string Styles = $"<w:styles xmlns:w=\"{W}\"><w:style w:type=\"paragraph\" w:styleId=\"Title\"><w:name w:val=\"Title\"/></w:style>" +
        $"<w:style w:type=\"paragraph\" w:styleId=\"Heading1\"><w:name w:val=\"heading 1\"/><w:pPr><w:outlineLvl w:val=\"0\"/></w:pPr></w:style></w:styles>";
    private static readonly string Numbering = $"<w:numbering xmlns:w=\"{W}\"><w:abstractNum w:abstractNumId=\"1\">" +
        "<w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"japaneseCounting\"/><w:lvlText w:val=\"第%1条\"/></w:lvl>" +
        "<w:lvl w:ilvl=\"1\"><w:start w:val=\"1\"/><w:numFmt w:val=\"decimal\"/><w:lvlText w:val=\"%1.%2\"/></w:lvl></w:abstractNum>" +
        "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"1\"/></w:num></w:numbering>";

    public static byte[] With(byte[] documentXml)
    {
        using var output = new MemoryStream();
        using (var zip = new System.IO.Compression.ZipArchive(output, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
        {
            void Add(string name, byte[] content)
            {
                using var s = zip.CreateEntry(name, System.IO.Compression.CompressionLevel.NoCompression).Open();
                s.Write(content);
            }
            Add("[Content_Types].xml", Encoding.UTF8.GetBytes(ContentTypes));
            Add("_rels/.rels", Encoding.UTF8.GetBytes(Rels));
            Add("word/_rels/document.xml.rels", Encoding.UTF8.GetBytes(DocumentRels));
            Add("word/styles.xml", Encoding.UTF8.GetBytes(Styles));
            Add("word/numbering.xml", Encoding.UTF8.GetBytes(Numbering));
            Add("word/document.xml", documentXml);
        }
        return output.ToArray();
    }
}
