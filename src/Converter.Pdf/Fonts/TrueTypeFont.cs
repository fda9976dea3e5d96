using System.Buffers.Binary;

namespace Converter.Pdf.Fonts;

/// <summary>
/// The few facts layout needs from a TrueType font: which characters have a glyph and how wide each is.
/// Reads the <c>cmap</c>, <c>head</c>, <c>hhea</c>, <c>hmtx</c> and <c>OS/2</c> tables; accepts only a single
/// TrueType font with <c>glyf</c> outlines (what PDFsharp can embed as a CIDFontType2).
/// </summary>
internal sealed class TrueTypeFont
{
    private readonly GlyphMap _glyphs;
    private readonly ushort[] _advances;
    private readonly short[] _leftBearings;
    private readonly Dictionary<string, (int Offset, int Length)> _tables;
    private readonly bool _longLoca;

    private TrueTypeFont(ReadOnlyMemory<byte> data, Dictionary<string, (int Offset, int Length)> tables, string familyName, int unitsPerEm,
        GlyphMap glyphs, ushort[] advances, short[] leftBearings, ushort fsType, bool longLoca)
    {
        Data = data;
        _tables = tables;
        FamilyName = familyName;
        UnitsPerEm = unitsPerEm;
        _glyphs = glyphs;
        _advances = advances;
        _leftBearings = leftBearings;
        FsType = fsType;
        _longLoca = longLoca;
        var head = Table("head");
        BoundingBox = (BinaryPrimitives.ReadInt16BigEndian(head[36..]), BinaryPrimitives.ReadInt16BigEndian(head[38..]),
            BinaryPrimitives.ReadInt16BigEndian(head[40..]), BinaryPrimitives.ReadInt16BigEndian(head[42..]));
        var hhea = Table("hhea");
        Ascent = BinaryPrimitives.ReadInt16BigEndian(hhea[4..]);
        Descent = BinaryPrimitives.ReadInt16BigEndian(hhea[6..]);
        CapHeight = Ascent;
        if (tables.ContainsKey("OS/2"))
        {
            var os2 = Table("OS/2");
            if (os2.Length >= 90 && BinaryPrimitives.ReadUInt16BigEndian(os2) >= 2) CapHeight = BinaryPrimitives.ReadInt16BigEndian(os2[88..]);
        }
        if (tables.ContainsKey("post") && Table("post").Length >= 8)
            ItalicAngle = BinaryPrimitives.ReadInt32BigEndian(Table("post")[4..]) / 65536.0;
    }

    /// <summary>The whole font file (for a bundled font, the assembly's resource in place).</summary>
    public ReadOnlyMemory<byte> Data { get; }

    /// <summary>Number of glyphs (<c>maxp</c>).</summary>
    public int GlyphCount => _advances.Length;

    /// <summary>Font bounding box in design units (xMin, yMin, xMax, yMax).</summary>
    public (int XMin, int YMin, int XMax, int YMax) BoundingBox { get; }

    /// <summary>Ascender in design units (<c>hhea</c>).</summary>
    public int Ascent { get; }

    /// <summary>Descender in design units (negative; <c>hhea</c>).</summary>
    public int Descent { get; }

    /// <summary>Height of capital letters in design units (OS/2 version 2 and later; else the ascender).</summary>
    public int CapHeight { get; }

    /// <summary>Italic angle in degrees (<c>post</c>).</summary>
    public double ItalicAngle { get; }

    /// <summary>The bytes of table <paramref name="tag"/>, or an empty span when the font has none.</summary>
    public ReadOnlySpan<byte> Table(string tag) =>
        _tables.TryGetValue(tag, out var t) ? Data.Span.Slice(t.Offset, t.Length) : default;

    /// <summary>Glyph index of <paramref name="codePoint"/>, 0 when the font has none.</summary>
    public ushort GlyphId(int codePoint) => _glyphs.TryGetValue(codePoint, out var g) ? g : (ushort)0;

    /// <summary>Advance width of glyph <paramref name="glyph"/> in design units.</summary>
    public ushort AdvanceUnits(int glyph) => _advances[Math.Min(glyph, _advances.Length - 1)];

    /// <summary>Left side bearing of glyph <paramref name="glyph"/> in design units.</summary>
    public short LeftBearing(int glyph) => _leftBearings[Math.Min(glyph, _leftBearings.Length - 1)];

