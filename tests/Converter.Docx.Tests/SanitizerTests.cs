using Converter.Model;
using Xunit;

namespace Converter.Docx.Tests;

public sealed class SanitizerTests
{
    [Fact]
    public void Characters_XML_cannot_hold_are_replaced_and_reported_with_code_character_and_place()
    {
        var document = SampleDocuments.ControlCharacters();
        var docx = Docx.Emit(document);
        var paragraphs = docx.Paragraphs();

        Assert.Contains(("Title", "制御文字\uFFFDの試験"), paragraphs);
        Assert.Contains(("BodyText", "前文\uFFFDです\uFFFD。"), paragraphs);
        Assert.Contains(("Clause", "条項\uFFFD\uFFFDテキスト\uFFFD。"), paragraphs);
        // Tab, newline and a valid surrogate pair are kept.
        Assert.Contains(("BodyText", "タブ\tと改行\nと絵文字😀。"), paragraphs);

        var messages = docx.Diagnostics.Select(d => d.Message).ToList();
        Assert.All(docx.Diagnostics, d =>
        {
            Assert.Equal("DOCX001", d.Code);
            Assert.Equal(DiagnosticSeverity.Warning, d.Severity);
        });
        Assert.Contains(messages, m => m.Contains("U+0007", StringComparison.Ordinal) && m.Contains("the title", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.Contains("U+0000", StringComparison.Ordinal) && m.Contains("preamble paragraph 1", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.Contains("U+FFFF", StringComparison.Ordinal) && m.Contains("sec-1", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.Contains("U+0007", StringComparison.Ordinal) && m.Contains("sec-1.cl-3", StringComparison.Ordinal) && m.Contains("2 times", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.Contains("unpaired surrogate U+D800", StringComparison.Ordinal) && m.Contains("sec-1.cl-3", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.Contains("U+DC00", StringComparison.Ordinal) && m.Contains("closing paragraph 1", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.Contains("U+000B", StringComparison.Ordinal) && m.Contains("sec-1.cl-3", StringComparison.Ordinal));
        Assert.Equal(9, docx.Diagnostics.Count);

        // The core properties' title is cleaned too, without a second report.
        Assert.Contains("制御文字\uFFFDの試験", docx.Part("docProps/core.xml"), StringComparison.Ordinal);
    }

    [Fact]
    public void Clean_text_is_returned_unchanged()
    {
        var sanitizer = new XmlTextSanitizer();
        const string text = "日本語 text\twith 😀";
        Assert.Same(text, sanitizer.Clean(text, "x", null));
        Assert.Empty(sanitizer.Diagnostics);
    }
}
