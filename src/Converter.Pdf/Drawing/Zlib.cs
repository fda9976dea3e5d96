using System.Buffers.Binary;
using System.IO.Compression;

namespace Converter.Pdf.Drawing;

/// <summary>
/// A piece of raw deflate data that ends on a byte boundary (a sync flush) and refers to nothing before it, so pieces
/// compressed separately can be joined into one stream: its uncompressed length and Adler-32 go with it, because the
/// zlib trailer of the joined stream is the combination of the pieces' checksums.
/// </summary>
/// <param name="Deflated">Non-final deflate blocks ending with an empty stored block.</param>
/// <param name="Adler">Adler-32 of the uncompressed bytes.</param>
/// <param name="Length">Number of uncompressed bytes.</param>
internal sealed record DeflatePiece(byte[] Deflated, uint Adler, int Length);

/// <summary>
/// zlib streams (RFC 1950) for PDF's <c>/FlateDecode</c>, made either whole or from <see cref="DeflatePiece"/>s.
/// </summary>
/// <remarks>
/// Why pieces: most of a PDF's bytes are font outlines, and the same glyphs recur in every document. Each glyph's outline is
/// compressed once per process; a document's font program is then its small tables compressed now plus the cached glyph
/// pieces copied one after the other. A piece is made by a fresh compressor ended with a sync flush, so it never refers back
/// into data before it, which is what makes concatenation valid (RFC 1951 §3.2.3: only the last block carries BFINAL).
/// .NET's <see cref="DeflateStream.Flush()"/> writes that sync flush.
/// </remarks>
internal static class Zlib
{
    private const uint AdlerBase = 65521;

    /// <summary>Compresses <paramref name="data"/> into a joinable piece.</summary>
    public static DeflatePiece Piece(ReadOnlySpan<byte> data, CompressionLevel level = CompressionLevel.SmallestSize)
    {
        using var buffer = new MemoryStream(data.Length / 2 + 64);
        byte[] deflated;
        using (var deflate = new DeflateStream(buffer, level, leaveOpen: true))
        {
            deflate.Write(data);
            deflate.Flush();                   // sync flush: byte-aligned, not final
            deflated = buffer.ToArray();
        }                                      // disposing appends a final block, which is not part of the piece
        return new DeflatePiece(deflated, Adler32(data), data.Length);
    }

    /// <summary>A complete zlib stream of <paramref name="pieces"/>, in order.</summary>
    public static byte[] Join(IReadOnlyList<DeflatePiece> pieces)
    {
        var size = 2 + 2 + 4;
        foreach (var p in pieces) size += p.Deflated.Length;
        var output = new byte[size];
        output[0] = 0x78;                      // deflate, 32 KB window
        output[1] = 0xDA;                      // "maximum compression"; 0x78DA is a multiple of 31 as the header check requires
        var at = 2;
        uint adler = 1;
        foreach (var p in pieces)
        {
            p.Deflated.CopyTo(output, at);
            at += p.Deflated.Length;
            adler = CombineAdler(adler, p.Adler, p.Length);
        }
        output[at++] = 0x03;                   // final, fixed-Huffman block holding only its end code
        output[at++] = 0x00;
        BinaryPrimitives.WriteUInt32BigEndian(output.AsSpan(at), adler);
        return output;
    }

    /// <summary>A complete zlib stream of <paramref name="data"/> (for content streams and other per-document data).</summary>
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
