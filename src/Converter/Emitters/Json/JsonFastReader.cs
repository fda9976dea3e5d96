using System.Collections.Immutable;
using System.Text.Json;
using Converter.Model;

namespace Converter.Emitters.Json;

/// <summary>
/// The reader's fast path: one forward pass over the UTF-8 bytes with <see cref="Utf8JsonReader"/> that checks every
/// rule of <c>document.schema.json</c> while it builds the model, without a DOM and without the general schema
/// evaluator. It is deliberately stricter than the schema: anything it is not sure about (an unknown property, a
/// duplicate, a number written as <c>1.0</c>, a language tag beyond the plain form, a <c>$schema</c> other than ours,
/// malformed JSON) makes it give up, and <see cref="JsonDocumentReader"/> reads the input the full way, which also
/// words the error. So it never accepts what the schema rejects, and error messages are unchanged.
/// </summary>
internal static class JsonFastReader
{
    private static readonly JsonReaderOptions ReaderOptions = new()
    {
        MaxDepth = JsonDocumentReader.MaxDepth,
        CommentHandling = JsonCommentHandling.Disallow,
        AllowTrailingCommas = false,
    };

    /// <summary>Thrown inside the fast path to give up; never escapes it.</summary>
    private sealed class GiveUp : Exception;

    /// <summary>The document, or <c>null</c> when the full reader must decide.</summary>
    public static Document? TryRead(ReadOnlySpan<byte> utf8)
    {
        try
        {
            var reader = new Utf8JsonReader(utf8, ReaderOptions);
            Next(ref reader);
            var document = ReadDocument(ref reader);
            // Nothing but whitespace may follow the root value (the reader throws on a second value).
            if (reader.Read()) return null;
            return document;
        }
        catch (GiveUp)
        {
            return null;
        }
        catch (JsonException)
        {
            return null;
        }
        catch (InvalidOperationException)
        {
            // Invalid UTF-8 or an unexpected token type while reading a value.
            return null;
        }
    }

    private static void Next(ref Utf8JsonReader r)
    {
        if (!r.Read()) throw new GiveUp();
    }

    private static void Expect(ref Utf8JsonReader r, JsonTokenType type)
    {
        Next(ref r);
        if (r.TokenType != type) throw new GiveUp();
    }

    // Bit flags for properties seen in one object: duplicates and missing required ones give up.
    private static void Mark(ref int seen, int bit)
    {
        if ((seen & bit) != 0) throw new GiveUp();
        seen |= bit;
    }

    private static void Require(int seen, int required)
    {
        if ((seen & required) != required) throw new GiveUp();
    }

    private static Document ReadDocument(ref Utf8JsonReader r)
    {
        if (r.TokenType != JsonTokenType.StartObject) throw new GiveUp();
        string? version = null;
        DocumentMetadata? metadata = null;
        DocumentHeading? heading = null;
        ImmutableArray<Paragraph> preamble = [], closing = [];
        ImmutableArray<Clause> clauses = [];
        ImmutableArray<Section> sections = [];
        ImmutableArray<RemovedLine> removed = [];
        ImmutableArray<Diagnostic> diagnostics = [];
        TableOfContents? contents = null;
        var seen = 0;
        while (true)
        {
            Next(ref r);
            if (r.TokenType == JsonTokenType.EndObject) break;
            if (r.ValueTextEquals("contents"u8)) { Mark(ref seen, 1 << 10); contents = ReadContents(ref r); }
            else if (r.ValueTextEquals("$schema"u8))
            {
                Mark(ref seen, 1 << 0);
                Expect(ref r, JsonTokenType.String);
                if (!r.ValueTextEquals(JsonEmitter.SchemaId)) throw new GiveUp();
            }
            else if (r.ValueTextEquals("schemaVersion"u8))
            {
                Mark(ref seen, 1 << 1);
                Expect(ref r, JsonTokenType.String);
                version = r.GetString()!;
                if (!IsSchemaVersion(version)) throw new GiveUp();
            }
            else if (r.ValueTextEquals("metadata"u8)) { Mark(ref seen, 1 << 2); Next(ref r); metadata = ReadMetadata(ref r); }
            else if (r.ValueTextEquals("heading"u8)) { Mark(ref seen, 1 << 3); Next(ref r); heading = ReadHeading(ref r); }
            else if (r.ValueTextEquals("preamble"u8)) { Mark(ref seen, 1 << 4); preamble = ReadParagraphs(ref r); }
            else if (r.ValueTextEquals("clauses"u8)) { Mark(ref seen, 1 << 5); clauses = ReadClauses(ref r, 0); }
            else if (r.ValueTextEquals("sections"u8)) { Mark(ref seen, 1 << 6); sections = ReadSections(ref r, 0); }
            else if (r.ValueTextEquals("closing"u8)) { Mark(ref seen, 1 << 7); closing = ReadParagraphs(ref r); }
            else if (r.ValueTextEquals("removedLines"u8)) { Mark(ref seen, 1 << 8); removed = ReadRemovedLines(ref r); }
            else if (r.ValueTextEquals("diagnostics"u8)) { Mark(ref seen, 1 << 9); diagnostics = ReadDiagnostics(ref r); }
            else throw new GiveUp();
        }
        Require(seen, 0b11_1111_1110);
        return new Document(version!, metadata!, heading!, preamble, clauses, sections, closing, removed, diagnostics)
        {
            Contents = contents,
        };
    }

