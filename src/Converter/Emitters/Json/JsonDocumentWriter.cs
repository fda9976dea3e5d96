using System.Buffers;
using System.Collections.Immutable;
using System.Text.Encodings.Web;
using System.Text.Json;
using Converter.Model;

namespace Converter.Emitters.Json;

/// <summary>
/// Writes the model straight to a <see cref="Utf8JsonWriter"/>: the same bytes the serializer gave for the transfer
/// objects (same writer options, properties in the wire order, absent optionals left out), without building them.
/// Output goes through a pooled buffer to the stream in chunks, so memory stays flat for large documents.
/// </summary>
internal static class JsonDocumentWriter
{
    /// <summary>Indented with two spaces, LF, Japanese as-is (the relaxed encoder still escapes controls and quotes).</summary>
    internal static readonly JsonWriterOptions WriterOptions = new()
    {
        Indented = true,
        IndentSize = 2,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        MaxDepth = 256,
    };

    private const int FlushThreshold = 64 * 1024;

    // Property names, pre-encoded once.
    private static readonly JsonEncodedText Schema = JsonEncodedText.Encode("$schema");
    private static readonly JsonEncodedText SchemaVersion = JsonEncodedText.Encode("schemaVersion");
    private static readonly JsonEncodedText Metadata = JsonEncodedText.Encode("metadata");
    private static readonly JsonEncodedText Title = JsonEncodedText.Encode("title");
    private static readonly JsonEncodedText Language = JsonEncodedText.Encode("language");
    private static readonly JsonEncodedText SourceName = JsonEncodedText.Encode("sourceName");
    private static readonly JsonEncodedText SourceSha256 = JsonEncodedText.Encode("sourceSha256");
    private static readonly JsonEncodedText Encoding = JsonEncodedText.Encode("encoding");
    private static readonly JsonEncodedText LineCount = JsonEncodedText.Encode("lineCount");
    private static readonly JsonEncodedText Heading = JsonEncodedText.Encode("heading");
    private static readonly JsonEncodedText StatusNote = JsonEncodedText.Encode("statusNote");
    private static readonly JsonEncodedText Subtitles = JsonEncodedText.Encode("subtitles");
    private static readonly JsonEncodedText Preamble = JsonEncodedText.Encode("preamble");
    private static readonly JsonEncodedText Clauses = JsonEncodedText.Encode("clauses");
    private static readonly JsonEncodedText Sections = JsonEncodedText.Encode("sections");
    private static readonly JsonEncodedText Closing = JsonEncodedText.Encode("closing");
    private static readonly JsonEncodedText RemovedLines = JsonEncodedText.Encode("removedLines");
    private static readonly JsonEncodedText Diagnostics = JsonEncodedText.Encode("diagnostics");
    private static readonly JsonEncodedText Text = JsonEncodedText.Encode("text");
    private static readonly JsonEncodedText Span = JsonEncodedText.Encode("span");
    private static readonly JsonEncodedText StartLine = JsonEncodedText.Encode("startLine");
    private static readonly JsonEncodedText EndLine = JsonEncodedText.Encode("endLine");
    private static readonly JsonEncodedText Id = JsonEncodedText.Encode("id");
    private static readonly JsonEncodedText Number = JsonEncodedText.Encode("number");
    private static readonly JsonEncodedText Caption = JsonEncodedText.Encode("caption");
    private static readonly JsonEncodedText Items = JsonEncodedText.Encode("items");
    private static readonly JsonEncodedText Line = JsonEncodedText.Encode("line");
    private static readonly JsonEncodedText Kind = JsonEncodedText.Encode("kind");
    private static readonly JsonEncodedText Code = JsonEncodedText.Encode("code");
    private static readonly JsonEncodedText Severity = JsonEncodedText.Encode("severity");
    private static readonly JsonEncodedText Message = JsonEncodedText.Encode("message");
    private static readonly JsonEncodedText Genre = JsonEncodedText.Encode("genre");
    private static readonly JsonEncodedText DocumentNumber = JsonEncodedText.Encode("documentNumber");
    private static readonly JsonEncodedText Contents = JsonEncodedText.Encode("contents");
    private static readonly JsonEncodedText Entries = JsonEncodedText.Encode("entries");
    private static readonly JsonEncodedText Level = JsonEncodedText.Encode("level");
    private static readonly JsonEncodedText AmendLawNumber = JsonEncodedText.Encode("amendLawNumber");
    private static readonly JsonEncodedText HeadingText = JsonEncodedText.Encode("heading");
    private static readonly JsonEncodedText SchemaIdValue = JsonEncodedText.Encode(JsonEmitter.SchemaId, JavaScriptEncoder.UnsafeRelaxedJsonEscaping);
    private static readonly JsonEncodedText Warning = JsonEncodedText.Encode("warning");
    private static readonly JsonEncodedText Info = JsonEncodedText.Encode("info");

    /// <summary>Writes the document and a final newline to <paramref name="output"/>.</summary>
    public static void Write(Document document, Stream output)
    {
        using var writer = new Utf8JsonWriter(output, WriterOptions);
        var w = new ChunkedWriter(writer);
        w.Document(document);
        writer.Flush();
        output.WriteByte((byte)'\n');
    }

    /// <summary>Writes the document and a final newline to a buffer.</summary>
    public static void Write(Document document, IBufferWriter<byte> output)
    {
        using (var writer = new Utf8JsonWriter(output, WriterOptions))
        {
            new ChunkedWriter(writer, flush: false).Document(document);
        }
        output.GetSpan(1)[0] = (byte)'\n';
        output.Advance(1);
    }

