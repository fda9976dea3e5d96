using DocumentFormat.OpenXml.Wordprocessing;
using Xunit;

namespace Converter.Docx.Tests;

public sealed class NumberingTests
{
    [Fact]
    public void Without_the_option_there_is_no_numbering_part_and_no_added_numbers()
    {
        var docx = Docx.Emit(SampleDocuments.Japanese());
        Assert.Null(docx.Part("word/numbering.xml"));
        Assert.DoesNotContain(docx.Paragraphs(), p => char.IsAsciiDigit(p.Text.FirstOrDefault()));
        docx.Read(word =>
        {
            Assert.Empty(word.MainDocumentPart!.Document!.Body!.Descendants<NumberingProperties>());
            return 0;
        });
    }

    [Fact]
    public void With_the_option_unnumbered_clauses_use_a_real_numbering_definition_restarting_per_section()
    {
        var docx = Docx.Emit(SampleDocuments.Japanese(), new ConverterOptions { NumberClauses = true });
        docx.Read(word =>
        {
            var numbering = word.MainDocumentPart!.NumberingDefinitionsPart!.Numbering!;
            var level0 = numbering.Elements<AbstractNum>().Single().Elements<Level>().First();
            Assert.Equal(NumberFormatValues.Decimal, level0.NumberingFormat!.Val!.Value);
            Assert.Equal("%1.", level0.LevelText!.Val!.Value);

            var clauses = word.MainDocumentPart.Document!.Body!.Elements<Paragraph>()
                .Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val == "Clause").ToList();
            Assert.Equal(3, clauses.Count);
            var numIds = clauses.Select(p => p.ParagraphProperties!.NumberingProperties!.NumberingId!.Val!.Value).ToList();
            // Two clauses in section 1 share a list; section 2 starts its own, restarting at 1.
            Assert.Equal([1, 1, 2], numIds);
            Assert.All(clauses, p => Assert.Equal(0, p.ParagraphProperties!.NumberingProperties!.NumberingLevelReference!.Val!.Value));
            foreach (var instance in numbering.Elements<NumberingInstance>())
                Assert.Equal(1, instance.GetFirstChild<LevelOverride>()!.StartOverrideNumberingValue!.Val!.Value);
            return 0;
        });
        // The numbers are Word's, not typed text.
        Assert.Equal("閣僚は、三か国海上保安機関協力を歓迎した。", docx.Paragraphs()[5].Text);
    }

    [Fact]
    public void Displayed_numbers_are_never_doubled_by_Word_numbering()
    {
        var docx = Docx.Emit(SampleDocuments.English(), new ConverterOptions { NumberClauses = true });
        docx.Read(word =>
        {
            foreach (var p in word.MainDocumentPart!.Document!.Body!.Elements<Paragraph>())
            {
                var numbered = p.ParagraphProperties?.NumberingProperties is not null;
                var text = p.InnerText;
                if (text.StartsWith("1.", StringComparison.Ordinal) || text.StartsWith("(a)", StringComparison.Ordinal))
                    Assert.False(numbered, text);
            }
            // Only the two clauses without a displayed number are numbered by Word.
            Assert.Equal(2, word.MainDocumentPart.Document.Body.Descendants<NumberingProperties>().Count());
            return 0;
        });
    }

    [Fact]
    public void Items_of_numbered_clauses_continue_one_level_down_and_items_of_displayed_numbers_start_a_list()
    {
        var docx = Docx.Emit(SampleDocuments.Deep(), new ConverterOptions { NumberClauses = true });
        docx.Read(word =>
        {
            var numbered = word.MainDocumentPart!.Document!.Body!.Elements<Paragraph>()
                .Where(p => p.ParagraphProperties?.NumberingProperties is not null)
                .ToDictionary(p => p.InnerText, p => (
                    Num: p.ParagraphProperties!.NumberingProperties!.NumberingId!.Val!.Value,
                    Level: p.ParagraphProperties.NumberingProperties.NumberingLevelReference!.Val!.Value));
            Assert.Equal((1, 0), numbered["第一の条項。"]);
            Assert.Equal((1, 1), numbered["第一の細目。"]);
            Assert.Equal((1, 2), numbered["さらに細かい細目。"]);
            Assert.Equal((1, 1), numbered["第二の細目。"]);
            Assert.DoesNotContain("２．\u3000第二の条項。", numbered.Keys);
            // The parent shows its own number, so its item starts a fresh list at level 1.
            var own = numbered["番号のある条項の細目。"];
            Assert.Equal(1, own.Level);
            Assert.NotEqual(1, own.Num);
            var overrideLevel = word.MainDocumentPart.NumberingDefinitionsPart!.Numbering!.Elements<NumberingInstance>()
                .Single(n => n.NumberID!.Value == own.Num).GetFirstChild<LevelOverride>()!.LevelIndex!.Value;
            Assert.Equal(1, overrideLevel);
            return 0;
        });
    }
}
