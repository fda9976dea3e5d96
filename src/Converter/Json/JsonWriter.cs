using System.Buffers;
using System.Collections.Immutable;
using System.Text.Encodings.Web;
using System.Text.Json;
using Converter.Model;

namespace Converter.Json;

/// <summary>
/// Writes the model straight to a <see cref="Utf8JsonWriter"/>: properties in wire order with the names of
/// <see cref="JsonShapes"/>, absent optionals left out. Output goes through a pooled buffer to the stream in chunks, so
/// memory stays flat for large documents.
/// </summary>
internal static class JsonWriter
{
    /// <summary>Indented with two spaces, LF, Japanese as-is (the relaxed encoder still escapes controls and quotes).</summary>
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Indented = true,
        IndentSize = 2,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        MaxDepth = JsonEmitter.MaxDepth,
    };

    private const int FlushThreshold = 64 * 1024;

    private static readonly JsonEncodedText SchemaIdValue = JsonEncodedText.Encode(JsonEmitter.SchemaId, JavaScriptEncoder.UnsafeRelaxedJsonEscaping);

    /// <summary>Writes the document and a final newline to <paramref name="output"/>.</summary>
    /// <exception cref="ConversionException">The document nests deeper than <see cref="JsonEmitter.MaxDepth"/>.</exception>
    public static void Write(Document document, Stream output)
    {
        using (var writer = new Utf8JsonWriter(output, WriterOptions))
        {
            WriteDocument(writer, document, flush: true);
        }
        output.WriteByte((byte)'\n');
    }

    /// <summary>Writes the document and a final newline to a buffer.</summary>
    /// <exception cref="ConversionException">The document nests deeper than <see cref="JsonEmitter.MaxDepth"/>.</exception>
    public static void Write(Document document, IBufferWriter<byte> output)
    {
        using (var writer = new Utf8JsonWriter(output, WriterOptions))
        {
            WriteDocument(writer, document, flush: false);
        }
        output.GetSpan(1)[0] = (byte)'\n';
        output.Advance(1);
    }

    private static void WriteDocument(Utf8JsonWriter writer, Document document, bool flush)
    {
        try
        {
            new ChunkedWriter(writer, flush).Document(document);
        }
        catch (InvalidOperationException e) when (writer.CurrentDepth >= JsonEmitter.MaxDepth)
        {
            // Utf8JsonWriter refuses to open a container beyond MaxDepth: the reader could not read such a document back.
            throw new ConversionException(ConversionErrorKind.InvalidDocument,
                $"the document nests sections and clauses deeper than JSON's limit of {JsonEmitter.MaxDepth} levels; it cannot be written as JSON",
                document.Metadata.SourceName, inner: e);
        }
        writer.Flush();
    }

    private readonly struct ChunkedWriter(Utf8JsonWriter w, bool flush)
    {
        private static readonly JsonShape<DocumentProperty> D = JsonShapes.Document;
        private static readonly JsonShape<MetadataProperty> M = JsonShapes.Metadata;
        private static readonly JsonShape<HeadingProperty> H = JsonShapes.Heading;
        private static readonly JsonShape<ParagraphProperty> P = JsonShapes.Paragraph;
        private static readonly JsonShape<SpanProperty> S = JsonShapes.Span;
        private static readonly JsonShape<SectionProperty> Sec = JsonShapes.Section;
        private static readonly JsonShape<ClauseProperty> C = JsonShapes.Clause;
        private static readonly JsonShape<ContentsProperty> T = JsonShapes.Contents;
        private static readonly JsonShape<EntryProperty> E = JsonShapes.Entry;
        private static readonly JsonShape<RemovedLineProperty> R = JsonShapes.RemovedLine;
        private static readonly JsonShape<DiagnosticProperty> X = JsonShapes.Diagnostic;

        private void MaybeFlush()
        {
            if (flush && w.BytesPending > FlushThreshold) w.Flush();
        }

        public void Document(Document d)
        {
            w.WriteStartObject();
            w.WriteString(D[DocumentProperty.Schema], SchemaIdValue);
            w.WriteString(D[DocumentProperty.SchemaVersion], d.SchemaVersion);

            var m = d.Metadata;
            w.WriteStartObject(D[DocumentProperty.Metadata]);
            w.WriteString(M[MetadataProperty.Title], m.Title);
            w.WriteString(M[MetadataProperty.Language], m.Language);
            if (m.SourceName is { } name) w.WriteString(M[MetadataProperty.SourceName], name);
            w.WriteString(M[MetadataProperty.SourceSha256], m.SourceSha256);
            w.WriteString(M[MetadataProperty.Encoding], m.Encoding);
            w.WriteNumber(M[MetadataProperty.LineCount], m.LineCount);
            w.WriteString(M[MetadataProperty.Genre], JsonNames.Encoded(m.Genre));
            w.WriteEndObject();

            var h = d.Heading;
            w.WriteStartObject(D[DocumentProperty.Heading]);
            if (h.StatusNote is { } status) Paragraph(H[HeadingProperty.StatusNote], status);
            Paragraph(H[HeadingProperty.Title], h.Title);
            if (h.DocumentNumber is { } documentNumber) Paragraph(H[HeadingProperty.DocumentNumber], documentNumber);
            Paragraphs(H[HeadingProperty.Subtitles], h.Subtitles);
            w.WriteEndObject();

            if (d.Contents is { } contents) TableOfContents(D[DocumentProperty.Contents], contents);
            Paragraphs(D[DocumentProperty.Preamble], d.Preamble);
            ClauseList(D[DocumentProperty.Clauses], d.Clauses);
            SectionList(D[DocumentProperty.Sections], d.Sections);
            Paragraphs(D[DocumentProperty.Closing], d.Closing);

            w.WriteStartArray(D[DocumentProperty.RemovedLines]);
            foreach (var r in d.RemovedLines)
            {
                w.WriteStartObject();
                w.WriteNumber(R[RemovedLineProperty.Line], r.Line);
                w.WriteString(R[RemovedLineProperty.Kind], JsonNames.Encoded(r.Kind));
                w.WriteString(R[RemovedLineProperty.Text], r.Text);
                w.WriteEndObject();
                MaybeFlush();
            }
            w.WriteEndArray();

            w.WriteStartArray(D[DocumentProperty.Diagnostics]);
            foreach (var x in d.Diagnostics)
            {
                w.WriteStartObject();
                w.WriteString(X[DiagnosticProperty.Code], x.Code);
                w.WriteString(X[DiagnosticProperty.Severity], JsonNames.Encoded(x.Severity));
                w.WriteString(X[DiagnosticProperty.Message], x.Message);
                if (x.Span is { } span) SourceSpan(X[DiagnosticProperty.Span], span);
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
                ParagraphProperties(p);
                w.WriteEndObject();
                MaybeFlush();
            }
            w.WriteEndArray();
        }

        private void Paragraph(JsonEncodedText name, Paragraph p)
        {
            w.WriteStartObject(name);
            ParagraphProperties(p);
            w.WriteEndObject();
        }

        private void ParagraphProperties(Paragraph p)
        {
            w.WriteString(P[ParagraphProperty.Text], p.Text);
            SourceSpan(P[ParagraphProperty.Span], p.Span);
        }

        // Every object names its span "span"; the name comes from the object's own shape.
        private void SourceSpan(JsonEncodedText name, SourceSpan s)
        {
            w.WriteStartObject(name);
            w.WriteNumber(S[SpanProperty.StartLine], s.StartLine);
            w.WriteNumber(S[SpanProperty.EndLine], s.EndLine);
            // Lines are the default and are not written, so text sources keep their 1.0 form.
            if (s.Unit != SourceUnit.Line) w.WriteString(S[SpanProperty.Unit], JsonNames.Encoded(s.Unit));
            w.WriteEndObject();
        }

        private void TableOfContents(JsonEncodedText name, TableOfContents t)
        {
            w.WriteStartObject(name);
            if (t.Title is { } title) Paragraph(T[ContentsProperty.Title], title);
            w.WriteStartArray(T[ContentsProperty.Entries]);
            foreach (var e in t.Entries)
            {
                w.WriteStartObject();
                if (e.Number is { } number) w.WriteString(E[EntryProperty.Number], number);
                w.WriteString(E[EntryProperty.Text], e.Text);
                w.WriteNumber(E[EntryProperty.Level], e.Level);
                SourceSpan(E[EntryProperty.Span], e.Span);
                w.WriteEndObject();
                MaybeFlush();
            }
            w.WriteEndArray();
            SourceSpan(T[ContentsProperty.Span], t.Span);
            w.WriteEndObject();
        }

        private void SectionList(JsonEncodedText name, ImmutableArray<Section> sections)
        {
            w.WriteStartArray(name);
            foreach (var s in sections)
            {
                w.WriteStartObject();
                w.WriteString(Sec[SectionProperty.Id], s.Id);
                w.WriteString(Sec[SectionProperty.Kind], JsonNames.Encoded(s.Kind));
                if (s.Number is { } number) w.WriteString(Sec[SectionProperty.Number], number);
                w.WriteString(Sec[SectionProperty.Title], s.Title);
                if (s.AmendLawNumber is { } amend) w.WriteString(Sec[SectionProperty.AmendLawNumber], amend);
                SourceSpan(Sec[SectionProperty.Span], s.Span);
                ClauseList(Sec[SectionProperty.Clauses], s.Clauses);
                SectionList(Sec[SectionProperty.Sections], s.Sections);
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
                w.WriteString(C[ClauseProperty.Id], c.Id);
                w.WriteString(C[ClauseProperty.Kind], JsonNames.Encoded(c.Kind));
                if (c.Number is { } number) w.WriteString(C[ClauseProperty.Number], number);
                if (c.Caption is { } caption) w.WriteString(C[ClauseProperty.Caption], caption);
                if (c.Heading is { } heading) w.WriteString(C[ClauseProperty.Heading], heading);
                w.WriteString(C[ClauseProperty.Text], c.Text);
                SourceSpan(C[ClauseProperty.Span], c.Span);
                if (c.Contents is { } contents) TableOfContents(C[ClauseProperty.Contents], contents);
                ClauseList(C[ClauseProperty.Items], c.Items);
                w.WriteEndObject();
                MaybeFlush();
            }
            w.WriteEndArray();
        }
    }
}
