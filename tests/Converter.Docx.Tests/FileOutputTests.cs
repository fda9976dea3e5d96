using Xunit;

namespace Converter.Docx.Tests;

public sealed class FileOutputTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("docx-tests-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void Writing_to_a_path_replaces_the_file_and_leaves_no_temporary_file()
    {
        var path = Path.Combine(_directory, "out.docx");
        File.WriteAllText(path, "old");
        var diagnostics = SampleDocuments.Japanese().ToDocx(path);
        Assert.Empty(diagnostics);
        var bytes = File.ReadAllBytes(path);
        Docx.AssertValid(bytes);
        Assert.Equal(Docx.Emit(SampleDocuments.Japanese()).Bytes, bytes);
        Assert.Equal(["out.docx"], Directory.GetFiles(_directory).Select(Path.GetFileName));
    }

    [Fact]
    public void An_unwritable_destination_is_a_conversion_error_and_leaves_nothing_behind()
    {
        // A path whose "directory" is a file cannot be created or written.
        var blocker = Path.Combine(_directory, "blocker");
        File.WriteAllText(blocker, "not a directory");
        var path = Path.Combine(blocker, "out.docx");
        var error = Assert.Throws<ConversionException>(() => SampleDocuments.Japanese().ToDocx(path));
        Assert.Equal(ConversionErrorKind.OutputFailed, error.Kind);
        Assert.Equal(path, error.File);
        Assert.Equal([blocker], Directory.GetFileSystemEntries(_directory));
    }
}
