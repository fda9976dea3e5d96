using System.Text;
using Converter.PlainText;

namespace Converter.Tests.Parsing;

public sealed class TextDecoderTests
{
    private const string Sample = "（仮訳）\n日米韓外相会合共同声明\n\n閣僚は、ASEAN 中心性を再確認した。\n";

    static TextDecoderTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    [Theory]
    [InlineData("utf-8")]
    [InlineData("utf-8-bom")]
    [InlineData("utf-16le")]
    [InlineData("utf-16be")]
    [InlineData("utf-16le-nobom")]
    [InlineData("utf-16be-nobom")]
    [InlineData("shift_jis")]
    [InlineData("euc-jp")]
    public void Decodes_each_supported_encoding(string encoding)
    {
        byte[] bytes = encoding switch
        {
            "utf-8" => Encoding.UTF8.GetBytes(Sample),
            "utf-8-bom" => [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Sample)],
            "utf-16le" => [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(Sample)],
            "utf-16be" => [0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes(Sample)],
            "utf-16le-nobom" => Encoding.Unicode.GetBytes(Sample + "The Ministers met in New York.\n"),
            "utf-16be-nobom" => Encoding.BigEndianUnicode.GetBytes(Sample + "The Ministers met in New York.\n"),
            "shift_jis" => Encoding.GetEncoding(932).GetBytes(Sample),
            _ => Encoding.GetEncoding(51932).GetBytes(Sample),
        };
        var decoded = TextDecoder.Decode(bytes, "x");
        Assert.StartsWith(Sample, decoded.Text);
        Assert.Equal(encoding.Replace("-nobom", ""), decoded.EncodingName);
    }

    [Fact]
    public void Short_shift_jis_text_is_not_mistaken_for_another_encoding()
    {
        var bytes = Encoding.GetEncoding(932).GetBytes("仮訳\n共同声明\n");
        Assert.Equal("shift_jis", TextDecoder.Decode(bytes, "x").EncodingName);
    }

    [Fact]
    public void Nul_bytes_are_binary_input()
    {
        var e = Assert.Throws<ConversionException>(() => TextDecoder.Decode("abc\ndef\0\x01\x02"u8, "bin.dat"));
        Assert.Equal(ConversionErrorKind.InputNotText, e.Kind);
        Assert.Equal(2, e.Line);
        Assert.Contains("NUL", e.Message);
    }

    [Fact]
    public void Undecodable_bytes_name_the_offset()
    {
        byte[] bytes = [.. "Title\nText "u8, 0xFF, 0xFE, 0xFD, 0x80, 0x81, 0xFF];
        var e = Assert.Throws<ConversionException>(() => TextDecoder.Decode(bytes, "bad.txt"));
        Assert.Equal(ConversionErrorKind.InputNotText, e.Kind);
        Assert.Contains("offset 11", e.Message);
        Assert.Contains("UTF-8", e.Message);
    }

    [Fact]
    public void Empty_input_is_an_error()
    {
        var e = Assert.Throws<ConversionException>(() => TextDecoder.Decode([], "empty.txt"));
        Assert.Equal(ConversionErrorKind.InputEmpty, e.Kind);
    }

    [Fact]
    public void Japanese_utf16_without_bom_is_decoded_despite_its_few_zero_bytes()
    {
        const string japanese = "日米共同声明\n\n１．両国は、インド太平洋地域の平和と安定の重要性を再確認した。\n";
        var decoded = TextDecoder.Decode(Encoding.Unicode.GetBytes(japanese), "x");
        Assert.Equal(("utf-16le", japanese), (decoded.EncodingName, decoded.Text));
    }

    [Theory]
    [InlineData("\n")]
    [InlineData("\r")]
    [InlineData("\r\n")]
    public void Utf16_without_bom_is_decoded_with_any_line_ending(string eol)
    {
        var text = "Joint Statement" + eol + eol + "The Ministers met in New York." + eol;
        Assert.Equal("utf-16le", TextDecoder.Decode(Encoding.Unicode.GetBytes(text), "x").EncodingName);
        Assert.Equal("utf-16be", TextDecoder.Decode(Encoding.BigEndianUnicode.GetBytes(text), "x").EncodingName);
    }

    [Fact]
    public void A_utf16_bom_in_front_of_shift_jis_is_rejected_not_decoded_as_garbage()
    {
        var sjis = Encoding.GetEncoding(932).GetBytes("日米共同声明\n\n１．両国は協力を確認した。\n２．次回会合を開催する。\n");
        var e = Assert.Throws<ConversionException>(() => TextDecoder.Decode([0xFF, 0xFE, .. sjis], "doc.txt"));
        Assert.Equal(ConversionErrorKind.InputNotText, e.Kind);
        Assert.Contains("byte order mark", e.Message);
    }
}
