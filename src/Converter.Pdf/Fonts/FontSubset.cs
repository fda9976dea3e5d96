using System.Buffers.Binary;
using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Converter.Pdf.Drawing;

namespace Converter.Pdf.Fonts;

/// <summary>
/// The glyphs one document draws in one font, numbered in the order they are first drawn (CID 0 is <c>.notdef</c>), and the
/// compact TrueType program that holds just those glyphs under those numbers. Embedded as a CIDFontType2 with
/// <c>CIDToGIDMap /Identity</c>, so a CID is the subset's glyph index.
/// </summary>
/// <remarks>
/// A CID stands for a glyph <em>and</em> the text it represents: a glyph drawn for two different characters (the hyphen
/// glyph for <c>-</c> and for a soft hyphen inserted by hyphenation, or one outline mapped from two code points) gets a CID
/// per character, so the <c>ToUnicode</c> map is exact. The program has only the tables a CIDFontType2 needs (ISO 32000-1
/// §9.9: <c>head hhea loca maxp cvt prep glyf hmtx fpgm</c>); <c>loca</c> and <c>hmtx</c> have one entry per embedded
/// glyph, not per glyph of the font. Outlines come compressed from a per-font cache (<see cref="GlyphPieces"/>).
/// </remarks>
internal sealed class FontSubset
{
    private readonly TrueTypeFont _font;
    private readonly List<(ushort Glyph, int CodePoint)> _entries = [(0, -1)];
    private readonly Dictionary<(ushort, int), ushort> _cids = [];

    public FontSubset(TrueTypeFont font) => _font = font;

    /// <summary>The font.</summary>
    public TrueTypeFont Font => _font;

    /// <summary>Number of glyphs so far, .notdef included.</summary>
    public int Count => _entries.Count;

    /// <summary>The CID that draws <paramref name="codePoint"/> (its glyph, mapped back to that character).</summary>
    public ushort Cid(int codePoint)
    {
        var glyph = _font.GlyphId(codePoint);
        if (_cids.TryGetValue((glyph, codePoint), out var cid)) return cid;
        cid = (ushort)_entries.Count;
        _entries.Add((glyph, codePoint));
        _cids.Add((glyph, codePoint), cid);
        return cid;
    }

    /// <summary>The CID that draws the glyph of <paramref name="shape"/> but stands for <paramref name="text"/> (e.g. a hyphen glyph for a soft hyphen).</summary>
    public ushort Cid(int shape, int text)
    {
        var glyph = _font.GlyphId(shape);
        if (_cids.TryGetValue((glyph, text), out var cid)) return cid;
        cid = (ushort)_entries.Count;
        _entries.Add((glyph, text));
        _cids.Add((glyph, text), cid);
        return cid;
    }

    /// <summary>Advance of CID <paramref name="cid"/> in thousandths of an em, as written to <c>/W</c>.</summary>
    public double Width(int cid) => Math.Round(_font.AdvanceUnits(_entries[cid].Glyph) * 1000.0 / _font.UnitsPerEm, 3);

    /// <summary>Six capital letters derived from the font and the glyphs (ISO 32000-1 §9.6.4): same subset, same tag.</summary>
    public string Tag()
    {
        var bytes = new List<byte>(Encoding.UTF8.GetBytes(_font.FamilyName));
        foreach (var (glyph, cp) in _entries)
        {
            bytes.Add((byte)(glyph >> 8));
            bytes.Add((byte)glyph);
            bytes.AddRange(BitConverter.GetBytes(cp));
        }
        var hash = SHA256.HashData(bytes.ToArray());
        var tag = new char[6];
        for (var k = 0; k < 6; k++) tag[k] = (char)('A' + hash[k] % 26);
        return new string(tag);
    }

    /// <summary>The <c>/W</c> array: <c>[0 [w0 w1 …]]</c>, every CID from 0 in order.</summary>
    public string WidthArray()
    {
        var sb = new StringBuilder("[0[");
        for (var cid = 0; cid < _entries.Count; cid++)
        {
            if (cid > 0) sb.Append(' ');
            sb.Append(Width(cid).ToString("0.###", CultureInfo.InvariantCulture));
        }
        return sb.Append("]]").ToString();
    }

