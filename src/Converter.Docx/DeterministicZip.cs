using System.IO.Compression;

namespace Converter.Docx;

/// <summary>
/// Copies a zip so that nothing in it depends on when or in what order it was written: every entry gets
/// the same time (1980-01-01, the zip epoch), entries are in a fixed order, and no file attributes are kept.
/// </summary>
internal static class DeterministicZip
{
    /// <summary>The one entry time; the packaging API would stamp the wall clock.</summary>
    public static readonly DateTimeOffset EntryTime = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static void Rewrite(Stream source, Stream target)
    {
        source.Position = 0;
        using var input = new ZipArchive(source, ZipArchiveMode.Read, leaveOpen: true);
        using var output = new ZipArchive(target, ZipArchiveMode.Create, leaveOpen: true);
        foreach (var entry in input.Entries.OrderBy(Rank).ThenBy(e => e.FullName, StringComparer.Ordinal))
        {
            var copy = output.CreateEntry(entry.FullName, CompressionLevel.Optimal);
            copy.LastWriteTime = EntryTime;
            copy.ExternalAttributes = 0;
            using var from = entry.Open();
            using var to = copy.Open();
            from.CopyTo(to);
        }
    }

    // Content types and package relationships first, as Word writes them and as streaming readers expect.
    private static int Rank(ZipArchiveEntry entry) => entry.FullName switch
    {
        "[Content_Types].xml" => 0,
        "_rels/.rels" => 1,
        _ => 2,
    };
}
