using Converter.Model;
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
    /// A test input's text, decoded by <see cref="FidelityOracle"/> with .NET's encodings from what the file itself
    /// says (byte order mark, <c>.sjis</c> in the name, else UTF-8), and the name of that encoding.
    /// </summary>
    public static (string Text, string Encoding) ReadSource(string path)
    {
        var bytes = File.ReadAllBytes(path);
        var encoding = FidelityOracle.EncodingOfFile(path, bytes);
        return (FidelityOracle.Decode(bytes, encoding), encoding);
    }

    /// <summary>
    /// The fidelity oracle (<see cref="FidelityOracle.Expected"/>): every non-whitespace character of
    /// <paramref name="source"/>, in order, minus the lines the parser removed, each of which must be debris by the
    /// oracle's own rules.
    /// </summary>
    public static string SourceNonWhitespace(string source, Document document)
    {
        var expected = FidelityOracle.Expected(source, document, out var problems);
        Assert.True(problems.Count == 0, "removed lines that are not debris:\n" + string.Join("\n", problems));
        return expected;
    }

    /// <summary>
    /// Asserts the fidelity promise on a parsed document: the model's non-whitespace text equals the source's
    /// (minus removed debris lines), and names the first character where they part.
    /// </summary>
    public static void AssertFaithful(string source, Document document)
    {
        var expected = SourceNonWhitespace(source, document);
        var actual = ReadingOrder.NonWhitespaceText(document);
        if (expected == actual) return;
        var i = 0;
        while (i < Math.Min(expected.Length, actual.Length) && expected[i] == actual[i]) i++;
        Assert.Fail($"fidelity broken at character {i}: source …{Around(expected, i)}… model …{Around(actual, i)}…");
    }

    /// <summary>Up to 40 characters of <paramref name="s"/> around position <paramref name="i"/>.</summary>
    public static string Around(string s, int i) => s.Substring(Math.Max(0, i - 20), Math.Min(40, s.Length - Math.Max(0, i - 20)));
}