    private static DocumentMetadata ReadMetadata(ref Utf8JsonReader r)
    {
        if (r.TokenType != JsonTokenType.StartObject) throw new GiveUp();
        string? title = null, language = null, sourceName = null, sha = null, encoding = null;
        var lineCount = 0;
        var genre = DocumentGenre.Statement;
        var seen = 0;
        while (true)
        {
            Next(ref r);
            if (r.TokenType == JsonTokenType.EndObject) break;
            if (r.ValueTextEquals("title"u8)) { Mark(ref seen, 1 << 0); title = NonEmptyString(ref r); }
            else if (r.ValueTextEquals("language"u8))
            {
                Mark(ref seen, 1 << 1);
                language = NonEmptyString(ref r);
                if (!IsPlainLanguage(language)) throw new GiveUp();
            }
            else if (r.ValueTextEquals("sourceName"u8)) { Mark(ref seen, 1 << 2); sourceName = NonEmptyString(ref r); }
            else if (r.ValueTextEquals("sourceSha256"u8))
            {
                Mark(ref seen, 1 << 3);
                sha = NonEmptyString(ref r);
                if (!IsSha256(sha)) throw new GiveUp();
            }
            else if (r.ValueTextEquals("encoding"u8))
            {
                Mark(ref seen, 1 << 4);
                encoding = NonEmptyString(ref r) switch
                {
                    "utf-8" => "utf-8",
                    "utf-8-bom" => "utf-8-bom",
                    "utf-16le" => "utf-16le",
                    "utf-16be" => "utf-16be",
                    "utf-16" => "utf-16",
                    "shift_jis" => "shift_jis",
                    "euc-jp" => "euc-jp",
                    _ => throw new GiveUp(),
                };
            }
            else if (r.ValueTextEquals("lineCount"u8)) { Mark(ref seen, 1 << 5); lineCount = Integer(ref r, minimum: 0); }
            else if (r.ValueTextEquals("genre"u8))
            {
                Mark(ref seen, 1 << 6);
                genre = JsonModelMapper.ParseGenre(NonEmptyString(ref r)) ?? throw new GiveUp();
            }
            else throw new GiveUp();
        }
        Require(seen, 0b11_1011);
        return new DocumentMetadata(title!, language!, sourceName, sha!, encoding!, lineCount) { Genre = genre };
    }

