using Converter.Pdf.Fonts;
using Converter.Pdf.Layout;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using PdfSharp.Pdf.Advanced;
using PdfSharp.UniversalAccessibility;

namespace Converter.Pdf.Drawing;

/// <summary>
/// Draws a finished <see cref="DocumentLayout"/> with PDFsharp: pages, tagged structure (Document › Sect › H1–H6/P,
/// page numbers as artifacts), outline, named destinations, /Lang and (for PDF/A) the sRGB output intent.
/// Writes every stream uncompressed; <see cref="PdfFinisher"/> compresses them and makes the file deterministic.
/// </summary>
/// <remarks>
/// The runs of a line that share a font are drawn with one <c>DrawString</c> (a justified Japanese line has a run per
/// glyph, and PDFsharp's per-call cost dominated drawing); the <see cref="TextGroup"/>s returned with the file tell
/// the finisher where each run starts, and it spaces them out with a <c>TJ</c>.
/// </remarks>
internal static class PdfDrawer
{
    private static readonly Lazy<byte[]> SrgbProfile = new(() =>
    {
        using var stream = typeof(PdfDrawer).Assembly.GetManifestResourceStream("Converter.Pdf.Color.sRGB.icc")
            ?? throw new InvalidOperationException("bundled sRGB profile is missing from the assembly");
        var data = new byte[stream.Length];
        stream.ReadExactly(data);
        return data;
    });

    /// <summary>Draws <paramref name="layout"/> and returns PDFsharp's (uncompressed, not yet deterministic) file.</summary>
    /// <param name="layout">The laid-out document.</param>
    /// <param name="fonts">Its fonts.</param>
    /// <param name="language">The /Lang value.</param>
    /// <param name="title">The title.</param>
    /// <param name="pdfA">Whether to add the PDF/A output intent.</param>
    /// <param name="textDraws">Per page, each text-drawing call in order: <c>null</c> for a single run drawn in place,
    /// or the runs merged into the call, for <see cref="PdfFinisher"/> to position.</param>
    public static byte[] Draw(DocumentLayout layout, FontSet fonts, string language, string title, bool pdfA,
        out IReadOnlyList<IReadOnlyList<TextGroup?>> textDraws)
    {
        using var document = new PdfDocument();
        document.Options.NoCompression = true;          // the finisher compresses: PDFsharp's Flate streams lack the zlib checksum
        document.Options.CompressContentStreams = false;
        document.Options.ColorMode = PdfColorMode.Undefined; // no page transparency group
        var ua = UAManager.ForDocument(document);
        document.Language = language;                   // after the UA manager, which resets /Lang to "en"
        document.Info.Title = title;
        var sb = ua.StructureBuilder;
        var style = layout.Style;
        var xfonts = new Dictionary<(FontSlot, double), XFont>();
        var pages = new List<PdfPage>();
        var draws = new List<IReadOnlyList<TextGroup?>>();
        List<TextGroup?> pageDraws = [];
        var merged = new System.Text.StringBuilder();

        XGraphics? gfx = null;
        var currentBlock = -1;
        var openSections = new List<string>();
        foreach (var pageLayout in layout.Pages)
        {
            var page = document.AddPage();
            page.Width = XUnit.FromPoint(style.PageWidth);
            page.Height = XUnit.FromPoint(style.PageHeight);
            pages.Add(page);
            draws.Add(pageDraws = []);
            gfx?.Dispose();                                // after AddPage: the UA manager closes open marked content on the old page
            gfx = XGraphics.FromPdfPage(page);
            gfx.Save();                                    // realise the page state now, so text objects and marked content nest cleanly
            ua.BeginTextMode();

            sb.BeginArtifact();
            DrawLine(gfx, pageLayout.Footer);
            sb.End();

            foreach (var line in pageLayout.Lines)
            {
                if (line.Block != currentBlock)
                {
                    if (currentBlock >= 0) sb.End();
                    var info = layout.Blocks[line.Block];
                    var common = 0;
                    while (common < openSections.Count && common < info.Sections.Count && openSections[common] == info.Sections[common]) common++;
                    while (openSections.Count > common)
                    {
                        sb.End();
                        openSections.RemoveAt(openSections.Count - 1);
                    }
                    for (var s = common; s < info.Sections.Count; s++)
                    {
                        sb.BeginElement(PdfGroupingElementTag.Section);
                        openSections.Add(info.Sections[s]);
                    }
                    sb.BeginBlockLevelElement(info.Tag);
                    currentBlock = line.Block;
                }
                DrawLine(gfx, line);
            }
        }
        if (currentBlock >= 0) sb.End();
        for (var s = 0; s < openSections.Count; s++) sb.End();
        gfx?.Dispose();

        AddOutline(document, pages, layout);
        foreach (var (id, anchor) in layout.Destinations)
            document.AddNamedDestination(id, anchor.Page, PdfNamedDestinationParameters.CreateVerticalPosition(style.PageHeight - anchor.Top));
        if (pdfA) AddOutputIntent(document);

        using var output = new MemoryStream();
        document.Save(output, closeStream: false);
        textDraws = draws;
        return output.ToArray();

        void DrawLine(XGraphics g, PlacedLine line)
        {
            var runs = line.Runs;
            for (var i = 0; i < runs.Count;)
            {
                var first = runs[i];
                var end = i + 1;
                while (end < runs.Count && runs[end].Font == first.Font && runs[end].Size == first.Size) end++;
                if (end == i + 1)
                {
                    g.DrawString(first.Text, Font(first.Font, first.Size), XBrushes.Black, first.X, line.Baseline);
                    pageDraws.Add(null);
                    i = end;
                    continue;
                }
                merged.Clear();
                var counts = new int[end - i];
                var offsets = new double[end - i];
                for (var k = i; k < end; k++)
                {
                    merged.Append(runs[k].Text);
                    var count = 0;
                    foreach (var _ in runs[k].Text.EnumerateRunes()) count++;
                    counts[k - i] = count;
                    offsets[k - i] = runs[k].X - first.X;
                }
                g.DrawString(merged.ToString(), Font(first.Font, first.Size), XBrushes.Black, first.X, line.Baseline);
                pageDraws.Add(new TextGroup(first.Size, counts, offsets));
                i = end;
            }
        }

        XFont Font(FontSlot slot, double size)
        {
            if (xfonts.TryGetValue((slot, size), out var font)) return font;
            var face = slot switch
            {
                FontSlot.Body => fonts.Body,
                FontSlot.BodyFallback => FontSet.BodyFallback,
                FontSlot.Heading => fonts.Heading,
                _ => FontSet.HeadingFallback,
            };
            font = new XFont(face.FamilyName, size, XFontStyleEx.Regular,
                new XPdfFontOptions(PdfFontEncoding.Unicode, PdfFontEmbedding.TryComputeSubset));
            xfonts.Add((slot, size), font);
            return font;
        }
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
        var profile = new PdfDictionary(document);
        profile.CreateStream(SrgbProfile.Value);
        profile.Elements.SetInteger("/N", 3);
        document.Internals.AddObject(profile);

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
