using System.Text;
using Converter.Model;
using Converter.Parsing;
using Converter.Testing;

namespace Converter.Tests.Support;

/// <summary>The seed and the realistic test documents under tests/Converter.Tests/documents/.</summary>
public static class TestDocuments
{
    public static string DocumentsFolder => RepositoryFiles.PathOf("tests", "Converter.Tests", "documents");

    /// <summary>Every test input: the seed plus each documents/*.txt (expected outlines excluded).</summary>
    public static IEnumerable<string> AllInputs()
    {
        yield return RepositoryFiles.SeedPath;
        if (!Directory.Exists(DocumentsFolder)) yield break;
        foreach (var f in Directory.GetFiles(DocumentsFolder, "*.txt").Where(f => !f.EndsWith(".expected.txt", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
            yield return f;
    }

    public static TheoryData<string> AllInputNames()
    {
        var data = new TheoryData<string>();
        foreach (var f in AllInputs()) data.Add(Path.GetRelativePath(RepositoryFiles.Root, f));
        return data;
    }

    public static string Full(string relative) => Path.Combine(RepositoryFiles.Root, relative);

    public static Document ParseSeed() => DocumentConverter.ParseFile(RepositoryFiles.SeedPath);

    /// <summary>
    /// The fidelity oracle: every non-whitespace character of the decoded source, in order, minus the lines
    /// the parser recorded as removed debris.
    /// </summary>
    public static string SourceNonWhitespace(byte[] bytes, Document document)
    {
        var text = TextDecoder.Decode(bytes, "test").Text;
        var removed = document.RemovedLines.Select(r => r.Line).ToHashSet();
        var sb = new StringBuilder();
        var lineNo = 0;
        foreach (var line in LineClassifier.Classify(text))
        {
            lineNo = line.Number;
            if (removed.Contains(lineNo)) continue;
            foreach (var c in line.Indent + line.Content)
                if (!char.IsWhiteSpace(c)) sb.Append(c);
        }
        return sb.ToString();
    }

    /// <summary>
    /// Asserts the fidelity promise on a parsed document: the model's non-whitespace text equals the source's
    /// (minus recorded removed lines), and names the first character where they part.
    /// </summary>
    public static void AssertFaithful(byte[] bytes, Document document)
    {
        var expected = SourceNonWhitespace(bytes, document);
        var actual = ReadingOrder.NonWhitespaceText(document);
        if (expected == actual) return;
        var i = 0;
        while (i < Math.Min(expected.Length, actual.Length) && expected[i] == actual[i]) i++;
        Assert.Fail($"fidelity broken at character {i}: source …{Around(expected, i)}… model …{Around(actual, i)}…");
    }

    /// <summary>Up to 40 characters of <paramref name="s"/> around position <paramref name="i"/>.</summary>
    public static string Around(string s, int i) => s.Substring(Math.Max(0, i - 20), Math.Min(40, s.Length - Math.Max(0, i - 20)));
}
