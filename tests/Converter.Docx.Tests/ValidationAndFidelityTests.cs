using Xunit;

namespace Converter.Docx.Tests;

public sealed class ValidationAndFidelityTests
{
    public static TheoryData<string, bool> Cases()
    {
        var data = new TheoryData<string, bool>();
        foreach (var name in SampleDocuments.Names)
        {
            data.Add(name, false);
            data.Add(name, true);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Sample_is_valid_and_keeps_the_text_in_reading_order(string name, bool numberClauses)
    {
        var document = SampleDocuments.Get(name);
        // Emit validates: 0 errors from OpenXmlValidator (Office 2019).
        var docx = Docx.Emit(document, new ConverterOptions { NumberClauses = numberClauses, Timestamp = new DateTimeOffset(2025, 9, 22, 9, 0, 0, TimeSpan.FromHours(9)) });
        Fidelity.AssertBodyMatchesReadingOrder(document, docx);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Sample_reports_nothing_unless_it_has_bad_characters(string name, bool numberClauses)
    {
        var docx = Docx.Emit(SampleDocuments.Get(name), new ConverterOptions { NumberClauses = numberClauses });
        if (name == "control-characters") Assert.NotEmpty(docx.Diagnostics);
        else Assert.Empty(docx.Diagnostics);
    }
}
