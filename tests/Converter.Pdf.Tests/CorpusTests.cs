using Converter.Model;
using Converter.Testing;
using Xunit;

namespace Converter.Pdf.Tests;

/// <summary>Every test document of the parser renders, keeps all its text, and gets an outline entry per section.</summary>
public sealed class CorpusTests
{
    public static TheoryData<string> Documents()
    {
        var data = new TheoryData<string>();
        foreach (var path in Directory.GetFiles(RepositoryFiles.PathOf("tests", "Converter.Tests", "documents"), "*.txt").Order(StringComparer.Ordinal))
            if (!path.EndsWith(".expected.txt", StringComparison.Ordinal)) data.Add(Path.GetFileName(path));
        return data;
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void Document_renders_with_all_its_text(string file)
    {
        var document = DocumentConverter.ParseFile(RepositoryFiles.PathOf("tests", "Converter.Tests", "documents", file));
        foreach (var options in new[] { Seed.Options, Seed.Options with { NumberClauses = true } })
        {
            using var stream = new MemoryStream();
            var diagnostics = document.ToPdf(stream, options);
            Assert.DoesNotContain(diagnostics, d => d.Severity != DiagnosticSeverity.Info);
            var pdf = stream.ToArray();
            var dump = Environment.GetEnvironmentVariable("PDF_OUT"); // set to a folder to look at the files
            if (!string.IsNullOrEmpty(dump))
                File.WriteAllBytes(Path.Combine(dump, Path.GetFileNameWithoutExtension(file) + (options.NumberClauses ? ".numbered" : "") + ".pdf"), pdf);
            // Invisible format characters (a stray U+FEFF) are left out of the PDF with an Info diagnostic (PDF003).
            var expected = new string(PdfReadBack.Squash(string.Concat(ReadingOrder.Pieces(document).Select(p => p.Text)))
                .Where(c => char.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.Format).ToArray());
            Assert.Equal(expected.Length != PdfReadBack.Squash(string.Concat(ReadingOrder.Pieces(document).Select(p => p.Text))).Length,
                diagnostics.Any(d => d.Code == "PDF003"));
            var actual = PdfReadBack.Squash(string.Concat(PdfReadBack.PageTexts(pdf)));
            Assert.Equal(options.NumberClauses ? WithoutFormatCharacters(PdfReadBack.Squash(WithGeneratedNumbers(document))) : expected, actual);
            Assert.Equal(document.AllSections().Select(s => s.Number is null ? s.Title : s.Number + " " + s.Title), PdfReadBack.OutlineTitles(pdf));
        }
    }

    private static string WithoutFormatCharacters(string text) =>
        new(text.Where(c => char.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.Format).ToArray());

    /// <summary>
    /// The reading-order text with the numbers <c>--number-clauses</c> promises in front of each clause that shows none:
    /// <c>1.</c>, <c>2.</c> … among a section's (or the document's) clauses, <c>(1)</c>, <c>(2)</c> … among a clause's items,
    /// counting every sibling, numbered or not.
    /// </summary>
    private static string WithGeneratedNumbers(Document document)
    {
        var generated = new Dictionary<string, string>(StringComparer.Ordinal);
        void Walk(IEnumerable<Clause> clauses, bool nested)
        {
            var ordinal = 0;
            foreach (var clause in clauses)
            {
                ordinal++;
                if (clause.Number is null) generated[clause.Id] = nested ? $"({ordinal})" : $"{ordinal}.";
                Walk(clause.Items, nested: true);
            }
        }
        Walk(document.Clauses, nested: false);
        foreach (var section in document.AllSections()) Walk(section.Clauses, nested: false);
        return string.Concat(ReadingOrder.Pieces(document).Select(p =>
            p.Role == TextRole.ClauseText && generated.TryGetValue(p.NodeId!, out var number) ? number + p.Text : p.Text));
    }
}