    private static DocumentHeading ReadHeading(ref Utf8JsonReader r)
    {
        if (r.TokenType != JsonTokenType.StartObject) throw new GiveUp();
        Paragraph? status = null, title = null, number = null;
        ImmutableArray<Paragraph> subtitles = [];
        var seen = 0;
        while (true)
        {
            Next(ref r);
            if (r.TokenType == JsonTokenType.EndObject) break;
            if (r.ValueTextEquals("statusNote"u8)) { Mark(ref seen, 1 << 0); Next(ref r); status = ReadParagraph(ref r); }
            else if (r.ValueTextEquals("title"u8)) { Mark(ref seen, 1 << 1); Next(ref r); title = ReadParagraph(ref r); }
            else if (r.ValueTextEquals("subtitles"u8)) { Mark(ref seen, 1 << 2); subtitles = ReadParagraphs(ref r); }
            else if (r.ValueTextEquals("documentNumber"u8)) { Mark(ref seen, 1 << 3); Next(ref r); number = ReadParagraph(ref r); }
            else throw new GiveUp();
        }
        Require(seen, 0b110);
        return new DocumentHeading(status, title!, subtitles) { DocumentNumber = number };
    }

    private static ImmutableArray<Paragraph> ReadParagraphs(ref Utf8JsonReader r)
    {
        Expect(ref r, JsonTokenType.StartArray);
        var list = ImmutableArray.CreateBuilder<Paragraph>();
        while (true)
        {
            Next(ref r);
            if (r.TokenType == JsonTokenType.EndArray) break;
            list.Add(ReadParagraph(ref r));
        }
        return list.DrainToImmutable();
    }

    private static Paragraph ReadParagraph(ref Utf8JsonReader r)
    {
        if (r.TokenType != JsonTokenType.StartObject) throw new GiveUp();
        string? text = null;
        SourceSpan span = default;
        var seen = 0;
        while (true)
        {
            Next(ref r);
            if (r.TokenType == JsonTokenType.EndObject) break;
            if (r.ValueTextEquals("text"u8)) { Mark(ref seen, 1 << 0); text = NonEmptyString(ref r); }
            else if (r.ValueTextEquals("span"u8)) { Mark(ref seen, 1 << 1); span = ReadSpan(ref r); }
            else throw new GiveUp();
        }
        Require(seen, 0b11);
        return new Paragraph(text!, span);
    }

    private static SourceSpan ReadSpan(ref Utf8JsonReader r)
    {
        Expect(ref r, JsonTokenType.StartObject);
        int start = 0, end = 0, seen = 0;
        while (true)
        {
            Next(ref r);
            if (r.TokenType == JsonTokenType.EndObject) break;
            if (r.ValueTextEquals("startLine"u8)) { Mark(ref seen, 1 << 0); start = Integer(ref r, minimum: 1); }
            else if (r.ValueTextEquals("endLine"u8)) { Mark(ref seen, 1 << 1); end = Integer(ref r, minimum: 1); }
            else throw new GiveUp();
        }
        Require(seen, 0b11);
        return new SourceSpan(start, end);
    }

    // Depth counts nesting of sections/clauses; the reader's own MaxDepth bounds it as for the full path.
    private static ImmutableArray<Section> ReadSections(ref Utf8JsonReader r, int depth)
    {
        Expect(ref r, JsonTokenType.StartArray);
        var list = ImmutableArray.CreateBuilder<Section>();
        while (true)
        {
            Next(ref r);
            if (r.TokenType == JsonTokenType.EndArray) break;
            if (r.TokenType != JsonTokenType.StartObject) throw new GiveUp();
            string? id = null, number = null, title = null, amend = null;
            var kind = SectionKind.Section;
            SourceSpan span = default;
            ImmutableArray<Clause> clauses = [];
            ImmutableArray<Section> sections = [];
            var seen = 0;
            while (true)
            {
                Next(ref r);
                if (r.TokenType == JsonTokenType.EndObject) break;
                if (r.ValueTextEquals("id"u8))
                {
                    Mark(ref seen, 1 << 0);
                    id = NonEmptyString(ref r);
                    if (!IsSectionId(id)) throw new GiveUp();
                }
                else if (r.ValueTextEquals("number"u8)) { Mark(ref seen, 1 << 1); number = NonEmptyString(ref r); }
                else if (r.ValueTextEquals("title"u8)) { Mark(ref seen, 1 << 2); title = NonEmptyString(ref r); }
                else if (r.ValueTextEquals("span"u8)) { Mark(ref seen, 1 << 3); span = ReadSpan(ref r); }
                else if (r.ValueTextEquals("clauses"u8)) { Mark(ref seen, 1 << 4); clauses = ReadClauses(ref r, depth + 1); }
                else if (r.ValueTextEquals("sections"u8)) { Mark(ref seen, 1 << 5); sections = ReadSections(ref r, depth + 1); }
                else if (r.ValueTextEquals("kind"u8))
                {
                    Mark(ref seen, 1 << 6);
                    kind = JsonModelMapper.ParseSectionKind(NonEmptyString(ref r)) ?? throw new GiveUp();
                }
                else if (r.ValueTextEquals("amendLawNumber"u8)) { Mark(ref seen, 1 << 7); amend = NonEmptyString(ref r); }
                else throw new GiveUp();
            }
            Require(seen, 0b11_1101);
            list.Add(new Section(id!, number, title!, clauses, sections, span) { Kind = kind, AmendLawNumber = amend });
        }
        return list.DrainToImmutable();
    }

