using System.CommandLine;
using Converter.Json;

namespace Converter.Cli.Commands;

/// <summary><c>converter schema</c>: prints the JSON Schema embedded in the library, byte for byte as published.</summary>
internal static class SchemaCommand
{
    public static Command Create(TextWriter stdout)
    {
        var command = new Command("schema", $"Print the document JSON Schema ({JsonEmitter.SchemaId}).");
        command.SetAction(_ =>
        {
            stdout.Write(SchemaValidator.SchemaText);
            return ExitCodes.Success;
        });
        return command;
    }
}