    /// <summary>The outline of glyph <paramref name="glyph"/> in the <c>glyf</c> table (empty for a blank glyph).</summary>
    public ReadOnlySpan<byte> GlyphData(int glyph)
    {
        var loca = Table("loca");
        int start, end;
        if (_longLoca)
        {
            start = (int)BinaryPrimitives.ReadUInt32BigEndian(loca[(glyph * 4)..]);
            end = (int)BinaryPrimitives.ReadUInt32BigEndian(loca[(glyph * 4 + 4)..]);
        }
        else
        {
            start = BinaryPrimitives.ReadUInt16BigEndian(loca[(glyph * 2)..]) * 2;
            end = BinaryPrimitives.ReadUInt16BigEndian(loca[(glyph * 2 + 2)..]) * 2;
        }
        var glyf = Table("glyf");
        if (end <= start || end > glyf.Length) return default;
        return glyf[start..end];
    }

    /// <summary>The family name from the <c>name</c> table (or the file name when it has none).</summary>
    public string FamilyName { get; }

    /// <summary>Design units per em.</summary>
    public int UnitsPerEm { get; }

    /// <summary>The OS/2 embedding permissions (<c>fsType</c>); 0 when the font has no OS/2 table.</summary>
    public ushort FsType { get; }

    /// <summary>True if the font maps <paramref name="codePoint"/> to a real glyph (not <c>.notdef</c>).</summary>
    public bool HasGlyph(int codePoint) => _glyphs.ContainsKey(codePoint);

    /// <summary>Advance width of the glyph for <paramref name="codePoint"/> in ems (0 when it has none).</summary>
    public double Advance(int codePoint)
    {
        if (!_glyphs.TryGetValue(codePoint, out var glyph)) return 0;
        var index = Math.Min(glyph, _advances.Length - 1);
        return (double)_advances[index] / UnitsPerEm;
    }

    /// <summary>Why a font file cannot be used, or <c>null</c> when it is a single TrueType (glyf) font.</summary>
    public static string? Reject(ReadOnlySpan<byte> data)
    {
        if (data.Length < 12) return "it is too short to be a font file";
        var tag = BinaryPrimitives.ReadUInt32BigEndian(data);
        return tag switch
        {
            0x74746366 => "it is a TrueType/OpenType collection (.ttc, tag 'ttcf'); extract one font to a .ttf file, or use a single TrueType font such as the bundled IPAex fonts",
            0x4F54544F => "it has CFF (PostScript) outlines (OpenType 'OTTO'); use a TrueType font with glyf outlines (.ttf) such as the bundled IPAex fonts",
            0x00010000 or 0x74727565 => RejectTables(data),
            _ => "it is not a TrueType font (unknown sfnt version); use a TrueType font with glyf outlines (.ttf)",
        };
    }

    private static string? RejectTables(ReadOnlySpan<byte> data, bool needCmap = true)
    {
        var tables = ReadDirectory(data);
        if (tables is null) return "its table directory is damaged";
        if (tables.ContainsKey("CFF ") || tables.ContainsKey("CFF2"))
            return "it has CFF (PostScript) outlines; use a TrueType font with glyf outlines (.ttf)";
        foreach (var required in new[] { "glyf", "loca", "cmap", "head", "hhea", "hmtx", "maxp" })
            if (!tables.ContainsKey(required) && (needCmap || required != "cmap")) return $"it has no '{required}' table; use a TrueType font with glyf outlines (.ttf)";
        return null;
    }

