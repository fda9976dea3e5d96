using System.Collections.Concurrent;
using System.IO.Compression;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using WDocument = DocumentFormat.OpenXml.Wordprocessing.Document;
using WNumbering = DocumentFormat.OpenXml.Wordprocessing.Numbering;

namespace Converter.Docx;

/// <summary>
/// The package as the Open XML SDK makes it (content types, relationships with fixed ids, styles, font
/// table, settings), made once per language profile and numbering choice and kept as the bytes of each
/// entry. The parts that change with every document (main document, numbering, core properties) are
/// placeholders here; <see cref="DocxPackageWriter"/> writes them in their place.
/// </summary>
/// <remarks>
/// Nothing in these parts depends on the document's text, so building, saving and closing an SDK package
/// for every write would redo the same work. The template is built by the SDK, never by hand.
/// </remarks>
internal sealed class PackageTemplate
{
    private const string MainDocumentContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";

    /// <summary>Templates kept at most: one per language tag seen, twice (with and without numbering).</summary>
    private const int MaxCached = 64;

    private static readonly ConcurrentDictionary<(LanguageProfile Profile, bool Numbering), PackageTemplate> Cache = new();

    /// <summary>What an entry holds.</summary>
    public enum EntryKind
    {
        /// <summary>The same bytes for every document with this profile: <see cref="Entry.Content"/>.</summary>
        Fixed,
        /// <summary><c>word/document.xml</c>, streamed from the model.</summary>
        MainDocument,
        /// <summary><c>word/numbering.xml</c>, one instance per numbered list of the document.</summary>
        Numbering,
        /// <summary><c>docProps/core.xml</c>: title, language, dates.</summary>
        CoreProperties,
    }

    /// <summary>One zip entry: its name and, when fixed, its bytes.</summary>
    public sealed record Entry(string Name, EntryKind Kind, byte[] Content);

    private PackageTemplate(IReadOnlyList<Entry> entries) => Entries = entries;

    /// <summary>The entries in the order they are written (see <see cref="DeterministicZip.Order"/>).</summary>
    public IReadOnlyList<Entry> Entries { get; }

    /// <summary>The template for <paramref name="profile"/>, with a numbering part when <paramref name="numbering"/>.</summary>
    public static PackageTemplate For(LanguageProfile profile, bool numbering)
    {
        var key = (profile, numbering);
        if (Cache.TryGetValue(key, out var template)) return template;
        template = Build(profile, numbering);
        // Language tags come from the input: a bounded cache, so odd tags cannot grow it without end.
        return Cache.Count < MaxCached ? Cache.GetOrAdd(key, template) : template;
    }

    private static PackageTemplate Build(LanguageProfile profile, bool numbering)
    {
        var kinds = new Dictionary<string, EntryKind>(StringComparer.Ordinal);
        using var package = new MemoryStream();
        using (var word = WordprocessingDocument.Create(package, WordprocessingDocumentType.Document))
        {
            // Stored: the entries are read back below, and deflated only when a document is written.
            word.CompressionOption = System.IO.Packaging.CompressionOption.NotCompressed;

            // Explicit relationship ids: the packaging API would otherwise generate random ones.
            var main = word.AddNewPart<MainDocumentPart>(MainDocumentContentType, "rIdDocument");
            main.Document = new WDocument();
            kinds.Add(EntryName(main), EntryKind.MainDocument);
            main.AddNewPart<StyleDefinitionsPart>("rIdStyles").Styles = StyleSheet.Build(profile);
            main.AddNewPart<FontTablePart>("rIdFontTable").Fonts = PackageParts.FontTable(profile);
            main.AddNewPart<DocumentSettingsPart>("rIdSettings").Settings = PackageParts.Settings(profile);
            if (numbering)
            {
                var part = main.AddNewPart<NumberingDefinitionsPart>("rIdNumbering");
                part.Numbering = new WNumbering();
                kinds.Add(EntryName(part), EntryKind.Numbering);
            }

            var core = word.AddNewPart<CoreFilePropertiesPart>("rIdCoreProperties");
            using (var coreStream = core.GetStream(FileMode.Create, FileAccess.Write))
                CoreProperties.Write(coreStream, "", profile.LanguageTag, null);
            kinds.Add(EntryName(core), EntryKind.CoreProperties);
        }

        package.Position = 0;
        using var zip = new ZipArchive(package, ZipArchiveMode.Read);
        var entries = new List<Entry>();
        foreach (var name in DeterministicZip.Order(zip.Entries.Select(e => e.FullName)))
        {
            if (kinds.TryGetValue(name, out var kind))
            {
                entries.Add(new Entry(name, kind, []));
                continue;
            }
            using var content = new MemoryStream();
            using (var stream = zip.GetEntry(name)!.Open()) stream.CopyTo(content);
            entries.Add(new Entry(name, EntryKind.Fixed, content.ToArray()));
        }
        return new PackageTemplate(entries);
    }

    private static string EntryName(OpenXmlPart part) => part.Uri.OriginalString.TrimStart('/');
}
