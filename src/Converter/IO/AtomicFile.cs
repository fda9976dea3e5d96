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
        var full = Path.GetFullPath(path);
        var directory = Path.GetDirectoryName(full)!;
        // Unique beside the destination (process id + counter); the name never reaches the output.
        var temp = Path.Combine(directory,
            $".{Path.GetFileName(full)}.{Environment.ProcessId}.{Interlocked.Increment(ref _counter)}.tmp");
        try
        {
            Directory.CreateDirectory(directory);
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                write(stream);
                stream.Flush(flushToDisk: true);
            }
            File.Move(temp, full, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            TryDelete(temp);
            throw new ConversionException(ConversionErrorKind.OutputFailed,
                $"cannot write the output: {e.Message}; check that the folder is writable and has space", path, inner: e);
        }
        catch
        {
            TryDelete(temp);
            throw;
        }
    }

    /// <summary>
    /// Removes temporary files that <see cref="Write"/> left behind in <paramref name="directory"/> when
    /// its process was killed: names of the form <c>.NAME.PID.N.tmp</c> whose process no longer runs. Files of
    /// a running process (another converter writing into the same folder) and any other file are left alone.
    /// Returns how many were removed.
    /// </summary>
    internal static int RemoveStaleTemporaries(string directory)
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