    /// <summary>Parses a font already accepted by <see cref="Reject"/>.</summary>
    /// <exception cref="InvalidDataException">A table is damaged.</exception>
    /// <param name="file">The font file.</param>
    /// <param name="fallbackName">Family name to use when the font has no <c>name</c> table.</param>
    /// <param name="embedded">True for a font program as embedded in a PDF (a CIDFontType2 needs no <c>cmap</c>): no character map is read.</param>
    public static TrueTypeFont Parse(ReadOnlyMemory<byte> file, string fallbackName, bool embedded = false)
    {
        var data = file.Span;
        var reason = embedded ? RejectTables(data, needCmap: false) : Reject(data);
        if (reason is not null) throw new InvalidDataException(reason);
        var tables = ReadDirectory(data)!;
        try
        {
            var head = Table(data, tables, "head");
            var unitsPerEm = BinaryPrimitives.ReadUInt16BigEndian(head[18..]);
            if (unitsPerEm == 0) throw new InvalidDataException("unitsPerEm is 0");
            var hhea = Table(data, tables, "hhea");
            var numberOfHMetrics = BinaryPrimitives.ReadUInt16BigEndian(hhea[34..]);
            var maxp = Table(data, tables, "maxp");
            var numGlyphs = BinaryPrimitives.ReadUInt16BigEndian(maxp[4..]);
            var hmtx = Table(data, tables, "hmtx");
            if (numberOfHMetrics == 0 || hmtx.Length < numberOfHMetrics * 4) throw new InvalidDataException("hmtx is too short");
            var advances = new ushort[Math.Max(numGlyphs, numberOfHMetrics)];
            var bearings = new short[advances.Length];
            for (var i = 0; i < advances.Length; i++)
            {
                advances[i] = BinaryPrimitives.ReadUInt16BigEndian(hmtx[(Math.Min(i, numberOfHMetrics - 1) * 4)..]);
                var lsbAt = i < numberOfHMetrics ? i * 4 + 2 : numberOfHMetrics * 4 + (i - numberOfHMetrics) * 2;
                bearings[i] = lsbAt + 2 <= hmtx.Length ? BinaryPrimitives.ReadInt16BigEndian(hmtx[lsbAt..]) : (short)0;
            }
            var longLoca = BinaryPrimitives.ReadInt16BigEndian(head[50..]) == 1;
            var locaLength = Table(data, tables, "loca").Length;
            if (locaLength < (numGlyphs + 1) * (longLoca ? 4 : 2)) throw new InvalidDataException("loca is too short");
            var glyphs = embedded ? new GlyphMap() : ReadCmap(Table(data, tables, "cmap"), numGlyphs);
            ushort fsType = 0;
            if (tables.ContainsKey("OS/2"))
            {
                var os2 = Table(data, tables, "OS/2");
                if (os2.Length >= 10) fsType = BinaryPrimitives.ReadUInt16BigEndian(os2[8..]);
            }
            var name = tables.ContainsKey("name") ? ReadFamilyName(Table(data, tables, "name")) : null;
            return new TrueTypeFont(file, tables, name ?? fallbackName, unitsPerEm, glyphs, advances, bearings, fsType, longLoca);
        }
        catch (ArgumentOutOfRangeException e)
        {
            throw new InvalidDataException("a font table is truncated", e);
        }
    }

    private static Dictionary<string, (int Offset, int Length)>? ReadDirectory(ReadOnlySpan<byte> data)
    {
        var count = BinaryPrimitives.ReadUInt16BigEndian(data[4..]);
        if (data.Length < 12 + count * 16) return null;
        var tables = new Dictionary<string, (int, int)>(StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            var record = data.Slice(12 + i * 16, 16);
            var tag = System.Text.Encoding.ASCII.GetString(record[..4]);
            var offset = BinaryPrimitives.ReadUInt32BigEndian(record[8..]);
            var length = BinaryPrimitives.ReadUInt32BigEndian(record[12..]);
            if (offset > (uint)data.Length || length > (uint)data.Length - offset) return null;
            tables[tag] = ((int)offset, (int)length);
        }
        return tables;
    }

    private static ReadOnlySpan<byte> Table(ReadOnlySpan<byte> data, Dictionary<string, (int Offset, int Length)> tables, string tag)
    {
        var (offset, length) = tables[tag];
        return data.Slice(offset, length);
    }

