namespace Converter.Cli;

/// <summary>
/// Writes a file so that readers never see it half-written: write a temporary file in the same directory,
/// flush it to disk, then rename it over the destination. A failure removes the temporary file.
/// </summary>
internal static class AtomicFile
{
    private static int _counter;

    public static void Write(string path, Action<Stream> write)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path))!;
        var temp = Path.Combine(directory,
            $".{Path.GetFileName(path)}.{Environment.ProcessId}.{Interlocked.Increment(ref _counter)}.tmp");
        try
        {
            Directory.CreateDirectory(directory);
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                write(stream);
                stream.Flush(flushToDisk: true);
            }
            File.Move(temp, path, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            TryDelete(temp);
            throw new ConversionException(ConversionErrorKind.OutputFailed,
                $"cannot write the output: {e.Message}; check that the folder exists and is writable", path, inner: e);
        }
        catch
        {
            TryDelete(temp);
            throw;
        }
    }

    private static void TryDelete(string path)
    {
        try { File.Delete(path); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
