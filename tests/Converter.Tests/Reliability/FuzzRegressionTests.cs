using Converter.Cli;
using Converter.Model;
using Converter.Testing;
using Converter.Tests.Support;

namespace Converter.Tests.Reliability;

/// <summary>
/// Every input the fuzzers (tests/fuzz/run.sh) found crashing is kept in tests/fuzz/regressions/{parse,fidelity,json}/
/// and must now give either a document (that keeps every character) or a <see cref="ConversionException"/>,
/// through the library and the CLI. (fidelity/: a caption line before a number-only article line that became a
/// section heading moved behind it in reading order; fixed in StructureBuilder.)
/// </summary>
public sealed class FuzzRegressionTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("converter-fuzzreg-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static string Folder(string harness) => RepositoryFiles.PathOf("tests", "fuzz", "regressions", harness);

    // Every finding is a row: no placeholder row for an empty folder (an empty theory fails instead of passing unseen).
    private static TheoryData<string> Files(params string[] harnesses)
    {
        var data = new TheoryData<string>();
        foreach (var harness in harnesses)
            foreach (var f in Directory.GetFiles(Folder(harness)).Where(f => !Path.GetFileName(f).StartsWith('.')).Order(StringComparer.Ordinal))
                data.Add(harness + "/" + Path.GetFileName(f));
        return data;
    }

    /// <summary>Findings of the parse and fidelity harnesses: text inputs (parse/ holds none at the moment).</summary>
    public static TheoryData<string> TextFindings => Files("parse", "fidelity");

    public static TheoryData<string> JsonFindings => Files("json");

    [Theory]
    [MemberData(nameof(TextFindings))]
    public void Text_finding_gives_a_document_that_keeps_every_character_or_a_conversion_error(string finding) =>
        AssertParsesFaithfully(Path.Combine(RepositoryFiles.PathOf("tests", "fuzz", "regressions"), finding));

    private static void AssertParsesFaithfully(string path)
    {
        var name = Path.GetFileName(path);
        var bytes = File.ReadAllBytes(path);
        var (source, _) = TestDocuments.ReadSource(path);
        Document document;
        try
        {
            document = DocumentConverter.Parse(bytes, name);
        }
        catch (ConversionException)
        {
            return;
        }
        TestDocuments.AssertFaithful(source, document);
        Assert.Equal(document.ToJson(), DocumentConverter.FromJson(document.ToJson()).ToJson());
    }

    [Theory]
    [MemberData(nameof(JsonFindings))]
    public void Json_finding_is_rejected_as_invalid_json_by_reader_convert_and_validate(string finding)
    {
        var path = Path.Combine(RepositoryFiles.PathOf("tests", "fuzz", "regressions"), finding);
        var name = Path.GetFileName(path);
        var bytes = File.ReadAllBytes(path);

        var e = Assert.Throws<ConversionException>(() => DocumentConverter.FromJson(new MemoryStream(bytes), name));
        Assert.Equal(ConversionErrorKind.InvalidJson, e.Kind);
        Assert.Contains("malformed JSON", e.Message);
        Assert.Equal(ConversionErrorKind.InvalidJson, Assert.Throws<ConversionException>(() => DocumentConverter.Load(bytes, name)).Kind);

        var stdout = new StringWriter();
        var stderr = new StringWriter();
        Assert.Equal(ExitCodes.InputInvalid, CliApp.Run(["convert", path, "-o", Path.Combine(_dir, "out")], stdout, stderr));
        Assert.Single(stderr.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.False(Directory.Exists(Path.Combine(_dir, "out")) && Directory.EnumerateFileSystemEntries(Path.Combine(_dir, "out")).Any());

        stdout = new StringWriter();
        Assert.Equal(ExitCodes.ValidationFailed, CliApp.Run(["validate", path], stdout, new StringWriter()));
        Assert.Contains("malformed JSON", stdout.ToString());
    }
}
