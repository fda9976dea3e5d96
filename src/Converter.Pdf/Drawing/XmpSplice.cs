using System.Globalization;
using System.Text;

namespace Converter.Pdf.Drawing;

/// <summary>
/// The one change made to the file after PDFsharp saved it: its XMP packet is replaced by ours.
/// </summary>
/// <remarks>
/// Why: PDFsharp 6.2.4 creates the metadata stream inside <c>PdfDocument.Save</c> (<c>PrepareForSave</c> makes a new
/// <c>PdfMetadata</c> after all other objects are numbered), with two random UUIDs, the creation date in local time and,
/// when asked for PDF/A, a PDF/A-1a claim; there is no option to supply one's own. It is the last object written, right
/// before the cross-reference table, so replacing it moves nothing but the table: no object offset changes, and only the
/// <c>startxref</c> value is rewritten. A file not laid out that way is a bug and throws.
/// </remarks>
internal static class XmpSplice
{
    /// <summary>Returns <paramref name="pdf"/> with the metadata stream's bytes replaced by <paramref name="xmp"/>.</summary>
    /// <exception cref="FormatException">The metadata object is not where PDFsharp writes it.</exception>
    public static byte[] Replace(byte[] pdf, byte[] xmp)
    {
        var text = Encoding.Latin1.GetString(pdf);
        var xref = text.LastIndexOf("\nxref\n", StringComparison.Ordinal) + 1;
        var type = text.LastIndexOf("/Type/Metadata", StringComparison.Ordinal);
        if (xref <= 0 || type < 0 || type > xref) throw new FormatException("PDFsharp's metadata object is not the last object");
        var objectStart = text.LastIndexOf(" 0 obj\n", type, StringComparison.Ordinal);
        var dictEnd = text.IndexOf(">>\nstream\n", type, StringComparison.Ordinal);
        var streamStart = dictEnd + ">>\nstream\n".Length;
        const string tail = "\nendstream\nendobj\n";
        var streamEnd = xref - tail.Length;
        if (objectStart < 0 || dictEnd < 0 || streamEnd < streamStart || text.AsSpan(streamEnd, tail.Length).SequenceEqual(tail) is false)
            throw new FormatException("PDFsharp's metadata object is not laid out as expected");
        var dictionaryStart = text.IndexOf("<<", objectStart, StringComparison.Ordinal);
        var startxref = text.LastIndexOf("startxref\n", StringComparison.Ordinal);
        if (startxref < xref) throw new FormatException("no startxref after the cross-reference table");

        var dictionary = "<</Type/Metadata/Subtype/XML/Length " + xmp.Length.ToString(CultureInfo.InvariantCulture);
        var head = pdf.AsSpan(0, dictionaryStart);
        var table = text[xref..(startxref + "startxref\n".Length)];
        var newXref = dictionaryStart + Encoding.Latin1.GetByteCount(dictionary) + ">>\nstream\n".Length + xmp.Length + tail.Length;
        var end = newXref.ToString(CultureInfo.InvariantCulture) + "\n%%EOF\n";

        using var output = new MemoryStream(pdf.Length + xmp.Length);
        output.Write(head);
        output.Write(Encoding.Latin1.GetBytes(dictionary + ">>\nstream\n"));
        output.Write(xmp);
        output.Write(Encoding.Latin1.GetBytes(tail + table + end));
        return output.ToArray();
    }
}
