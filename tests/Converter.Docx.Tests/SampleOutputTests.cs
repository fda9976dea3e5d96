using Converter.Testing;
using Xunit;

namespace Converter.Docx.Tests;

/// <summary>
/// Writes the seed and every sample document as .docx files through the path overload. With
/// <c>DOCX_SAMPLES_DIR</c> set the files are kept there (tests/render-docx.sh uses this to get files to
/// render); otherwise they go to a temporary folder that is removed.
/// </summary>
public sealed class SampleOutputTests
{
    public const string DirectoryVariable = "DOCX_SAMPLES_DIR";

    [Fact]
    public void Writes_seed_and_samples_as_valid_files()
    {
        var keep = Environment.GetEnvironmentVariable(DirectoryVariable);
        var directory = string.IsNullOrEmpty(keep) ? Directory.CreateTempSubdirectory("docx-samples-").FullName : Directory.CreateDirectory(keep).FullName;
        try
        {
            var documents = SampleDocuments.Names.Select(n => (Name: n, Document: SampleDocuments.Get(n)))
                .Prepend(("seed", DocumentConverter.ParseFile(RepositoryFiles.SeedPath)));
            foreach (var (name, document) in documents)
            {
                foreach (var numbered in new[] { false, true })
                {
                    var path = Path.Combine(directory, numbered ? $"{name}.numbered.docx" : $"{name}.docx");
                    document.ToDocx(path, new ConverterOptions { NumberClauses = numbered });
                    Docx.AssertValid(File.ReadAllBytes(path));
                }
            }
        }
        finally
        {
            if (string.IsNullOrEmpty(keep)) Directory.Delete(directory, recursive: true);
        }
    }
}
