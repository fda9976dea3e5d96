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
}
