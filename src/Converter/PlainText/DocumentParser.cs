using System.Buffers;
using System.Collections.Immutable;
using System.Security.Cryptography;
using Converter.Model;

namespace Converter.PlainText;

/// <summary>
/// Runs the parser stages: decode → classify lines → remove debris → build paragraphs → build structure.
/// </summary>
internal static class DocumentParser
{
    public static Document Parse(ReadOnlySpan<byte> bytes, string? sourceName, ConverterOptions options)
    {
        var displayName = sourceName ?? "-";
        if (bytes.Length > options.MaxInputBytes)
            throw new ConversionException(ConversionErrorKind.InputTooLarge,
                $"the input is {bytes.Length:N0} bytes, more than the limit of {options.MaxInputBytes:N0}; raise --max-input-size if this is really one document",
                displayName);
        var decoded = TextDecoder.Decode(bytes, displayName);
        var sha = Convert.ToHexStringLower(SHA256.HashData(bytes));
        return ParseText(decoded.Text, decoded.EncodingName, sha, sourceName);
    }

    internal static Document ParseText(string text, string encodingName, string sha256, string? sourceName)
    {
        var displayName = sourceName ?? "-";
        var diagnostics = new List<Diagnostic>();
        CheckControlCharacters(text, displayName, diagnostics);

        var lines = LineClassifier.Classify(text);
        if (!lines.Any(l => l.IsText))
            throw new ConversionException(ConversionErrorKind.InputEmpty,
                "the input holds only whitespace; give a text file holding the document", displayName);

        var removed = new List<RemovedLine>();
        lines = DebrisFilter.Apply(lines, removed);
        foreach (var r in removed)
            diagnostics.Add(new Diagnostic("CNV201", DiagnosticSeverity.Info,
                $"removed {Describe(r.Kind)} '{r.Text}'", SourceSpan.Line(r.Line)));
        if (!lines.Any(l => l.IsText))
            throw new ConversionException(ConversionErrorKind.NoTitle,
                "the input holds only page numbers and separator lines; there is no text to convert", displayName);

        var lineCount = lines.Count;
        var genre = GenreDetector.Detect(lines);
        var layout = ParagraphBuilder.Analyse(lines) with { Genre = genre };
        var blocks = ParagraphBuilder.Build(lines, layout); // leaves only the text lines in the list, shared by the blocks
        var structure = genre == DocumentGenre.Statement
            ? new StructureBuilder(diagnostics, displayName).Build(blocks, layout)
            : new StatuteStructureBuilder(diagnostics, genre).Build(blocks, layout);

        var language = LanguageDetector.Detect(text);
        var metadata = new DocumentMetadata(structure.Heading.Title.Text, language,
            sourceName is null ? null : Path.GetFileName(sourceName), sha256, encodingName, lineCount) { Genre = genre };
        diagnostics.Sort((a, b) => (a.Span?.StartLine ?? 0).CompareTo(b.Span?.StartLine ?? 0));
        return new Document(Document.CurrentSchemaVersion, metadata, structure.Heading, structure.Preamble,
            structure.Clauses, structure.Sections, structure.Closing, [.. removed], [.. diagnostics])
        {
            Contents = structure.Contents,
        };
    }

    private static string Describe(RemovedLineKind kind) => kind switch
    {
        RemovedLineKind.PageNumber => "page number",
        RemovedLineKind.RunningHeader => "running header",
        RemovedLineKind.Separator => "separator line",
        _ => "end marker",
    };

    // Control characters are kept (nothing the user gave is lost) but reported; a text full of them is binary.
    private static void CheckControlCharacters(string text, string displayName, List<Diagnostic> diagnostics)
    {
        var count = 0;
        var line = 1;
        var counted = 0; // lines are counted up to here, and only while there are diagnostics left to report
        var reported = 0;
        var span = text.AsSpan();
        // A vectorised search jumps over the text between control characters (usually all of it).
        for (var i = span.IndexOfAny(UnwantedControls); i >= 0; i = NextControl(span, i + 1))
        {
            count++;
            if (reported++ >= 20) continue;
            for (; counted < i; counted++)
            {
                var c = span[counted];
                if (c == '\n' || c == '\r' && (counted + 1 >= span.Length || span[counted + 1] != '\n')) line++;
            }
            diagnostics.Add(new Diagnostic("CNV101", DiagnosticSeverity.Warning,
                $"control character U+{(int)span[i]:X4} in the text; kept as is", SourceSpan.Line(line)));
        }
        if (count > 8 && count > text.Length / 200)
            throw new ConversionException(ConversionErrorKind.InputNotText,
                $"the input holds {count} control characters: it looks like a binary file, not text; extract its text first",
                displayName);
    }

    private static int NextControl(ReadOnlySpan<char> text, int from)
    {
        var next = text[from..].IndexOfAny(UnwantedControls);
        return next < 0 ? -1 : from + next;
    }

    private static readonly SearchValues<char> UnwantedControls = SearchValues.Create(
        [.. Enumerable.Range(0, 0x10000).Select(c => (char)c).Where(IsUnwantedControl)]);

    private static bool IsUnwantedControl(char c) =>
        c < ' ' && c is not ('\t' or '\n' or '\r' or '\f' or '\v') || c is '\u007F' || c is '\uFFFE' or '\uFFFF';
}
