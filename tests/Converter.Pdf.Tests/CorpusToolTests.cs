using System.Globalization;
using Converter.Model;
using Converter.Testing;
using UglyToad.PdfPig;
using Xunit;

namespace Converter.Pdf.Tests;

/// <summary>
/// The seed and every test document, Japanese and English, checked with independent readers: qpdf finds nothing wrong,
/// pdffonts sees every font embedded, subset and mapped to Unicode, pdftotext (content order) and PdfPig give back the
/// model's whole text in order, and every justified English line keeps its word spaces within twice the font's space.
/// </summary>
public sealed class CorpusToolTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("converter-pdf-corpus-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    public static TheoryData<string> Documents()
    {
        var data = new TheoryData<string> { "seed" };
        foreach (var row in CorpusTests.Documents()) data.Add(row);
        return data;
    }

    private static Document Load(string name) => name == "seed"
        ? Seed.Document
        : DocumentConverter.ParseFile(RepositoryFiles.PathOf("tests", "Converter.Tests", "documents", name));

    [RequiresToolTheory("qpdf", "pdffonts", "pdftotext")]
    [MemberData(nameof(Documents))]
    public void Qpdf_pdffonts_and_pdftotext_accept_the_file_and_read_its_whole_text(string name)
    {
        var document = Load(name);
        var pdf = Seed.Render(document);
        var path = Path.Combine(_dir, Path.GetFileNameWithoutExtension(name) + ".pdf");
        File.WriteAllBytes(path, pdf);

        var (exit, output) = ExternalToolTests.Run("qpdf", "--check", path);
        Assert.True(exit == 0 && !output.Contains("WARNING", StringComparison.Ordinal), output);

        var (_, fonts) = ExternalToolTests.Run("pdffonts", path);
        var rows = fonts.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(2).ToList();
        Assert.NotEmpty(rows);
        foreach (var row in rows)
        {
            var f = row.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            Assert.True(f[^5] == "yes" && f[^4] == "yes" && f[^3] == "yes", $"{name}: font not embedded, subset and mapped to Unicode: {row}");
            Assert.Matches("^[A-Z]{6}\\+", f[0]);
        }

        // Content order (-raw); page numbers ("- n -") are artifacts drawn after the text, soft hyphens mark hyphenation.
        var (_, text) = ExternalToolTests.Run("pdftotext", "-raw", "-enc", "UTF-8", path, "-");
        var lines = text.Replace("\u00AD", "", StringComparison.Ordinal).Split('\n')
            .Where(l => !System.Text.RegularExpressions.Regex.IsMatch(l, @"^\s*- \d+ -\s*\f?$"));
        // Invisible format characters of the source (U+FEFF, a soft hyphen) are not drawn (diagnostic PDF003).
        var expected = new string(ReadingOrder.NonWhitespaceText(document).Where(c => char.GetUnicodeCategory(c) != UnicodeCategory.Format).ToArray());
        Assert.Equal(expected, PdfReadBack.Squash(string.Concat(lines)));
        Assert.Equal(expected, PdfReadBack.Squash(string.Concat(PdfReadBack.PageTexts(pdf))));
    }

    [RequiresToolFact("pdftotext")]
    public void Quotes_dashes_section_signs_and_accents_extract_as_written()
    {
        const string text = "Leaders’ Communiqué: under § 2 of the “Accord” — the €5 billion fund — Russia’s naïve ‘test’ failed; 2024–2025.";
        var document = DocumentConverter.Parse("Joint Statement\n\n" + text + "\n", "en.txt");
        var pdf = Seed.Render(document);
        var path = Path.Combine(_dir, "marks.pdf");
        File.WriteAllBytes(path, pdf);
        var (_, poppler) = ExternalToolTests.Run("pdftotext", "-raw", "-enc", "UTF-8", path, "-");
        Assert.Contains(text, poppler.Replace("\n", " ", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains(PdfReadBack.Squash(text), PdfReadBack.Squash(string.Concat(PdfReadBack.PageTexts(pdf))), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void English_word_spaces_stay_within_twice_the_font_space(string name)
    {
        var document = Load(name);
        if (PdfEmitter.IsCjk(document.Metadata.Language)) return;
        using var read = PdfDocument.Open(Seed.Render(document));
        var gaps = 0;
        foreach (var page in read.GetPages())
            foreach (var line in page.Letters.Where(l => l.StartBaseLine.Y > PdfReadBack.FooterLimit).GroupBy(l => Math.Round(l.StartBaseLine.Y, 1)))
            {
                var letters = line.OrderBy(l => l.StartBaseLine.X).ToList();
                for (var i = 1; i < letters.Count - 1; i++)
                {
                    if (letters[i].Value != " " || letters[i - 1].Value == " ") continue;
                    var next = i + 1;
                    while (next < letters.Count && letters[next].Value == " ") next++;
                    if (next >= letters.Count) continue;
                    var spaces = next - i;
                    var gap = letters[next].StartBaseLine.X - letters[i - 1].EndBaseLine.X;
                    var normal = 0.25 * letters[i].PointSize * spaces;      // Liberation Serif and Sans: a space is a quarter em
                    Assert.True(gap <= 2 * normal + 0.01, string.Create(CultureInfo.InvariantCulture,
                        $"{name} p.{page.Number}: a word gap of {gap / normal:0.00} spaces after '{string.Concat(letters.Take(i).TakeLast(12).Select(l => l.Value))}'"));
                    gaps++;
                }
            }
        Assert.True(gaps > 20, $"{name}: only {gaps} word gaps found");
    }
}
