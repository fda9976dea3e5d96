using System.Globalization;
using System.Text;
using BenchmarkDotNet.Running;
using Converter.Benchmarks;

// Commands besides the benchmarks (used by tests/bench/compare.sh):
//   generate SIZE FILE [SEED]   one document of about SIZE bytes (K/M suffix), Japanese title
//   batch COUNT DIR [SEED]      COUNT seed-sized documents, each different
//   verify                      parses generated documents and prints what the parser read
//   docx-read N FILE...         reads each .docx N times with the Word reader and prints the median wall time and
//                               allocation per read (a quick figure; DocxReadBenchmarks is the BenchmarkDotNet one)
//   word-gaps PATH...          word spaces of Western documents as the PDF emitter sets them (largest, 95th percentile)
//   pdf-stages N [INPUT]        renders INPUT (seed, 1MB) N times as PDF, stage by stage, and prints wall and CPU
//                               time per stage (steadier than BenchmarkDotNet on a loaded machine; for dotnet-trace)
// Anything else goes to BenchmarkDotNet, e.g. --filter '*Parse*', --list flat, --job short.
switch (args.FirstOrDefault())
{
    case "generate" when args.Length >= 3:
    {
        var doc = DocumentGenerator.Generate(ParseSize(args[1]), args.Length > 3 ? ulong.Parse(args[3], CultureInfo.InvariantCulture) : 1, japanese: true);
        File.WriteAllText(args[2], doc.Text, new UTF8Encoding(false));
        Console.WriteLine($"{args[2]}: {new FileInfo(args[2]).Length:N0} bytes, {doc.Sections:N0} sections");
        return 0;
    }
    case "batch" when args.Length >= 3:
    {
        Directory.CreateDirectory(args[2]);
        var count = int.Parse(args[1], CultureInfo.InvariantCulture);
        long bytes = 0;
        foreach (var (name, doc) in DocumentGenerator.Batch(count, args.Length > 3 ? ulong.Parse(args[3], CultureInfo.InvariantCulture) : 20250922))
        {
            var path = Path.Combine(args[2], name);
            File.WriteAllText(path, doc.Text, new UTF8Encoding(false));
            bytes += new FileInfo(path).Length;
        }
        Console.WriteLine($"{args[2]}: {count:N0} documents, {bytes:N0} bytes");
        return 0;
    }
    case "docx-read" when args.Length >= 3:
    {
        var reader = new Converter.Docx.Reading.DocxReader();
        var n = int.Parse(args[1], CultureInfo.InvariantCulture);
        foreach (var file in args[2..])
        {
            var bytes = File.ReadAllBytes(file);
            var document = reader.Read(bytes, file, Converter.ConverterOptions.Default);
            var times = new List<double>();
            long allocated = 0;
            for (var i = 0; i < n; i++)
            {
                var before = GC.GetAllocatedBytesForCurrentThread();
                var clock = System.Diagnostics.Stopwatch.StartNew();
                reader.Read(bytes, file, Converter.ConverterOptions.Default);
                times.Add(clock.Elapsed.TotalMilliseconds);
                allocated = GC.GetAllocatedBytesForCurrentThread() - before;
            }
            times.Sort();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{file}: {bytes.Length:N0} bytes, {document.Metadata.LineCount:N0} paragraphs, {document.AllClauses().Count():N0} clauses: median {times[times.Count / 2]:F1} ms (min {times[0]:F1}), {allocated / 1e6:F0} MB allocated per read"));
        }
        return 0;
    }
    case "verify":
        return Verify.Run();
    case "word-gaps" when args.Length >= 2:
        return WordGaps.Run(args.Skip(1));
    case "pdf-stages" when args.Length >= 2:
        PdfStages.Run(int.Parse(args[1], CultureInfo.InvariantCulture), args.Length > 2 ? args[2] : BenchmarkInput.Seed);
        return 0;
    default:
        BenchmarkSwitcher.FromAssembly(typeof(ParseBenchmarks).Assembly).Run(args, new BenchmarkConfig());
        return 0;
}

static long ParseSize(string s)
{
    var factor = char.ToUpperInvariant(s[^1]) switch { 'K' => 1_000L, 'M' => 1_000_000L, 'G' => 1_000_000_000L, _ => 1L };
    return long.Parse(factor == 1 ? s : s[..^1], CultureInfo.InvariantCulture) * factor;
}
