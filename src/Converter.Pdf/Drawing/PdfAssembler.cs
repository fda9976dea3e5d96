using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Converter.Pdf.Fonts;
using Converter.Pdf.Layout;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using PdfSharp.Pdf.Advanced;

namespace Converter.Pdf.Drawing;

/// <summary>
/// Builds the PDF file from a finished <see cref="DocumentLayout"/>. Who owns which bytes:
/// <list type="bullet">
/// <item>our code writes the page content streams (<see cref="ContentStream"/>), the font programs, <c>/W</c> arrays and
/// <c>ToUnicode</c> maps (<see cref="FontSubset"/>), and compresses them (<see cref="Zlib"/>);</item>
/// <item>PDFsharp owns the file: objects, pages, the structure tree we describe to it as dictionaries, outline, named
/// destinations, information dictionary, trailer <c>/ID</c> (set through its API, derived from content) and the
/// cross-reference table; it writes our streams as given (its own compression is off);</item>
/// <item>one thing is replaced after PDFsharp saved: the XMP packet (<see cref="XmpSplice"/>), because PDFsharp always
/// creates its own during save, with random ids and the wrong PDF/A claim.</item>
/// </list>
/// </summary>
internal static class PdfAssembler
{
    private static readonly Lazy<byte[]> SrgbProfile = new(() =>
    {
        using var stream = typeof(PdfAssembler).Assembly.GetManifestResourceStream("Converter.Pdf.Color.sRGB.icc")
            ?? throw new InvalidOperationException("bundled sRGB profile is missing from the assembly");
        var data = new byte[stream.Length];
        stream.ReadExactly(data);
        return Zlib.Compress(data, System.IO.Compression.CompressionLevel.SmallestSize);
    });

    /// <summary>Writes the file.</summary>
    public static byte[] Write(DocumentLayout layout, Func<FontSlot, FontFace> faces, PdfMetadataValues metadata)
    {
        var style = layout.Style;
        var idHash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);

        // 1. Content streams, and the subsets they draw from (one per font face, in order of first use).
        var fonts = new Dictionary<FontFace, PageFont>();
        var slots = new Dictionary<FontSlot, PageFont>();
        PageFont FontOf(FontSlot slot)
        {
            if (slots.TryGetValue(slot, out var known)) return known;
            var face = faces(slot);
            if (!fonts.TryGetValue(face, out var font))
                fonts.Add(face, font = new PageFont("F" + (fonts.Count + 1).ToString(CultureInfo.InvariantCulture), new FontSubset(face.Metrics)));
            slots.Add(slot, font);
            return font;
        }
        var contents = new List<(byte[] Content, List<int> McidNodes)>(layout.Pages.Count);
        foreach (var page in layout.Pages) contents.Add(ContentStream.Write(page, layout.Nodes, style.PageHeight, FontOf));

        using var document = new PdfDocument();
        document.Options.NoCompression = true;            // every stream arrives compressed, with its zlib checksum
        document.Options.CompressContentStreams = false;
        document.Options.ColorMode = PdfColorMode.Undefined; // no page transparency group
        document.Version = 17;
        document.Language = metadata.Language;

        // 2. Fonts: Type 0 / CIDFontType2 / descriptor / program / ToUnicode, all ours.
        var fontResources = new PdfDictionary(document);
        foreach (var (face, font) in fonts)
        {
            var reference = FontObjects(document, font, face, idHash);
            fontResources.Elements.SetReference("/" + font.Name, reference);
        }
        var resources = new PdfDictionary(document);
        resources.Elements["/Font"] = fontResources;
        document.Internals.AddObject(resources);

        // 3. Pages.
        var pages = new List<PdfPage>(layout.Pages.Count);
        for (var p = 0; p < layout.Pages.Count; p++)
        {
            var page = document.AddPage();
            page.Width = XUnit.FromPoint(style.PageWidth);
            page.Height = XUnit.FromPoint(style.PageHeight);
            var content = Stream(document, Zlib.Compress(contents[p].Content));
            idHash.AppendData(contents[p].Content);
            page.Elements.SetReference("/Contents", content);
            page.Elements.SetReference("/Resources", resources);
            page.Elements.SetInteger("/StructParents", p);
            page.Elements.SetName("/Tabs", "/S");
            pages.Add(page);
        }

