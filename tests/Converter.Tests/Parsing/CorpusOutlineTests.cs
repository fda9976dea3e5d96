using Converter.Tests.Support;

namespace Converter.Tests.Parsing;

/// <summary>
/// Each realistic document in documents/ against its hand-written expected outline (written from reading
/// the text, not from running the parser).
/// </summary>
public sealed class CorpusOutlineTests
{
    public static TheoryData<string> Documents()
    {
        var data = new TheoryData<string>();
        foreach (var f in TestDocuments.AllInputs().Skip(1)) data.Add(Path.GetFileName(f));
        return data;
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void Structure_matches_the_expected_outline(string name)
    {
        var path = Path.Combine(TestDocuments.DocumentsFolder, name);
        var expectedPath = Path.Combine(TestDocuments.DocumentsFolder, name[..^4] + ".expected.txt");
        var expected = File.ReadAllText(expectedPath).Replace("\r\n", "\n");
        var actual = Outline.Render(DocumentConverter.ParseFile(path));
        Assert.Equal(expected, actual);
    }
}
