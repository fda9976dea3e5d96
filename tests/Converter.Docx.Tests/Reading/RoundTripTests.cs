using System.Text;
using Converter.Model;
using Converter.Testing;
using Xunit;
using static Converter.Docx.Tests.Reading.WordFile;

namespace Converter.Docx.Tests.Reading;

/// <summary>
/// Text → model → our .docx → model gives the same structure and text as the direct parse, for the seed and every
/// test document; and every non-whitespace character of the Word body appears once, in order, in the model.
/// </summary>
public sealed class RoundTripTests
{
    public static TheoryData<string> Inputs()
    {
        var data = new TheoryData<string>();
        foreach (var f in Corpus.TextInputs()) data.Add(Path.GetRelativePath(RepositoryFiles.Root, f));
        return data;
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Our_docx_reads_back_to_the_direct_parse(string input)
    {
        var direct = DocumentConverter.ParseFile(Path.Combine(RepositoryFiles.Root, input));
        var docx = Docx.Emit(direct);
        var read = Read(docx.Bytes, Path.ChangeExtension(Path.GetFileName(input), ".docx"));

        Assert.Equal(Outline(direct), Outline(read));
        Assert.Equal(NonWhitespace(docx.BodyText()), ReadingOrder.NonWhitespaceText(read));
        Assert.Equal("docx", read.Metadata.Encoding);
        Assert.All(read.AllClauses(), c => Assert.Equal(SourceUnit.Paragraph, c.Span.Unit));
    }

    [Fact]
    public void Spans_name_the_paragraphs_of_the_body()
    {
        var direct = DocumentConverter.ParseFile(RepositoryFiles.SeedPath);
        var read = Read(Docx.Emit(direct).Bytes);
        // The seed's docx: status note, title, then the preamble paragraph; each node names its paragraph.
        Assert.Equal(SourceSpan.Paragraphs(1, 1), read.Heading.StatusNote!.Span);
        Assert.Equal(SourceSpan.Paragraphs(2, 2), read.Heading.Title.Span);
        var first = read.Sections[0];
        Assert.Equal(first.Span.StartLine, read.Preamble[^1].Span.EndLine + 1);
        Assert.Equal(first.Clauses[^1].Span.EndLine, first.Span.EndLine);
        Assert.Equal(read.Metadata.LineCount, read.Sections[^1].Span.EndLine + read.Closing.Length);
    }

    internal static string NonWhitespace(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
            if (!char.IsWhiteSpace(c)) sb.Append(c);
        return sb.ToString();
    }
}

/// <summary>The test documents and the shared corpus of real documents.</summary>
internal static class Corpus
{
    public static IEnumerable<string> TextInputs()
    {
        yield return RepositoryFiles.SeedPath;
        var folder = RepositoryFiles.PathOf("tests", "Converter.Tests", "documents");
        foreach (var f in Directory.GetFiles(folder, "*.txt").Where(f => !f.EndsWith(".expected.txt", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
            yield return f;
    }

    /// <summary>The shared corpus (<c>../shared/corpus</c> beside the repository, or above a worktree), or <c>null</c>.</summary>
    public static string? SharedFolder(string sub)
    {
        for (var dir = new DirectoryInfo(RepositoryFiles.Root).Parent; dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "corpus", sub);
            if (Directory.Exists(candidate)) return candidate;
        }
        return null;
    }
}
