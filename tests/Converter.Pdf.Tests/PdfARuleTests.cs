using System.Text;
using System.Xml.Linq;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Filters;
using UglyToad.PdfPig.Tokens;
using Xunit;

namespace Converter.Pdf.Tests;

/// <summary>
/// The PDF/A-2u rules we can check without veraPDF (see docs/pdf.md for what is and is not verified).
/// </summary>
public sealed class PdfARuleTests
{
    private static readonly XNamespace Rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    private static readonly XNamespace Dc = "http://purl.org/dc/elements/1.1/";
    private static readonly XNamespace Pdf = "http://ns.adobe.com/pdf/1.3/";
    private static readonly XNamespace Xmp = "http://ns.adobe.com/xap/1.0/";
    private static readonly XNamespace PdfAid = "http://www.aiim.org/pdfa/ns/id/";

    [Fact]
    public void Header_is_PDF_17_with_a_binary_comment()
    {
        var head = Seed.Pdf.AsSpan(0, 15).ToArray();
        Assert.Equal("%PDF-1.7\n%", Encoding.Latin1.GetString(head, 0, 10));
        Assert.All(head[10..14], b => Assert.True(b > 127));
    }

    [Fact]
    public void Trailer_has_an_ID_and_no_encryption()
    {
        using var document = PdfDocument.Open(Seed.Pdf);
        var trailer = document.Structure.Trailer;
        Assert.Null(trailer.EncryptionToken);
        Assert.Equal(2, trailer.Identifier.Count);
        Assert.All(trailer.Identifier, id => Assert.Equal(16, ((HexToken)id).Bytes.Length));
        Assert.False(document.IsEncrypted);
    }

    [Fact]
    public void Xmp_identifies_PDF_A_2u_and_agrees_with_the_information_dictionary()
    {
        using var document = PdfDocument.Open(Seed.Pdf);
        Assert.True(document.TryGetXmpMetadata(out var metadata));
        Assert.False(metadata.MetadataStreamToken.StreamDictionary.ContainsKey(NameToken.Filter)); // metadata stays unfiltered
        var xmp = ReadXmp(metadata);
        Assert.Equal("2", xmp.Descendants(PdfAid + "part").Single().Value);
        Assert.Equal("U", xmp.Descendants(PdfAid + "conformance").Single().Value);
        var info = document.Information;
        Assert.Equal(info.Title, xmp.Descendants(Dc + "title").Single().Descendants(Rdf + "li").Single().Value);
        Assert.Equal(info.Subject, xmp.Descendants(Dc + "description").Single().Descendants(Rdf + "li").Single().Value);
        Assert.Equal(info.Producer, xmp.Descendants(Pdf + "Producer").Single().Value);
        Assert.Equal(info.Creator, xmp.Descendants(Xmp + "CreatorTool").Single().Value);
        Assert.Equal("2025-09-22T12:00:00+09:00", xmp.Descendants(Xmp + "CreateDate").Single().Value);
        Assert.Equal("D:20250922120000+09'00'", info.CreationDate);
        Assert.Equal("D:20250922120000+09'00'", info.ModifiedDate);
        Assert.Equal("ja-JP", xmp.Descendants(Dc + "language").Single().Descendants(Rdf + "li").Single().Value);
    }

    [Fact]
    public void Without_a_timestamp_no_dates_are_written()
    {
        var pdf = Seed.Render(Seed.Document, new ConverterOptions());
        using var document = PdfDocument.Open(pdf);
        Assert.Null(document.Information.CreationDate);
        Assert.Null(document.Information.ModifiedDate);
        Assert.True(document.TryGetXmpMetadata(out var metadata));
        Assert.Empty(ReadXmp(metadata).Descendants(Xmp + "CreateDate"));
    }

    [Fact]
    public void Output_intent_is_sRGB_with_an_embedded_ICC_profile()
    {
        using var document = PdfDocument.Open(Seed.Pdf);
        var catalog = document.Structure.Catalog.CatalogDictionary;
        var intents = Resolve<ArrayToken>(document, catalog.Data["OutputIntents"]);
        var intent = Resolve<DictionaryToken>(document, Assert.Single(intents.Data));
        Assert.Equal("GTS_PDFA1", ((NameToken)intent.Data["S"]).Data);
        var profile = Resolve<StreamToken>(document, intent.Data["DestOutputProfile"]);
        Assert.Equal(3, ((NumericToken)profile.StreamDictionary.Data["N"]).Int);
        var icc = profile.Decode(DefaultFilterProvider.Instance).ToArray();
        Assert.Equal("acsp", Encoding.ASCII.GetString(icc, 36, 4));
        Assert.Equal("RGB ", Encoding.ASCII.GetString(icc, 16, 4));
    }

