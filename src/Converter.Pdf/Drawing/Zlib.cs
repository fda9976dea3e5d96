using System.IO.Compression;

namespace Converter.Pdf.Drawing;

/// <summary>
/// zlib streams (RFC 1950) for PDF's <c>/FlateDecode</c>: whole ones for per-document data (content streams, ToUnicode maps),
/// and the Adler-32 arithmetic <see cref="SharedCodeDeflate"/> needs to join separately encoded pieces.
/// </summary>
internal static class Zlib
{
    private const uint AdlerBase = 65521;

    /// <summary>A complete zlib stream of <paramref name="data"/>, with its Adler-32 trailer (which qpdf checks).</summary>
    public static byte[] Compress(ReadOnlySpan<byte> data, CompressionLevel level = CompressionLevel.Optimal)
    {
        using var buffer = new MemoryStream(data.Length / 3 + 64);
        using (var zlib = new ZLibStream(buffer, level, leaveOpen: true)) zlib.Write(data);
        return buffer.ToArray();
    }

    /// <summary>Adler-32 (RFC 1950 §8.2).</summary>
    public static uint Adler32(ReadOnlySpan<byte> data)
    {
        uint a = 1, b = 0;
        while (data.Length > 0)
        {
            var n = Math.Min(data.Length, 5552);   // the largest run before b can overflow 32 bits
            foreach (var x in data[..n])
            {
                a += x;
                b += a;
            }
            a %= AdlerBase;
            b %= AdlerBase;
            data = data[n..];
        }
        return (b << 16) | a;
    }

    /// <summary>The Adler-32 of two byte strings joined, from their own checksums and the second one's length (zlib's adler32_combine).</summary>
    public static uint CombineAdler(uint adler1, uint adler2, long length2)
    {
        var rem = (uint)(length2 % AdlerBase);
        var sum1 = adler1 & 0xFFFF;
        var sum2 = (uint)((ulong)rem * sum1 % AdlerBase);
        sum1 += (adler2 & 0xFFFF) + AdlerBase - 1;
        sum2 += (adler1 >> 16) + (adler2 >> 16) + AdlerBase - rem;
        if (sum1 >= AdlerBase) sum1 -= AdlerBase;
        if (sum1 >= AdlerBase) sum1 -= AdlerBase;
        if (sum2 >= AdlerBase << 1) sum2 -= AdlerBase << 1;
        if (sum2 >= AdlerBase) sum2 -= AdlerBase;
        return (sum2 << 16) | sum1;
    }
}
