using System.Diagnostics;
using System.Globalization;
using Converter.Pdf;
using Converter.Pdf.Drawing;
using Converter.Pdf.Fonts;
using Converter.Pdf.Layout;

namespace Converter.Benchmarks;

/// <summary>
/// The PDF emitter's stages timed with wall clock and process CPU time over many renders of one input: what
/// <c>pdf-stages</c> prints. CPU time is the figure to compare on a machine shared with other work.
/// </summary>
internal static class PdfStages
{
    public static void Run(int count, string input)
    {
        var document = BenchmarkInput.Get(input).Document;
        var options = ConverterOptions.Default;
        var names = new[] { "fonts", "layout", "write", "total" };
        var wall = new double[names.Length];
        var cpu = new double[names.Length];
        var process = Process.GetCurrentProcess();
        var size = 0;
        var allocated = 0L;
        for (var run = -3; run < count; run++) // three warm-up renders
        {
            var a0 = GC.GetTotalAllocatedBytes(precise: false);
            var marks = new List<(long Ticks, TimeSpan Cpu)>();
            void Mark() { process.Refresh(); marks.Add((Stopwatch.GetTimestamp(), process.TotalProcessorTime)); }
            Mark();
            var fonts = FontSet.Load(options);
            var cjk = PdfEmitter.IsCjk(document.Metadata.Language);
            Mark();
            var layout = DocumentLayouter.Layout(document, options, fonts.Palette(cjk), PageStyle.For(cjk));
            Mark();
            var pdf = PdfAssembler.Write(layout, slot => fonts[slot], PdfEmitter.Metadata(document, options));
            Mark();
            if (run < 0) continue;
            allocated += GC.GetTotalAllocatedBytes(precise: false) - a0;
            size = pdf.Length;
            for (var k = 0; k < 3; k++)
            {
                wall[k] += Stopwatch.GetElapsedTime(marks[k].Ticks, marks[k + 1].Ticks).TotalMilliseconds;
                cpu[k] += (marks[k + 1].Cpu - marks[k].Cpu).TotalMilliseconds;
            }
            wall[3] += Stopwatch.GetElapsedTime(marks[0].Ticks, marks[3].Ticks).TotalMilliseconds;
            cpu[3] += (marks[3].Cpu - marks[0].Cpu).TotalMilliseconds;
        }
        var inv = CultureInfo.InvariantCulture;
        Console.WriteLine(string.Create(inv, $"{input}: {count} renders, {size:N0} bytes, {allocated / count / 1024.0:N0} KB allocated per render"));
        for (var k = 0; k < names.Length; k++)
            Console.WriteLine(string.Create(inv, $"  {names[k],-7} wall {wall[k] / count,8:N2} ms   cpu {cpu[k] / count,8:N2} ms"));
    }
}
