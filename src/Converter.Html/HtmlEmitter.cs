using Converter.Emitters;
using Converter.Model;

namespace Converter.Html;

/// <summary>
/// Writes a <see cref="Document"/> as one self-contained, accessible HTML5 page: <c>lang</c> from the document, the
/// title as <c>h1</c> and the tree as <c>h2</c>…<c>h6</c>, a <c>section</c>/<c>article</c> (or list item) per node
/// whose <c>id</c> is the node's id (a stable citation anchor), numbers and captions as their own elements, the table
/// of contents as <c>nav</c>, and an inline style sheet for screen and print. No scripts, no external resources.
/// The same document always gives the same bytes. Stateless and thread-safe.
/// </summary>
/// <remarks>
/// Register it with <c>EmitterRegistry.Core.With(new HtmlEmitter())</c>, or call
/// <see cref="HtmlDocumentExtensions.ToHtml(Document, Stream, ConverterOptions?)"/> directly. docs/html.md describes
/// the page.
/// </remarks>
public sealed class HtmlEmitter : IDocumentEmitter
{
    /// <inheritdoc />
    public string Format => "html";

    /// <inheritdoc />
    public string FileExtension => ".html";

    /// <inheritdoc />
    public string MediaType => "text/html";

    /// <inheritdoc />
    /// <returns>
    /// Warnings such as <c>HTML001</c> (a character an HTML page cannot carry was replaced by U+FFFD); empty when the
    /// text went through unchanged.
    /// </returns>
    public IReadOnlyList<Diagnostic> Write(Document document, Stream output, ConverterOptions options)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(options);
        return HtmlPageWriter.Write(document, output);
    }
}
