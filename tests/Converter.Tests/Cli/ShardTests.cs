using System.Text.Json.Nodes;
using Converter.Cli;
using Converter.Cli.Batch;

namespace Converter.Tests.Cli;

/// <summary>
/// <c>--shard K/N</c> (and the Indexed Job variables): workers that see the same corpus convert each input exactly
/// once, and the split depends on names only, so it is the same on every run and every machine.
/// </summary>
public sealed class ShardTests : CliTestBase
{
    private static readonly string[] Names = Enumerable.Range(0, 500)
        .Select(i => (i % 3) switch
        {
            0 => $"corpus/doc{i}",
            1 => $"corpus/sub{i % 7}/statement-{i}.ja",
            _ => $"文書/共同声明{i}",
        })
        .ToArray();

    [Fact]
    public void Every_name_belongs_to_exactly_one_shard_and_no_shard_is_starved()
    {
        for (var count = 1; count <= 8; count++)
        {
            var perShard = new int[count];
            foreach (var name in Names)
            {
                var owners = Enumerable.Range(0, count).Where(k => new Shard(k, count).Owns(name)).ToList();
                var owner = Assert.Single(owners);
                perShard[owner]++;
            }
            // 500 names over at most 8 shards: a fair hash gives each shard dozens (fixed names, so no flakiness).
            Assert.All(perShard, n => Assert.InRange(n, 500 / count / 2, 500 / count * 2));
        }
    }

    [Theory]
    // Expected values from an independent implementation of the documented rule (Python):
    // int.from_bytes(hashlib.sha256(path.encode()).digest()[:8], "big") % n
    [InlineData("corpus/doc1", 0, 0, 0, 0)]
    [InlineData("corpus/sub/en-memorandum-sections", 1, 1, 3, 3)]
    [InlineData("statement", 1, 2, 3, 3)]
    [InlineData("文書/共同声明", 0, 0, 2, 4)]
    public void The_shard_is_the_documented_hash_of_the_relative_path(string path, int of2, int of3, int of4, int of7)
    {
        Assert.Equal(new[] { of2, of3, of4, of7 }, new[] { 2, 3, 4, 7 }.Select(n => Shard.Of(path, n)));
        Assert.Equal(of3, Shard.Of(path.Replace('/', '\\'), 3)); // Windows separators give the same split
    }