    private static GlyphMap ReadCmap(ReadOnlySpan<byte> cmap, int numGlyphs)
    {
        // Prefer the full-Unicode subtable (3,10) format 12, then BMP (3,1) / Unicode (0,x) format 4:
        // the same preference PDF viewers and PDFsharp use.
        var count = BinaryPrimitives.ReadUInt16BigEndian(cmap[2..]);
        int best = -1, bestRank = int.MaxValue;
        for (var i = 0; i < count; i++)
        {
            var record = cmap.Slice(4 + i * 8, 8);
            var platform = BinaryPrimitives.ReadUInt16BigEndian(record);
            var encoding = BinaryPrimitives.ReadUInt16BigEndian(record[2..]);
            var offset = (int)BinaryPrimitives.ReadUInt32BigEndian(record[4..]);
            var format = BinaryPrimitives.ReadUInt16BigEndian(cmap[offset..]);
            var rank = (platform, encoding, format) switch
            {
                (3, 10, 12) => 0,
                (0, _, 12) => 1,
                (3, 1, 4) => 2,
                (0, _, 4) => 3,
                _ => int.MaxValue,
            };
            if (rank < bestRank) (best, bestRank) = (offset, rank);
        }
        if (best < 0) throw new InvalidDataException("no Unicode cmap subtable (format 4 or 12)");
        var map = new GlyphMap();
        var sub = cmap[best..];
        if (BinaryPrimitives.ReadUInt16BigEndian(sub) == 12)
        {
            var groups = BinaryPrimitives.ReadUInt32BigEndian(sub[12..]);
            for (var g = 0; g < groups; g++)
            {
                var group = sub.Slice(16 + g * 12, 12);
                var start = BinaryPrimitives.ReadUInt32BigEndian(group);
                var end = BinaryPrimitives.ReadUInt32BigEndian(group[4..]);
                var glyph = BinaryPrimitives.ReadUInt32BigEndian(group[8..]);
                for (var c = start; c <= end && c <= 0x10FFFF; c++, glyph++)
                    if (glyph != 0 && glyph < numGlyphs) map[(int)c] = (ushort)glyph;
            }
        }
        else
        {
            var segX2 = BinaryPrimitives.ReadUInt16BigEndian(sub[6..]);
            var segCount = segX2 / 2;
            var ends = sub[14..];
            var starts = sub[(16 + segX2)..];
            var deltas = sub[(16 + 2 * segX2)..];
            var rangeOffsets = sub[(16 + 3 * segX2)..];
            for (var s = 0; s < segCount; s++)
            {
                int end = BinaryPrimitives.ReadUInt16BigEndian(ends[(s * 2)..]);
                int start = BinaryPrimitives.ReadUInt16BigEndian(starts[(s * 2)..]);
                var delta = BinaryPrimitives.ReadInt16BigEndian(deltas[(s * 2)..]);
                int rangeOffset = BinaryPrimitives.ReadUInt16BigEndian(rangeOffsets[(s * 2)..]);
                for (var c = start; c <= end && c != 0xFFFF; c++)
                {
                    int glyph;
                    if (rangeOffset == 0) glyph = (c + delta) & 0xFFFF;
                    else
                    {
                        var at = s * 2 + rangeOffset + (c - start) * 2;
                        glyph = BinaryPrimitives.ReadUInt16BigEndian(rangeOffsets[at..]);
                        if (glyph != 0) glyph = (glyph + delta) & 0xFFFF;
                    }
                    if (glyph != 0 && glyph < numGlyphs) map[c] = (ushort)glyph;
                }
            }
        }
        return map;
    }

    private static string? ReadFamilyName(ReadOnlySpan<byte> name)
    {
        var count = BinaryPrimitives.ReadUInt16BigEndian(name[2..]);
        var stringsAt = BinaryPrimitives.ReadUInt16BigEndian(name[4..]);
        string? fallback = null;
        for (var i = 0; i < count; i++)
        {
            var record = name.Slice(6 + i * 12, 12);
            var platform = BinaryPrimitives.ReadUInt16BigEndian(record);
            var language = BinaryPrimitives.ReadUInt16BigEndian(record[4..]);
            var nameId = BinaryPrimitives.ReadUInt16BigEndian(record[6..]);
            var length = BinaryPrimitives.ReadUInt16BigEndian(record[8..]);
            var offset = BinaryPrimitives.ReadUInt16BigEndian(record[10..]);
            if (nameId != 1 || platform != 3) continue;
            var text = System.Text.Encoding.BigEndianUnicode.GetString(name.Slice(stringsAt + offset, length));
            if (language == 0x0409) return text;
            fallback ??= text;
        }
        return fallback;
    }
}

/// <summary>
/// Code point to glyph index: a flat table for the Basic Multilingual Plane (where a CJK font has most of its tens of
/// thousands of mappings; 128 KB, filled in one pass and looked up without hashing) and a dictionary for the rest.
/// Glyph 0 (<c>.notdef</c>) is never stored, so 0 means "no glyph".
/// </summary>
internal sealed class GlyphMap
{
    private readonly ushort[] _bmp = new ushort[0x10000];
    private readonly Dictionary<int, ushort> _supplementary = [];

    public ushort this[int codePoint]
    {
        set
        {
            if ((uint)codePoint < 0x10000) _bmp[codePoint] = value;
            else _supplementary[codePoint] = value;
        }
    }

    public bool ContainsKey(int codePoint) => TryGetValue(codePoint, out _);

    public bool TryGetValue(int codePoint, out ushort glyph)
    {
        if ((uint)codePoint < 0x10000) glyph = _bmp[codePoint];
        else if (!_supplementary.TryGetValue(codePoint, out glyph)) glyph = 0;
        return glyph != 0;
    }
}
