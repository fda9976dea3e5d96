using System.CommandLine;
using Converter.Emitters;
using Converter.Model;

namespace Converter.Cli.Commands;

/// <summary><c>converter convert INPUT... [--to json,docx,pdf] [-o DIR]</c>: parse and write each input in each format.</summary>
internal static class ConvertCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var inputs = new Argument<string[]>("INPUT")
        {
            Description = "Text files (UTF-8, UTF-16, Shift_JIS, EUC-JP) or converter JSON documents; '-' reads standard input.",
            Arity = ArgumentArity.OneOrMore,
        };
        var to = new Option<string>("--to", "-t")
        {
            Description = "Output formats, comma-separated: " + string.Join(", ", CliApp.Registry.Formats) + ".",
            DefaultValueFactory = _ => "json",
        };
        var output = new Option<string>("--out", "-o")
        {
            Description = "Output folder ('-' writes the single requested format to standard output).",
            DefaultValueFactory = _ => "out",
        };
        var shared = new SharedOptions();
        var command = new Command("convert", "Convert documents to JSON, Word or PDF.") { inputs, to, output };
        shared.AddTo(command);
        command.SetAction(result => Run(
            result.GetValue(inputs) ?? [],
            result.GetValue(to) ?? "json",
            result.GetValue(output) ?? "out",
            shared.Read(result),
            stdout, stderr));
        return command;
    }

    internal static int Run(string[] inputs, string formatList, string outDir, ConverterOptions options, TextWriter stdout, TextWriter stderr)
    {
        // Unknown options reach us as inputs; report them as what they are.
        foreach (var input in inputs)
            if (input.StartsWith('-') && input != "-" && !File.Exists(input))
                throw new ConversionException(ConversionErrorKind.InvalidOption, $"unknown option '{input}'; run 'converter convert --help'");
        var emitters = formatList.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Select(CliApp.Registry.Get)
            .ToList();
        if (emitters.Count == 0)
            throw new ConversionException(ConversionErrorKind.InvalidOption, "--to names no format; use e.g. --to json,docx,pdf");
        var toStdout = outDir == "-";
        if (toStdout && (inputs.Length != 1 || emitters.Count != 1))
            throw new ConversionException(ConversionErrorKind.InvalidOption,
                "-o - writes one document in one format to standard output; give one input and one --to format");

        var failures = 0;
        var lastCode = ExitCodes.Success;
        foreach (var input in inputs)
        {
            try
            {
                var document = InputLoader.Load(input, options);
                foreach (var d in document.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Warning))
                    stderr.WriteLine($"converter: {input}:{d.Span?.StartLine}: warning {d.Code}: {d.Message}");
                foreach (var emitter in emitters)
                {
                    // Render fully in memory first: a failing emitter never leaves a partial file.
                    using var buffer = new MemoryStream();
                    var diagnostics = emitter.Write(document, buffer, options);
                    foreach (var d in diagnostics)
                        stderr.WriteLine($"converter: {input}: {d.Severity.ToString().ToLowerInvariant()} {d.Code}: {d.Message}");
                    if (toStdout)
                    {
                        using var stdoutStream = Console.OpenStandardOutput();
                        if (ReferenceEquals(stdout, Console.Out)) buffer.WriteTo(stdoutStream);
                        else stdout.Write(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
                        continue;
                    }
                    var path = OutputPath(outDir, input, emitter);
                    GuardNotInput(path, inputs);
                    AtomicFile.Write(path, s => buffer.WriteTo(s));
                }
            }
            catch (ConversionException e)
            {
                failures++;
                lastCode = ExitCodes.For(e.Kind);
                stderr.WriteLine($"converter: {e.ToDisplayString()}");
            }
        }
        if (failures == 0) return ExitCodes.Success;
        return failures == inputs.Length ? lastCode : ExitCodes.PartialFailure;
    }

    private static string OutputPath(string outDir, string input, IDocumentEmitter emitter)
    {
        var stem = input == "-" ? "stdin" : Path.GetFileNameWithoutExtension(input);
        return Path.Combine(outDir, stem + emitter.FileExtension);
    }

    private static void GuardNotInput(string outputPath, string[] inputs)
    {
        var full = Path.GetFullPath(outputPath);
        if (inputs.Any(i => i != "-" && string.Equals(Path.GetFullPath(i), full, StringComparison.Ordinal)))
            throw new ConversionException(ConversionErrorKind.OutputFailed,
                "the output would overwrite an input file; choose another --out folder", outputPath);
    }
}
