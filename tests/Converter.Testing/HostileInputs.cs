using System.Text;

namespace Converter.Testing;

/// <summary>
/// Pathological but valid inputs, made the same way for the unit tests (small sizes: correctness) and the
/// benchmarks (large sizes: time and memory, tests/Converter.Benchmarks/HostileInputBenchmarks.cs).
/// </summary>
public static class HostileInputs
{
    /// <summary>A title, then one line of about <paramref name="bytes"/> bytes of English text (a whole page extracted as one line).</summary>
    public static byte[] SingleLine(int bytes)
    {
        var text = new StringBuilder("Title\n\n", bytes + 100);
        while (text.Length < bytes) text.Append("The Ministers reaffirmed peace and stability in the region; ");
        return Encoding.UTF8.GetBytes(text.Append('\n').ToString());
    }

    /// <summary>A title, then <paramref name="lines"/> short lines, every seventh blank (<paramref name="lines"/> + 2 lines in all).</summary>
    public static byte[] ShortLines(int lines)
    {
        var text = new StringBuilder("Title\n\n", 14 * lines + 10);
        for (var i = 0; i < lines; i++) text.Append(i % 7 == 0 ? "\n" : "Line of text.\n");
        return Encoding.UTF8.GetBytes(text.ToString());
    }

    /// <summary><paramref name="groups"/> groups of ten heading and clause lines of every family (編, 章, 節, 条, roman, items).</summary>
    public static byte[] RepeatedHeadings(int groups)
    {
        var text = new StringBuilder("Title\n\nPreamble text of the document.\n\n");
        for (var i = 1; i <= groups; i++)
            text.Append($"第{i}編\n第{i}章　総則\n第{i}節　通則\n第{i}条　この法律は、目的とする。\n（{i}）項の本文。\nI. HEADING\n\n1. Text of the clause.\n(a) an item;\n(i) a sub-item.\n\n");
        return Encoding.UTF8.GetBytes(text.ToString());
    }
}
