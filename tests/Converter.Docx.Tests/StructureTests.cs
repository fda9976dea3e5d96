using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Xunit;

namespace Converter.Docx.Tests;

public sealed class StructureTests
{
    [Fact]
    public void Japanese_document_paragraphs_carry_the_expected_styles()
    {
        var docx = Docx.Emit(SampleDocuments.Japanese());
        var styles = docx.Paragraphs().Select(p => p.Style).ToList();
        Assert.Equal(
            ["StatusNote", "Title", "BodyText", "Heading1", "Clause", "Clause", "Heading1", "Clause"],
            styles);
        Assert.Equal("（仮訳）", docx.Paragraphs()[0].Text);
        Assert.Equal("地域及びグローバルな関与の強化", docx.Paragraphs()[3].Text);
    }

    [Fact]
    public void Every_style_used_is_defined_and_headings_have_outline_levels()
    {
        foreach (var name in SampleDocuments.Names)
        {
            var docx = Docx.Emit(SampleDocuments.Get(name));
            docx.Read(word =>
            {
                var defined = word.MainDocumentPart!.StyleDefinitionsPart!.Styles!.Elements<Style>()
                    .ToDictionary(s => s.StyleId!.Value!);
                foreach (var (style, _) in docx.Paragraphs())
                    Assert.True(style is not null && defined.ContainsKey(style), $"{name}: style {style} is not defined");
                for (var level = 1; level <= 3; level++)
                {
                    var heading = defined["Heading" + level];
                    Assert.Equal("heading " + level, heading.StyleName!.Val!.Value);
                    Assert.Equal(level - 1, heading.StyleParagraphProperties!.OutlineLevel!.Val!.Value);
                }
                return 0;
            });
        }
    }

    [Fact]
    public void Japanese_styles_use_IPAex_fonts_and_are_tagged_ja_JP()
    {
        var docx = Docx.Emit(SampleDocuments.Japanese());
        docx.Read(word =>
        {
            var styles = word.MainDocumentPart!.StyleDefinitionsPart!.Styles!;
            var defaults = styles.DocDefaults!.RunPropertiesDefault!.RunPropertiesBaseStyle!;
            Assert.Equal("ja-JP", defaults.Languages!.EastAsia!.Value);
            Assert.Equal("ja-JP", defaults.Languages!.Val!.Value);
            foreach (var style in styles.Elements<Style>())
            {
                var rpr = style.StyleRunProperties!;
                Assert.Equal("ja-JP", rpr.Languages!.Val!.Value);
                Assert.Equal("ja-JP", rpr.Languages!.EastAsia!.Value);
                var expected = style.StyleId!.Value!.StartsWith("Heading", StringComparison.Ordinal) || style.StyleId == "Title" ? "IPAexGothic" : "IPAexMincho";
                Assert.Equal(expected, rpr.RunFonts!.EastAsia!.Value);
                Assert.Equal(expected, rpr.RunFonts!.Ascii!.Value);
                Assert.Equal(expected, rpr.RunFonts!.HighAnsi!.Value);
            }
            Assert.DoesNotContain("en-US", word.MainDocumentPart.StyleDefinitionsPart.Styles!.OuterXml, StringComparison.Ordinal);

            var fonts = word.MainDocumentPart.FontTablePart!.Fonts!.Elements<Font>().ToDictionary(f => f.Name!.Value!);
            Assert.Equal("ＭＳ 明朝", fonts["IPAexMincho"].AltName!.Val!.Value);
            Assert.Equal("ＭＳ ゴシック", fonts["IPAexGothic"].AltName!.Val!.Value);
            return 0;
        });
    }

    [Fact]
    public void English_styles_use_Latin_fonts_and_en_US()
    {
        var docx = Docx.Emit(SampleDocuments.English());
        docx.Read(word =>
        {
            var styles = word.MainDocumentPart!.StyleDefinitionsPart!.Styles!;
            var normal = styles.Elements<Style>().Single(s => s.StyleId == "Normal").StyleRunProperties!;
            Assert.Equal("en-US", normal.Languages!.Val!.Value);
            Assert.Null(normal.Languages.EastAsia);
            Assert.Equal("Times New Roman", normal.RunFonts!.Ascii!.Value);
            var heading = styles.Elements<Style>().Single(s => s.StyleId == "Heading1").StyleRunProperties!;
            Assert.Equal("Arial", heading.RunFonts!.Ascii!.Value);
            Assert.DoesNotContain("ja-JP", styles.OuterXml, StringComparison.Ordinal);
            return 0;
        });
    }

    [Fact]
    public void Page_is_A4_portrait_with_margins()
    {
        var docx = Docx.Emit(SampleDocuments.Japanese());
        docx.Read(word =>
        {
            var section = word.MainDocumentPart!.Document!.Body!.Elements<SectionProperties>().Single();
            var size = section.GetFirstChild<PageSize>()!;
            Assert.Equal(11906u, size.Width!.Value);
            Assert.Equal(16838u, size.Height!.Value);
            var margin = section.GetFirstChild<PageMargin>()!;
            Assert.Equal(1701, margin.Top!.Value);
            Assert.Equal(1417u, margin.Left!.Value);
            return 0;
        });
    }

