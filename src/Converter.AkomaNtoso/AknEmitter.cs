using Converter.Emitters;
using Converter.Model;

namespace Converter.AkomaNtoso;

/// <summary>
/// Writes a <see cref="Document"/> as Akoma Ntoso 3.0 (OASIS LegalDocML) XML: <c>act</c> for statutes, <c>bill</c> for
/// bills and <c>doc</c> (<c>statement</c>, <c>communique</c>, …) for the rest, with FRBR identification, preface,
/// preamble, the body's sections and clauses as Akoma Ntoso's hierarchy (eIds after the Naming Convention) and
/// conclusions. Valid against the OASIS schema; UTF-8; the same document and options always give the same bytes.
/// Stateless and thread-safe.
/// </summary>
/// <remarks>
/// Register it with <c>EmitterRegistry.Core.With(new AknEmitter())</c>, or call
/// <see cref="AkomaNtosoDocumentExtensions.ToAkomaNtoso(Document, Stream, ConverterOptions?)"/> directly.
/// docs/akoma-ntoso.md has the mapping table.
/// </remarks>
public sealed class AknEmitter : IDocumentEmitter
{
    /// <summary>The IANA media type of Akoma Ntoso XML.</summary>
    public const string AknMediaType = "application/akn+xml";

    /// <inheritdoc />
    public string Format => "akn";

    /// <inheritdoc />
    public string FileExtension => ".akn.xml";

    /// <inheritdoc />
    public string MediaType => AknMediaType;

    /// <inheritdoc />
    /// <returns>
    /// Warnings such as <c>AKN001</c> (a character that XML cannot hold was replaced by U+FFFD); empty when the text
    /// went through unchanged.
    /// </returns>
    public IReadOnlyList<Diagnostic> Write(Document document, Stream output, ConverterOptions options)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(options);
        return AknWriter.Write(document, options, output);
    }
}
