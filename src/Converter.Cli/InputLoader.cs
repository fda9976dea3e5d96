using Converter.IO;
using Converter.Model;

namespace Converter.Cli;

/// <summary>Reads one CLI input (a path or '-') and turns it into a document: our JSON or Word by content, else text.</summary>
internal static class InputLoader
{
    public static Document Load(string input, ConverterOptions options)
    {
        if (input != "-") return DocumentConverter.Load(InputReader.ReadFile(input, options.MaxInputBytes), input, options, CliApp.Readers);
        using var stdin = Console.OpenStandardInput();
        return DocumentConverter.Load(InputReader.ReadStream(stdin, "-", options.MaxInputBytes), null, options, CliApp.Readers);
    }
}
