namespace Converter.IO;

/// <summary>
/// Writes a file so that readers never see it half-written: write a temporary file in the same directory,
/// flush it to disk, then rename it over the destination. A failure (or an exception from the writer)
/// removes the temporary file and leaves any existing destination untouched.
/// </summary>
public static partial class AtomicFile
{
    private static int _counter;

    /// <summary>Writes <paramref name="path"/> atomically with <paramref name="write"/>; creates the directory if needed.</summary>
    /// <exception cref="ConversionException">The file could not be written (<see cref="ConversionErrorKind.OutputFailed"/>).</exception>
    public static void Write(string path, Action<Stream> write)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentNullException.ThrowIfNull(write);
        WriteAll([(path, write)]);
    }

    /// <summary>
    /// Writes several files as one step: every file is written to its temporary file and flushed first, and only
    /// when all succeeded are they renamed into place; on any failure no destination is touched. Each output
    /// streams straight to disk, so a large document's outputs are never all held in memory.
    /// </summary>
    /// <exception cref="ConversionException">A file could not be written (<see cref="ConversionErrorKind.OutputFailed"/>).</exception>
    public static void WriteAll(IReadOnlyList<(string Path, Action<Stream> Write)> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        var staged = new List<(string Temp, string Full, string Path)>(files.Count);
        var current = files.Count > 0 ? files[0].Path : "";
        try
        {
            foreach (var (path, write) in files)
            {
                current = path;
                var full = Path.GetFullPath(path);
                var directory = Path.GetDirectoryName(full)!;
                // Unique beside the destination (process id + counter); the name never reaches the output.
                var temp = Path.Combine(directory,
                    $".{Path.GetFileName(full)}.{Environment.ProcessId}.{Interlocked.Increment(ref _counter)}.tmp");
                Directory.CreateDirectory(directory);
                using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None))
                {
                    staged.Add((temp, full, path));
                    write(stream);
                    stream.Flush(flushToDisk: true);
                }
            }
            for (var i = 0; i < staged.Count; i++)
            {
                current = staged[i].Path;
                File.Move(staged[i].Temp, staged[i].Full, overwrite: true);
                staged[i] = default;
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            RemoveStaged(staged);
            throw new ConversionException(ConversionErrorKind.OutputFailed,
                $"cannot write the output: {e.Message}; check that the folder is writable and has space", current, inner: e);
        }
        catch
        {
            RemoveStaged(staged);
            throw;
        }
    }

    private static void RemoveStaged(List<(string Temp, string Full, string Path)> staged)
    {
        foreach (var (temp, _, _) in staged)
            if (temp is not null) TryDelete(temp);
    }

    /// <summary>
    /// Removes temporary files that <see cref="Write"/> left behind in <paramref name="directory"/> when
    /// its process was killed: names of the form <c>.NAME.PID.N.tmp</c> whose process no longer runs. Files of
    /// a running process (another converter writing into the same folder) and any other file are left alone.
    /// Returns how many were removed.
    /// </summary>
    public static int RemoveStaleTemporaries(string directory)
    {
        if (!Directory.Exists(directory)) return 0;
        var removed = 0;
        var options = new EnumerationOptions { RecurseSubdirectories = false, IgnoreInaccessible = true, AttributesToSkip = 0 };
        foreach (var file in Directory.EnumerateFiles(directory, ".*.tmp", options))
        {
            var match = TemporaryName().Match(Path.GetFileName(file));
            if (!match.Success || !int.TryParse(match.Groups["pid"].ValueSpan, System.Globalization.NumberStyles.None,
                    System.Globalization.CultureInfo.InvariantCulture, out var pid)) continue;
            if (pid == Environment.ProcessId || IsRunning(pid)) continue;
            try
            {
                File.Delete(file);
                removed++;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // someone else's file after all, or already gone
            }
        }
        return removed;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^\..+\.(?<pid>[0-9]{1,10})\.[0-9]{1,10}\.tmp$")]
    private static partial System.Text.RegularExpressions.Regex TemporaryName();

    private static bool IsRunning(int pid)
    {
        if (OperatingSystem.IsLinux()) return Directory.Exists($"/proc/{pid}");
        try
        {
            using var process = System.Diagnostics.Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    private static void TryDelete(string path)
    {
        try { File.Delete(path); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { /* the original error matters more */ }
    }
}
