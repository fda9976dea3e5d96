namespace Converter.Pdf.Drawing;

/// <summary>Deflate-coded bits: <see cref="BitLength"/> bits packed least significant first into <see cref="Bytes"/>.</summary>
/// <param name="Bytes">The bits, the last byte padded with zeros.</param>
/// <param name="BitLength">How many bits are meaningful.</param>
/// <param name="Adler">Adler-32 of the uncompressed bytes.</param>
/// <param name="Length">Number of uncompressed bytes.</param>
internal sealed record CodedBits(byte[] Bytes, long BitLength, uint Adler, int Length);

/// <summary>
/// A deflate encoder (RFC 1951) whose Huffman code is fixed per font instead of per stream, so that each glyph outline can be
/// encoded once per process and a document's font program is one dynamic block: the code's header, then the glyphs' cached
/// bits one after the other, then the end code. Matches (LZ77) stay inside one glyph, which is what makes the pieces
/// independent; the shared code is what keeps them small (a dynamic block header per glyph would cost 50–80 bytes each).
/// </summary>
/// <remarks>
/// Hand-written because .NET's zlib wrapper exposes neither a preset code nor bit-level output. The code is computed from a
/// fixed sample of the font's glyphs, so it is the same in every process, and every symbol has a code, so any bytes can be
/// encoded with it (the document's own tables included).
/// </remarks>
internal sealed class SharedCodeDeflate
{
    private const int Symbols = 286, Distances = 30, MaxBits = 15;
    private static readonly int[] LengthBase = [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258];
    private static readonly int[] LengthExtra = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0];
    private static readonly int[] DistanceBase = [1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577];
    private static readonly int[] DistanceExtra = [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13];
    private static readonly int[] CodeLengthOrder = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15];

    private readonly byte[] _lengths;        // literal/length code lengths, then distance code lengths
    private readonly ushort[] _codes;        // the codes, bit-reversed for least-significant-first output
    private readonly byte[] _header;         // the block header as bits
    private readonly long _headerBits;

    private SharedCodeDeflate(byte[] lengths)
    {
        _lengths = lengths;
        _codes = new ushort[lengths.Length];
        Canonical(lengths.AsSpan(0, Symbols), _codes.AsSpan(0, Symbols));
        Canonical(lengths.AsSpan(Symbols), _codes.AsSpan(Symbols));
        var writer = new BitWriter(512);
        WriteHeader(writer);
        (_header, _headerBits) = (writer.ToArray(), writer.BitLength);
    }

    /// <summary>A code fitted to the symbol frequencies of <paramref name="samples"/> (every symbol gets a code).</summary>
    public static SharedCodeDeflate FromSamples(IEnumerable<byte[]> samples)
    {
        var frequencies = new long[Symbols + Distances];
        Array.Fill(frequencies, 1);
        foreach (var sample in samples)
            Tokenize(sample, (literal) => frequencies[literal]++, (length, distance) =>
            {
                frequencies[257 + Index(LengthBase, length)]++;
                frequencies[Symbols + Index(DistanceBase, distance)]++;
            });
        frequencies[256] = Math.Max(frequencies[256], 1);
        var lengths = new byte[Symbols + Distances];
        LimitedLengths(frequencies.AsSpan(0, Symbols), lengths.AsSpan(0, Symbols), MaxBits);
        LimitedLengths(frequencies.AsSpan(Symbols), lengths.AsSpan(Symbols), MaxBits);
        return new SharedCodeDeflate(lengths);
    }

    /// <summary><paramref name="data"/> as symbols of this code (no block header, no end code).</summary>
    public CodedBits Encode(ReadOnlySpan<byte> data)
    {
        var writer = new BitWriter(data.Length);
        Tokenize(data, literal => Put(writer, literal), (length, distance) =>
        {
            var l = Index(LengthBase, length);
            Put(writer, 257 + l);
            writer.Write((uint)(length - LengthBase[l]), LengthExtra[l]);
            var d = Index(DistanceBase, distance);
            Put(writer, Symbols + d);
            writer.Write((uint)(distance - DistanceBase[d]), DistanceExtra[d]);
        });
        return new CodedBits(writer.ToArray(), writer.BitLength, Zlib.Adler32(data), data.Length);
    }

    /// <summary>A complete zlib stream: this code's block holding <paramref name="pieces"/> in order, then a final empty block.</summary>
    public byte[] Join(IReadOnlyList<CodedBits> pieces)
    {
        long bits = _headerBits + 15 + 10;
        foreach (var p in pieces) bits += p.BitLength;
        var writer = new BitWriter((int)(bits / 8) + 8);
        writer.Write(0x78, 8);
        writer.Write(0xDA, 8);
        writer.Append(_header, _headerBits);
        uint adler = 1;
        foreach (var p in pieces)
        {
            writer.Append(p.Bytes, p.BitLength);
            adler = Zlib.CombineAdler(adler, p.Adler, p.Length);
        }
        Put(writer, 256);                 // end of block
        writer.Write(1, 1);               // final block, fixed Huffman, holding only its end code (7 zero bits)
        writer.Write(1, 2);
        writer.Write(0, 7);
        writer.AlignToByte();
        writer.Write((adler >> 24) & 0xFF, 8);
        writer.Write((adler >> 16) & 0xFF, 8);
        writer.Write((adler >> 8) & 0xFF, 8);
        writer.Write(adler & 0xFF, 8);
        return writer.ToArray();
    }

    private void Put(BitWriter writer, int symbol) => writer.Write(_codes[symbol], _lengths[symbol]);

    /// <summary>BFINAL 0, BTYPE 10 (dynamic), all 286 + 30 code lengths sent as literal lengths of the code-length code.</summary>
    private void WriteHeader(BitWriter writer)
    {
        writer.Write(0, 1);
        writer.Write(2, 2);
        writer.Write(Symbols - 257, 5);
        writer.Write(Distances - 1, 5);
        writer.Write(19 - 4, 4);
        var frequencies = new long[19];
        foreach (var length in _lengths) frequencies[length]++;
        for (var k = 0; k < 19; k++) frequencies[k] = frequencies[k] * 2 + 1;   // every code length symbol gets a code
        var clLengths = new byte[19];
        LimitedLengths(frequencies, clLengths, 7);
        var clCodes = new ushort[19];
        Canonical(clLengths, clCodes);
        foreach (var symbol in CodeLengthOrder) writer.Write(clLengths[symbol], 3);
        foreach (var length in _lengths) writer.Write(clCodes[length], clLengths[length]);
    }

    /// <summary>Greedy LZ77 with hash chains, matches only inside <paramref name="data"/>.</summary>
    private static void Tokenize(ReadOnlySpan<byte> data, Action<int> literal, Action<int, int> match)
    {
        const int HashSize = 1 << 12, MaxChain = 48, MaxDistance = 32768;
        Span<int> head = stackalloc int[HashSize];
        head.Fill(-1);
        Span<int> previous = data.Length <= 4096 ? stackalloc int[data.Length] : new int[data.Length];
        var i = 0;
        while (i < data.Length)
        {
            int bestLength = 0, bestDistance = 0;
            if (i + 2 < data.Length)
            {
                var h = Hash(data, i);
                var candidate = head[h];
                for (var chain = 0; candidate >= 0 && chain < MaxChain && i - candidate <= MaxDistance; chain++, candidate = previous[candidate])
                {
                    var length = 0;
                    var max = Math.Min(258, data.Length - i);
                    while (length < max && data[candidate + length] == data[i + length]) length++;
                    if (length > bestLength)
                    {
                        (bestLength, bestDistance) = (length, i - candidate);
                        if (length == max) break;
                    }
                }
            }
            var step = bestLength >= 3 ? bestLength : 1;
            if (bestLength >= 3) match(bestLength, bestDistance);
            else literal(data[i]);
            for (var k = 0; k < step; k++, i++)
            {
                if (i + 2 >= data.Length) continue;
                var h = Hash(data, i);
                previous[i] = head[h];
                head[h] = i;
            }
        }
    }

    private static int Hash(ReadOnlySpan<byte> data, int i) => ((data[i] << 8) ^ (data[i + 1] << 4) ^ data[i + 2]) & 0xFFF;

    private static int Index(int[] bases, int value)
    {
        var k = bases.Length - 1;
        while (bases[k] > value) k--;
        return k;
    }

    /// <summary>Huffman code lengths for <paramref name="frequencies"/>, none longer than <paramref name="limit"/> (frequencies are flattened until they fit).</summary>
    private static void LimitedLengths(ReadOnlySpan<long> frequencies, Span<byte> lengths, int limit)
    {
        var f = frequencies.ToArray();
        while (true)
        {
            Huffman(f, lengths);
            var max = 0;
            foreach (var l in lengths) max = Math.Max(max, l);
            if (max <= limit) return;
            for (var k = 0; k < f.Length; k++) f[k] = (f[k] >> 1) | 1;
        }
    }

    /// <summary>Plain Huffman code lengths; ties broken by node number, so the result is deterministic.</summary>
    private static void Huffman(long[] frequencies, Span<byte> lengths)
    {
        var n = frequencies.Length;
        var parent = new int[2 * n];
        var queue = new PriorityQueue<int, (long Weight, int Node)>(n);
        for (var k = 0; k < n; k++) queue.Enqueue(k, (frequencies[k], k));
        var next = n;
        while (queue.Count > 1)
        {
            queue.TryDequeue(out var x, out var wx);
            queue.TryDequeue(out var y, out var wy);
            parent[x] = parent[y] = next;
            queue.Enqueue(next, (wx.Weight + wy.Weight, next));
            next++;
        }
        var root = next - 1;
        var depth = new int[next];
        for (var node = root - 1; node >= 0; node--) depth[node] = depth[parent[node]] + 1;   // parents have higher numbers
        for (var k = 0; k < n; k++) lengths[k] = (byte)Math.Max(depth[k], 1);
    }

    /// <summary>Canonical codes for code lengths (RFC 1951 §3.2.2), bit-reversed for output least significant bit first.</summary>
    private static void Canonical(ReadOnlySpan<byte> lengths, Span<ushort> codes)
    {
        Span<int> count = stackalloc int[MaxBits + 2];
        count.Clear();
        foreach (var l in lengths) count[l]++;
        count[0] = 0;
        Span<int> next = stackalloc int[MaxBits + 2];
        var code = 0;
        for (var bits = 1; bits <= MaxBits + 1; bits++)
        {
            code = (code + count[bits - 1]) << 1;
            next[bits] = code;
        }
        for (var k = 0; k < lengths.Length; k++)
        {
            var l = lengths[k];
            if (l == 0) continue;
            var c = next[l]++;
            var reversed = 0;
            for (var b = 0; b < l; b++) reversed |= ((c >> b) & 1) << (l - 1 - b);
            codes[k] = (ushort)reversed;
        }
    }

    /// <summary>Packs bits least significant first.</summary>
    private sealed class BitWriter(int capacity)
    {
        private byte[] _bytes = new byte[Math.Max(capacity, 16)];
        private int _count;        // whole bytes written
        private ulong _buffer;     // pending bits
        private int _pending;

        public long BitLength => _count * 8L + _pending;

        public void Write(uint value, int bits)
        {
            if (bits == 0) return;
            _buffer |= (ulong)(value & ((1u << bits) - 1)) << _pending;
            _pending += bits;
            while (_pending >= 8)
            {
                Ensure(1);
                _bytes[_count++] = (byte)_buffer;
                _buffer >>= 8;
                _pending -= 8;
            }
        }

        /// <summary>Appends <paramref name="bitLength"/> bits of <paramref name="bits"/>.</summary>
        public void Append(byte[] bits, long bitLength)
        {
            var whole = (int)(bitLength / 8);
            Ensure(whole + 1);
            if (_pending == 0)
            {
                Array.Copy(bits, 0, _bytes, _count, whole);
                _count += whole;
            }
            else
            {
                for (var k = 0; k < whole; k++)
                {
                    _buffer |= (ulong)bits[k] << _pending;
                    _bytes[_count++] = (byte)_buffer;
                    _buffer >>= 8;
                }
            }
            var rest = (int)(bitLength % 8);
            if (rest > 0) Write(bits[whole], rest);
        }

        public void AlignToByte()
        {
            if (_pending > 0) Write(0, 8 - _pending);
        }

        public byte[] ToArray()
        {
            var result = new byte[_count + (_pending > 0 ? 1 : 0)];
            Array.Copy(_bytes, result, _count);
            if (_pending > 0) result[_count] = (byte)_buffer;
            return result;
        }

        private void Ensure(int more)
        {
            if (_count + more <= _bytes.Length) return;
            Array.Resize(ref _bytes, Math.Max(_bytes.Length * 2, _count + more));
        }
    }
}
