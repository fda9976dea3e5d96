using System.Text;
using Converter.Model;
using Converter.Tests.Support;
using Converter.Parsing;

namespace Converter.Fuzz;

/// <summary>
/// The fuzz targets. A <see cref="ConversionException"/> is the expected answer to bad input; any other
/// exception escaping a harness is reported to afl-fuzz as a crash, and so is a broken invariant (thrown as
/// <see cref="InvariantBrokenException"/>).
/// </summary>
internal static class Harnesses
{
    public static readonly IReadOnlyDictionary<string, Action<byte[]>> All = new Dictionary<string, Action<byte[]>>(StringComparer.Ordinal)
    {
        ["parse"] = Parse,
        ["fidelity"] = Fidelity,
        ["json"] = Json,
    };

    // Nothing of Converter.Core may run before Fuzzer.Run has set up the shared memory the instrumented
    // library writes to, so the options are built on first use, not in this class's static constructor.
    private static class Bounded
    {
        // Inputs are small (afl-fuzz keeps them under a few KB); the bound only keeps a stray huge input cheap.
        public static readonly ConverterOptions Options = new() { MaxInputBytes = 1 << 20 };
    }

    public static byte[] ReadAll(Stream stream)
    {
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }

    /// <summary>Text parser: <c>DocumentConverter.Parse(bytes)</c>, then the JSON emitter on what it accepts.</summary>
    public static void Parse(byte[] bytes)
    {
        try
        {
            _ = DocumentConverter.Parse(bytes, "fuzz.txt", Bounded.Options).ToJson();
        }
        catch (ConversionException)
        {
        }
    }

    /// <summary>
    /// Text parser with the fidelity promise as an invariant: a document it accepts holds every non-whitespace
    /// source character (minus removed lines) once, in order.
    /// </summary>
    public static void Fidelity(byte[] bytes)
    {
        Document document;
        try
        {
            document = DocumentConverter.Parse(bytes, "fuzz.txt", Bounded.Options);
        }
        catch (ConversionException)
        {
            return;
        }
        // The tests' oracle (linked from tests/Converter.Tests/Support): .NET decodes the bytes in the encoding the
        // converter detected, and every removed line must be debris by the oracle's own rules.
        var expected = FidelityOracle.Expected(FidelityOracle.Decode(bytes, document.Metadata.Encoding), document, out var problems);
        if (problems.Count > 0) throw new InvariantBrokenException("fidelity: " + string.Join("; ", problems));
        var actual = ReadingOrder.NonWhitespaceText(document);
        if (expected != actual)
        {
            var i = 0;
            while (i < Math.Min(expected.Length, actual.Length) && expected[i] == actual[i]) i++;
            throw new InvariantBrokenException(
                $"fidelity: the model's text differs from the source's at character {i}: source '{Slice(expected, i)}', model '{Slice(actual, i)}'");
        }
    }

    /// <summary>
    /// JSON reader: <c>DocumentConverter.FromJson</c> and <c>Load</c> on arbitrary bytes; a document it accepts
    /// must be written again and read back to the same JSON.
    /// </summary>
    public static void Json(byte[] bytes)
    {
        Document document;
        try
        {
            document = DocumentConverter.FromJson(new MemoryStream(bytes, writable: false), "fuzz.json", Bounded.Options);
        }
        catch (ConversionException)
        {
            LoadByContent(bytes);
            return;
        }
        var json = document.ToJson();
        Document again;
        try
        {
            again = DocumentConverter.FromJson(json);
        }
        catch (ConversionException e)
        {
            throw new InvariantBrokenException("the reader rejects JSON the emitter wrote from a document it accepted: " + e.Message, e);
        }
        if (again.ToJson() != json) throw new InvariantBrokenException("JSON round trip is not byte-identical");
    }

    private static void LoadByContent(byte[] bytes)
    {
        try
        {
            _ = DocumentConverter.Load(bytes, "fuzz.json", Bounded.Options);
        }
        catch (ConversionException)
        {
        }
    }

    private static string Slice(string s, int i) =>
        System.Text.Json.JsonSerializer.Serialize(s.Substring(Math.Max(0, i - 10), Math.Min(s.Length, i + 10) - Math.Max(0, i - 10)));
}

/// <summary>A property the converter promises does not hold for this input.</summary>
internal sealed class InvariantBrokenException(string message, Exception? inner = null) : Exception(message, inner);
