using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Converter.Cli.Batch;

/// <summary>
/// One of <see cref="Count"/> disjoint parts of a batch, so that workers that each see the whole corpus convert
/// each input exactly once. An input belongs to shard <c>K</c> when the first 8 bytes of the SHA-256 of its
/// relative output path (UTF-8, <c>/</c> separators, no extension), read as a big-endian unsigned integer, modulo
/// <see cref="Count"/> equal <c>K</c>. The split depends on the names alone, not on the order in which files are
/// listed or on which other files exist, so every worker and every run computes the same split; inputs whose
/// outputs would collide share a path and so a shard, where the collision is reported.
/// </summary>
/// <param name="Index">0-based: from 0 to <see cref="Count"/> − 1, as Kubernetes' <c>JOB_COMPLETION_INDEX</c>.</param>
/// <param name="Count">Number of shards, 1 or more.</param>
internal readonly record struct Shard(int Index, int Count)
{
    /// <summary>Set by Kubernetes in each pod of an Indexed Job: the pod's index, from 0.</summary>
    public const string IndexVariable = "JOB_COMPLETION_INDEX";

    /// <summary>Set by the Job's author to the Job's <c>completions</c>: Kubernetes does not pass that number to the pod.</summary>
    public const string CountVariable = "JOB_COMPLETION_COUNT";

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Index}/{Count}");

    /// <summary>Whether the input whose outputs go to <paramref name="relativePath"/> (under the output folder) belongs here.</summary>
    public bool Owns(string relativePath) => Of(relativePath, Count) == Index;

    /// <summary>The shard, from 0 to <paramref name="count"/> − 1, that owns <paramref name="relativePath"/>.</summary>
    public static int Of(string relativePath, int count)
    {
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(Encoding.UTF8.GetBytes(relativePath.Replace('\\', '/')), hash);
        return (int)(BinaryPrimitives.ReadUInt64BigEndian(hash) % (ulong)count);
    }

    /// <summary>
    /// The shard asked for: <c>--shard K/N</c> if given, else <c>JOB_COMPLETION_INDEX</c> with <c>JOB_COMPLETION_COUNT</c>
    /// when both are set, else none (the whole batch).
    /// </summary>
    /// <exception cref="ConversionException">A value is malformed or out of range (<see cref="ConversionErrorKind.InvalidOption"/>).</exception>
    public static Shard? Resolve(string? option, Func<string, string?> environment)
    {
        if (option is not null)
        {
            var slash = option.IndexOf('/', StringComparison.Ordinal);
            if (slash < 0 || !TryNumber(option[..slash], out var k) || !TryNumber(option[(slash + 1)..], out var n))
                throw Invalid($"--shard '{option}' is not K/N; give this worker's shard K (from 0) and the number of shards N, e.g. --shard 0/4");
            return Checked(k, n, $"--shard {option}");
        }
        var index = environment(IndexVariable);
        var count = environment(CountVariable);
        if (string.IsNullOrEmpty(index) || string.IsNullOrEmpty(count)) return null;
        if (!TryNumber(index, out var i) || !TryNumber(count, out var c))
            throw Invalid($"{IndexVariable}='{index}' and {CountVariable}='{count}' must be whole numbers");
        return Checked(i, c, $"{IndexVariable}={index} with {CountVariable}={count}");
    }

    private static Shard Checked(int index, int count, string source)
    {
        if (count < 1) throw Invalid($"{source}: the number of shards must be 1 or more");
        if (index >= count) throw Invalid($"{source}: the shard must be from 0 to {count - 1} (shards are numbered from 0)");
        return new Shard(index, count);
    }

    private static bool TryNumber(string text, out int value) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value);

    private static ConversionException Invalid(string message) => new(ConversionErrorKind.InvalidOption, message);
}
