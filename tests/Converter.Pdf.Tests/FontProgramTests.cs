using System.IO.Compression;
using Converter.Pdf.Drawing;
using Converter.Pdf.Fonts;
using Xunit;

namespace Converter.Pdf.Tests;

/// <summary>
/// The font programs and their compression, checked against .NET's own inflater and our TrueType reader on the original
/// font: every embedded glyph has the original's outline and advance, under its new number.
/// </summary>
public sealed class FontProgramTests
{
    private static byte[] Inflate(byte[] zlib)
    {
        using var input = new ZLibStream(new MemoryStream(zlib), CompressionMode.Decompress);
        using var output = new MemoryStream();
        input.CopyTo(output);
        return output.ToArray();
    }

    [Fact]
    public void Pieces_encoded_with_a_shared_code_join_into_a_valid_zlib_stream()
    {
        var random = new Random(20250922);
        var samples = Enumerable.Range(0, 20).Select(i => { var b = new byte[random.Next(0, 3000)]; random.NextBytes(b); return b; }).ToList();
        samples.Add(new byte[5000]);                                             // long runs: matches of 258 bytes
        samples.Add(System.Text.Encoding.ASCII.GetBytes(string.Concat(Enumerable.Repeat("abcabcabd", 400))));
        var code = SharedCodeDeflate.FromSamples(samples.Take(5));
        var joined = code.Join(samples.Select(s => code.Encode(s)).ToList());
        Assert.Equal(samples.SelectMany(s => s).ToArray(), Inflate(joined));     // also checks the combined Adler-32
    }

    [Fact]
    public void Adler32_of_joined_data_combines_from_the_parts()
    {
        var a = System.Text.Encoding.UTF8.GetBytes("閣僚は、合意した。");
        var b = new byte[70_000];
        new Random(1).NextBytes(b);
        Assert.Equal(Zlib.Adler32([.. a, .. b]), Zlib.CombineAdler(Zlib.Adler32(a), Zlib.Adler32(b), b.Length));
    }

    [Theory]
    [InlineData(false, "閣僚は「自由で開かれたインド太平洋」を再確認した。ASEAN 2025")]
    [InlineData(true, "Leaders’ Communiqué — § 2, €5 “naïve” coöperation")]
    public void A_subset_holds_the_drawn_glyphs_with_their_outlines_widths_and_text(bool latin, string text)
    {
        var face = latin ? FontSet.BodyLatin : FontSet.BodyFallback;
        var subset = new FontSubset(face.Metrics);
        var cids = text.EnumerateRunes().Select(r => subset.Cid(r.Value)).ToList();
        var hyphen = subset.Cid('-', 0xAD);                                    // a hyphen drawn for a soft hyphen gets its own CID
        var (program, length) = subset.Program();
        var bytes = Inflate(program);
        Assert.Equal(length, bytes.Length);
        var embedded = TrueTypeFont.Parse(bytes, "subset", embedded: true);
        Assert.True(embedded.GlyphCount >= subset.Count);
        Assert.True(embedded.GlyphCount < 200);                                // compact: only what is drawn (and composite parts)
        var runes = text.EnumerateRunes().Select(r => r.Value).ToList();
        for (var i = 0; i < runes.Count; i++)
        {
            var original = face.Metrics.GlyphId(runes[i]);
            Assert.Equal(face.Metrics.AdvanceUnits(original), embedded.AdvanceUnits(cids[i]));
            var outline = face.Metrics.GlyphData(original).ToArray();
            var copy = embedded.GlyphData(cids[i]).ToArray();
            if (outline.Length >= 2 && System.Buffers.Binary.BinaryPrimitives.ReadInt16BigEndian(outline) >= 0)
                Assert.Equal(outline, copy.Take(outline.Length).ToArray());        // simple glyphs: byte for byte (then padding)
            else Assert.Equal(FontSubset.Pad4(outline.Length), copy.Length);          // composites: renumbered, same size
        }
        Assert.Equal(embedded.AdvanceUnits(subset.Cid('-')), embedded.AdvanceUnits(hyphen));
        Assert.NotEqual(subset.Cid('-'), hyphen);
        var toUnicode = System.Text.Encoding.ASCII.GetString(subset.ToUnicode());
        Assert.Contains($"<{hyphen:X4}> <00AD>", toUnicode, StringComparison.Ordinal);
        Assert.Equal(subset.Tag(), subset.Tag());
        Assert.Matches("^[A-Z]{6}$", subset.Tag());
    }

    [Fact]
    public void The_font_checksum_adjustment_makes_the_whole_file_sum_to_the_magic_number()
    {
        var subset = new FontSubset(FontSet.BodyFallback.Metrics);
        foreach (var r in "共同声明".EnumerateRunes()) subset.Cid(r.Value);
        var bytes = Inflate(subset.Program().Zlib);
        Assert.Equal(0xB1B0AFBAu, FontSubset.Checksum(bytes));
    }
}