    [Fact]
    public void Displayed_numbers_are_kept_as_text_before_the_title_or_clause()
    {
        var docx = Docx.Emit(SampleDocuments.English());
        var paragraphs = docx.Paragraphs();
        Assert.Contains(("Heading1", "I. Regional Engagement"), paragraphs);
        Assert.Contains(("Heading2", "A. Indo-Pacific"), paragraphs);
        Assert.Contains(("Clause", "1.\tThe Ministers reaffirmed their commitment."), paragraphs);
        Assert.Contains(("Clause", "(a)\tmaritime security;"), paragraphs);
        Assert.Contains(("Closing", "Done at New York"), paragraphs);
        Assert.Contains(("Subtitle", "New York, 22 September 2025"), paragraphs);

        var japanese = Docx.Emit(SampleDocuments.JapaneseNumbered()).Paragraphs();
        Assert.Contains(("Heading1", "第１章\u3000総則"), japanese);
        Assert.Contains(("Clause", "第一条\u3000この協定は、三か国の協力について定める。"), japanese);
    }

    [Fact]
    public void Caption_is_its_own_paragraph_kept_with_its_clause()
    {
        var docx = Docx.Emit(SampleDocuments.JapaneseNumbered());
        var paragraphs = docx.Paragraphs();
        var index = paragraphs.ToList().FindIndex(p => p.Text == "（目的）");
        Assert.Equal("ClauseCaption", paragraphs[index].Style);
        Assert.StartsWith("第一条", paragraphs[index + 1].Text, StringComparison.Ordinal);
        docx.Read(word =>
        {
            var caption = word.MainDocumentPart!.StyleDefinitionsPart!.Styles!.Elements<Style>().Single(s => s.StyleId == "ClauseCaption");
            Assert.NotNull(caption.StyleParagraphProperties!.KeepNext);
            return 0;
        });
    }

    [Fact]
    public void Nested_items_are_indented_one_level_more()
    {
        var docx = Docx.Emit(SampleDocuments.Deep());
        docx.Read(word =>
        {
            var byText = word.MainDocumentPart!.Document!.Body!.Elements<Paragraph>()
                .ToDictionary(p => p.InnerText, p => p.ParagraphProperties?.Indentation?.Left?.Value);
            Assert.Null(byText["第一の条項。"]);
            Assert.Equal("420", byText["第一の細目。"]);
            Assert.Equal("840", byText["さらに細かい細目。"]);
            return 0;
        });
    }

    [Fact]
    public void Sections_deeper_than_three_levels_keep_their_outline_level()
    {
        var docx = Docx.Emit(SampleDocuments.Deep());
        docx.Read(word =>
        {
            var fourth = word.MainDocumentPart!.Document!.Body!.Elements<Paragraph>().Single(p => p.InnerText == "第四階層");
            Assert.Equal("Heading3", fourth.ParagraphProperties!.ParagraphStyleId!.Val!.Value);
            Assert.Equal(3, fourth.ParagraphProperties.OutlineLevel!.Val!.Value);
            return 0;
        });
    }

    [Fact]
    public void Closing_is_right_aligned_and_status_note_too()
    {
        var docx = Docx.Emit(SampleDocuments.JapaneseNumbered());
        docx.Read(word =>
        {
            var styles = word.MainDocumentPart!.StyleDefinitionsPart!.Styles!.Elements<Style>().ToDictionary(s => s.StyleId!.Value!);
            Assert.Equal(JustificationValues.Right, styles["Closing"].StyleParagraphProperties!.Justification!.Val!.Value);
            Assert.Equal(JustificationValues.Right, styles["StatusNote"].StyleParagraphProperties!.Justification!.Val!.Value);
            return 0;
        });
        Assert.Equal(["令和七年九月二十二日", "ニューヨークにて"],
            docx.Paragraphs().Where(p => p.Style == "Closing").Select(p => p.Text));
    }

    [Fact]
    public void Emitter_describes_its_format()
    {
        var emitter = new DocxEmitter();
        Assert.Equal("docx", emitter.Format);
        Assert.Equal(".docx", emitter.FileExtension);
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", emitter.MediaType);
        Assert.Same(emitter, Converter.Emitters.EmitterRegistry.Core.With(emitter).Get("DOCX"));
    }

    [Fact]
    public void Relationship_ids_are_fixed_names()
    {
        var docx = Docx.Emit(SampleDocuments.Japanese(), new ConverterOptions { NumberClauses = true });
        var ids = docx.Read(word => word.MainDocumentPart!.Parts.Select(p => p.RelationshipId).Order(StringComparer.Ordinal).ToList());
        Assert.Equal(["rIdFontTable", "rIdNumbering", "rIdSettings", "rIdStyles"], ids);
        Assert.Contains("Id=\"rIdDocument\"", docx.Part("_rels/.rels"), StringComparison.Ordinal);
        Assert.Contains("Id=\"rIdCoreProperties\"", docx.Part("_rels/.rels"), StringComparison.Ordinal);
    }
}
