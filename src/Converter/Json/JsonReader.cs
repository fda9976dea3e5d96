using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using Converter.Model;

namespace Converter.Json;

/// <summary>
/// Reads converter JSON into the model in one forward pass over the UTF-8 bytes with <see cref="Utf8JsonReader"/> (no
/// DOM, no general schema evaluator), applying the schema's rules as <see cref="JsonContract"/> reads them from the
/// schema while it builds the model. It accepts exactly what the schema accepts, within the reader's limits: nesting up
/// to <see cref="JsonEmitter.MaxDepth"/>, whole numbers that fit the model's <see cref="int"/>, each property once, valid
/// UTF-8 and Unicode. A rejected input is handed to <see cref="JsonErrors"/>, which words the error from JsonSchema.Net's
/// evaluation with a JSON pointer; <c>tests/Converter.Tests/Json/JsonReaderTests.cs</c> proves the two agree.
/// </summary>
internal static class JsonReader
{
    private static ReadOnlySpan<byte> Utf8Bom => [0xEF, 0xBB, 0xBF];

    private static readonly JsonReaderOptions ReaderOptions = new()
    {
        MaxDepth = JsonEmitter.MaxDepth,
        CommentHandling = JsonCommentHandling.Disallow,
        AllowTrailingCommas = false,
    };

    private static readonly byte[] SchemaIdUtf8 = System.Text.Encoding.UTF8.GetBytes(JsonEmitter.SchemaId);

