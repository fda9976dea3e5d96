using Converter.Model;
using Converter.Tests.Support;

namespace Converter.Tests.Parsing;

/// <summary>The core promise: every non-whitespace source character appears once, in order, in the model.</summary>
public sealed class FidelityTests
{
    public static TheoryData<string> Inputs => TestDocuments.AllInputNames();

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Model_holds_every_source_character_in_order(string relativePath)
    {
        var path = TestDocuments.Full(relativePath);
        var bytes = File.ReadAllBytes(path);
        var document = DocumentConverter.ParseFile(path);
        TestDocuments.AssertFaithful(bytes, document);
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Removed_lines_are_recorded_with_their_text(string relativePath)
    {
        var path = TestDocuments.Full(relativePath);
        var document = DocumentConverter.ParseFile(path);
        var lines = File.ReadAllText(path).Split('\n');
        foreach (var removed in document.RemovedLines)
            Assert.Contains(removed.Text, lines[removed.Line - 1]);
    }

    [Fact]
    public void Fidelity_check_detects_a_lost_character()
    {
        // Guard against a vacuous oracle: dropping one character from the model must be caught.
        var document = TestDocuments.ParseSeed();
        var damaged = document with
        {
            Preamble = [document.Preamble[0] with { Text = document.Preamble[0].Text.Remove(3, 1) }],
        };
        var source = TestDocuments.SourceNonWhitespace(File.ReadAllBytes(Converter.Testing.RepositoryFiles.SeedPath), document);
        Assert.NotEqual(source, ReadingOrder.NonWhitespaceText(damaged));
        Assert.Equal(source, ReadingOrder.NonWhitespaceText(document));
    }

}