    /// <summary>The <c>ToUnicode</c> CMap (uncompressed): each CID to the text it stands for.</summary>
    public byte[] ToUnicode()
    {
        var sb = new StringBuilder(256 + _entries.Count * 16);
        sb.Append("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n")
            .Append("/CIDSystemInfo <</Registry (Adobe) /Ordering (UCS) /Supplement 0>> def\n")
            .Append("/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n")
            .Append("1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");
        var mapped = new List<int>();
        for (var cid = 1; cid < _entries.Count; cid++) if (_entries[cid].CodePoint >= 0) mapped.Add(cid);
        for (var start = 0; start < mapped.Count; start += 100)
        {
            var n = Math.Min(100, mapped.Count - start);
            sb.Append(n.ToString(CultureInfo.InvariantCulture)).Append(" beginbfchar\n");
            for (var k = start; k < start + n; k++)
            {
                var cid = mapped[k];
                sb.Append('<').Append(cid.ToString("X4", CultureInfo.InvariantCulture)).Append("> <");
                foreach (var unit in char.ConvertFromUtf32(_entries[cid].CodePoint)) sb.Append(((int)unit).ToString("X4", CultureInfo.InvariantCulture));
                sb.Append(">\n");
            }
            sb.Append("endbfchar\n");
        }
        sb.Append("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
        return Encoding.ASCII.GetBytes(sb.ToString());
    }

    /// <summary>
    /// The font program as a zlib stream, and its uncompressed length (<c>/Length1</c>). Adds the components of composite
    /// glyphs first, so call it after the last <see cref="Cid(int)"/>.
    /// </summary>
    public (byte[] Zlib, int Length) Program()
    {
        var pieces = GlyphPieces.For(_font);
        // Components of composite glyphs must be in the subset too, under their new numbers.
        var cidOfGlyph = new Dictionary<ushort, ushort>();
        for (var cid = 0; cid < _entries.Count; cid++) cidOfGlyph.TryAdd(_entries[cid].Glyph, (ushort)cid);
        for (var cid = 0; cid < _entries.Count; cid++)
            foreach (var component in GlyphPieces.Components(_font.GlyphData(_entries[cid].Glyph)))
                if (cidOfGlyph.TryAdd(component, (ushort)_entries.Count)) _entries.Add((component, -1));

        var n = _entries.Count;
        var glyphPieces = new CodedBits[n];
        var glyphSums = new uint[n];
        var loca = new byte[(n + 1) * 4];
        var hmtx = new byte[n * 4];
        uint glyfLength = 0, glyfSum = 0;
        for (var cid = 0; cid < n; cid++)
        {
            var glyph = _entries[cid].Glyph;
            BinaryPrimitives.WriteUInt32BigEndian(loca.AsSpan(cid * 4), glyfLength);
            BinaryPrimitives.WriteUInt16BigEndian(hmtx.AsSpan(cid * 4), _font.AdvanceUnits(glyph));
            BinaryPrimitives.WriteInt16BigEndian(hmtx.AsSpan(cid * 4 + 2), _font.LeftBearing(glyph));
            var piece = pieces.Get(glyph, cidOfGlyph);
            glyphPieces[cid] = piece.Piece;
            glyphSums[cid] = piece.Checksum;
            glyfLength += (uint)piece.Piece.Length;
            glyfSum += piece.Checksum;
        }
        BinaryPrimitives.WriteUInt32BigEndian(loca.AsSpan(n * 4), glyfLength);

        var head = _font.Table("head").ToArray();
        BinaryPrimitives.WriteUInt32BigEndian(head.AsSpan(8), 0);       // checkSumAdjustment, set below
        BinaryPrimitives.WriteInt16BigEndian(head.AsSpan(50), 1);       // indexToLocFormat: long offsets
        var hhea = _font.Table("hhea").ToArray();
        BinaryPrimitives.WriteUInt16BigEndian(hhea.AsSpan(34), (ushort)n);   // numberOfHMetrics
        var maxp = _font.Table("maxp").ToArray();
        BinaryPrimitives.WriteUInt16BigEndian(maxp.AsSpan(4), (ushort)n);    // numGlyphs

        // Tables in tag order, laid out in that order; each starts on a 4-byte boundary.
        var tables = new List<(string Tag, int Length, uint Checksum, Func<CodedBits[]>? Cached, byte[]? Bytes)>();
        void Add(string tag, byte[] bytes) => tables.Add((tag, bytes.Length, Checksum(bytes), null, bytes));
        if (pieces.Cvt is { } cvt) tables.Add(("cvt ", cvt.Length, cvt.Checksum, () => [cvt.Piece], null));
        if (pieces.Fpgm is { } fpgm) tables.Add(("fpgm", fpgm.Length, fpgm.Checksum, () => [fpgm.Piece], null));
        tables.Add(("glyf", (int)glyfLength, glyfSum, () => glyphPieces, null));
        Add("head", head);
        Add("hhea", hhea);
        Add("hmtx", hmtx);
        Add("loca", loca);
        Add("maxp", maxp);
        if (pieces.Prep is { } prep) tables.Add(("prep", prep.Length, prep.Checksum, () => [prep.Piece], null));

        var directory = new byte[12 + 16 * tables.Count];
        BinaryPrimitives.WriteUInt32BigEndian(directory, 0x00010000);
        BinaryPrimitives.WriteUInt16BigEndian(directory.AsSpan(4), (ushort)tables.Count);
        var power = 1;
        var log = 0;
        while (power * 2 <= tables.Count) { power *= 2; log++; }
        BinaryPrimitives.WriteUInt16BigEndian(directory.AsSpan(6), (ushort)(power * 16));
        BinaryPrimitives.WriteUInt16BigEndian(directory.AsSpan(8), (ushort)log);
        BinaryPrimitives.WriteUInt16BigEndian(directory.AsSpan(10), (ushort)(tables.Count * 16 - power * 16));
        var offset = directory.Length;
        uint total = 0;
        for (var t = 0; t < tables.Count; t++)
        {
            var record = directory.AsSpan(12 + 16 * t);
            Encoding.ASCII.GetBytes(tables[t].Tag, record);
            BinaryPrimitives.WriteUInt32BigEndian(record[4..], tables[t].Checksum);
            BinaryPrimitives.WriteUInt32BigEndian(record[8..], (uint)offset);
            BinaryPrimitives.WriteUInt32BigEndian(record[12..], (uint)tables[t].Length);
            offset += Pad4(tables[t].Length);
            total += tables[t].Checksum;
        }
        total += Checksum(directory);
        BinaryPrimitives.WriteUInt32BigEndian(head.AsSpan(8), 0xB1B0AFBA - total);

        // The document's own bytes (directory and small tables) are encoded now, between the cached pieces.
        var output = new List<CodedBits>();
        var pending = new MemoryStream();
        pending.Write(directory);
        foreach (var table in tables)
        {
            if (table.Bytes is { } bytes)
            {
                pending.Write(bytes);
                pending.Write(new byte[Pad4(bytes.Length) - bytes.Length]);
                continue;
            }
            Flush();
            output.AddRange(table.Cached!());
        }
        Flush();
        return (pieces.Code.Join(output), offset);

        void Flush()
        {
            if (pending.Length == 0) return;
            output.Add(pieces.Code.Encode(pending.GetBuffer().AsSpan(0, (int)pending.Length)));
            pending.SetLength(0);
        }
    }

    internal static int Pad4(int length) => (length + 3) & ~3;

    /// <summary>TrueType table checksum: the sum of the big-endian 32-bit words, the last one padded with zeros.</summary>
    internal static uint Checksum(ReadOnlySpan<byte> data)
    {
        uint sum = 0;
        var i = 0;
        for (; i + 4 <= data.Length; i += 4) sum += BinaryPrimitives.ReadUInt32BigEndian(data[i..]);
        if (i < data.Length)
        {
            Span<byte> last = stackalloc byte[4];
            last.Clear();
            data[i..].CopyTo(last);
            sum += BinaryPrimitives.ReadUInt32BigEndian(last);
        }
        return sum;
    }
}

/// <summary>A glyph outline (or hinting table) padded to four bytes and encoded on its own, with its TrueType checksum.</summary>
/// <param name="Piece">The encoded bits.</param>
/// <param name="Checksum">Checksum of the padded bytes.</param>
/// <param name="Length">Unpadded length (for a table's directory entry).</param>
internal sealed record GlyphPiece(CodedBits Piece, uint Checksum, int Length);

/// <summary>
/// Per font and per process: the font's deflate code (<see cref="SharedCodeDeflate"/>, fitted to a fixed sample of its
/// glyphs), each glyph's outline encoded once, the first time any document draws it, and the hinting tables
/// (<c>cvt fpgm prep</c>) encoded once. Composite glyphs refer to other glyphs by number, which differs from subset to
/// subset, so they are renumbered and encoded per document instead (they are few: accented letters).
/// </summary>
internal sealed class GlyphPieces
{
    private static readonly ConditionalWeakTable<TrueTypeFont, GlyphPieces> All = new();
    private readonly TrueTypeFont _font;
    private readonly ConcurrentDictionary<ushort, GlyphPiece> _simple = new();