    /// <summary>Our JSON by content: an object whose first kilobytes name <c>schemaVersion</c> or <c>$schema</c>.</summary>
    public static bool LooksLikeDocumentJson(ReadOnlySpan<byte> bytes)
    {
        bytes = WithoutBom(bytes);
        var i = 0;
        while (i < bytes.Length && bytes[i] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n') i++;
        if (i >= bytes.Length || bytes[i] != (byte)'{') return false;
        var head = bytes[i..Math.Min(bytes.Length, i + 4096)];
        return head.IndexOf("\"schemaVersion\""u8) >= 0 || head.IndexOf("\"$schema\""u8) >= 0;
    }

    /// <summary>The document in <paramref name="bytes"/> (UTF-8, a byte order mark allowed).</summary>
    /// <exception cref="ConversionException">The JSON is malformed, of an unknown major version, or not valid against the schema.</exception>
    public static Document Read(ReadOnlySpan<byte> bytes, string displayName)
    {
        bytes = WithoutBom(bytes);
        return TryRead(bytes, out var document, out var rejection) ? document : throw JsonErrors.Explain(bytes, displayName, rejection);
    }

    /// <summary>The bytes after a UTF-8 byte order mark, if there is one.</summary>
    public static ReadOnlySpan<byte> WithoutBom(ReadOnlySpan<byte> bytes) => bytes.StartsWith(Utf8Bom) ? bytes[3..] : bytes;

    /// <summary>
    /// Reads <paramref name="utf8"/> (no byte order mark), or says where and why it stopped (for the rare error that
    /// <see cref="JsonErrors"/> would not find: a disagreement with the schema, which is a bug).
    /// </summary>
    internal static bool TryRead(ReadOnlySpan<byte> utf8, [NotNullWhen(true)] out Document? document, [NotNullWhen(false)] out string? rejection)
    {
        // Outside the try: a schema the reader cannot apply is a bug to report, not a rejected input.
        var contract = JsonContract.Current;
        var r = new Utf8JsonReader(utf8, ReaderOptions);
        try
        {
            Read(ref r);
            document = ReadDocument(ref r, contract);
            // Nothing but whitespace may follow the root value (the reader throws on a second value).
            if (r.Read()) throw new Rejected("a second value after the document");
            rejection = null;
            return true;
        }
        catch (Exception e) when (e is Rejected or JsonException or InvalidOperationException)
        {
            // JsonException: malformed JSON or too deep; InvalidOperationException: a string that is not valid UTF-8 or
            // Unicode (an unpaired surrogate escape), found when it is decoded.
            var offset = (int)Math.Min(r.BytesConsumed, utf8.Length);
            rejection = $"{e.Message} (line {utf8[..offset].Count((byte)'\n') + 1})";
            document = null;
            return false;
        }
    }

    /// <summary>Why the one pass stopped; never escapes <see cref="TryRead"/>.</summary>
    private sealed class Rejected(string message) : Exception(message);

    private static void Read(ref Utf8JsonReader r)
    {
        if (!r.Read()) throw new Rejected("the input ends early");
    }

    /// <summary>
    /// Steps through the properties of one object: each must be one its shape lists, given at most once, and when the
    /// object closes every required one must have been given.
    /// </summary>
    private struct Properties
    {
        private readonly ObjectRules _rules;
        private int _seen;

        public Properties(ref Utf8JsonReader r, ObjectRules rules)
        {
            if (r.TokenType != JsonTokenType.StartObject) throw new Rejected($"expected an object at #{rules.Shape.SchemaPointer}");
            _rules = rules;
        }

        /// <summary>The index of the next property, the reader standing on its name; -1 when the object has closed.</summary>
        public int Next(ref Utf8JsonReader r)
        {
            Read(ref r);
            if (r.TokenType == JsonTokenType.EndObject)
            {
                if ((_seen & _rules.Required) != _rules.Required) throw new Rejected($"a property required at #{_rules.Shape.SchemaPointer} is missing");
                return -1;
            }
            var names = _rules.Shape.Utf8Names;
            var i = 0;
            while (i < names.Length && !r.ValueTextEquals(names[i])) i++;
            if (i == names.Length) throw new Rejected($"a property #{_rules.Shape.SchemaPointer} does not list");
            if ((_seen & (1 << i)) != 0) throw new Rejected($"a property given twice at #{_rules.Shape.SchemaPointer}");
            _seen |= 1 << i;
            return i;
        }
    }

    private static Document ReadDocument(ref Utf8JsonReader r, JsonContract c)
    {
        string? version = null;
        DocumentMetadata? metadata = null;
        DocumentHeading? heading = null;
        TableOfContents? contents = null;
        ImmutableArray<Paragraph> preamble = [], closing = [];
        ImmutableArray<Clause> clauses = [];
        ImmutableArray<Section> sections = [];
        ImmutableArray<RemovedLine> removed = [];
        ImmutableArray<Diagnostic> diagnostics = [];
        var rules = c.Document.Values;
        var properties = new Properties(ref r, c.Document);
        while (properties.Next(ref r) is var p and >= 0)
            switch ((DocumentProperty)p)
            {
                case DocumentProperty.Schema:
                    // Our own $id (a valid URI: every emitted document is validated in the tests) needs no evaluation.
                    Read(ref r);
                    if (!(r.TokenType == JsonTokenType.String && r.ValueTextEquals(SchemaIdUtf8))) CheckString(ref r, rules[p]!);
                    break;
                case DocumentProperty.SchemaVersion: version = String(ref r, rules[p]!); break;
                case DocumentProperty.Metadata: Read(ref r); metadata = ReadMetadata(ref r, c); break;
                case DocumentProperty.Heading: Read(ref r); heading = ReadHeading(ref r, c); break;
                case DocumentProperty.Contents: Read(ref r); contents = ReadContents(ref r, c); break;
                case DocumentProperty.Preamble: preamble = ReadParagraphs(ref r, c); break;
                case DocumentProperty.Clauses: clauses = ReadClauses(ref r, c); break;
                case DocumentProperty.Sections: sections = ReadSections(ref r, c); break;
                case DocumentProperty.Closing: closing = ReadParagraphs(ref r, c); break;
                case DocumentProperty.RemovedLines: removed = ReadRemovedLines(ref r, c); break;
                case DocumentProperty.Diagnostics: diagnostics = ReadDiagnostics(ref r, c); break;
            }
        return new Document(version!, metadata!, heading!, preamble, clauses, sections, closing, removed, diagnostics) { Contents = contents };
    }

    private static DocumentMetadata ReadMetadata(ref Utf8JsonReader r, JsonContract c)
    {
        string? title = null, language = null, sourceName = null, sha = null, encoding = null;
        var lineCount = 0;
        var genre = DocumentGenre.Statement;
        var rules = c.Metadata.Values;
        var properties = new Properties(ref r, c.Metadata);
        while (properties.Next(ref r) is var p and >= 0)
            switch ((MetadataProperty)p)
            {
                case MetadataProperty.Title: title = String(ref r, rules[p]!); break;
                case MetadataProperty.Language: language = String(ref r, rules[p]!); break;
                case MetadataProperty.SourceName: sourceName = String(ref r, rules[p]!); break;
                case MetadataProperty.SourceSha256: sha = String(ref r, rules[p]!); break;
                // The schema's own string, so each document does not allocate its encoding name.
                case MetadataProperty.Encoding: encoding = rules[p]!.Allowed![Allowed(ref r, rules[p]!)]; break;
                case MetadataProperty.LineCount: lineCount = Integer(ref r, rules[p]!); break;
                case MetadataProperty.Genre: genre = EnumValue<DocumentGenre>(ref r, rules[p]!); break;
            }
        return new DocumentMetadata(title!, language!, sourceName, sha!, encoding!, lineCount) { Genre = genre };
    }

    private static DocumentHeading ReadHeading(ref Utf8JsonReader r, JsonContract c)
    {
        Paragraph? status = null, title = null, number = null;
        ImmutableArray<Paragraph> subtitles = [];
        var properties = new Properties(ref r, c.Heading);
        while (properties.Next(ref r) is var p and >= 0)
            switch ((HeadingProperty)p)
            {
                case HeadingProperty.StatusNote: Read(ref r); status = ReadParagraph(ref r, c); break;
                case HeadingProperty.Title: Read(ref r); title = ReadParagraph(ref r, c); break;
                case HeadingProperty.DocumentNumber: Read(ref r); number = ReadParagraph(ref r, c); break;
                case HeadingProperty.Subtitles: subtitles = ReadParagraphs(ref r, c); break;
            }
        return new DocumentHeading(status, title!, subtitles) { DocumentNumber = number };
    }

    private static ImmutableArray<Paragraph> ReadParagraphs(ref Utf8JsonReader r, JsonContract c)
    {
        StartArray(ref r);
        var list = ImmutableArray.CreateBuilder<Paragraph>();
        while (NextItem(ref r)) list.Add(ReadParagraph(ref r, c));
        return list.DrainToImmutable();
    }

    private static Paragraph ReadParagraph(ref Utf8JsonReader r, JsonContract c)
    {
        string? text = null;
        SourceSpan span = default;
        var rules = c.Paragraph.Values;
        var properties = new Properties(ref r, c.Paragraph);
        while (properties.Next(ref r) is var p and >= 0)
            switch ((ParagraphProperty)p)
            {
                case ParagraphProperty.Text: text = String(ref r, rules[p]!); break;
                case ParagraphProperty.Span: Read(ref r); span = ReadSpan(ref r, c); break;
            }
        return new Paragraph(text!, span);
    }

    private static SourceSpan ReadSpan(ref Utf8JsonReader r, JsonContract c)
    {
        int start = 0, end = 0;
        var unit = SourceUnit.Line;
        var rules = c.Span.Values;
        var properties = new Properties(ref r, c.Span);
        while (properties.Next(ref r) is var p and >= 0)
            switch ((SpanProperty)p)
            {
                case SpanProperty.StartLine: start = Integer(ref r, rules[p]!); break;
                case SpanProperty.EndLine: end = Integer(ref r, rules[p]!); break;
                case SpanProperty.Unit: unit = EnumValue<SourceUnit>(ref r, rules[p]!); break;
            }
        return new SourceSpan(start, end) { Unit = unit };
    }

    private static ImmutableArray<Section> ReadSections(ref Utf8JsonReader r, JsonContract c)
    {
        StartArray(ref r);
        var list = ImmutableArray.CreateBuilder<Section>();
        var rules = c.Section.Values;
        while (NextItem(ref r))
        {
            string? id = null, number = null, title = null, amend = null;
            var kind = SectionKind.Section;
            SourceSpan span = default;
            ImmutableArray<Clause> clauses = [];
            ImmutableArray<Section> sections = [];
            var properties = new Properties(ref r, c.Section);
            while (properties.Next(ref r) is var p and >= 0)
                switch ((SectionProperty)p)
                {
                    case SectionProperty.Id: id = String(ref r, rules[p]!); break;
                    case SectionProperty.Kind: kind = EnumValue<SectionKind>(ref r, rules[p]!); break;
                    case SectionProperty.Number: number = String(ref r, rules[p]!); break;
                    case SectionProperty.Title: title = String(ref r, rules[p]!); break;
                    case SectionProperty.AmendLawNumber: amend = String(ref r, rules[p]!); break;
                    case SectionProperty.Span: Read(ref r); span = ReadSpan(ref r, c); break;
                    case SectionProperty.Clauses: clauses = ReadClauses(ref r, c); break;
                    case SectionProperty.Sections: sections = ReadSections(ref r, c); break;
                }
            list.Add(new Section(id!, number, title!, clauses, sections, span) { Kind = kind, AmendLawNumber = amend });
        }
        return list.DrainToImmutable();
    }

    private static ImmutableArray<Clause> ReadClauses(ref Utf8JsonReader r, JsonContract c)
    {
        StartArray(ref r);
        var list = ImmutableArray.CreateBuilder<Clause>();
        var rules = c.Clause.Values;
        while (NextItem(ref r))
        {
            string? id = null, number = null, caption = null, heading = null, text = null;
            var kind = ClauseKind.Paragraph;
            TableOfContents? contents = null;
            SourceSpan span = default;
            ImmutableArray<Clause> items = [];
            var properties = new Properties(ref r, c.Clause);
            while (properties.Next(ref r) is var p and >= 0)
                switch ((ClauseProperty)p)
                {
                    case ClauseProperty.Id: id = String(ref r, rules[p]!); break;
                    case ClauseProperty.Kind: kind = EnumValue<ClauseKind>(ref r, rules[p]!); break;
                    case ClauseProperty.Number: number = String(ref r, rules[p]!); break;
                    case ClauseProperty.Caption: caption = String(ref r, rules[p]!); break;
                    case ClauseProperty.Heading: heading = String(ref r, rules[p]!); break;
                    case ClauseProperty.Text: text = String(ref r, rules[p]!); break;
                    case ClauseProperty.Span: Read(ref r); span = ReadSpan(ref r, c); break;
                    case ClauseProperty.Contents: Read(ref r); contents = ReadContents(ref r, c); break;
                    case ClauseProperty.Items: items = ReadClauses(ref r, c); break;
                }
            list.Add(new Clause(id!, number, caption, text!, items, span) { Kind = kind, Heading = heading, Contents = contents });
        }
        return list.DrainToImmutable();
    }

    private static TableOfContents ReadContents(ref Utf8JsonReader r, JsonContract c)
    {
        Paragraph? title = null;
        SourceSpan span = default;
        ImmutableArray<TocEntry> entries = [];
        var properties = new Properties(ref r, c.Contents);
        while (properties.Next(ref r) is var p and >= 0)
            switch ((ContentsProperty)p)
            {
                case ContentsProperty.Title: Read(ref r); title = ReadParagraph(ref r, c); break;
                case ContentsProperty.Entries: entries = ReadEntries(ref r, c); break;
                case ContentsProperty.Span: Read(ref r); span = ReadSpan(ref r, c); break;
            }
        return new TableOfContents(title, entries, span);
    }

    private static ImmutableArray<TocEntry> ReadEntries(ref Utf8JsonReader r, JsonContract c)
    {
        StartArray(ref r);
        var list = ImmutableArray.CreateBuilder<TocEntry>();
        var rules = c.Entry.Values;
        while (NextItem(ref r))
        {
            string? number = null, text = null;
            var level = 0;
            SourceSpan span = default;
            var properties = new Properties(ref r, c.Entry);
            while (properties.Next(ref r) is var p and >= 0)
                switch ((EntryProperty)p)
                {
                    case EntryProperty.Number: number = String(ref r, rules[p]!); break;
                    case EntryProperty.Text: text = String(ref r, rules[p]!); break;
                    case EntryProperty.Level: level = Integer(ref r, rules[p]!); break;
                    case EntryProperty.Span: Read(ref r); span = ReadSpan(ref r, c); break;
                }
            list.Add(new TocEntry(number, text!, level, span));
        }
        return list.DrainToImmutable();
    }

    private static ImmutableArray<RemovedLine> ReadRemovedLines(ref Utf8JsonReader r, JsonContract c)
    {
        StartArray(ref r);
        var list = ImmutableArray.CreateBuilder<RemovedLine>();
        var rules = c.RemovedLine.Values;
        while (NextItem(ref r))
        {
            var line = 0;
            RemovedLineKind kind = default;
            string? text = null;
            var properties = new Properties(ref r, c.RemovedLine);
            while (properties.Next(ref r) is var p and >= 0)
                switch ((RemovedLineProperty)p)
                {
                    case RemovedLineProperty.Line: line = Integer(ref r, rules[p]!); break;
                    case RemovedLineProperty.Kind: kind = EnumValue<RemovedLineKind>(ref r, rules[p]!); break;
                    case RemovedLineProperty.Text: text = String(ref r, rules[p]!); break;
                }
            list.Add(new RemovedLine(line, kind, text!));
        }
        return list.DrainToImmutable();
    }

    private static ImmutableArray<Diagnostic> ReadDiagnostics(ref Utf8JsonReader r, JsonContract c)
    {
        StartArray(ref r);
        var list = ImmutableArray.CreateBuilder<Diagnostic>();
        var rules = c.Diagnostic.Values;
        while (NextItem(ref r))
        {
            string? code = null, message = null;
            var severity = DiagnosticSeverity.Info;
            SourceSpan? span = null;
            var properties = new Properties(ref r, c.Diagnostic);
            while (properties.Next(ref r) is var p and >= 0)
                switch ((DiagnosticProperty)p)
                {
                    case DiagnosticProperty.Code: code = String(ref r, rules[p]!); break;
                    case DiagnosticProperty.Severity: severity = EnumValue<DiagnosticSeverity>(ref r, rules[p]!); break;
                    case DiagnosticProperty.Message: message = String(ref r, rules[p]!); break;
                    case DiagnosticProperty.Span: Read(ref r); span = ReadSpan(ref r, c); break;
                }
            list.Add(new Diagnostic(code!, severity, message!, span));
        }
        return list.DrainToImmutable();
    }

    // ---- arrays ----

    private static void StartArray(ref Utf8JsonReader r)
    {
        Read(ref r);
        if (r.TokenType != JsonTokenType.StartArray) throw new Rejected("expected an array");
    }

    /// <summary>Moves to the next item of an array; false at its end.</summary>
    private static bool NextItem(ref Utf8JsonReader r)
    {
        Read(ref r);
        return r.TokenType != JsonTokenType.EndArray;
    }

    // ---- scalar values, checked against their rule ----

    private static string String(ref Utf8JsonReader r, ValueRule rule)
    {
        Read(ref r);
        return CheckString(ref r, rule);
    }

    private static string CheckString(ref Utf8JsonReader r, ValueRule rule)
    {
        if (r.TokenType != JsonTokenType.String) throw new Rejected($"expected a string at #{rule.Pointer}");
        var value = r.GetString()!;
        if (!rule.Accepts(value) || rule.HasFormat && !rule.SchemaAccepts(JsonElement.ParseValue(ref r)))
            throw new Rejected($"a string #{rule.Pointer} does not allow");
        return value;
    }

    /// <summary>The index of the value among the rule's allowed values (compared without decoding the string).</summary>
    private static int Allowed(ref Utf8JsonReader r, ValueRule rule)
    {
        Read(ref r);
        var index = r.TokenType == JsonTokenType.String ? rule.IndexOfAllowed(ref r) : -1;
        return index >= 0 ? index : throw new Rejected($"a value #{rule.Pointer} does not allow");
    }

    private static T EnumValue<T>(ref Utf8JsonReader r, ValueRule rule) where T : struct, Enum => rule.Members<T>()[Allowed(ref r, rule)];

    /// <summary>
    /// An integer within the rule and the model's <see cref="int"/>. Plain digits are decided here; any other form
    /// (<c>1.0</c>, <c>1e2</c>, <c>-0</c>) is first decided by JsonSchema.Net, as the schema does, and then must be a
    /// whole number in <see cref="int"/>'s range.
    /// </summary>
    private static int Integer(ref Utf8JsonReader r, ValueRule rule)
    {
        Read(ref r);
        if (r.TokenType != JsonTokenType.Number) throw new Rejected($"expected an integer at #{rule.Pointer}");
        if (!r.ValueSpan.ContainsAnyExceptInRange((byte)'0', (byte)'9'))
        {
            if (!r.TryGetInt32(out var plain)) throw new Rejected($"{JsonErrors.BeyondInt(r.ValueSpan)} at #{rule.Pointer}");
            return plain >= rule.Minimum ? plain : throw new Rejected($"an integer below #{rule.Pointer}'s minimum");
        }
        if (!rule.SchemaAccepts(JsonElement.ParseValue(ref r))) throw new Rejected($"a number #{rule.Pointer} does not allow");
        return JsonErrors.WholeNumber(ref r) ?? throw new Rejected($"{JsonErrors.BeyondInt(r.ValueSpan)} at #{rule.Pointer}");
    }
}