    private static ImmutableArray<Clause> ReadClauses(ref Utf8JsonReader r, int depth)
    {
        Expect(ref r, JsonTokenType.StartArray);
        var list = ImmutableArray.CreateBuilder<Clause>();
        while (true)
        {
            Next(ref r);
            if (r.TokenType == JsonTokenType.EndArray) break;
            if (r.TokenType != JsonTokenType.StartObject) throw new GiveUp();
            string? id = null, number = null, caption = null, text = null, heading = null;
            var kind = ClauseKind.Paragraph;
            TableOfContents? contents = null;
            SourceSpan span = default;
            ImmutableArray<Clause> items = [];
            var seen = 0;
            while (true)
            {
                Next(ref r);
                if (r.TokenType == JsonTokenType.EndObject) break;
                if (r.ValueTextEquals("id"u8))
                {
                    Mark(ref seen, 1 << 0);
                    id = NonEmptyString(ref r);
                    if (!IsClauseId(id)) throw new GiveUp();
                }
                else if (r.ValueTextEquals("number"u8)) { Mark(ref seen, 1 << 1); number = NonEmptyString(ref r); }
                else if (r.ValueTextEquals("caption"u8)) { Mark(ref seen, 1 << 2); caption = NonEmptyString(ref r); }
                else if (r.ValueTextEquals("text"u8)) { Mark(ref seen, 1 << 3); text = AnyString(ref r); }
                else if (r.ValueTextEquals("span"u8)) { Mark(ref seen, 1 << 4); span = ReadSpan(ref r); }
                else if (r.ValueTextEquals("items"u8)) { Mark(ref seen, 1 << 5); items = ReadClauses(ref r, depth + 1); }
                else if (r.ValueTextEquals("kind"u8))
                {
                    Mark(ref seen, 1 << 6);
                    kind = JsonModelMapper.ParseClauseKind(NonEmptyString(ref r)) ?? throw new GiveUp();
                }
                else if (r.ValueTextEquals("heading"u8)) { Mark(ref seen, 1 << 7); heading = NonEmptyString(ref r); }
                else if (r.ValueTextEquals("contents"u8)) { Mark(ref seen, 1 << 8); contents = ReadContents(ref r); }
                else throw new GiveUp();
            }
            Require(seen, 0b11_1001);
            list.Add(new Clause(id!, number, caption, text!, items, span) { Kind = kind, Heading = heading, Contents = contents });
        }
        return list.DrainToImmutable();
    }