        // 4. Structure tree, outline, destinations.
        StructureTree(document, layout.Nodes, pages, contents.Select(c => c.McidNodes).ToList());
        AddOutline(document, pages, layout);
        foreach (var (name, anchor) in layout.Destinations)
        {
            document.AddNamedDestination(name, anchor.Page, PdfNamedDestinationParameters.CreateVerticalPosition(style.PageHeight - anchor.Top));
            idHash.AppendData(Encoding.UTF8.GetBytes(name));
        }
        if (metadata.Claim is not null) AddOutputIntent(document);

        // 5. Document information (PDFsharp keeps a producer that starts with its own name), and an /ID from the content.
        var info = document.Info;
        info.Elements.Clear();
        info.Elements["/Title"] = TextString(metadata.Title);
        if (metadata.Subject is not null) info.Elements["/Subject"] = TextString(metadata.Subject);
        info.Elements["/Creator"] = TextString(metadata.Creator);
        info.Elements["/Producer"] = TextString(metadata.Producer);
        if (metadata.Timestamp is { } t)
        {
            var date = PdfMetadataValues.PdfDate(t);
            info.Elements["/CreationDate"] = new PdfString(date[1..^1]);
            info.Elements["/ModDate"] = new PdfString(date[1..^1]);
        }
        var xmp = Encoding.UTF8.GetBytes(metadata.ToXmp());
        idHash.AppendData(xmp);
        var id = Encoding.Latin1.GetString(idHash.GetHashAndReset().AsSpan(0, 16));
        document.Internals.FirstDocumentID = id;
        document.Internals.SecondDocumentID = id;

