using System.Globalization;
using System.Text;
using System.Xml;

namespace Converter.Docx;

/// <summary>
/// The core properties part (<c>docProps/core.xml</c>): title, language, creator and, only when the
/// options carry a timestamp, created/modified dates. Written by hand because the packaging API's own
/// properties part gets a random name and relationship id.
/// </summary>
internal static class CoreProperties
{
    private const string Cp = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties";
    private const string Dc = "http://purl.org/dc/elements/1.1/";
    private const string DcTerms = "http://purl.org/dc/terms/";
    private const string Xsi = "http://www.w3.org/2001/XMLSchema-instance";

    /// <summary><c>converter &lt;version&gt;</c>: <see cref="DocumentConverter.CreatorTool"/>.</summary>
    public static string Creator => DocumentConverter.CreatorTool;

    public static void Write(Stream stream, string title, string language, DateTimeOffset? timestamp)
    {
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = false };
        using var xml = XmlWriter.Create(stream, settings);
        xml.WriteStartDocument(standalone: true);
        xml.WriteStartElement("cp", "coreProperties", Cp);
        xml.WriteAttributeString("xmlns", "dc", null, Dc);
        xml.WriteAttributeString("xmlns", "dcterms", null, DcTerms);
        xml.WriteAttributeString("xmlns", "xsi", null, Xsi);
        xml.WriteElementString("dc", "title", Dc, title);
        xml.WriteElementString("dc", "creator", Dc, Creator);
        xml.WriteElementString("dc", "language", Dc, language);
        if (timestamp is { } time)
        {
            // W3CDTF in UTC, to the second: what Word writes and reads.
            var text = time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
            foreach (var name in new[] { "created", "modified" })
            {
                xml.WriteStartElement("dcterms", name, DcTerms);
                xml.WriteAttributeString("xsi", "type", Xsi, "dcterms:W3CDTF");
                xml.WriteString(text);
                xml.WriteEndElement();
            }
        }
        xml.WriteEndElement();
        xml.WriteEndDocument();
    }
}
