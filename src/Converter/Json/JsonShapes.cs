using System.Runtime.CompilerServices;
using System.Text.Json;

namespace Converter.Json;

// The wire format's vocabulary, spelled once for the reader and the writer: the properties of every object in wire
// order, and the names of enum values. The schema (schemas/document.schema.json) is the contract; JsonContract checks
// this vocabulary against it when the reader first loads it, and the tests do too.

internal enum DocumentProperty { Schema, SchemaVersion, Metadata, Heading, Contents, Preamble, Clauses, Sections, Closing, RemovedLines, Diagnostics }

internal enum MetadataProperty { Title, Language, SourceName, SourceSha256, Encoding, LineCount, Genre }

internal enum HeadingProperty { StatusNote, Title, DocumentNumber, Subtitles }

internal enum ParagraphProperty { Text, Span }

internal enum SpanProperty { StartLine, EndLine, Unit }

internal enum SectionProperty { Id, Kind, Number, Title, AmendLawNumber, Span, Clauses, Sections }

internal enum ClauseProperty { Id, Kind, Number, Caption, Heading, Text, Span, Contents, Items }

internal enum ContentsProperty { Title, Entries, Span }

internal enum EntryProperty { Number, Text, Level, Span }

internal enum RemovedLineProperty { Line, Kind, Text }

internal enum DiagnosticProperty { Code, Severity, Message, Span }

/// <summary>One kind of JSON object: where the schema defines it and its property names in wire order.</summary>
internal abstract class JsonShape(string schemaPointer, string[] names)
{
    /// <summary>JSON pointer to the object's definition in the schema (<c>""</c> for the document itself).</summary>
    public string SchemaPointer { get; } = schemaPointer;

    /// <summary>Property names in wire order (the order of the schema's <c>properties</c>).</summary>
    public IReadOnlyList<string> Names { get; } = names;

    /// <summary>The names as UTF-8, for matching property names while reading.</summary>
    public byte[][] Utf8Names { get; } = [.. names.Select(System.Text.Encoding.UTF8.GetBytes)];

    /// <summary>The names pre-encoded for <see cref="Utf8JsonWriter"/>.</summary>
    protected JsonEncodedText[] Encoded { get; } = [.. names.Select(n => JsonEncodedText.Encode(n))];
}

/// <summary>A <see cref="JsonShape"/> whose properties are the members of <typeparamref name="TProperty"/>, camelCased.</summary>
internal sealed class JsonShape<TProperty>(string schemaPointer) : JsonShape(schemaPointer, JsonNames.Of<TProperty>())
    where TProperty : struct, Enum
{
    /// <summary>The encoded name of <paramref name="property"/>.</summary>
    public JsonEncodedText this[TProperty property] => Encoded[Unsafe.As<TProperty, int>(ref property)];
}

/// <summary>Every object of the wire format.</summary>
internal static class JsonShapes
{
    public static readonly JsonShape<DocumentProperty> Document = new("");
    public static readonly JsonShape<MetadataProperty> Metadata = new("/$defs/metadata");
    public static readonly JsonShape<HeadingProperty> Heading = new("/$defs/heading");
    public static readonly JsonShape<ParagraphProperty> Paragraph = new("/$defs/paragraph");
    public static readonly JsonShape<SpanProperty> Span = new("/$defs/span");
    public static readonly JsonShape<SectionProperty> Section = new("/$defs/section");
    public static readonly JsonShape<ClauseProperty> Clause = new("/$defs/clause");
    public static readonly JsonShape<ContentsProperty> Contents = new("/$defs/tableOfContents");
    public static readonly JsonShape<EntryProperty> Entry = new("/$defs/tableOfContents/properties/entries/items");
    public static readonly JsonShape<RemovedLineProperty> RemovedLine = new("/$defs/removedLine");
    public static readonly JsonShape<DiagnosticProperty> Diagnostic = new("/$defs/diagnostic");

    public static IEnumerable<JsonShape> All =>
        [Document, Metadata, Heading, Paragraph, Span, Section, Clause, Contents, Entry, RemovedLine, Diagnostic];
}

/// <summary>JSON names of enum members: camelCase (<c>SupplementaryProvision</c> → <c>supplementaryProvision</c>).</summary>
internal static class JsonNames
{
    /// <summary>The JSON names of <typeparamref name="T"/>'s members, in declaration order.</summary>
    public static string[] Of<T>() where T : struct, Enum => Cache<T>.Names;

    /// <summary>The JSON name of <paramref name="value"/>, pre-encoded for <see cref="Utf8JsonWriter"/>.</summary>
    public static JsonEncodedText Encoded<T>(T value) where T : struct, Enum => Cache<T>.Encoded[Unsafe.As<T, int>(ref value)];

    private static class Cache<T> where T : struct, Enum
    {
        // Members are numbered 0, 1, 2, … in declaration order (checked here), so a value indexes its name.
        public static readonly string[] Names = Build();
        public static readonly JsonEncodedText[] Encoded = [.. Names.Select(n => JsonEncodedText.Encode(n))];

        private static string[] Build()
        {
            if (Unsafe.SizeOf<T>() != sizeof(int)) throw new InvalidOperationException($"{typeof(T).Name} is not an int enum");
            var values = Enum.GetValues<T>();
            for (var i = 0; i < values.Length; i++)
                if (Convert.ToInt32(values[i], System.Globalization.CultureInfo.InvariantCulture) != i)
                    throw new InvalidOperationException($"{typeof(T).Name} members must be numbered 0, 1, 2, … in order");
            // The document's "$schema" is the one name that is not a camelCased identifier.
            return [.. Enum.GetNames<T>().Select(n => typeof(T) == typeof(DocumentProperty) && n == nameof(DocumentProperty.Schema)
                ? "$schema"
                : char.ToLowerInvariant(n[0]) + n[1..])];
        }
    }
}