        using var output = new MemoryStream();
        document.Save(output, closeStream: false);
        return XmpSplice.Replace(output.ToArray(), xmp);
    }

    /// <summary>A text string: PDFDocEncoding for ASCII, else UTF-16BE (PDFsharp writes it with a byte-order mark).</summary>
    private static PdfString TextString(string value) =>
        value.All(c => c is >= ' ' and <= '~') ? new PdfString(value) : new PdfString(value, PdfStringEncoding.Unicode);

    private static PdfDictionary Stream(PdfDocument document, byte[] zlib, string? type = null)
    {
        var stream = new PdfDictionary(document);
        if (type is not null) stream.Elements.SetName("/Type", type);
        stream.CreateStream(zlib);
        stream.Elements.SetName("/Filter", "/FlateDecode");
        document.Internals.AddObject(stream);
        return stream;
    }

    private static PdfDictionary FontObjects(PdfDocument document, PageFont font, FontFace face, IncrementalHash idHash)
    {
        var subset = font.Subset;
        var (program, length) = subset.Program();
        idHash.AppendData(program);
        var name = "/" + subset.Tag() + "+" + PostScriptName(face.Metrics.FamilyName);
        var metrics = face.Metrics;
        double Units(int v) => Math.Round(v * 1000.0 / metrics.UnitsPerEm);

        var file = Stream(document, program);
        file.Elements.SetInteger("/Length1", length);

        var descriptor = new PdfDictionary(document);
        descriptor.Elements.SetName("/Type", "/FontDescriptor");
        descriptor.Elements.SetName("/FontName", name);
        descriptor.Elements.SetInteger("/Flags", 4);                  // symbolic: glyphs are chosen by CID, not by a standard encoding
        var box = metrics.BoundingBox;
        descriptor.Elements["/FontBBox"] = new PdfLiteral(string.Create(CultureInfo.InvariantCulture,
            $"[{Units(box.XMin)} {Units(box.YMin)} {Units(box.XMax)} {Units(box.YMax)}]"));
        descriptor.Elements["/ItalicAngle"] = new PdfLiteral(ContentStream.Num(metrics.ItalicAngle));
        descriptor.Elements["/Ascent"] = new PdfLiteral(ContentStream.Num(Units(metrics.Ascent)));
        descriptor.Elements["/Descent"] = new PdfLiteral(ContentStream.Num(Units(metrics.Descent)));
        descriptor.Elements["/CapHeight"] = new PdfLiteral(ContentStream.Num(Units(metrics.CapHeight)));
        descriptor.Elements.SetInteger("/StemV", 80);
        descriptor.Elements.SetReference("/FontFile2", file);
        document.Internals.AddObject(descriptor);

        var cidFont = new PdfDictionary(document);
        cidFont.Elements.SetName("/Type", "/Font");
        cidFont.Elements.SetName("/Subtype", "/CIDFontType2");
        cidFont.Elements.SetName("/BaseFont", name);
        cidFont.Elements["/CIDSystemInfo"] = new PdfLiteral("<</Registry(Adobe)/Ordering(Identity)/Supplement 0>>");
        cidFont.Elements.SetReference("/FontDescriptor", descriptor);
        cidFont.Elements["/W"] = new PdfLiteral(subset.WidthArray());
        cidFont.Elements.SetName("/CIDToGIDMap", "/Identity");
        document.Internals.AddObject(cidFont);

        var toUnicode = subset.ToUnicode();
        idHash.AppendData(toUnicode);
        var type0 = new PdfDictionary(document);
        type0.Elements.SetName("/Type", "/Font");
        type0.Elements.SetName("/Subtype", "/Type0");
        type0.Elements.SetName("/BaseFont", name);
        type0.Elements.SetName("/Encoding", "/Identity-H");
        var descendants = new PdfArray(document);
        descendants.Elements.Add(cidFont.Reference!);
        type0.Elements["/DescendantFonts"] = descendants;
        type0.Elements.SetReference("/ToUnicode", Stream(document, Zlib.Compress(toUnicode)));
        document.Internals.AddObject(type0);
        return type0;
    }

    /// <summary>A PostScript name: the family name with characters outside [A-Za-z0-9-] left out.</summary>
    internal static string PostScriptName(string family)
    {
        var sb = new StringBuilder(family.Length);
        foreach (var c in family) if (c is >= 'A' and <= 'Z' or >= 'a' and <= 'z' or >= '0' and <= '9' or '-') sb.Append(c);
        return sb.Length == 0 ? "Font" : sb.ToString();
    }

    /// <summary>
    /// The structure tree: one element per node that has content below it, each leaf's marked content by MCID (with an
    /// MCR dictionary for content on another page than the element's /Pg), and the parent tree that maps each page's MCIDs
    /// back to their elements.
    /// </summary>
    private static void StructureTree(PdfDocument document, IReadOnlyList<StructNode> nodes, List<PdfPage> pages, List<List<int>> mcidNodes)
    {
        var count = nodes.Count;
        var content = new List<(int Page, int Mcid)>[count];
        var hasContent = new bool[count];
        for (var p = 0; p < mcidNodes.Count; p++)
            for (var mcid = 0; mcid < mcidNodes[p].Count; mcid++)
            {
                var node = mcidNodes[p][mcid];
                (content[node] ??= []).Add((p, mcid));
                for (var n = node; n >= 0 && !hasContent[n]; n = nodes[n].Parent) hasContent[n] = true;
            }
        var root = new PdfDictionary(document);
        root.Elements.SetName("/Type", "/StructTreeRoot");
        document.Internals.AddObject(root);
        var elements = new PdfDictionary?[count];
        var kids = new PdfArray?[count];
        for (var n = 0; n < count; n++)
        {
            if (!hasContent[n]) continue;
            var element = new PdfDictionary(document);
            element.Elements.SetName("/Type", "/StructElem");
            element.Elements.SetName("/S", "/" + nodes[n].Tag);
            var parent = nodes[n].Parent;
            element.Elements.SetReference("/P", parent < 0 ? root : elements[parent]!);
            document.Internals.AddObject(element);
            elements[n] = element;
            kids[n] = new PdfArray(document);
            element.Elements["/K"] = kids[n];
            if (parent >= 0) kids[parent]!.Elements.Add(element.Reference!);
            if (content[n] is { } marks)
            {
                var page = marks[0].Page;
                element.Elements.SetReference("/Pg", pages[page]);
                foreach (var (p, mcid) in marks)
                {
                    if (p == page)
                    {
                        kids[n]!.Elements.Add(new PdfInteger(mcid));
                        continue;
                    }
                    var reference = new PdfDictionary(document);
                    reference.Elements.SetName("/Type", "/MCR");
                    reference.Elements.SetReference("/Pg", pages[p]);
                    reference.Elements.SetInteger("/MCID", mcid);
                    kids[n]!.Elements.Add(reference);
                }
            }
        }
        var top = new PdfArray(document);
        for (var n = 0; n < count; n++) if (nodes[n].Parent < 0 && elements[n] is { } e) top.Elements.Add(e.Reference!);
        root.Elements["/K"] = top;

        var nums = new PdfArray(document);
        for (var p = 0; p < mcidNodes.Count; p++)
        {
            var byMcid = new PdfArray(document);
            foreach (var node in mcidNodes[p]) byMcid.Elements.Add(elements[node]!.Reference!);
            document.Internals.AddObject(byMcid);
            nums.Elements.Add(new PdfInteger(p));
            nums.Elements.Add(byMcid.Reference!);
        }
        var parentTree = new PdfDictionary(document);
        parentTree.Elements["/Nums"] = nums;
        document.Internals.AddObject(parentTree);
        root.Elements.SetReference("/ParentTree", parentTree);
        root.Elements.SetInteger("/ParentTreeNextKey", mcidNodes.Count);

        var catalog = document.Internals.Catalog;
        catalog.Elements.SetReference("/StructTreeRoot", root);
        catalog.Elements["/MarkInfo"] = new PdfLiteral("<</Marked true>>");
        catalog.Elements["/ViewerPreferences"] = new PdfLiteral("<</DisplayDocTitle true>>");
    }

    private static void AddOutline(PdfDocument document, List<PdfPage> pages, DocumentLayout layout)
    {
        if (layout.Outline.Count == 0) return; // touching document.Outlines creates a root PDFsharp writes as an empty object
        document.PageMode = PdfPageMode.UseOutlines;
        var stack = new List<(int Level, PdfOutlineCollection Children)> { (0, document.Outlines) };
        foreach (var entry in layout.Outline)
        {
            while (stack.Count > 1 && stack[^1].Level >= entry.Level) stack.RemoveAt(stack.Count - 1);
            var outline = stack[^1].Children.Add(entry.Title, pages[entry.Target.Page - 1], true);
            outline.PageDestinationType = PdfPageDestinationType.Xyz;
            outline.Top = layout.Style.PageHeight - entry.Target.Top;
            stack.Add((entry.Level, outline.Outlines));
        }
    }

    private static void AddOutputIntent(PdfDocument document)
    {
        var profile = Stream(document, SrgbProfile.Value);
        profile.Elements.SetInteger("/N", 3);

        var intent = new PdfDictionary(document);
        intent.Elements.SetName("/Type", "/OutputIntent");
        intent.Elements.SetName("/S", "/GTS_PDFA1");
        intent.Elements.SetString("/OutputConditionIdentifier", "sRGB IEC61966-2.1");
        intent.Elements.SetString("/RegistryName", "http://www.color.org");
        intent.Elements.SetString("/Info", "sRGB IEC61966-2.1");
        intent.Elements.SetReference("/DestOutputProfile", profile);
        var intents = new PdfArray(document);
        intents.Elements.Add(intent);
        document.Internals.Catalog.Elements["/OutputIntents"] = intents;
    }
}
