namespace Converter.Corpus;

/// <summary>Entry point: <c>report</c> prints the accuracy table; <c>render</c> prints one rendering.</summary>
public static class Program
{
    /// <summary>Runs a verb.</summary>
    public static int Main(string[] args) => Cli.Run(args, Console.Out, Console.Error);
}
