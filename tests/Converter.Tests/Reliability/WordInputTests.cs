using System.IO.Compression;
using System.Text;
using System.Text.Json;
using Converter.Cli;
using Converter.Docx;
using Converter.Docx.Reading;
using Converter.Json;
using Converter.Readers;
using Converter.Testing;
using Converter.Tests.Cli;

namespace Converter.Tests.Reliability;

/// <summary>
/// Word input through the CLI: a .docx converts to every format; each bad Word input (encrypted, Word 97–2003,
/// damaged, a zip bomb, a DTD, missing parts, no text) gives one clear message, its documented exit code, and no
/// output file; macros are never run and are reported.
/// </summary>
public sealed class WordInputTests : CliTestBase
{

    private static readonly Lazy<byte[]> SeedDocx = new(() =>
    {
        using var stream = new MemoryStream();
        DocumentConverter.ParseFile(RepositoryFiles.SeedPath).ToDocx(stream);
        return stream.ToArray();
    });

    /// <summary>The seed's .docx with entries replaced (null removes one) and added.</summary>
    private static byte[] Rezip(Dictionary<string, byte[]?> changes)
    {
        using var output = new MemoryStream();
        using (var source = new ZipArchive(new MemoryStream(SeedDocx.Value), ZipArchiveMode.Read))
        using (var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in source.Entries)
            {
                if (changes.ContainsKey(entry.FullName)) continue;
                using var from = entry.Open();
                using var to = target.CreateEntry(entry.FullName).Open();
                from.CopyTo(to);
            }
            foreach (var (name, bytes) in changes)
            {
                if (bytes is null) continue;
                using var to = target.CreateEntry(name, CompressionLevel.Optimal).Open();
                to.Write(bytes);
            }
        }
        return output.ToArray();
    }

    private static byte[] Utf8(string s) => Encoding.UTF8.GetBytes(s);

    private const string W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private static byte[] DocumentXml(string body, string? doctype = null) =>
        Utf8($"<?xml version=\"1.0\" encoding=\"UTF-8\"?>{doctype}<w:document xmlns:w=\"{W}\"><w:body>{body}</w:body></w:document>");

    // An OLE compound file: the signature, then directory entries naming streams in UTF-16LE.
    private static byte[] Ole(params string[] streams) =>
        [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, .. new byte[504], .. streams.SelectMany(s => Encoding.Unicode.GetBytes(s).Concat(new byte[128 - 2 * s.Length]))];

    private static byte[] Bomb()
    {
        // 40 MB of spaces inside a well-formed paragraph: it deflates about 1000 to 1.
        var xml = new StringBuilder(40_100_000).Append($"<w:document xmlns:w=\"{W}\"><w:body><w:p><w:r><w:t xml:space=\"preserve\">x");
        xml.Append(' ', 40_000_000).Append("</w:t></w:r></w:p></w:body></w:document>");
        return Rezip(new() { ["word/document.xml"] = Utf8(xml.ToString()) });
    }

    /// <summary>Name, content, exit code, a phrase the message must hold.</summary>
    public static TheoryData<string, Func<byte[]>, int, string> Bad => new()
    {
        { "encrypted.docx", () => Ole("EncryptionInfo", "EncryptedPackage"), ExitCodes.InputInvalid, "encrypted (protected by a password)" },
        { "old.doc", () => Ole("WordDocument", "1Table"), ExitCodes.InputInvalid, "Word 97-2003 document (.doc)" },
        { "other-ole.xls", () => Ole("Workbook"), ExitCodes.InputInvalid, "OLE compound file" },
        { "truncated.docx", () => SeedDocx.Value[..(SeedDocx.Value.Length / 2)], ExitCodes.InputInvalid, "damaged" },
        { "garbled.docx", () => [.. SeedDocx.Value[..40], .. new byte[2000], .. SeedDocx.Value[2040..]], ExitCodes.InputInvalid, "damaged" },
        { "bomb.docx", Bomb, ExitCodes.InputTooLarge, "zip bomb" },
        { "dtd.docx", () => Rezip(new() { ["word/document.xml"] = DocumentXml("<w:p><w:r><w:t>&x;</w:t></w:r></w:p>", "<!DOCTYPE w:document [<!ENTITY x \"lol\">]>") }), ExitCodes.InputInvalid, "DTD" },
        { "xxe.docx", () => Rezip(new() { ["word/document.xml"] = DocumentXml("<w:p><w:r><w:t>&x;</w:t></w:r></w:p>", "<!DOCTYPE w:document [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>") }), ExitCodes.InputInvalid, "DTD" },
        { "deep.docx", () => Rezip(new() { ["word/document.xml"] = DocumentXml(string.Concat(Enumerable.Repeat("<w:sdt><w:sdtContent>", 5000)) + string.Concat(Enumerable.Repeat("</w:sdtContent></w:sdt>", 5000))) }), ExitCodes.InputInvalid, "levels deep" },
        { "no-document.docx", () => Rezip(new() { ["word/document.xml"] = null }), ExitCodes.InputInvalid, "word/document.xml is missing" },
        { "no-content-types.docx", () => Rezip(new() { ["[Content_Types].xml"] = null }), ExitCodes.InputInvalid, "[Content_Types].xml part is missing" },
        { "not-xml.docx", () => Rezip(new() { ["word/document.xml"] = Utf8("<w:document") }), ExitCodes.InputInvalid, "not well-formed XML" },
        { "no-text.docx", () => Rezip(new() { ["word/document.xml"] = DocumentXml("<w:p/><w:p><w:r><w:t xml:space=\"preserve\">   </w:t></w:r></w:p>") }), ExitCodes.InputInvalid, "holds no text" },
        { "book.xlsx", () => Zip(("[Content_Types].xml", "<Types/>"), ("xl/workbook.xml", "<workbook/>")), ExitCodes.InputInvalid, "an Excel workbook" },
        { "archive.zip", () => Zip(("readme.txt", "hello")), ExitCodes.InputInvalid, "a zip archive, not a Word document" },
    };

    private static byte[] Zip(params (string Name, string Text)[] entries)
    {
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
            foreach (var (name, text) in entries)
            {
                using var to = zip.CreateEntry(name).Open();
                to.Write(Utf8(text));
            }
        return output.ToArray();
    }

    [Theory]
    [MemberData(nameof(Bad))]
    public void Bad_word_input_gives_one_message_its_exit_code_and_no_output(string name, Func<byte[]> make, int code, string phrase)
    {
        var input = Path.Combine(Dir, name);
        File.WriteAllBytes(input, make());
        // A zip bomb's work is bounded by the expanded-size limit (PackageGuard), not by a clock: tests assert no time.
        AssertRefused(input, code, phrase);
    }

    [Fact]
    public void A_docx_converts_to_every_format_and_its_json_validates()
    {
        var input = Path.Combine(Dir, "statement.docx");
        File.WriteAllBytes(input, SeedDocx.Value);
        var outDir = Path.Combine(Dir, "out");
        var (code, _, err) = Run("convert", input, "--to", "json,docx,pdf", "-o", outDir);
        Assert.True(code == ExitCodes.Success, err);
        Assert.Equal(["statement.docx", "statement.json", "statement.pdf"], Directory.GetFiles(outDir).Select(Path.GetFileName).Order());
        var json = File.ReadAllText(Path.Combine(outDir, "statement.json"));
        using (var doc = JsonDocument.Parse(json)) Assert.Empty(SchemaValidator.Validate(doc.RootElement));
        Assert.Contains("\"encoding\": \"docx\"", json);
        Assert.Contains("\"unit\": \"paragraph\"", json);
        // By content, not by name: the same bytes named .txt are read as Word too.
        File.Copy(input, Path.Combine(Dir, "statement-copy.txt"));
        Assert.Equal(ExitCodes.Success, Run("convert", Path.Combine(Dir, "statement-copy.txt"), "-o", Path.Combine(Dir, "out2")).Code);
    }

    [Fact]
    public void Macros_are_never_run_and_are_reported()
    {
        var contentTypes = Encoding.UTF8.GetString(ReadEntry(SeedDocx.Value, "[Content_Types].xml"))
            .Replace("application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml", "application/vnd.ms-word.document.macroEnabled.main+xml", StringComparison.Ordinal);
        var docm = Rezip(new() { ["[Content_Types].xml"] = Utf8(contentTypes), ["word/vbaProject.bin"] = Encoding.ASCII.GetBytes("Attribute VB_Name = \"AutoOpen\"") });
        var input = Path.Combine(Dir, "macro.docm");
        File.WriteAllBytes(input, docm);
        var (code, _, err) = Run("convert", input, "-o", Path.Combine(Dir, "out"));
        Assert.True(code == ExitCodes.Success, err);
        Assert.Contains("DOCX105", File.ReadAllText(Path.Combine(Dir, "out", "macro.json")));
        Assert.Contains("macros", err);
    }

    [Fact]
    public void The_library_reads_word_when_given_the_reader_and_says_how_when_not()
    {
        var path = Path.Combine(Dir, "x.docx");
        File.WriteAllBytes(path, SeedDocx.Value);
        var e = Assert.Throws<ConversionException>(() => DocumentConverter.ParseFile(path));
        Assert.Equal(ConversionErrorKind.InvalidDocument, e.Kind);
        Assert.Contains("ReaderRegistry.Core.With(new DocxReader())", e.Message);

        var document = DocumentConverter.ParseFile(path, null, ReaderRegistry.Core.With(new DocxReader()));
        Assert.Equal(DocumentConverter.ParseFile(RepositoryFiles.SeedPath).Heading.Title.Text, document.Heading.Title.Text);
        Assert.Equal("docx", document.Metadata.Encoding);
    }

    private static byte[] ReadEntry(byte[] zip, string name)
    {
        using var archive = new ZipArchive(new MemoryStream(zip), ZipArchiveMode.Read);
        using var stream = archive.GetEntry(name)!.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
