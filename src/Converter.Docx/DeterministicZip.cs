using System.IO.Compression;

namespace Converter.Docx;

/// <summary>
/// Zip entries that do not depend on when or in what order they were written: every entry gets the same
/// time (1980-01-01, the zip epoch), entries are in a fixed order, and no file attributes are kept.
/// </summary>
internal static class DeterministicZip
{
    /// <summary>The one entry time; the packaging API would stamp the wall clock.</summary>
    public static readonly DateTimeOffset EntryTime = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Entry names in writing order: content types, package relationships, then the rest by name (ordinal).</summary>
    public static IEnumerable<string> Order(IEnumerable<string> names) =>
        names.OrderBy(Rank).ThenBy(name => name, StringComparer.Ordinal);

    /// <summary>Adds an entry with the fixed time and no attributes, deflated.</summary>
    public static ZipArchiveEntry CreateEntry(ZipArchive archive, string name)
    {
        var entry = archive.CreateEntry(name, CompressionLevel.Optimal);
        entry.LastWriteTime = EntryTime;
        entry.ExternalAttributes = 0;
        return entry;
    }

    // Content types and package relationships first, as Word writes them and as streaming readers expect.
    private static int Rank(string name) => name switch
    {
        "[Content_Types].xml" => 0,
        "_rels/.rels" => 1,
        _ => 2,
    };
}
