using System.Globalization;
using System.Text.RegularExpressions;
using Converter.Pdf;
using Converter.Pdf.Fonts;
using Converter.Pdf.Layout;

namespace Converter.Benchmarks;

/// <summary>
/// <c>word-gaps PATH...</c>: lays out Western documents (text files; Markdown files with their markup stripped) as the PDF
/// emitter does and prints the space between words on justified lines, as a multiple of the font's own space: the largest,
/// the 95th percentile, the median and the smallest. (Ragged lines and last lines keep the font's space exactly; they are
/// drawn as one run per line and not counted.) Folders give their <c>*.txt</c> (not <c>*.expected.txt</c>) and <c>*.md</c> files.
/// </summary>
internal static partial class WordGaps
{
    public static int Run(IEnumerable<string> paths)
    {
        var files = paths.SelectMany(p => Directory.Exists(p)
                ? Directory.GetFiles(p).Where(f => (f.EndsWith(".md", StringComparison.Ordinal) && !Path.GetFileName(f).Equals("README.md", StringComparison.Ordinal))
                    || (f.EndsWith(".txt", StringComparison.Ordinal) && !f.EndsWith(".expected.txt", StringComparison.Ordinal)))
                : [p])
            .Order(StringComparer.Ordinal).ToList();
        var fonts = FontSet.Load(ConverterOptions.Default);
        var all = new List<double>();
        int documents = 0, lines = 0;
        foreach (var file in files)
        {
            var text = File.ReadAllText(file);
            if (file.EndsWith(".md", StringComparison.Ordinal)) text = StripMarkdown(text);
            var document = DocumentConverter.Parse(text, Path.GetFileName(file));
            if (PdfEmitter.IsCjk(document.Metadata.Language)) continue;
            documents++;
            var layout = DocumentLayouter.Layout(document, ConverterOptions.Default, fonts.Palette(cjk: false), PageStyle.Western);
            foreach (var line in layout.Pages.SelectMany(p => p.Lines))
            {
                var gaps = new List<double>();
                for (var r = 1; r < line.Runs.Count; r++)
                {
                    var (prev, cur) = (line.Runs[r - 1], line.Runs[r]);
                    if (prev.Node != cur.Node || !prev.Text.EndsWith(' ')) continue;
                    var face = fonts[prev.Font];
                    var word = prev.Text.TrimEnd(' ');
                    var end = prev.X + word.EnumerateRunes().Sum(c => face.Advance(c.Value)) * prev.Size;
                    var spaces = prev.Text.Length - word.Length;
                    gaps.Add((cur.X - end) / (spaces * face.Advance(' ') * prev.Size));
                }
                if (gaps.Count == 0) continue;
                lines++;
                all.AddRange(gaps);
            }
        }
        var inv = CultureInfo.InvariantCulture;
        Console.WriteLine(string.Create(inv, $"{documents} Western documents, {lines} justified lines, {all.Count} word gaps"));
        Report("word gaps", all);
        return 0;

        static void Report(string what, List<double> values)
        {
            if (values.Count == 0) return;
            values.Sort();
            double At(double q) => values[Math.Min(values.Count - 1, (int)Math.Ceiling(q * values.Count) - 1)];
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {what,-20} max {values[^1]:0.000}  p95 {At(0.95):0.000}  median {At(0.5):0.000}  min {values[0]:0.000} (× the font's space)"));
        }
    }

    /// <summary>Markdown to plain text, simply: front matter's title as the first line, markup characters and link targets dropped.</summary>
    internal static string StripMarkdown(string markdown)
    {
        var title = "";
        if (markdown.StartsWith("---", StringComparison.Ordinal))
        {
            var end = markdown.IndexOf("\n---", 3, StringComparison.Ordinal);
            var front = markdown[..end];
            var match = TitleLine().Match(front);
            if (match.Success)
                title = Regex.Replace(match.Groups[1].Value.Trim().Trim('"', '\'').Replace("\\_", " ", StringComparison.Ordinal), @"\\u([0-9A-Fa-f]{4})",
                    m => ((char)int.Parse(m.Groups[1].Value, NumberStyles.HexNumber, CultureInfo.InvariantCulture)).ToString());
            markdown = markdown[(end + 4)..];
        }
        var text = Links().Replace(markdown, "$1");
        text = Markup().Replace(text, "");
        return title + "\n\n" + text;
    }

    [GeneratedRegex(@"^title:\s*(.+)$", RegexOptions.Multiline)]
    private static partial Regex TitleLine();

    [GeneratedRegex(@"!?\[([^\]]*)\]\([^)]*\)")]
    private static partial Regex Links();

    [GeneratedRegex(@"(\*+|_{2,}|^#+\s*|^>\s*)", RegexOptions.Multiline)]
    private static partial Regex Markup();
}
