using System.Text;
using Converter.Testing;
using Xunit;

namespace Converter.Pdf.Tests;

/// <summary>A normalised view of the seed PDF (page count, outline, text per page) against a reviewed snapshot.</summary>
public sealed class SnapshotTests
{
    [Fact]
    public void Seed_pdf_matches_the_snapshot()
    {
        var sb = new StringBuilder();
        var pages = PdfReadBack.PageLines(Seed.Pdf);
        sb.Append("pages: ").Append(pages.Count).Append('\n');
        sb.Append("outline:\n");
        foreach (var line in PdfReadBack.Outline(Seed.Pdf)) sb.Append("  ").Append(line).Append('\n');
        for (var i = 0; i < pages.Count; i++)
        {
            sb.Append("--- page ").Append(i + 1).Append(" ---\n");
            foreach (var line in pages[i]) sb.Append(line).Append('\n');
        }
        Snapshot.Match(sb.ToString(), "seed-pdf");
    }
}