    private string[] MakeCorpus(string folder, int count)
    {
        var seed = File.ReadAllText(Converter.Testing.RepositoryFiles.SeedPath);
        var paths = new List<string>();
        for (var i = 0; i < count; i++)
        {
            var path = Path.Combine(Dir, folder, i % 2 == 0 ? "" : "sub", $"doc{i}.txt");
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, i % 4 == 3 ? "" : seed); // some fail: failures are sharded too
            paths.Add(path);
        }
        return [.. paths];
    }

    private Dictionary<string, int> Split(string corpus, int count, string outDir)
    {
        var owner = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var k = 0; k < count; k++)
        {
            var (code, stdout, err) = Run("convert", corpus, "-r", "--shard", $"{k}/{count}", "--format", "json", "-q", "-o", outDir);
            Assert.True(code is ExitCodes.Success or ExitCodes.PartialFailure or ExitCodes.InputInvalid, err);
            var summary = JsonNode.Parse(stdout)!;
            Assert.Equal(k, (int)summary["shard"]!["index"]!);
            Assert.Equal(count, (int)summary["shard"]!["count"]!);
            foreach (var doc in summary["documents"]!.AsArray())
                Assert.True(owner.TryAdd(Path.GetRelativePath(corpus, (string)doc!["input"]!), k), $"{doc["input"]} in two shards");
        }
        return owner;
    }

    [Fact]
    public void Shards_cover_the_corpus_once_the_same_way_on_every_run_and_as_the_corpus_grows()
    {
        var inputs = MakeCorpus("corpus", 24);
        var corpus = Path.Combine(Dir, "corpus");
        var first = Split(corpus, 3, Path.Combine(Dir, "out"));
        Assert.Equal(inputs.Select(p => Path.GetRelativePath(corpus, p)).Order(StringComparer.Ordinal), first.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(3, first.Values.Distinct().Count());
        // The shards' outputs together are those of one unsharded run.
        var (_, _, _) = Run("convert", corpus, "-r", "-q", "-o", Path.Combine(Dir, "whole"));
        Assert.Equal(Listing(Path.Combine(Dir, "whole")), Listing(Path.Combine(Dir, "out")));

        Assert.Equal(first, Split(corpus, 3, Path.Combine(Dir, "again")));

        // New inputs do not move the old ones: the split depends on each name alone, not on the list.
        MakeCorpus("corpus", 40);
        var grown = Split(corpus, 3, Path.Combine(Dir, "grown"));
        Assert.Equal(40, grown.Count);
        Assert.All(first, kv => Assert.Equal(kv.Value, grown[kv.Key]));
    }

    [Fact]
    public void Shard_summaries_written_to_files_add_up_to_the_unsharded_summary()
    {
        MakeCorpus("corpus", 16);
        var corpus = Path.Combine(Dir, "corpus");
        var (_, whole, _) = Run("convert", corpus, "-r", "--format", "json", "-q", "-o", Path.Combine(Dir, "out"));
        var shards = new List<JsonNode>();
        for (var k = 0; k < 4; k++)
        {
            var file = Path.Combine(Dir, "summaries", $"shard-{k}.json");
            var (_, stdout, _) = Run("convert", corpus, "-r", "--shard", $"{k}/4", "--format", "json", "--summary-file", file, "-q", "-o", Path.Combine(Dir, "out"));
            Assert.Equal(stdout.ReplaceLineEndings("\n"), File.ReadAllText(file));
            shards.Add(JsonNode.Parse(File.ReadAllText(file))!);
        }
        // The merge docs/scale-out.md describes: sum the counts, concatenate the documents; they cover the batch.
        var expected = JsonNode.Parse(whole)!;
        foreach (var count in new[] { "converted", "failed", "diagnostics" })
            Assert.Equal((int)expected[count]!, shards.Sum(s => (int)s[count]!));
        Assert.All(shards, s => Assert.Equal(16, (int)s["shard"]!["inputs"]!));
        static string Doc(JsonNode? d) => d!.ToJsonString();
        Assert.Equal(expected["documents"]!.AsArray().Select(Doc).Order(StringComparer.Ordinal),
            shards.SelectMany(s => s["documents"]!.AsArray()).Select(Doc).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_summary_file_without_sharding_is_the_json_summary()
    {
        var file = Path.Combine(Dir, "summary.json");
        var (code, stdout, _) = Run("convert", Converter.Testing.RepositoryFiles.SeedPath, "--summary-file", file, "-o", Path.Combine(Dir, "out"));
        Assert.Equal(ExitCodes.Success, code);
        Assert.Equal("", stdout);
        var summary = JsonNode.Parse(File.ReadAllText(file))!;
        Assert.Equal(1, (int)summary["converted"]!);
        Assert.Null(summary["shard"]);
    }

    private static List<string> Listing(string folder) =>
        [.. Directory.GetFiles(folder, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(folder, f)).Order(StringComparer.Ordinal)];

    [Fact]
    public void Inputs_whose_outputs_collide_fall_in_one_shard_which_reports_the_collision()
    {
        var seed = File.ReadAllText(Converter.Testing.RepositoryFiles.SeedPath);
        Directory.CreateDirectory(Path.Combine(Dir, "in"));
        File.WriteAllText(Path.Combine(Dir, "in", "a.txt"), seed);
        File.WriteAllText(Path.Combine(Dir, "in", "a.text"), seed);
        var owner = Shard.Of("in/a", 4);
        for (var k = 0; k < 4; k++)
        {
            var (code, stdout, _) = Run("convert", Path.Combine(Dir, "in"), "--shard", $"{k}/4", "--format", "json", "-o", Path.Combine(Dir, "out"));
            var summary = JsonNode.Parse(stdout)!;
            Assert.Equal(k == owner ? 2 : 0, summary["documents"]!.AsArray().Count);
            Assert.Equal(k == owner ? ExitCodes.PartialFailure : ExitCodes.Success, code);
        }
    }

    [Fact]
    public void An_empty_shard_succeeds_with_an_empty_summary()
    {
        MakeCorpus("in", 1);
        var owner = Shard.Of("in/doc0", 2);
        var (code, stdout, _) = Run("convert", Path.Combine(Dir, "in"), "--shard", $"{1 - owner}/2", "--format", "json", "-o", Path.Combine(Dir, "out"));
        Assert.Equal(ExitCodes.Success, code);
        var summary = JsonNode.Parse(stdout)!;
        Assert.Empty(summary["documents"]!.AsArray());
        Assert.Equal(1, (int)summary["shard"]!["inputs"]!);
    }

    [Theory]
    [InlineData("1", "is not K/N")]
    [InlineData("4/4", "from 0 to 3")]
    [InlineData("0/0", "1 or more")]
    [InlineData("-1/4", "is not K/N")]
    [InlineData("a/b", "is not K/N")]
    public void A_bad_shard_is_a_usage_error(string value, string phrase)
    {
        MakeCorpus("in", 2);
        var (code, _, err) = Run("convert", Path.Combine(Dir, "in"), "--shard", value, "-o", Path.Combine(Dir, "out"));
        Assert.Equal(ExitCodes.UsageError, code);
        Assert.Contains(phrase, err);
        Assert.False(Directory.Exists(Path.Combine(Dir, "out")));
    }

    [Fact]
    public void Sharding_standard_output_is_a_usage_error()
    {
        var (code, _, err) = Run("convert", Converter.Testing.RepositoryFiles.SeedPath, "--shard", "0/2", "-o", "-");
        Assert.Equal(ExitCodes.UsageError, code);
        Assert.Contains("output folder", err);
    }

    [Fact]
    public void The_indexed_job_variables_give_the_shard_when_both_are_set_and_the_option_wins()
    {
        Shard? Resolve(string? option, string? index, string? count) =>
            Shard.Resolve(option, name => name switch
            {
                Shard.IndexVariable => index,
                Shard.CountVariable => count,
                _ => null,
            });

        Assert.Equal(new Shard(2, 5), Resolve(null, "2", "5"));
        Assert.Null(Resolve(null, "2", null));      // Kubernetes sets only the index; the count must be set on purpose
        Assert.Null(Resolve(null, null, null));
        Assert.Equal(new Shard(0, 3), Resolve("0/3", "2", "5"));
        Assert.Equal(ConversionErrorKind.InvalidOption, Assert.Throws<ConversionException>(() => Resolve(null, "5", "5")).Kind);
        Assert.Equal(ConversionErrorKind.InvalidOption, Assert.Throws<ConversionException>(() => Resolve(null, "x", "5")).Kind);
        Assert.Equal("2/5", new Shard(2, 5).ToString());
    }
}
