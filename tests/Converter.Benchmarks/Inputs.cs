using System.Collections.Concurrent;
using Converter.Json;
using Converter.Model;

namespace Converter.Benchmarks;

/// <summary>
/// The benchmark inputs: the seed, and documents of 1 MB and 10 MB generated with fixed seeds. Each is built once
/// per process and cached: its source bytes, the parsed document and its JSON.
/// </summary>
public sealed class BenchmarkInput
{
    /// <summary>Input names, as benchmark parameters.</summary>
    public const string Seed = "seed", OneMb = "1MB", TenMb = "10MB";

    private static readonly ConcurrentDictionary<string, Lazy<BenchmarkInput>> Cache = new();

    private readonly Lazy<Document> _document;
    private readonly Lazy<byte[]> _json;

    private BenchmarkInput(string name, byte[] bytes)
    {
        Name = name;
        Bytes = bytes;
        _document = new(() => DocumentConverter.Parse(Bytes, Name + ".txt"));
        _json = new(() => JsonEmitter.ToUtf8Bytes(Document));
    }

    public string Name { get; }

    /// <summary>Source text, UTF-8.</summary>
    public byte[] Bytes { get; }

    public Document Document => _document.Value;

    public byte[] Json => _json.Value;

    public static BenchmarkInput Get(string name) => Cache.GetOrAdd(name, n => new Lazy<BenchmarkInput>(() => Load(n))).Value;

    private static BenchmarkInput Load(string name) => name switch
    {
        Seed => new BenchmarkInput(name, File.ReadAllBytes(SeedPath)),
        OneMb => new BenchmarkInput(name, Generated(1_000_000, 1)),
        TenMb => new BenchmarkInput(name, Generated(10_000_000, 10)),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "unknown input"),
    };

    private static byte[] Generated(long size, ulong seed) =>
        System.Text.Encoding.UTF8.GetBytes(DocumentGenerator.Generate(size, seed, japanese: true).Text);

    /// <summary>The seed document: copied beside the benchmark assembly, else found above it in the repository.</summary>
    public static string SeedPath
    {
        get
        {
            const string file = "joint-statement-2025-09-22.ja.txt";
            var beside = Path.Combine(AppContext.BaseDirectory, "seeds", file);
            if (File.Exists(beside)) return beside;
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "seeds", file);
                if (File.Exists(candidate)) return candidate;
            }
            throw new FileNotFoundException("the seed document was not found", file);
        }
    }
}
