using System.Xml.Linq;
using Converter.Model;

namespace Converter.AkomaNtoso.Tests;

/// <summary>One document written as Akoma Ntoso: the bytes, the parsed XML and the writer's diagnostics.</summary>
internal sealed record Akn(Document Document, byte[] Bytes, XDocument Xml, IReadOnlyList<Diagnostic> Diagnostics)
{
    public static readonly XNamespace Ns = AknVocabulary.Namespace;

    public static Akn Emit(Document document, ConverterOptions? options = null)
    {
        using var stream = new MemoryStream();
        var diagnostics = new AknEmitter().Write(document, stream, options ?? ConverterOptions.Default);
        var bytes = stream.ToArray();
        return new Akn(document, bytes, XDocument.Load(new MemoryStream(bytes)), diagnostics);
    }

    /// <summary>The document element (act, bill or doc).</summary>
    public XElement Root => Xml.Root!.Elements().First();

    public IEnumerable<XElement> All(string name) => Xml.Descendants(Ns + name);

    public XElement ByEId(string eId) => Xml.Descendants().Single(e => (string?)e.Attribute("eId") == eId);
}
