using System.Buffers;

namespace Converter.Pdf.Fonts;

/// <summary>
/// An embedded resource as memory, read in place where the runtime maps it (an <see cref="UnmanagedMemoryStream"/> over the
/// loaded assembly image, which stays mapped for the life of the process) and copied only otherwise.
/// </summary>
/// <remarks>
/// Why: the bundled fonts are 15 MB, of which a document touches a few hundred kilobytes (its glyphs, the character map,
/// the metrics). Copying them cost every process 15 MB of fresh pages before the first PDF, most of a cold start's PDF time.
/// </remarks>
internal sealed unsafe class ResourceMemory : MemoryManager<byte>
{
    private readonly byte* _pointer;
    private readonly int _length;

    private ResourceMemory(byte* pointer, int length)
    {
        _pointer = pointer;
        _length = length;
    }

    /// <summary>The bytes of <paramref name="stream"/> (which is disposed).</summary>
    public static ReadOnlyMemory<byte> Of(Stream stream)
    {
        using (stream)
        {
            if (stream is UnmanagedMemoryStream mapped && mapped.Length <= int.MaxValue)
                return new ResourceMemory(mapped.PositionPointer, (int)mapped.Length).Memory;
            var data = new byte[stream.Length];
            stream.ReadExactly(data);
            return data;
        }
    }

    /// <inheritdoc />
    public override Span<byte> GetSpan() => new(_pointer, _length);

    /// <inheritdoc />
    public override MemoryHandle Pin(int elementIndex = 0) => new(_pointer + elementIndex);

    /// <inheritdoc />
    public override void Unpin() { }

    /// <inheritdoc />
    protected override void Dispose(bool disposing) { }
}
