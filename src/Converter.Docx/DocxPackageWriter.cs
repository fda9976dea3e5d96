using System.Text;
using Converter.Model;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;

namespace Converter.Docx;

/// <summary>
/// Assembles the package: main document, styles, font table, settings, numbering (when used) and core
/// properties, every relationship with a fixed id; then re-zips it with fixed entry times and order so
/// the same input always gives the same bytes.
/// </summary>
internal static class DocxPackageWriter
{
    private const string MainDocumentContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";

    public static IReadOnlyList<Diagnostic> Write(Model.Document document, ConverterOptions options, Stream output)
    {
        var profile = LanguageProfile.For(document.Metadata.Language);
        var builder = new BodyBuilder(document, options, profile);

        using var package = new MemoryStream();
        using (var word = WordprocessingDocument.Create(package, WordprocessingDocumentType.Document))
        {
            // Stored, not deflated: the package is re-zipped below, which compresses each part once.
            word.CompressionOption = System.IO.Packaging.CompressionOption.NotCompressed;
            // Explicit relationship ids: the packaging API would otherwise generate random ones.
            var main = word.AddNewPart<MainDocumentPart>(MainDocumentContentType, "rIdDocument");
            // Streamed: the body is never held as a whole DOM. UTF-8 without a byte order mark, as the
            // SDK saves a DOM.
            using (var writer = new OpenXmlPartWriter(main, new UTF8Encoding(false)))
                builder.Write(writer);
            main.AddNewPart<StyleDefinitionsPart>("rIdStyles").Styles = StyleSheet.Build(profile);
            main.AddNewPart<FontTablePart>("rIdFontTable").Fonts = PackageParts.FontTable(profile);
            main.AddNewPart<DocumentSettingsPart>("rIdSettings").Settings = PackageParts.Settings(profile);
            if (builder.Numbering.IsUsed)
                main.AddNewPart<NumberingDefinitionsPart>("rIdNumbering").Numbering = builder.Numbering.Build();

            var core = word.AddNewPart<CoreFilePropertiesPart>("rIdCoreProperties");
            using var coreStream = core.GetStream(FileMode.Create, FileAccess.Write);
            CoreProperties.Write(coreStream,
                XmlTextSanitizer.CleanSilently(document.Metadata.Title),
                profile.LanguageTag,
                options.Timestamp);
        }

        // Re-zipped in memory first: written straight to a non-seekable stream the zip would use data
        // descriptors and differ from the same document written to a file.
        using var normalised = new MemoryStream();
        DeterministicZip.Rewrite(package, normalised);
        normalised.Position = 0;
        normalised.CopyTo(output);
        return builder.Diagnostics;
    }
}
