using Converter.AkomaNtoso;
using Converter.Cli;
using Converter.Html;
using Converter.Testing;

namespace Converter.Tests.Cli;

/// <summary><c>--to akn</c> and <c>--to html</c>: registered, written by the batch beside the other formats, and to standard output.</summary>
public sealed class MarkupFormatTests : CliTestBase
{
    [Theory]
    [InlineData("akn", typeof(AknEmitter))]
    [InlineData("html", typeof(HtmlEmitter))]
    public void The_registry_and_the_help_name_the_format(string format, Type emitter)
    {
        Assert.Contains(format, CliApp.Registry.Formats);
        Assert.IsType(emitter, CliApp.Registry.Get(format.ToUpperInvariant()));
        Assert.Contains(format, Run("convert", "--help").Out, StringComparison.Ordinal);
    }

    [Fact]
    public void A_batch_writes_the_emitters_bytes_for_every_input()
    {
        var inputs = TestInputs.All().Take(3).ToList();
        var (code, _, err) = Run(["convert", .. inputs, "--to", "json,akn,html", "-o", Dir, "-q"]);
        Assert.True(code == 0, err);
        foreach (var input in inputs)
        {
            var document = DocumentConverter.ParseFile(input);
            var stem = Path.Combine(Dir, Path.GetFileNameWithoutExtension(input));
            Assert.Equal(Emit(new AknEmitter(), document), File.ReadAllBytes(stem + ".akn.xml"));
            Assert.Equal(Emit(new HtmlEmitter(), document), File.ReadAllBytes(stem + ".html"));
            Assert.True(File.Exists(stem + ".json"));
        }
        Assert.Empty(Directory.GetFiles(Dir, "*.tmp", SearchOption.AllDirectories));
    }

    private static byte[] Emit(Converter.Emitters.IDocumentEmitter emitter, Model.Document document)
    {
        using var stream = new MemoryStream();
        emitter.Write(document, stream, ConverterOptions.Default);
        return stream.ToArray();
    }
}
