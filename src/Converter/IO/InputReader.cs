namespace Converter.IO;

/// <summary>
/// Reads a whole input with a size bound, turning I/O failures into one clear <see cref="ConversionException"/>.
/// The library's parse methods and the command-line tool read through here, so both apply the same rules.
/// </summary>
public static class InputReader
{
    /// <summary>Reads a whole file, with clear errors for missing, unreadable, directory and oversized inputs.</summary>
    /// <exception cref="ConversionException">
    /// The file is missing or a directory (<see cref="ConversionErrorKind.InputNotFound"/>, <see cref="ConversionErrorKind.InputUnreadable"/>),
    /// cannot be read, or is larger than <paramref name="maxBytes"/> (<see cref="ConversionErrorKind.InputTooLarge"/>).
    /// </exception>
    public static byte[] ReadFile(string path, long maxBytes)
    {
        if (Directory.Exists(path))
            throw new ConversionException(ConversionErrorKind.InputUnreadable,
                "is a directory, not a file; give a text file (or use --recursive with the batch command)", path);
        if (!File.Exists(path))
            throw new ConversionException(ConversionErrorKind.InputNotFound, "no such file; check the path", path);
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
            return ReadStream(stream, path, maxBytes);
        }
        catch (UnauthorizedAccessException e)
        {
            throw new ConversionException(ConversionErrorKind.InputUnreadable, "permission denied; make the file readable", path, inner: e);
        }
        catch (IOException e)
        {
            throw new ConversionException(ConversionErrorKind.InputUnreadable, $"cannot be read: {e.Message}", path, inner: e);
        }
    }

    /// <summary>
    /// Reads a stream to its end, failing with <see cref="ConversionErrorKind.InputTooLarge"/> past <paramref name="maxBytes"/>.
    /// <paramref name="displayName"/> names the input in the message (<c>-</c> for standard input).
    /// </summary>
    public static byte[] ReadStream(Stream stream, string displayName, long maxBytes)
    {
        // Devices and FIFOs report no length, so the bound is enforced while reading.
        if (stream.CanSeek && stream.Length - stream.Position > maxBytes) throw TooLarge(displayName, maxBytes);
        using var buffer = new MemoryStream(stream.CanSeek ? (int)Math.Min(stream.Length, maxBytes) : 81920);
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + read > maxBytes) throw TooLarge(displayName, maxBytes);
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }

    internal static async Task<byte[]> ReadStreamAsync(Stream stream, string displayName, long maxBytes, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, ct).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > maxBytes) throw TooLarge(displayName, maxBytes);
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }

    private static ConversionException TooLarge(string displayName, long maxBytes) =>
        new(ConversionErrorKind.InputTooLarge,
            $"the input is larger than the limit of {maxBytes:N0} bytes; raise --max-input-size if this is really one document",
            displayName);
}
