using System.CommandLine;
using System.Text.Json;
using System.Text.Json.Nodes;
using Converter.Emitters.Json;
using Json.Schema;

namespace Converter.Cli.Commands;

/// <summary><c>converter validate FILE...</c>: checks JSON documents against the embedded schema.</summary>
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
                    ? Converter.IO.InputReader.ReadStream(Console.OpenStandardInput(), "-", ConverterOptions.DefaultMaxInputBytes)
                    : Converter.IO.InputReader.ReadFile(file, ConverterOptions.DefaultMaxInputBytes);
            }
            catch (ConversionException e)
            {
                anyUnreadable = true;
                stderr.WriteLine($"converter: {e.ToDisplayString()}");
                continue;
            }

            // System.Text.Json checks string values' UTF-8 and escapes only when they are read (by the validator,
            // with an InvalidOperationException), so such input is reported here, up front, as malformed JSON.
            string? malformed = null;
            JsonDocument? document = null;
            if (JsonDocumentReader.InvalidUtf8Offset(bytes) is { } bad)
                malformed = $"malformed JSON at line {bytes.AsSpan(0, bad).Count((byte)'\n') + 1}: invalid UTF-8 byte 0x{bytes[bad]:X2} at offset {bad}; JSON must be UTF-8";
            else
                try
                {
                    document = JsonDocument.Parse(bytes, new JsonDocumentOptions { MaxDepth = SchemaValidator.MaxDepth });
                    if (JsonDocumentReader.FirstUnreadableString(document.RootElement, "") is { } pointer)
                    {
                        malformed = $"malformed JSON: the string at {(pointer.Length == 0 ? "/" : pointer)} is not valid Unicode (an unpaired surrogate escape)";
                        document.Dispose();
                        document = null;
                    }
                }
                catch (JsonException e)
                {
                    malformed = $"malformed JSON at line {(e.LineNumber ?? 0) + 1}, position {(e.BytePositionInLine ?? 0) + 1}";
                }
            if (document is null)
            {
                anyInvalid = true;
                if (json) machine.Add((JsonNode)new JsonObject { ["file"] = file, ["valid"] = false, ["error"] = malformed });
                else stdout.WriteLine($"{file}: {malformed}");
                continue;
            }
            using (document)
            {
                if (json)
                {
                    var results = SchemaValidator.Evaluate(document.RootElement, OutputFormat.List);
                    anyInvalid |= !results.IsValid;
                    machine.Add((JsonNode)new JsonObject
                    {
                        ["file"] = file,
                        ["valid"] = results.IsValid,
                        ["output"] = JsonSerializer.SerializeToNode(results, CliJsonContext.Default.EvaluationResults),
                    });
                    continue;
                }
                var errors = SchemaValidator.Validate(document.RootElement);
                if (errors.Count == 0)
                {
                    stdout.WriteLine($"{file}: OK");
                    continue;
                }
                anyInvalid = true;
                foreach (var e in errors)
                    stdout.WriteLine($"{file}: {(e.Pointer.Length == 0 ? "/" : e.Pointer)}: {e.Keyword}: {e.Message}");
            }
        }
        if (json) stdout.WriteLine(machine.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
        return anyUnreadable ? ExitCodes.InputNotFound : anyInvalid ? ExitCodes.ValidationFailed : ExitCodes.Success;
    }
}
