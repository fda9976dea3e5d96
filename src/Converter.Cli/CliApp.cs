using System.CommandLine;
using Converter.Cli.Commands;
using Converter.Emitters;

namespace Converter.Cli;

/// <summary>Builds the command tree and runs it. Each verb lives in its own class under Commands/.</summary>
internal static class CliApp
{
    /// <summary>Emitters the CLI knows, keyed by format name; all but JSON are created only when asked for.</summary>
    public static EmitterRegistry Registry { get; } = EmitterRegistry.Core
        .With("docx", static () => new Converter.Docx.DocxEmitter())
        .With("pdf", static () => new Converter.Pdf.PdfEmitter())
        .With("akn", static () => new Converter.AkomaNtoso.AknEmitter())
        .With("html", static () => new Converter.Html.HtmlEmitter());

    /// <summary>Source readers the CLI knows besides text and JSON: Word, recognised by content.</summary>
    public static Converter.Readers.ReaderRegistry Readers { get; } = Converter.Readers.ReaderRegistry.Core
        .With(new Converter.Docx.Reading.DocxReader());

    public static RootCommand BuildRoot(TextWriter stdout, TextWriter stderr)
    {
        var root = new RootCommand(
            "converter: turns plain-text government and diplomatic documents into a typed model and writes it as JSON, Word, PDF, Akoma Ntoso XML or HTML.");
        root.Subcommands.Add(ConvertCommand.Create(stdout, stderr));
        root.Subcommands.Add(ValidateCommand.Create(stdout, stderr));
        root.Subcommands.Add(SchemaCommand.Create(stdout));
        return root;
    }

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        try
        {
            var root = BuildRoot(stdout, stderr);
            var result = root.Parse(args);
            // Our own handler below turns ConversionException into one line and its exit code.
            var config = new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false };
            if (result.Errors.Count > 0 && result.Action is not System.CommandLine.Help.HelpAction)
            {
                foreach (var error in result.Errors) stderr.WriteLine($"converter: {error.Message}");
                stderr.WriteLine("Run 'converter --help' for usage.");
                return ExitCodes.UsageError;
            }
            return result.Invoke(config);
        }
        catch (ConversionException e)
        {
            stderr.WriteLine($"converter: {e.ToDisplayString()}");
            return ExitCodes.For(e.Kind);
        }
        catch (Exception e)
        {
            // Anything else is a bug: one line and the documented exit code, not a stack trace and a signal.
            stderr.WriteLine($"converter: internal error ({e.GetType().Name}: {e.Message.ReplaceLineEndings(" ")}); " +
                             "this is a bug in the converter, please report it with the input");
            if (Environment.GetEnvironmentVariable("CONVERTER_DEBUG") == "1") stderr.WriteLine(e);
            return ExitCodes.InternalError;
        }
    }
}
