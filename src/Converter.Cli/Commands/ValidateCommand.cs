using System.CommandLine;
using System.Text.Json;
using System.Text.Json.Nodes;
using Converter.IO;
using Json.Schema;

namespace Converter.Cli.Commands;

/// <summary>
/// <c>converter validate FILE...</c>: checks JSON documents as the converter reads them (well-formed, then the embedded
/// schema), through the library's public <see cref="DocumentConverter.ValidateJson"/>.
/// </summary>
internal static class ValidateCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var files = new Argument<string[]>("FILE")
        {
            Description = "JSON documents to validate; '-' reads standard input.",
            Arity = ArgumentArity.OneOrMore,
        };
        var format = new Option<string>("--format")
        {
            Description = "text: 'FILE: OK' or one line per error 'FILE: /pointer: keyword: message'; json: the JSON Schema standard output format (list) per file.",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "json");
        var command = new Command("validate", "Validate converter JSON documents against the published schema (offline).") { files, format };
        command.SetAction(result => Run(result.GetValue(files) ?? [], result.GetValue(format) == "json", stdout, stderr));
        return command;
    }

    internal static int Run(string[] files, bool json, TextWriter stdout, TextWriter stderr)
    {
        var anyInvalid = false;
        var anyUnreadable = false;
        var machine = new JsonArray();
        foreach (var file in files)
        {
            byte[] bytes;
            try
            {
                bytes = file == "-"
                    ? InputReader.ReadStream(Console.OpenStandardInput(), "-", ConverterOptions.DefaultMaxInputBytes)
                    : InputReader.ReadFile(file, ConverterOptions.DefaultMaxInputBytes);
            }
            catch (ConversionException e)
            {
                anyUnreadable = true;
                stderr.WriteLine($"converter: {e.ToDisplayString()}");
                continue;
            }

            var result = DocumentConverter.ValidateJson(bytes, file);
            anyInvalid |= !result.IsValid;
            if (json)
            {
                var entry = new JsonObject { ["file"] = file, ["valid"] = result.IsValid };
                if (result.Evaluate(OutputFormat.List) is { } evaluation)
                    entry["output"] = JsonSerializer.SerializeToNode(evaluation, CliJsonContext.Default.EvaluationResults);
                // Not well-formed, or valid against the schema but beyond what the converter reads: the reader's message.
                if (result.Errors.FirstOrDefault(e => e.Keyword is null) is { } unreadable) entry["error"] = unreadable.Message;
                machine.Add((JsonNode)entry);
                continue;
            }
            if (result.IsValid) stdout.WriteLine($"{file}: OK");
            foreach (var error in result.Errors) stdout.WriteLine(error);
        }
        if (json) stdout.WriteLine(machine.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
        return anyUnreadable ? ExitCodes.InputNotFound : anyInvalid ? ExitCodes.ValidationFailed : ExitCodes.Success;
    }
}
