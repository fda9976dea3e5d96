using System.Reflection;
using System.Text;
using Converter.Emitters;
using Converter.IO;
using Converter.Json;
using Converter.Model;
using Converter.PlainText;
using Converter.Readers;

namespace Converter;

/// <summary>
/// The library's front door: parse text (or our JSON) into a <see cref="Document"/>, then write it.
/// <code>
/// var doc = DocumentConverter.ParseFile("statement.txt");
/// File.WriteAllText("statement.json", doc.ToJson());
/// </code>
/// All methods are thread-safe; options are immutable.
/// </summary>
public static class DocumentConverter
{
    /// <summary>
    /// The tool name and version that writers record as the creating application (<c>converter 0.1.0</c>): the
    /// package version without build metadata (<c>+commit</c>), so outputs do not change with every commit.
    /// </summary>
    public static string CreatorTool { get; } = "converter " + PackageVersion();

    private static string PackageVersion()
    {
        var assembly = typeof(DocumentConverter).Assembly;
        var version = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
            ?? assembly.GetName().Version?.ToString(3)
            ?? "0.0.0";
        var plus = version.IndexOf('+', StringComparison.Ordinal);
        return plus < 0 ? version : version[..plus];
    }

    /// <summary>Parses plain text already in memory. <paramref name="sourceName"/> is recorded in the metadata.</summary>
    public static Document Parse(string text, string? sourceName = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var bytes = Encoding.UTF8.GetBytes(text);
        var sha = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes));
        if (text.Length == 0)
            throw new ConversionException(ConversionErrorKind.InputEmpty, "the input is empty; give a text holding the document", sourceName ?? "-");
        return DocumentParser.ParseText(text, "utf-16", sha, sourceName);
    }

    /// <summary>Parses source bytes: detects the encoding (UTF-8, UTF-16, Shift_JIS, EUC-JP) and the structure.</summary>
    /// <exception cref="ConversionException">The input is empty, binary, too large, or has no title.</exception>
    public static Document Parse(ReadOnlySpan<byte> bytes, string? sourceName = null, ConverterOptions? options = null) =>
        Parse(bytes, sourceName, options, ReaderRegistry.Core);

    /// <summary>
    /// Parses source bytes of any format <paramref name="readers"/> knows, recognised by content (a Word file is a zip
    /// holding <c>word/document.xml</c>, whatever its name); anything else is read as text.
    /// <code>var doc = DocumentConverter.Parse(bytes, "statement.docx", null, ReaderRegistry.Core.With(new DocxReader()));</code>
    /// </summary>
    /// <exception cref="ConversionException">The input is empty, binary, too large, has no title, or is a document no reader can read.</exception>
    public static Document Parse(ReadOnlySpan<byte> bytes, string? sourceName, ConverterOptions? options, ReaderRegistry readers)
    {
        ArgumentNullException.ThrowIfNull(readers);
        options ??= ConverterOptions.Default;
        if (readers.Find(bytes) is { } reader) return reader.Read(bytes, sourceName, options);
        if (ContainerSignature(bytes) is { } container)
            throw new ConversionException(ConversionErrorKind.InvalidDocument,
                $"this is {container}, not text; reading Word files needs the Word reader: the converter tool has it, and a program " +
                "passes ReaderRegistry.Core.With(new DocxReader()) from the Converter.Docx package", sourceName ?? "-");
        return DocumentParser.Parse(bytes, sourceName, options);
    }

    // Zip and OLE compound files are never text: name them rather than calling them binary.
    private static string? ContainerSignature(ReadOnlySpan<byte> bytes) =>
        bytes.StartsWith("PK\u0003\u0004"u8) ? "a zip archive (a .docx Word file or another Office file)"
        : bytes.StartsWith((ReadOnlySpan<byte>)[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) ? "an OLE compound file (a Word 97-2003 .doc or an encrypted Office file)"
        : null;

    /// <summary>Parses a text file.</summary>
    /// <exception cref="ConversionException">The file is missing, unreadable, empty, binary, too large, or has no title.</exception>
    public static Document ParseFile(string path, ConverterOptions? options = null) => ParseFile(path, options, ReaderRegistry.Core);

    /// <summary>
    /// Parses a file of any format <paramref name="readers"/> knows, recognised by content (see
    /// <see cref="Parse(ReadOnlySpan{byte}, string?, ConverterOptions?, ReaderRegistry)"/>); anything else is read as text.
    /// </summary>
    /// <exception cref="ConversionException">The file is missing, unreadable, empty, binary, too large, has no title, or cannot be read by its reader.</exception>
    public static Document ParseFile(string path, ConverterOptions? options, ReaderRegistry readers)
    {
        options ??= ConverterOptions.Default;
        return Parse(InputReader.ReadFile(path, options.MaxInputBytes), path, options, readers);
    }

    /// <summary>Parses text read from a stream (read to the end, bounded by <see cref="ConverterOptions.MaxInputBytes"/>).</summary>
    public static Document Parse(Stream stream, string? sourceName = null, ConverterOptions? options = null)
    {
        options ??= ConverterOptions.Default;
        return Parse(InputReader.ReadStream(stream, sourceName ?? "-", options.MaxInputBytes), sourceName, options);
    }

    /// <summary>Reads a stream asynchronously and parses it.</summary>
    public static async Task<Document> ParseAsync(Stream stream, string? sourceName = null, ConverterOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        options ??= ConverterOptions.Default;
        var bytes = await InputReader.ReadStreamAsync(stream, sourceName ?? "-", options.MaxInputBytes, cancellationToken).ConfigureAwait(false);
        cancellationToken.ThrowIfCancellationRequested();
        return Parse(bytes, sourceName, options);
    }

    /// <summary>
    /// Loads a document from bytes that are either converter JSON (recognised by content: a JSON object with
    /// <c>schemaVersion</c>) or plain text.
    /// </summary>
    public static Document Load(ReadOnlySpan<byte> bytes, string? sourceName = null, ConverterOptions? options = null) =>
        Load(bytes, sourceName, options, ReaderRegistry.Core);

    /// <summary>
    /// Loads a document from bytes that are converter JSON, a format <paramref name="readers"/> knows (by content), or
    /// plain text.
    /// </summary>
    public static Document Load(ReadOnlySpan<byte> bytes, string? sourceName, ConverterOptions? options, ReaderRegistry readers) =>
        JsonReader.LooksLikeDocumentJson(bytes)
            ? JsonReader.Read(bytes, sourceName ?? "-")
            : Parse(bytes, sourceName, options, readers);

    /// <summary>Reads a document written by <see cref="ToJson"/> (or any JSON valid against the schema).</summary>
    /// <exception cref="ConversionException">The JSON is malformed, invalid against the schema, or of an unknown major version.</exception>
    public static Document FromJson(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return JsonReader.Read(Encoding.UTF8.GetBytes(json), "-");
    }

    /// <summary>Reads a converter JSON document from a stream.</summary>
    public static Document FromJson(Stream stream, string? sourceName = null, ConverterOptions? options = null)
    {
        options ??= ConverterOptions.Default;
        return JsonReader.Read(InputReader.ReadStream(stream, sourceName ?? "-", options.MaxInputBytes), sourceName ?? "-");
    }

    /// <summary>
    /// Checks converter JSON without reading it into a document and says every reason the converter would not read it,
    /// each with the file, the line and JSON pointer where known, and a message: bytes that are not UTF-8 or not
    /// well-formed JSON (a property given twice, nesting deeper than <see cref="JsonEmitter.MaxDepth"/>, an unpaired
    /// surrogate escape), every violation of the schema worded by JsonSchema.Net, and a number the schema allows but the
    /// model cannot hold. <see cref="FromJson(string)"/> reads exactly the JSON found valid here.
    /// <code>
    /// var result = DocumentConverter.ValidateJson(File.ReadAllBytes("statement.json"), "statement.json");
    /// foreach (var error in result.Errors) Console.WriteLine(error); // statement.json: /metadata: required: …
    /// </code>
    /// </summary>
    /// <param name="utf8">The JSON as UTF-8 (a byte order mark is allowed).</param>
    /// <param name="sourceName">The name errors give as their file; <c>-</c> when <c>null</c>.</param>
    public static JsonValidationResult ValidateJson(ReadOnlySpan<byte> utf8, string? sourceName = null) =>
        JsonErrors.Validate(utf8, sourceName ?? "-");

    /// <summary>The document as indented UTF-8 JSON text (schema <see cref="JsonEmitter.SchemaId"/>).</summary>
    public static string ToJson(this Document document) => JsonEmitter.ToJsonString(document);

    /// <summary>Writes the document as JSON to a stream.</summary>
    public static void WriteJson(this Document document, Stream output) => new JsonEmitter().Write(document, output, ConverterOptions.Default);

    /// <summary>
    /// Writes the document in any registered format to a file, atomically (see <see cref="WriteFile(Document, IDocumentEmitter, string, ConverterOptions?)"/>).
    /// </summary>
    public static IReadOnlyList<Diagnostic> WriteFile(this Document document, string format, string path,
        ConverterOptions? options = null, EmitterRegistry? registry = null) =>
        document.WriteFile((registry ?? EmitterRegistry.Core).Get(format), path, options);

    /// <summary>
    /// Writes the document with <paramref name="emitter"/> to <paramref name="path"/>: first to a temporary file in the
    /// same directory, then renamed into place, so a reader never sees a half-written file and a failure leaves any
    /// existing file untouched. The directory is created if needed; an existing file is replaced.
    /// </summary>
    /// <returns>What the emitter noticed.</returns>
    /// <exception cref="ConversionException">The file could not be written (<see cref="ConversionErrorKind.OutputFailed"/>), or the emitter refused the options.</exception>
    public static IReadOnlyList<Diagnostic> WriteFile(this Document document, IDocumentEmitter emitter, string path, ConverterOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(emitter);
        ArgumentException.ThrowIfNullOrEmpty(path);
        IReadOnlyList<Diagnostic> diagnostics = [];
        AtomicFile.Write(path, stream => diagnostics = emitter.Write(document, stream, options ?? ConverterOptions.Default));
        return diagnostics;
    }

    /// <summary>
    /// Renders the document in memory, then copies it to <paramref name="output"/> asynchronously;
    /// cancellation stops before rendering or during the copy.
    /// </summary>
    public static async Task<IReadOnlyList<Diagnostic>> WriteAsync(this Document document, string format, Stream output,
        ConverterOptions? options = null, EmitterRegistry? registry = null, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var emitter = (registry ?? EmitterRegistry.Core).Get(format);
        using var buffer = new MemoryStream();
        var diagnostics = emitter.Write(document, buffer, options ?? ConverterOptions.Default);
        buffer.Position = 0;
        await buffer.CopyToAsync(output, cancellationToken).ConfigureAwait(false);
        return diagnostics;
    }

    /// <summary>Writes the document in any registered format to a stream.</summary>
    public static IReadOnlyList<Diagnostic> Write(this Document document, string format, Stream output,
        ConverterOptions? options = null, EmitterRegistry? registry = null) =>
        (registry ?? EmitterRegistry.Core).Get(format).Write(document, output, options ?? ConverterOptions.Default);
}