    private GlyphPieces(TrueTypeFont font)
    {
        _font = font;
        Code = SharedCodeDeflate.FromSamples(Sample(font));
        Cvt = Table("cvt ");
        Fpgm = Table("fpgm");
        Prep = Table("prep");
    }

    /// <summary>The cache of <paramref name="font"/>.</summary>
    public static GlyphPieces For(TrueTypeFont font) => All.GetValue(font, f => new GlyphPieces(f));

    /// <summary>The code every piece of this font is encoded with.</summary>
    public SharedCodeDeflate Code { get; }

    /// <summary>Up to 128 glyph outlines spread evenly over the font: the same sample in every process.</summary>
    private static IEnumerable<byte[]> Sample(TrueTypeFont font)
    {
        var count = font.GlyphCount;
        var step = Math.Max(1, count / 128);
        for (var g = 1; g < count; g += step) yield return font.GlyphData(g).ToArray();
    }

    /// <summary>The control value table, or null.</summary>
    public GlyphPiece? Cvt { get; }

    /// <summary>The font program (hinting functions), or null.</summary>
    public GlyphPiece? Fpgm { get; }

    /// <summary>The control value program, or null.</summary>
    public GlyphPiece? Prep { get; }

    /// <summary>Glyph <paramref name="glyph"/>'s outline, with composite components renumbered by <paramref name="newNumbers"/>.</summary>
    public GlyphPiece Get(ushort glyph, IReadOnlyDictionary<ushort, ushort> newNumbers)
    {
        if (_simple.TryGetValue(glyph, out var cached)) return cached;
        var data = _font.GlyphData(glyph);
        var composite = data.Length >= 10 && BinaryPrimitives.ReadInt16BigEndian(data) < 0;
        var padded = new byte[FontSubset.Pad4(data.Length)];
        data.CopyTo(padded);
        if (composite) Renumber(padded, newNumbers);
        var piece = new GlyphPiece(Code.Encode(padded), FontSubset.Checksum(padded), padded.Length);
        return composite ? piece : _simple.GetOrAdd(glyph, piece);
    }

