using System.Globalization;
using System.Text;

namespace Converter.Pdf.Drawing;

/// <summary>A PDF/A conformance claim written into the XMP identification schema.</summary>
/// <param name="Part">ISO 19005 part (2 for PDF/A-2).</param>
/// <param name="Conformance">Conformance level letter (U: Unicode text; A: accessible).</param>
internal sealed record PdfAClaim(int Part, string Conformance)
{
    /// <summary>PDF/A-2u: what the emitter claims (see docs/pdf.md for why not 2a).</summary>
    public static PdfAClaim Pdfa2U { get; } = new(2, "U");

    /// <inheritdoc />
    public override string ToString() => $"PDF/A-{Part}{Conformance.ToLowerInvariant()}";
}

/// <summary>
/// The document-level metadata, written twice in agreement: as the information dictionary and as XMP
/// (title ⇔ dc:title, subject ⇔ dc:description, creator ⇔ xmp:CreatorTool, producer ⇔ pdf:Producer,
/// dates ⇔ xmp:CreateDate/ModifyDate), as PDF/A requires.
/// </summary>
/// <param name="Title">Document title.</param>
/// <param name="Subject">Subject line, or <c>null</c>.</param>
/// <param name="Creator">Tool that made the content ("converter 0.1.0").</param>
/// <param name="Producer">Tool that wrote the PDF.</param>
/// <param name="Language">BCP 47 language of the text (also the catalog's /Lang).</param>
/// <param name="Timestamp">Creation and modification date, or <c>null</c> to leave dates out.</param>
/// <param name="Claim">PDF/A claim, or <c>null</c> for plain PDF.</param>
internal sealed record PdfMetadataValues(
    string Title, string? Subject, string Creator, string Producer, string Language, DateTimeOffset? Timestamp, PdfAClaim? Claim)
{
    /// <summary>The information dictionary.</summary>
    public string ToInfoDictionary()
    {
        var sb = new StringBuilder("<<");
        sb.Append("/Title").Append(TextString(Title));
        if (Subject is not null) sb.Append("/Subject").Append(TextString(Subject));
        sb.Append("/Creator").Append(TextString(Creator));
        sb.Append("/Producer").Append(TextString(Producer));
        if (Timestamp is { } t)
        {
            var date = PdfDate(t);
            sb.Append("/CreationDate").Append(date).Append("/ModDate").Append(date);
        }
        return sb.Append(">>").ToString();
    }

    /// <summary>The XMP packet (UTF-8, with byte-order mark in the xpacket header).</summary>
    public string ToXmp()
    {
        var sb = new StringBuilder();
        sb.Append("<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n");
        sb.Append("<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n");
        sb.Append(" <rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n");
        sb.Append("  <rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n");
        sb.Append("   <dc:format>application/pdf</dc:format>\n");
        sb.Append("   <dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">").Append(Xml(Title)).Append("</rdf:li></rdf:Alt></dc:title>\n");
        if (Subject is not null)
            sb.Append("   <dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">").Append(Xml(Subject)).Append("</rdf:li></rdf:Alt></dc:description>\n");
        sb.Append("   <dc:language><rdf:Bag><rdf:li>").Append(Xml(Language)).Append("</rdf:li></rdf:Bag></dc:language>\n");
        sb.Append("  </rdf:Description>\n");
        sb.Append("  <rdf:Description rdf:about=\"\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\">\n");
        sb.Append("   <pdf:Producer>").Append(Xml(Producer)).Append("</pdf:Producer>\n");
        sb.Append("  </rdf:Description>\n");
        sb.Append("  <rdf:Description rdf:about=\"\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\">\n");
        sb.Append("   <xmp:CreatorTool>").Append(Xml(Creator)).Append("</xmp:CreatorTool>\n");
        if (Timestamp is { } t)
        {
            var date = XmpDate(t);
            sb.Append("   <xmp:CreateDate>").Append(date).Append("</xmp:CreateDate>\n");
            sb.Append("   <xmp:ModifyDate>").Append(date).Append("</xmp:ModifyDate>\n");
            sb.Append("   <xmp:MetadataDate>").Append(date).Append("</xmp:MetadataDate>\n");
        }
        sb.Append("  </rdf:Description>\n");
        if (Claim is { } claim)
        {
            sb.Append("  <rdf:Description rdf:about=\"\" xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\">\n");
            sb.Append("   <pdfaid:part>").Append(claim.Part.ToString(CultureInfo.InvariantCulture)).Append("</pdfaid:part>\n");
            sb.Append("   <pdfaid:conformance>").Append(claim.Conformance).Append("</pdfaid:conformance>\n");
            sb.Append("  </rdf:Description>\n");
        }
        sb.Append(" </rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"r\"?>");
        return sb.ToString();
    }

    /// <summary>A PDF text string: a literal for printable ASCII, else UTF-16BE hex with a byte-order mark.</summary>
    internal static string TextString(string value)
    {
        if (value.All(c => c is >= ' ' and <= '~'))
            return "(" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("(", "\\(", StringComparison.Ordinal).Replace(")", "\\)", StringComparison.Ordinal) + ")";
        return "<FEFF" + Convert.ToHexString(Encoding.BigEndianUnicode.GetBytes(value)) + ">";
    }

    /// <summary>A PDF date string, <c>(D:YYYYMMDDHHmmSS+HH'mm')</c>.</summary>
    internal static string PdfDate(DateTimeOffset t)
    {
        var offset = t.Offset;
        var sign = offset < TimeSpan.Zero ? '-' : '+';
        offset = offset.Duration();
        return string.Create(CultureInfo.InvariantCulture,
            $"(D:{t:yyyyMMddHHmmss}{sign}{offset.Hours:D2}'{offset.Minutes:D2}')");
    }

    private static string XmpDate(DateTimeOffset t) => t.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    /// <summary>Escapes XML markup and drops characters XML 1.0 cannot carry (control characters, lone surrogates).</summary>
    private static string Xml(string value)
    {
        var sb = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1])) sb.Append(c).Append(value[++i]);
            else if (System.Xml.XmlConvert.IsXmlChar(c)) sb.Append(c);
        }
        return System.Security.SecurityElement.Escape(sb.ToString()) ?? "";
    }
}
