using Converter.Testing;
using Converter.Tests.Cli;

namespace Converter.Tests.Reliability;

/// <summary>
/// What a killed converter leaves behind (hidden temporaries, never partial outputs) is cleaned by the next run.
/// The kill itself is exercised by tests/reliability/kill-test.sh.
/// </summary>
public sealed class CrashSafetyTests : CliTestBase
{
    [Fact]
    public void The_next_run_removes_temporaries_of_dead_processes_only()
    {
        var outDir = Path.Combine(Dir, "out");
        Directory.CreateDirectory(outDir);
        var dead = Path.Combine(outDir, ".seed.json.99999999.7.tmp");   // beyond any pid_max: that process is gone
        var alive = Path.Combine(outDir, $".seed.docx.{Environment.ProcessId}.1.tmp"); // a running writer's
        var foreign = Path.Combine(outDir, ".notes.tmp");                   // not our naming pattern
        var other = Path.Combine(outDir, "keep.99999999.1.tmp");            // not hidden: not ours either
        foreach (var f in new[] { dead, alive, foreign, other }) File.WriteAllText(f, "partial");

        var input = Path.Combine(Dir, "seed.txt");
        File.Copy(RepositoryFiles.SeedPath, input);
        Assert.Equal(0, Run("convert", input, "-o", outDir).Code);

        Assert.False(File.Exists(dead));
        Assert.True(File.Exists(alive));
        Assert.True(File.Exists(foreign));
        Assert.True(File.Exists(other));
        Assert.True(File.Exists(Path.Combine(outDir, "seed.json")));
    }

    [Fact]
    public void A_failing_writer_leaves_neither_output_nor_temporary()
    {
        var path = Path.Combine(Dir, "out", "doc.json");
        File.WriteAllText(Path.Combine(Dir, "marker"), "");
        Assert.Throws<InvalidOperationException>(() =>
            Converter.IO.AtomicFile.Write(path, s =>
            {
                s.Write(new byte[100_000]);
                throw new InvalidOperationException("writer failed half-way");
            }));
        Assert.False(File.Exists(path));
        Assert.Empty(Directory.GetFiles(Path.Combine(Dir, "out"), "*", SearchOption.AllDirectories));
    }

    private sealed class FailingEmitter : Converter.Emitters.IDocumentEmitter
    {
        public string Format => "failing";
        public string FileExtension => ".failing";
        public string MediaType => "application/x-failing";

        public IReadOnlyList<Converter.Model.Diagnostic> Write(Converter.Model.Document document, Stream output, ConverterOptions options)
        {
            output.Write(new byte[100_000]);
            throw new InvalidOperationException("emitter failed half-way");
        }
    }

    [Fact]
    public void Writing_a_document_to_a_file_gives_the_stream_bytes_and_a_failure_keeps_the_previous_file()
    {
        var document = DocumentConverter.ParseFile(RepositoryFiles.SeedPath);
        var path = Path.Combine(Dir, "out", "doc.json");
        Assert.Empty(document.WriteFile("json", path));
        Assert.Equal(System.Text.Encoding.UTF8.GetBytes(document.ToJson()), File.ReadAllBytes(path));

        Assert.Throws<InvalidOperationException>(() => document.WriteFile(new FailingEmitter(), path));
        Assert.Equal(System.Text.Encoding.UTF8.GetBytes(document.ToJson()), File.ReadAllBytes(path));
        Assert.Equal(["doc.json"], Directory.GetFiles(Path.Combine(Dir, "out")).Select(Path.GetFileName));
    }

    [Fact]
    public void A_document_whose_last_format_fails_keeps_the_previous_outputs_of_every_format()
    {
        var out_ = Path.Combine(Dir, "out");
        Directory.CreateDirectory(out_);
        var json = Path.Combine(out_, "doc.json");
        var pdf = Path.Combine(out_, "doc.pdf");
        File.WriteAllText(json, "previous json");
        Assert.Throws<InvalidOperationException>(() =>
            Converter.IO.AtomicFile.WriteAll(
            [
                (json, s => s.Write("new json"u8)),
                (pdf, s =>
                {
                    s.Write(new byte[100_000]);
                    throw new InvalidOperationException("the PDF emitter failed");
                }),
            ]));
        Assert.Equal("previous json", File.ReadAllText(json));
        Assert.False(File.Exists(pdf));
        Assert.Equal([json], Directory.GetFiles(out_, "*", SearchOption.AllDirectories));
    }

    [Fact]
    public void Files_written_together_all_arrive()
    {
        var paths = new[] { Path.Combine(Dir, "a", "doc.json"), Path.Combine(Dir, "a", "doc.docx") };
        Converter.IO.AtomicFile.WriteAll([(paths[0], s => s.Write("1"u8)), (paths[1], s => s.Write("2"u8))]);
        Assert.Equal("1", File.ReadAllText(paths[0]));
        Assert.Equal("2", File.ReadAllText(paths[1]));
        Assert.Equal(2, Directory.GetFiles(Path.Combine(Dir, "a")).Length);
    }
}