    private static TableOfContents ReadContents(ref Utf8JsonReader r)
    {
        Expect(ref r, JsonTokenType.StartObject);
        Paragraph? title = null;
        SourceSpan span = default;
        var entries = ImmutableArray.CreateBuilder<TocEntry>();
        var seen = 0;
        while (true)
        {
            Next(ref r);
            if (r.TokenType == JsonTokenType.EndObject) break;
            if (r.ValueTextEquals("title"u8)) { Mark(ref seen, 1 << 0); Next(ref r); title = ReadParagraph(ref r); }
            else if (r.ValueTextEquals("span"u8)) { Mark(ref seen, 1 << 1); span = ReadSpan(ref r); }
            else if (r.ValueTextEquals("entries"u8))
            {
                Mark(ref seen, 1 << 2);
                Expect(ref r, JsonTokenType.StartArray);
                while (true)
                {
                    Next(ref r);
                    if (r.TokenType == JsonTokenType.EndArray) break;
                    if (r.TokenType != JsonTokenType.StartObject) throw new GiveUp();
                    string? number = null, text = null;
                    int level = 0, entrySeen = 0;
                    SourceSpan entrySpan = default;
                    while (true)
                    {
                        Next(ref r);
                        if (r.TokenType == JsonTokenType.EndObject) break;
                        if (r.ValueTextEquals("number"u8)) { Mark(ref entrySeen, 1 << 0); number = NonEmptyString(ref r); }
                        else if (r.ValueTextEquals("text"u8)) { Mark(ref entrySeen, 1 << 1); text = NonEmptyString(ref r); }
                        else if (r.ValueTextEquals("level"u8)) { Mark(ref entrySeen, 1 << 2); level = Integer(ref r, minimum: 1); }
                        else if (r.ValueTextEquals("span"u8)) { Mark(ref entrySeen, 1 << 3); entrySpan = ReadSpan(ref r); }
                        else throw new GiveUp();
                    }
                    Require(entrySeen, 0b1110);
                    entries.Add(new TocEntry(number, text!, level, entrySpan));
                }
            }
            else throw new GiveUp();
        }
        Require(seen, 0b110);
        return new TableOfContents(title, entries.DrainToImmutable(), span);
    }

    private static ImmutableArray<RemovedLine> ReadRemovedLines(ref Utf8JsonReader r)
    {
        Expect(ref r, JsonTokenType.StartArray);
        var list = ImmutableArray.CreateBuilder<RemovedLine>();
        while (true)
        {
            Next(ref r);
            if (r.TokenType == JsonTokenType.EndArray) break;
            if (r.TokenType != JsonTokenType.StartObject) throw new GiveUp();
            int line = 0, seen = 0;
            RemovedLineKind kind = default;
            string? text = null;
            while (true)
            {
                Next(ref r);
                if (r.TokenType == JsonTokenType.EndObject) break;
                if (r.ValueTextEquals("line"u8)) { Mark(ref seen, 1 << 0); line = Integer(ref r, minimum: 1); }
                else if (r.ValueTextEquals("kind"u8))
                {
                    Mark(ref seen, 1 << 1);
                    kind = JsonModelMapper.ParseKind(NonEmptyString(ref r)) ?? throw new GiveUp();
                }
                else if (r.ValueTextEquals("text"u8)) { Mark(ref seen, 1 << 2); text = NonEmptyString(ref r); }
                else throw new GiveUp();
            }
            Require(seen, 0b111);
            list.Add(new RemovedLine(line, kind, text!));
        }
        return list.DrainToImmutable();
    }

    private static ImmutableArray<Diagnostic> ReadDiagnostics(ref Utf8JsonReader r)
    {
        Expect(ref r, JsonTokenType.StartArray);
        var list = ImmutableArray.CreateBuilder<Diagnostic>();
        while (true)
        {
            Next(ref r);
            if (r.TokenType == JsonTokenType.EndArray) break;
            if (r.TokenType != JsonTokenType.StartObject) throw new GiveUp();
            string? code = null, message = null;
            var severity = DiagnosticSeverity.Info;
            SourceSpan? span = null;
            var seen = 0;
            while (true)
            {
                Next(ref r);
                if (r.TokenType == JsonTokenType.EndObject) break;
                if (r.ValueTextEquals("code"u8))
                {
                    Mark(ref seen, 1 << 0);
                    code = NonEmptyString(ref r);
                    if (!IsDiagnosticCode(code)) throw new GiveUp();
                }
                else if (r.ValueTextEquals("severity"u8))
                {
                    Mark(ref seen, 1 << 1);
                    Expect(ref r, JsonTokenType.String);
                    if (r.ValueTextEquals("warning"u8)) severity = DiagnosticSeverity.Warning;
                    else if (r.ValueTextEquals("info"u8)) severity = DiagnosticSeverity.Info;
                    else throw new GiveUp();
                }
                else if (r.ValueTextEquals("message"u8)) { Mark(ref seen, 1 << 2); message = NonEmptyString(ref r); }
                else if (r.ValueTextEquals("span"u8)) { Mark(ref seen, 1 << 3); span = ReadSpan(ref r); }
                else throw new GiveUp();
            }
            Require(seen, 0b111);
            list.Add(new Diagnostic(code!, severity, message!, span));
        }
        return list.DrainToImmutable();
    }

