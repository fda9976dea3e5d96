using System.Globalization;
using System.Text;
using Converter.Model;

namespace Converter.AkomaNtoso;

/// <summary>
/// The FRBR identification of a document, following the Akoma Ntoso Naming Convention's URI shapes
/// (<c>/akn/{country}/{type}[/{subtype}]/{date}/{number}</c>, then <c>/{language}@</c>, then <c>.akn</c>).
/// Everything comes from the model and the options: never the wall clock.
/// </summary>
/// <remarks>
/// The model has no date of the document, so work and expression carry the placeholder <see cref="UnknownDate"/>
/// named <c>unknown</c>; the manifestation carries <see cref="ConverterOptions.Timestamp"/> (named <c>generation</c>)
/// when it is set, the placeholder otherwise. The number is the source file's name made URI-safe, or, without one,
/// the start of the source's SHA-256.
/// </remarks>
internal sealed record FrbrIdentity(
    string WorkUri, string ExpressionUri, string ManifestationUri,
    string WorkDate, string ManifestationDate, string ManifestationDateName,
    string Country, string Language, string? Number, string Name)
{
    /// <summary>The date written when none is known: the first day xsd:date allows, which no real document has.</summary>
    public const string UnknownDate = "0001-01-01";

    /// <summary>The FRBRdate name that marks <see cref="UnknownDate"/>.</summary>
    public const string UnknownDateName = "unknown";

    public static FrbrIdentity For(Document document, ConverterOptions options)
    {
        var type = AknVocabulary.DocumentType(document.Metadata.Genre);
        var subtype = type == "doc" ? "/" + AknVocabulary.DocumentName(document) : "";
        var country = AknVocabulary.Country(document);
        var language = AknVocabulary.Iso639_2(document.Metadata.Language);
        var work = $"/akn/{country}/{type}{subtype}/{UnknownDate}/{NumberComponent(document.Metadata)}";
        var expression = $"{work}/{language}@";
        var manifestationDate = options.Timestamp is { } t
            ? t.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : UnknownDate;
        return new FrbrIdentity(work, expression, expression + ".akn",
            UnknownDate, manifestationDate, options.Timestamp is null ? UnknownDateName : "generation",
            country, language, document.Heading.DocumentNumber?.Text, document.Heading.Title.Text);
    }

    // Lower-case ASCII letters and digits of the file name without its extensions, runs of anything else as one '-'.
    private static string NumberComponent(DocumentMetadata metadata)
    {
        var sb = new StringBuilder();
        if (metadata.SourceName is { } name)
        {
            var stem = name.Split('.')[0];
            foreach (var ch in stem.ToLowerInvariant())
            {
                if (ch is (>= 'a' and <= 'z') or (>= '0' and <= '9')) sb.Append(ch);
                else if (sb.Length > 0 && sb[^1] != '-') sb.Append('-');
            }
        }
        var slug = sb.ToString().Trim('-');
        return slug.Length > 0 ? slug : "sha256-" + metadata.SourceSha256[..Math.Min(12, metadata.SourceSha256.Length)];
    }
}
