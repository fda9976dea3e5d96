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
        var (source, encoding) = TestDocuments.ReadSource(path);
        var document = DocumentConverter.ParseFile(path);
        Assert.Equal(encoding, document.Metadata.Encoding);
        TestDocuments.AssertFaithful(source, document);
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Removed_lines_are_recorded_with_their_text_and_are_debris(string relativePath)
    {
        var path = TestDocuments.Full(relativePath);
        var document = DocumentConverter.ParseFile(path);
        var lines = FidelityOracle.Lines(TestDocuments.ReadSource(path).Text);
        foreach (var removed in document.RemovedLines)
            Assert.Null(FidelityOracle.WhyNotDebris(lines, removed));
    }

    [Fact]
    public void The_oracle_refuses_a_content_line_reported_as_debris()
    {
        // Guard against trusting the parser's list: a removed line that is text, not debris, must be caught.
        var document = TestDocuments.ParseSeed();
        var source = TestDocuments.ReadSource(Converter.Testing.RepositoryFiles.SeedPath).Text;
        var lines = FidelityOracle.Lines(source);
        var content = lines.FindIndex(l => l.Trim().Length > 10) + 1;
        foreach (var kind in Enum.GetValues<RemovedLineKind>())
        {
            var lying = document with { RemovedLines = [new RemovedLine(content, kind, lines[content - 1].Trim())] };
            FidelityOracle.Expected(source, lying, out var problems);
            Assert.Single(problems);
        }
    }

    [Theory]
    [InlineData("Title\n\n- 3 -\nBody\n", 3, RemovedLineKind.PageNumber)]
    [InlineData("Title\n\nPage 12\nBody\n", 3, RemovedLineKind.PageNumber)]
    [InlineData("Title\n\n４ / １２\nBody\n", 3, RemovedLineKind.PageNumber)]
    [InlineData("Title\n\n\f7\nBody\n", 3, RemovedLineKind.PageNumber)]
    [InlineData("Title\n\n* * *\nBody\n", 3, RemovedLineKind.Separator)]
    [InlineData("Title\n\nBody\n###\n", 4, RemovedLineKind.EndMarker)]
    [InlineData("Head\nBody one\n- 1 -\n\fHead\nBody two\n", 4, RemovedLineKind.RunningHeader)]
    public void The_oracle_accepts_documented_debris(string text, int line, RemovedLineKind kind)
    {
        var lines = FidelityOracle.Lines(text);
        Assert.Null(FidelityOracle.WhyNotDebris(lines, new RemovedLine(line, kind, lines[line - 1].Trim().Trim('\f'))));
    }

    [Theory]
    [InlineData("Title\n\n7\nBody\n", 3, RemovedLineKind.PageNumber)]        // a bare number with no page edge
    [InlineData("Title\n\n- - text\nBody\n", 3, RemovedLineKind.Separator)]
    [InlineData("Head\nBody one\nHead\nBody two\n", 3, RemovedLineKind.RunningHeader)] // repeated, not at a page edge
    [InlineData("Head\nBody one\n- 1 -\nOther\n", 1, RemovedLineKind.RunningHeader)]    // at an edge, not repeated
    public void The_oracle_refuses_what_only_looks_like_debris(string text, int line, RemovedLineKind kind)
    {
        var lines = FidelityOracle.Lines(text);
        Assert.NotNull(FidelityOracle.WhyNotDebris(lines, new RemovedLine(line, kind, lines[line - 1].Trim())));
    }

    // Known parser bug (DebrisFilter treats every gap of three blank lines as a page edge, and in the seed's layout every
    // paragraph gap is three: blank, " ", blank), so a line that repeats is removed as a running header and its text is
    // lost. Found by FidelityOracle once it stopped trusting the parser's list; left for the parser rewrite.
    [Theory]
    [InlineData("日英首脳共同声明", "令和７年９月２２日", "１．両国は協力を確認した。", "令和７年９月２２日")] // the date under the title and in the closing
    [InlineData("共同声明", "概要", "１．第一の段落。", "概要", "２．第二の段落。")]                             // two sections with the same heading
    public void A_line_repeated_in_the_seed_layout_is_content_not_a_running_header(params string[] paragraphs)
    {
        var text = string.Concat(paragraphs.Select(p => p + " \n\n \n\n"));
        TestDocuments.AssertFaithful(text, DocumentConverter.Parse(text, "seed-layout.txt"));
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
        var source = TestDocuments.SourceNonWhitespace(TestDocuments.ReadSource(Converter.Testing.RepositoryFiles.SeedPath).Text, document);
        Assert.NotEqual(source, ReadingOrder.NonWhitespaceText(damaged));
        Assert.Equal(source, ReadingOrder.NonWhitespaceText(document));
    }

}
