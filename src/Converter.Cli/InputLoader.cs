using Converter.Model;

namespace Converter.Cli;

/// <summary>Reads one CLI input (a path or '-') and turns it into a document: our JSON or Word by content, else text.</summary>
internal static class InputLoader
{
    public static Document Load(string input, ConverterOptions options)
    {
        byte[] bytes;
        string? name;
        if (input == "-")
        {
            using var stdin = Console.OpenStandardInput();
            bytes = InputReaderProxy.Read(stdin, "-", options.MaxInputBytes);
            name = null;
        }
        else
        {
            bytes = InputReaderProxy.ReadFile(input, options.MaxInputBytes);
            name = input;
        }
        return DocumentConverter.Load(bytes, name, options, CliApp.Readers);
    }
}

/// <summary>Bounded reads through the library's reader so the CLI and library share one size rule.</summary>
internal static class InputReaderProxy
{
    public static byte[] Read(Stream stream, string displayName, long max) => DocumentConverter.ReadBounded(stream, displayName, max);

    public static byte[] ReadFile(string path, long max) => DocumentConverter.ReadFileBounded(path, max);
}
