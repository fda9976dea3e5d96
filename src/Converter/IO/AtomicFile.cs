namespace Converter.IO;

/// <summary>
/// Writes a file so that readers never see it half-written: write a temporary file in the same directory,
/// flush it to disk, then rename it over the destination. A failure (or an exception from the writer)
/// removes the temporary file and leaves any existing destination untouched.
/// </summary>
public static class AtomicFile
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

    private static void TryDelete(string path)
    {
        try { File.Delete(path); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { /* the original error matters more */ }
    }
}