    private readonly struct ChunkedWriter(Utf8JsonWriter w, bool flush = true)
    {
        private void MaybeFlush()
        {
            if (flush && w.BytesPending > FlushThreshold) w.Flush();
        }

        public void Document(Document d)
        {
            w.WriteStartObject();
            w.WriteString(Schema, SchemaIdValue);
            w.WriteString(SchemaVersion, d.SchemaVersion);

            var m = d.Metadata;
            w.WriteStartObject(Metadata);
            w.WriteString(Title, m.Title);
            w.WriteString(Language, m.Language);
            if (m.SourceName is { } name) w.WriteString(SourceName, name);
            w.WriteString(SourceSha256, m.SourceSha256);
            w.WriteString(Encoding, m.Encoding);
            w.WriteNumber(LineCount, m.LineCount);
            w.WriteString(Genre, JsonModelMapper.GenreName(m.Genre));
            w.WriteEndObject();

            var h = d.Heading;
            w.WriteStartObject(Heading);
            if (h.StatusNote is { } status) Paragraph(StatusNote, status);
            Paragraph(Title, h.Title);
            if (h.DocumentNumber is { } documentNumber) Paragraph(DocumentNumber, documentNumber);
            Paragraphs(Subtitles, h.Subtitles);
            w.WriteEndObject();

            if (d.Contents is { } contents) TableOfContents(contents);
            Paragraphs(Preamble, d.Preamble);
            ClauseList(Clauses, d.Clauses);
            SectionList(Sections, d.Sections);
            Paragraphs(Closing, d.Closing);

            w.WriteStartArray(RemovedLines);
            foreach (var r in d.RemovedLines)
            {
                w.WriteStartObject();
                w.WriteNumber(Line, r.Line);
                w.WriteString(Kind, JsonModelMapper.KindName(r.Kind));
                w.WriteString(Text, r.Text);
                w.WriteEndObject();
                MaybeFlush();
            }
            w.WriteEndArray();

            w.WriteStartArray(Diagnostics);
            foreach (var x in d.Diagnostics)
            {
                w.WriteStartObject();
                w.WriteString(Code, x.Code);
                w.WriteString(Severity, x.Severity == DiagnosticSeverity.Warning ? Warning : Info);
                w.WriteString(Message, x.Message);
                if (x.Span is { } span) SourceSpan(span);
                w.WriteEndObject();
                MaybeFlush();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }

        private void Paragraphs(JsonEncodedText name, ImmutableArray<Paragraph> paragraphs)
        {
            w.WriteStartArray(name);
            foreach (var p in paragraphs)
            {
                w.WriteStartObject();
                w.WriteString(Text, p.Text);
                SourceSpan(p.Span);
                w.WriteEndObject();
                MaybeFlush();
            }
            w.WriteEndArray();
        }

        private void Paragraph(JsonEncodedText name, Paragraph p)
        {
            w.WriteStartObject(name);
            w.WriteString(Text, p.Text);
            SourceSpan(p.Span);
            w.WriteEndObject();
        }

        private void SourceSpan(SourceSpan s)
        {
            w.WriteStartObject(Span);
            w.WriteNumber(StartLine, s.StartLine);
            w.WriteNumber(EndLine, s.EndLine);
            w.WriteEndObject();
        }

        private void TableOfContents(TableOfContents t)
        {
            w.WriteStartObject(Contents);
            if (t.Title is { } title) Paragraph(Title, title);
            w.WriteStartArray(Entries);
            foreach (var e in t.Entries)
            {
                w.WriteStartObject();
                if (e.Number is { } number) w.WriteString(Number, number);
                w.WriteString(Text, e.Text);
                w.WriteNumber(Level, e.Level);
                SourceSpan(e.Span);
                w.WriteEndObject();
                MaybeFlush();
            }
            w.WriteEndArray();
            SourceSpan(t.Span);
            w.WriteEndObject();
        }

        private void SectionList(JsonEncodedText name, ImmutableArray<Section> sections)
        {
            w.WriteStartArray(name);
            foreach (var s in sections)
            {
                w.WriteStartObject();
                w.WriteString(Id, s.Id);
                w.WriteString(Kind, JsonModelMapper.KindName(s.Kind));
                if (s.Number is { } number) w.WriteString(Number, number);
                w.WriteString(Title, s.Title);
                if (s.AmendLawNumber is { } amend) w.WriteString(AmendLawNumber, amend);
                SourceSpan(s.Span);
                ClauseList(Clauses, s.Clauses);
                SectionList(Sections, s.Sections);
                w.WriteEndObject();
                MaybeFlush();
            }
            w.WriteEndArray();
        }

        private void ClauseList(JsonEncodedText name, ImmutableArray<Clause> clauses)
        {
            w.WriteStartArray(name);
            foreach (var c in clauses)
            {
                w.WriteStartObject();
                w.WriteString(Id, c.Id);
                w.WriteString(Kind, JsonModelMapper.KindName(c.Kind));
                if (c.Number is { } number) w.WriteString(Number, number);
                if (c.Caption is { } caption) w.WriteString(Caption, caption);
                if (c.Heading is { } heading) w.WriteString(HeadingText, heading);
                w.WriteString(Text, c.Text);
                SourceSpan(c.Span);
                if (c.Contents is { } contents) TableOfContents(contents);
                ClauseList(Items, c.Items);
                w.WriteEndObject();
                MaybeFlush();
            }
            w.WriteEndArray();
        }
    }
}