    [Fact]
    public void Every_font_is_an_embedded_subset_with_a_ToUnicode_map()
    {
        using var document = PdfDocument.Open(Seed.Pdf);
        var fonts = AllDictionaries(document).Where(d => Name(d, "Type") == "Font").ToList();
        Assert.NotEmpty(fonts);
        foreach (var font in fonts.Where(f => Name(f, "Subtype") == "Type0"))
        {
            Assert.True(font.ContainsKey(NameToken.ToUnicode));
            Assert.Equal("Identity-H", Name(font, "Encoding"));
        }
        foreach (var font in fonts.Where(f => Name(f, "Subtype") != "Type0"))
        {
            Assert.Equal("CIDFontType2", Name(font, "Subtype"));
            Assert.Equal("Identity", Name(font, "CIDToGIDMap"));
            var descriptor = Resolve<DictionaryToken>(document, font.Data["FontDescriptor"]);
            Assert.True(descriptor.ContainsKey(NameToken.FontFile2));
            Assert.Matches("^[A-Z]{6}\\+", Name(descriptor, "FontName"));
        }
    }

    [Fact]
    public void No_JavaScript_actions_or_transparency()
    {
        using var document = PdfDocument.Open(Seed.Pdf);
        foreach (var dictionary in AllDictionaries(document))
        {
            foreach (var key in new[] { "JS", "JavaScript", "AA", "OpenAction", "Launch", "SMask", "Group", "Encrypt" })
                Assert.False(dictionary.Data.ContainsKey(key), $"found /{key}");
            if (dictionary.Data.TryGetValue("S", out var s) && s is NameToken n)
                Assert.NotEqual("JavaScript", n.Data);
            if (dictionary.Data.TryGetValue("ca", out var ca)) Assert.Equal(1.0, ((NumericToken)ca).Double);
        }
    }

    [Fact]
    public void Document_is_tagged_with_a_language()
    {
        using var document = PdfDocument.Open(Seed.Pdf);
        var catalog = document.Structure.Catalog.CatalogDictionary;
        Assert.Equal("ja-JP", PdfReadBack.Language(Seed.Pdf));
        var markInfo = Resolve<DictionaryToken>(document, catalog.Data["MarkInfo"]);
        Assert.True(((BooleanToken)markInfo.Data["Marked"]).Data);
        Assert.True(catalog.Data.ContainsKey("StructTreeRoot"));
    }

    [Fact]
    public void All_text_is_inside_tagged_marked_content_or_an_artifact_and_nests_in_text_objects()
    {
        using var document = PdfDocument.Open(Seed.Pdf);
        foreach (var page in document.GetPages())
        {
            var marked = new Stack<(string Tag, int TextDepth)>();
            var inText = 0;
            foreach (var op in page.Operations)
            {
                switch (op.Operator)
                {
                    case "BT": inText++; Assert.Equal(1, inText); break;
                    case "ET": inText--; Assert.All(marked, m => Assert.True(m.TextDepth <= inText, "marked content crosses ET")); break;
                    case "BDC": marked.Push((op.ToString() ?? "", inText)); break;
                    case "BMC": marked.Push(("Artifact", inText)); break;
                    case "EMC":
                        var top = marked.Pop();
                        Assert.Equal(top.TextDepth, inText); // opened and closed in the same text object state
                        break;
                    case "Tj" or "TJ" or "'" or "\"":
                        Assert.NotEmpty(marked);
                        break;
                }
            }
            Assert.Empty(marked);
            Assert.Equal(0, inText);
        }
    }

    [Fact]
    public void PdfA_off_writes_no_claim_and_no_output_intent()
    {
        var pdf = Seed.Render(Seed.Document, Seed.Options with { PdfA = false });
        using var document = PdfDocument.Open(pdf);
        Assert.False(document.Structure.Catalog.CatalogDictionary.Data.ContainsKey("OutputIntents"));
        Assert.True(document.TryGetXmpMetadata(out var metadata));
        Assert.Empty(ReadXmp(metadata).Descendants(PdfAid + "part"));
    }

    /// <summary>XMP in PDF is UTF-8 (PdfPig's GetXDocument reads it as Latin-1, so decode it here).</summary>
    private static XDocument ReadXmp(UglyToad.PdfPig.Content.XmpMetadata metadata)
    {
        var bytes = metadata.MetadataStreamToken.Data.ToArray();
        var text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
        return XDocument.Parse(text);
    }

    private static IEnumerable<DictionaryToken> AllDictionaries(PdfDocument document)
    {
        foreach (var reference in document.Structure.CrossReferenceTable.ObjectOffsets.Keys)
        {
            var token = document.Structure.TokenScanner.Get(reference)?.Data;
            if (token is DictionaryToken d) yield return d;
            else if (token is StreamToken s) yield return s.StreamDictionary;
        }
    }

    private static string? Name(DictionaryToken dictionary, string key) =>
        dictionary.Data.TryGetValue(key, out var value) && value is NameToken name ? name.Data : null;

    private static T Resolve<T>(PdfDocument document, IToken token) where T : class, IToken
    {
        while (token is IndirectReferenceToken reference) token = document.Structure.TokenScanner.Get(reference.Data)!.Data;
        return Assert.IsType<T>(token);
    }
}
