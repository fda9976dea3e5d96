using System.Diagnostics;
using Converter.Model;

namespace Converter.Benchmarks;

/// <summary>Prints what the parser reads from generated documents: title, sections, clauses, diagnostics.</summary>
internal static class Verify
{
    public static int Run()
    {
        var failures = 0;
        foreach (var (name, size, seed, ja) in new (string, long, ulong, bool?)[]
                 {
                     ("seed-sized ja", DocumentGenerator.SeedSize, 7, true), ("seed-sized en", DocumentGenerator.SeedSize, 8, false),
                     ("64 KB", 64_000, 3, null), ("1 MB", 1_000_000, 1, true),
                 })
        {
            var generated = DocumentGenerator.Generate(size, seed, ja);
            var clock = Stopwatch.StartNew();
            var doc = DocumentConverter.Parse(generated.Text, name);
            var ok = doc.Heading.Title.Text == generated.Title && doc.AllSections().Count() == generated.Sections;
            if (!ok) failures++;
            var codes = string.Join(", ", doc.Diagnostics.GroupBy(d => d.Code).Select(g => $"{g.Key}×{g.Count()}"));
            Console.WriteLine($"{name}: {System.Text.Encoding.UTF8.GetByteCount(generated.Text):N0} bytes, {clock.ElapsedMilliseconds} ms, " +
                              $"title {(doc.Heading.Title.Text == generated.Title ? "ok" : "WRONG: " + doc.Heading.Title.Text)}, " +
                              $"sections {doc.Sections.Length}/{generated.Sections} (all {doc.AllSections().Count()}), clauses {doc.AllClauses().Count()}, " +
                              $"preamble {doc.Preamble.Length}, closing {doc.Closing.Length}, removed {doc.RemovedLines.Length}, diagnostics [{codes}]");
        }
        var batch = DocumentGenerator.Batch(30).Select(b => (b.Name, b.Document, Doc: DocumentConverter.Parse(b.Document.Text, b.Name))).ToList();
        var bad = batch.Where(b => b.Doc.Heading.Title.Text != b.Document.Title || b.Doc.AllSections().Count() != b.Document.Sections).ToList();
        Console.WriteLine($"batch: {batch.Count - bad.Count}/{batch.Count} read with their title and sections");
        foreach (var b in bad) Console.WriteLine($"  {b.Name}: title '{b.Doc.Heading.Title.Text}', sections {b.Doc.AllSections().Count()}/{b.Document.Sections}");
        return failures + bad.Count == 0 ? 0 : 1;
    }
}
