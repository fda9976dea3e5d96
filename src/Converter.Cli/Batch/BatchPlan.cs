namespace Converter.Cli.Batch;

/// <summary>One input of a batch and where its outputs go (without extension).</summary>
/// <param name="Input">Path as given or found, or <c>-</c> for standard input.</param>
/// <param name="OutputStem">Output path without extension, inside the output folder.</param>
internal sealed record BatchItem(string Input, string OutputStem);

/// <summary>
/// Expands the command line's inputs (files, directories, '-') into batch items whose outputs mirror the
/// input tree under the output folder, so equal file names in different folders never collide.
/// </summary>
internal static class BatchPlan
{
    /// <summary>Extensions picked up when a directory is given.</summary>
    public static readonly string[] DirectoryExtensions = [".txt", ".text", ".docx"];

    public static List<BatchItem> Expand(IReadOnlyList<string> inputs, string outDir, bool recursive, List<(BatchItem Item, ConversionException Error)> rejected)
    {
        var items = new List<BatchItem>();
        var outFull = Path.GetFullPath(outDir);
        foreach (var input in inputs)
        {
            if (input == "-")
            {
                items.Add(new BatchItem("-", Path.Combine(outFull, "stdin")));
                continue;
            }
            if (Directory.Exists(input))
            {
                var root = Path.GetFullPath(input).TrimEnd(Path.DirectorySeparatorChar);
                var name = Path.GetFileName(root);
                var files = Directory.EnumerateFiles(root, "*", new EnumerationOptions
                    {
                        RecurseSubdirectories = recursive,
                        IgnoreInaccessible = true,
                        AttributesToSkip = FileAttributes.Hidden | FileAttributes.System,
                    })
                    .Where(f => DirectoryExtensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase))
                    .Where(f => !IsInside(f, outFull)) // never re-ingest our own outputs
                    .Order(StringComparer.Ordinal);
                foreach (var file in files)
                {
                    var relative = Path.GetRelativePath(root, file);
                    var stem = Path.Combine(name, Path.ChangeExtension(relative, null));
                    items.Add(new BatchItem(file, SafeJoin(outFull, stem, file)));
                }
                continue;
            }
            items.Add(new BatchItem(input, SafeJoin(outFull, Path.GetFileNameWithoutExtension(input), input)));
        }

        // Two inputs mapping to one output: the later one fails instead of overwriting the earlier one's output.
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        var unique = new List<BatchItem>(items.Count);
        foreach (var item in items)
        {
            if (seen.TryGetValue(item.OutputStem, out var first))
            {
                rejected.Add((item, new ConversionException(ConversionErrorKind.OutputFailed,
                    $"its output name collides with that of '{first}'; convert it separately or rename it", item.Input)));
                continue;
            }
            seen[item.OutputStem] = item.Input;
            unique.Add(item);
        }
        return unique;
    }

    /// <summary>
    /// Keeps the items (and rejected items) that <paramref name="shard"/> owns, by their output path relative to the
    /// output folder: the same split on every worker whatever the order or the machine's paths.
    /// </summary>
    public static void KeepShard(Shard shard, string outDir, List<BatchItem> items, List<(BatchItem Item, ConversionException Error)> rejected)
    {
        var outFull = Path.GetFullPath(outDir);
        items.RemoveAll(i => !shard.Owns(Path.GetRelativePath(outFull, i.OutputStem)));
        rejected.RemoveAll(r => !shard.Owns(Path.GetRelativePath(outFull, r.Item.OutputStem)));
    }

    /// <summary>Joins a relative output stem to the output folder, refusing anything that would land outside it.</summary>
    internal static string SafeJoin(string outFull, string relativeStem, string input)
    {
        if (Path.IsPathRooted(relativeStem) || relativeStem.Split('/', '\\').Any(p => p is ".." or ""))
            throw Outside(input);
        var full = Path.GetFullPath(Path.Combine(outFull, relativeStem));
        if (!IsInside(full, outFull)) throw Outside(input);
        return full;
    }

    private static ConversionException Outside(string input) =>
        new(ConversionErrorKind.OutputFailed, "its output path would fall outside the output folder; refusing to write", input);

    internal static bool IsInside(string path, string folder)
    {
        var f = folder.EndsWith(Path.DirectorySeparatorChar) ? folder : folder + Path.DirectorySeparatorChar;
        return Path.GetFullPath(path).StartsWith(f, StringComparison.Ordinal);
    }
}
