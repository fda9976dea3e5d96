using Converter.Model;
using Xunit;

namespace Converter.Pdf.Tests;

/// <summary>User font files: only single TrueType (glyf) fonts are accepted; anything else is a clear ConversionException.</summary>
public sealed class FontOptionTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("converter-pdf-fonts-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private static byte[] Header(string tag, int tables = 0) =>
        [.. System.Text.Encoding.ASCII.GetBytes(tag), 0, (byte)tables, 0, 0, 0, 0, 0, 0, .. new byte[64]];

    public static TheoryData<string, string, string> BadFonts => new()
    {
        { "collection.ttc", "ttcf", "collection" },
        { "postscript.otf", "OTTO", "CFF" },
        { "garbage.ttf", "GIF8", "not a TrueType font" },
    };

    [Theory]
    [MemberData(nameof(BadFonts))]
    public void Unusable_font_files_are_rejected_with_a_clear_message(string file, string tag, string reason)
    {
        var path = Write(file, Header(tag));
        foreach (var options in new[] { Seed.Options with { BodyFontPath = path }, Seed.Options with { HeadingFontPath = path } })
        {
            var e = Assert.Throws<ConversionException>(() => Seed.Render(Seed.Document, options));
            Assert.Equal(ConversionErrorKind.InvalidOption, e.Kind);
            Assert.Contains(path, e.Message, StringComparison.Ordinal);
            Assert.Contains(reason, e.Message, StringComparison.Ordinal);
            Assert.Contains(".ttf", e.Message, StringComparison.Ordinal);
            Assert.Equal(path, e.File);
        }
    }

    [Fact]
    public void A_TrueType_file_with_a_CFF_table_is_rejected()
    {
        // sfnt version 1.0 with one table record, 'CFF '.
        var bytes = new byte[64];
        bytes[1] = 1; bytes[5] = 1;
        System.Text.Encoding.ASCII.GetBytes("CFF ").CopyTo(bytes, 12);
        bytes[27] = 28; bytes[31] = 4; // offset 28, length 4
        var e = Assert.Throws<ConversionException>(() => Seed.Render(Seed.Document, Seed.Options with { BodyFontPath = Write("cff.ttf", bytes) }));
        Assert.Contains("CFF", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_font_file_is_an_invalid_option()
    {
        var path = Path.Combine(_dir, "nope.ttf");
        var e = Assert.Throws<ConversionException>(() => Seed.Render(Seed.Document, Seed.Options with { BodyFontPath = path }));
        Assert.Equal(ConversionErrorKind.InvalidOption, e.Kind);
        Assert.Contains("nope.ttf", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_real_TrueType_file_by_path_is_used()
    {
        var bundled = Converter.Testing.RepositoryFiles.PathOf("src", "Converter.Pdf", "Fonts", "ipaexg.ttf");
        var path = Write("body.ttf", File.ReadAllBytes(bundled));
        var pdf = Seed.Render(Seed.Document, Seed.Options with { BodyFontPath = path });
        var text = System.Text.Encoding.Latin1.GetString(pdf);
        Assert.DoesNotContain("IPAexMincho", text, StringComparison.Ordinal); // body now in Gothic
        Assert.Equal(PdfReadBack.Squash(string.Concat(ReadingOrder.Pieces(Seed.Document).Select(p => p.Text))),
            PdfReadBack.Squash(string.Concat(PdfReadBack.PageTexts(pdf))));
    }

    [Fact]
    public void A_character_without_a_glyph_is_a_diagnostic_and_drawn_as_a_geta_mark()
    {
        var document = DocumentConverter.Parse("共同声明\n\n閣僚は、絵文字😀を含む文を確認した。\n", "emoji.txt");
        using var stream = new MemoryStream();
        var diagnostics = document.ToPdf(stream, Seed.Options);
        var d = Assert.Single(diagnostics);
        Assert.Equal("PDF001", d.Code);
        Assert.Equal(DiagnosticSeverity.Warning, d.Severity);
        Assert.Contains("U+1F600", d.Message, StringComparison.Ordinal);
        Assert.Contains("〓", string.Concat(PdfReadBack.PageTexts(stream.ToArray())), StringComparison.Ordinal);
    }

    [Fact]
    public void Layout_names_the_node_of_a_missing_character()
    {
        var clause = Seed.Document.AllClauses().First();
        var missing = char.ConvertToUtf32(clause.Text, 0);
        Layout.DocumentLayouter.Compose(Seed.Document, Seed.Options, FakeFont.Palette(missing), Layout.PageStyle.Default, out var diagnostics);
        var d = Assert.Single(diagnostics, x => x.Message.Contains(clause.Id, StringComparison.Ordinal));
        Assert.Equal("PDF001", d.Code);
        Assert.Contains($"U+{missing:X4}", d.Message, StringComparison.Ordinal);
        Assert.Equal(clause.Span, d.Span);
    }
}
