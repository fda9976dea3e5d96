using System.Diagnostics;
using System.Text.Json;
using Converter.Model;
using Converter.Testing;
using Xunit;
using static Converter.Docx.Tests.Reading.WordFile;

namespace Converter.Docx.Tests.Reading;

/// <summary>A fact that needs command-line tools: skipped with the reason when one is missing, failed under CI.</summary>
public sealed class RequiresToolsFactAttribute : FactAttribute
{
    public RequiresToolsFactAttribute(params string[] tools)
    {
        var missing = tools.Where(t => !ExternalWordTests.OnPath(t)).ToList();
        if (missing.Count > 0 && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI")))
            Skip = $"not installed: {string.Join(", ", missing)} (apt-get install libreoffice-writer-nogui pandoc)";
    }
}

/// <summary>Word files written by other programs: LibreOffice re-saving ours, pandoc making them from Markdown.</summary>
public sealed class ExternalWordTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("converter-wordin-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    internal static bool OnPath(string tool) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
        .Any(dir => dir.Length > 0 && File.Exists(Path.Combine(dir, tool)));

    private static string Run(string file, IEnumerable<string> args, string? workingDirectory = null)
    {
        Assert.True(OnPath(file), $"{file} is not installed (apt-get install libreoffice-writer-nogui pandoc)");
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = workingDirectory ?? "" };
        foreach (var a in args) start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(240_000), $"{file} timed out");
        Assert.True(process.ExitCode == 0, $"{file} failed ({process.ExitCode}): {error.Result}");
        return output.Result;
    }

    [RequiresToolsFact("soffice")]
    public void Our_docx_resaved_by_LibreOffice_reads_back_to_the_same_structure()
    {
        var inputs = Corpus.TextInputs().ToList();
        var ours = Path.Combine(_dir, "ours");
        Directory.CreateDirectory(ours);
        var direct = new Dictionary<string, Model.Document>();
        foreach (var input in inputs)
        {
            var name = Path.GetFileNameWithoutExtension(input).Replace('.', '-');
            direct[name] = DocumentConverter.ParseFile(input);
            File.WriteAllBytes(Path.Combine(ours, name + ".docx"), Docx.Emit(direct[name]).Bytes);
        }
        // One LibreOffice process for all files (its start-up is most of the time); its own profile folder.
        var resaved = Path.Combine(_dir, "resaved");
        Run("soffice", ["-env:UserInstallation=file://" + Path.Combine(_dir, "profile"), "--headless", "--convert-to", "docx", "--outdir", resaved,
            .. direct.Keys.Select(n => Path.Combine(ours, n + ".docx"))]);

        foreach (var (name, expected) in direct)
        {
            var bytes = File.ReadAllBytes(Path.Combine(resaved, name + ".docx"));
            Assert.NotEqual(File.ReadAllBytes(Path.Combine(ours, name + ".docx")), bytes);
            var read = Read(bytes, name + ".docx");
            Assert.True(Outline(expected) == Outline(read), $"{name}:\n--- direct parse\n{Outline(expected)}\n--- read back\n{Outline(read)}");
            Assert.Equal(ReadingOrder.NonWhitespaceText(expected), ReadingOrder.NonWhitespaceText(read));
        }
    }

    [RequiresToolsFact("soffice")]
    public void Our_docx_text_read_by_LibreOffice_is_the_models_text_in_order()
    {
        // A reader that shares no code with ours (pandoc is not one here: it takes Title and Subtitle paragraphs for
        // metadata): every non-whitespace character of the model, in reading order, and nothing else, for the seed
        // and every test document.
        var ours = Path.Combine(_dir, "ours");
        Directory.CreateDirectory(ours);
        var expected = new Dictionary<string, string>();
        foreach (var input in Corpus.TextInputs())
        {
            var name = Path.GetFileNameWithoutExtension(input).Replace('.', '-');
            var document = DocumentConverter.ParseFile(input);
            expected[name] = ReadingOrder.NonWhitespaceText(document);
            File.WriteAllBytes(Path.Combine(ours, name + ".docx"), Docx.Emit(document).Bytes);
        }
        var text = Path.Combine(_dir, "text");
        Run("soffice", ["-env:UserInstallation=file://" + Path.Combine(_dir, "profile"), "--headless", "--convert-to", "txt:Text (encoded):UTF8",
            "--outdir", text, .. expected.Keys.Select(n => Path.Combine(ours, n + ".docx"))]);
        Assert.Equal(16, expected.Count); // the seed and the 15 test documents: none dropped silently
        foreach (var (name, model) in expected)
            Assert.True(model == NonWhitespace(File.ReadAllText(Path.Combine(text, name + ".txt"))), $"{name}: LibreOffice's text differs from the model's");
    }

    private static string NonWhitespace(string text) => new([.. text.Where(c => !char.IsWhiteSpace(c) && c != '\uFEFF')]);

    [RequiresToolsFact("pandoc")]
    public void Pandoc_statements_read_to_the_structure_of_their_markup()
    {
        var folder = Corpus.SharedFolder("statements");
        if (folder is null)
        {
            Assert.True(string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI")), "the shared corpus (../shared/corpus/statements) is missing");
            return;
        }
        var files = Directory.GetFiles(folder, "*.md").Order(StringComparer.Ordinal).ToList();
        Assert.NotEmpty(files);
        // pandoc starts slowly: its two runs per file go in parallel, the checks after.
        var asts = new System.Collections.Concurrent.ConcurrentDictionary<string, string>();
        Parallel.ForEach(files.SelectMany(md => new[] { (md, true), (md, false) }), new ParallelOptions { MaxDegreeOfParallelism = 4 }, job =>
        {
            var (md, docx) = job;
            if (docx) Run("pandoc", [md, "-o", Path.Combine(_dir, Path.GetFileNameWithoutExtension(md) + ".docx")]);
            else asts[md] = Run("pandoc", [md, "-t", "json"]);
        });
        foreach (var md in files)
        {
            var docxPath = Path.Combine(_dir, Path.GetFileNameWithoutExtension(md) + ".docx");
            var ast = JsonDocument.Parse(asts[md]).RootElement;
            var bytes = File.ReadAllBytes(docxPath);
            var document = Read(bytes, Path.GetFileName(docxPath));
            var paragraphs = Paragraphs(bytes);
            var name = Path.GetFileName(md);

            // Title: the front matter's title.
            Assert.Equal(Pandoc.Text(ast.GetProperty("meta").GetProperty("title")), document.Heading.Title.Text);

            // Sections: every header and bold-only paragraph, in order (the corpus README's definition of a heading),
            // except where the genre's convention disagrees with the markup: a bold line opening the text, right under
            // the title, that gives the place and date of a declaration is a subtitle. (A place without a date,
            // "Jeddah, Saudi Arabia", cannot be told from a heading and is read as one.)
            var headings = Pandoc.Headings(ast.GetProperty("blocks")).ToList();
            if (Pandoc.StartsWithBoldLine(ast.GetProperty("blocks")) && System.Text.RegularExpressions.Regex.IsMatch(headings[0], @"\b(19|20)[0-9]{2}\b"))
            {
                Assert.Contains(headings[0], document.Heading.Subtitles.Select(p => p.Text));
                headings.RemoveAt(0);
            }
            var sections = document.AllSections().Select(s => (s.Number is null ? "" : s.Number + " ") + s.Title).ToList();
            Assert.True(headings.SequenceEqual(sections), $"{name}: headings\n  markup: {string.Join(" | ", headings)}\n  model:  {string.Join(" | ", sections)}");

            // Ordered lists: each item's number as pandoc numbers it (start, style, delimiter), in order.
            var listNumbers = Pandoc.OrderedNumbers(ast.GetProperty("blocks")).ToList();
            var numbered = paragraphs.Where(p => p.Number is { IsBullet: false }).Select(p => p.Index).ToHashSet();
            var modelNumbers = document.AllClauses().Where(c => numbered.Contains(c.Span.StartLine)).Select(c => c.Number).ToList();
            Assert.True(listNumbers.SequenceEqual(modelNumbers), $"{name}: list numbers\n  markup: {string.Join(" ", listNumbers)}\n  model:  {string.Join(" ", modelNumbers)}");

            // Fidelity: the body's text, once and in order (numbers and bullets Word generates are not body text).
            var generated = paragraphs.Where(p => p.Number is not null).Select(p => p.Index).ToHashSet();
            var modelText = string.Concat(ReadingOrder.Pieces(document)
                .Where(piece => !(piece.Role == TextRole.ClauseNumber && document.AllClauses().First(c => c.Id == piece.NodeId) is var c && generated.Contains(c.Span.StartLine)))
                .Select(piece => piece.Text));
            Assert.Equal(RoundTripTests.NonWhitespace(BodyText(bytes)), RoundTripTests.NonWhitespace(modelText));
        }
    }

    // The body's w:t, w:tab and w:br, read with the SDK directly (not through the reader).
    private static string BodyText(byte[] bytes)
    {
        using var word = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(new MemoryStream(bytes), false);
        return string.Concat(word.MainDocumentPart!.Document!.Body!.Descendants<DocumentFormat.OpenXml.Wordprocessing.Text>().Select(t => t.Text + " "));
    }

    /// <summary>Reads pandoc's JSON AST (pandoc-types) for the facts the test compares.</summary>
    private static class Pandoc
    {
        public static string Text(JsonElement node)
        {
            var sb = new System.Text.StringBuilder();
            Walk(node, sb);
            return sb.ToString().Trim();
        }

        private static void Walk(JsonElement node, System.Text.StringBuilder sb)
        {
            if (node.ValueKind == JsonValueKind.Array)
            {
                foreach (var x in node.EnumerateArray()) Walk(x, sb);
                return;
            }
            if (node.ValueKind != JsonValueKind.Object || !node.TryGetProperty("t", out var t)) return;
            switch (t.GetString())
            {
                case "Str": sb.Append(node.GetProperty("c").GetString()); break;
                case "Space" or "SoftBreak" or "LineBreak": sb.Append(' '); break;
                default:
                    if (node.TryGetProperty("c", out var c)) Walk(c, sb);
                    break;
            }
        }

        public static IEnumerable<string> Headings(JsonElement blocks)
        {
            foreach (var b in blocks.EnumerateArray())
            {
                var type = b.GetProperty("t").GetString();
                if (type == "Header") yield return Collapse(Text(b.GetProperty("c")[2]));
                else if (type == "Para" && IsBoldOnly(b.GetProperty("c"))) yield return Collapse(Text(b.GetProperty("c")));
            }
        }

        public static bool StartsWithBoldLine(JsonElement blocks) =>
            blocks.GetArrayLength() > 0 && blocks[0].GetProperty("t").GetString() == "Para" && IsBoldOnly(blocks[0].GetProperty("c"));

        private static string Collapse(string s) => string.Join(' ', s.Split(' ', StringSplitOptions.RemoveEmptyEntries));

        private static bool IsBoldOnly(JsonElement inlines)
        {
            var content = inlines.EnumerateArray().Where(i => i.GetProperty("t").GetString() is not ("Space" or "SoftBreak" or "LineBreak")).ToList();
            if (content.Count != 1) return false;
            var only = content[0];
            var type = only.GetProperty("t").GetString();
            if (type == "Strong") return true;
            return type == "Emph" && IsBoldOnly(only.GetProperty("c"));
        }

        public static IEnumerable<string?> OrderedNumbers(JsonElement blocks)
        {
            foreach (var b in blocks.EnumerateArray())
            {
                var type = b.GetProperty("t").GetString();
                if (type == "OrderedList")
                {
                    var attrs = b.GetProperty("c")[0];
                    var start = attrs[0].GetInt32();
                    var style = attrs[1].GetProperty("t").GetString();
                    var delim = attrs[2].GetProperty("t").GetString();
                    var k = 0;
                    foreach (var item in b.GetProperty("c")[1].EnumerateArray())
                    {
                        var value = start + k++;
                        if (item.GetArrayLength() == 0) continue; // an empty item makes no Word paragraph
                        var shown = style switch
                        {
                            "LowerAlpha" => ((char)('a' + value - 1)).ToString(),
                            "UpperAlpha" => ((char)('A' + value - 1)).ToString(),
                            "LowerRoman" => Converter.Docx.Reading.NumberFormats.Format(value, "lowerRoman"),
                            "UpperRoman" => Converter.Docx.Reading.NumberFormats.Format(value, "upperRoman"),
                            _ => value.ToString(System.Globalization.CultureInfo.InvariantCulture),
                        };
                        yield return delim switch { "OneParen" => shown + ")", "TwoParens" => "(" + shown + ")", _ => shown + "." };
                        foreach (var n in OrderedNumbers(item)) yield return n;
                    }
                }
                else if (type is "BulletList")
                {
                    foreach (var item in b.GetProperty("c").EnumerateArray())
                        foreach (var n in OrderedNumbers(item)) yield return n;
                }
                else if (type is "BlockQuote" or "Div")
                {
                    var inner = type == "Div" ? b.GetProperty("c")[1] : b.GetProperty("c");
                    foreach (var n in OrderedNumbers(inner)) yield return n;
                }
            }
        }
    }
}