    // ---- values ----

    private static string NonEmptyString(ref Utf8JsonReader r)
    {
        Expect(ref r, JsonTokenType.String);
        var s = r.GetString()!;
        // minLength 1 counts code points; any non-empty string has one.
        if (s.Length == 0) throw new GiveUp();
        return s;
    }

    private static string AnyString(ref Utf8JsonReader r)
    {
        Expect(ref r, JsonTokenType.String);
        return r.GetString()!;
    }

    // Plain digits only (no fraction, exponent or sign): "1.0" is an integer to the schema but is left to the full path.
    private static int Integer(ref Utf8JsonReader r, int minimum)
    {
        Expect(ref r, JsonTokenType.Number);
        if (r.HasValueSequence || r.ValueSpan.IndexOfAnyExceptInRange((byte)'0', (byte)'9') >= 0) throw new GiveUp();
        if (!r.TryGetInt32(out var value) || value < minimum) throw new GiveUp();
        return value;
    }

    // ^1\.(0|[1-9][0-9]*)$
    internal static bool IsSchemaVersion(string s)
    {
        if (s.Length < 3 || s[0] != '1' || s[1] != '.') return false;
        var minor = s.AsSpan(2);
        if (minor is "0") return true;
        return minor[0] is >= '1' and <= '9' && !minor.ContainsAnyExceptInRange('0', '9');
    }

    // The plain form of ^[A-Za-z]{2,3}(-…)*$: two or three letters; longer tags go the full way.
    internal static bool IsPlainLanguage(string s) => s.Length is 2 or 3 && char.IsAsciiLetter(s[0]) && char.IsAsciiLetter(s[1]) && char.IsAsciiLetter(s[^1]);

    // ^[0-9a-f]{64}$
    internal static bool IsSha256(string s) => s.Length == 64 && !s.AsSpan().ContainsAnyExcept("0123456789abcdef");

    // ^[A-Z]{3,4}[0-9]{3}$
    internal static bool IsDiagnosticCode(string s)
    {
        if (s.Length is not (6 or 7)) return false;
        var letters = s.Length - 3;
        for (var i = 0; i < s.Length; i++)
            if (i < letters ? !char.IsAsciiLetterUpper(s[i]) : !char.IsAsciiDigit(s[i])) return false;
        return true;
    }

    // ^sec-[1-9][0-9]*(\.sec-[1-9][0-9]*)*$
    internal static bool IsSectionId(string s)
    {
        var span = s.AsSpan();
        return Segments(ref span, "sec-", atLeastOne: true) && span.Length == 0;
    }

    // ^(sec-[1-9][0-9]*(\.sec-[1-9][0-9]*)*\.)?cl-[1-9][0-9]*(\.cl-[1-9][0-9]*)*$
    internal static bool IsClauseId(string s)
    {
        var span = s.AsSpan();
        if (span.StartsWith("sec-"))
        {
            if (!Segments(ref span, "sec-", atLeastOne: true) || span.Length == 0 || span[0] != '.') return false;
            span = span[1..];
        }
        return Segments(ref span, "cl-", atLeastOne: true) && span.Length == 0;
    }

    // Consumes "prefix N(.prefix N)*" (N without leading zero), stopping before a '.' not followed by the prefix.
    private static bool Segments(ref ReadOnlySpan<char> s, string prefix, bool atLeastOne)
    {
        var count = 0;
        while (true)
        {
            if (!s.StartsWith(prefix, StringComparison.Ordinal)) return count > 0 || !atLeastOne;
            var rest = s[prefix.Length..];
            if (rest.Length == 0 || rest[0] is < '1' or > '9') return false;
            var n = 1;
            while (n < rest.Length && char.IsAsciiDigit(rest[n])) n++;
            s = rest[n..];
            count++;
            if (s.Length > 1 && s[0] == '.' && s[1..].StartsWith(prefix, StringComparison.Ordinal)) s = s[1..];
            else return true;
        }
    }
}