    /// <summary>The glyphs a composite glyph is built from (none for a simple glyph).</summary>
    public static IEnumerable<ushort> Components(ReadOnlySpan<byte> data)
    {
        var result = new List<ushort>();
        if (data.Length < 10 || BinaryPrimitives.ReadInt16BigEndian(data) >= 0) return result;
        var at = 10;
        while (at + 4 <= data.Length)
        {
            var flags = BinaryPrimitives.ReadUInt16BigEndian(data[at..]);
            result.Add(BinaryPrimitives.ReadUInt16BigEndian(data[(at + 2)..]));
            at += 4 + ComponentArgumentsLength(flags);
            if ((flags & 0x0020) == 0) break;     // MORE_COMPONENTS
        }
        return result;
    }

    private static void Renumber(byte[] data, IReadOnlyDictionary<ushort, ushort> newNumbers)
    {
        var at = 10;
        while (at + 4 <= data.Length)
        {
            var flags = BinaryPrimitives.ReadUInt16BigEndian(data.AsSpan(at));
            var old = BinaryPrimitives.ReadUInt16BigEndian(data.AsSpan(at + 2));
            BinaryPrimitives.WriteUInt16BigEndian(data.AsSpan(at + 2), newNumbers[old]);
            at += 4 + ComponentArgumentsLength(flags);
            if ((flags & 0x0020) == 0) break;
        }
    }

    private static int ComponentArgumentsLength(ushort flags)
    {
        var length = (flags & 0x0001) != 0 ? 4 : 2;         // ARG_1_AND_2_ARE_WORDS
        if ((flags & 0x0008) != 0) length += 2;             // WE_HAVE_A_SCALE
        else if ((flags & 0x0040) != 0) length += 4;        // WE_HAVE_AN_X_AND_Y_SCALE
        else if ((flags & 0x0080) != 0) length += 8;        // WE_HAVE_A_TWO_BY_TWO
        return length;
    }

    private GlyphPiece? Table(string tag)
    {
        var data = _font.Table(tag);
        if (data.IsEmpty) return null;
        var padded = new byte[FontSubset.Pad4(data.Length)];
        data.CopyTo(padded);
        return new GlyphPiece(Code.Encode(padded), FontSubset.Checksum(padded), data.Length);
    }
}
