using System.Security.Cryptography;
using System.Text;

namespace Converter.Docx;

/// <summary>
/// Turns model ids (<c>sec-2.cl-3</c>) into Word bookmark names (<c>sec_2_cl_3</c>).
/// </summary>
/// <remarks>
/// Word accepts bookmark names of at most 40 characters that start with a letter and contain only
/// letters, digits and underscores (a leading underscore would hide the bookmark). The mapping:
/// every character other than an ASCII letter or digit becomes <c>_</c>; a name not starting with a
/// letter gets the prefix <c>n_</c>; a name longer than 40 characters keeps its first 31 characters and
/// ends with <c>_</c> plus the first 8 hex digits of the SHA-256 of the id. Model ids contain no
/// underscores, so distinct ids map to distinct names; a clash (possible only through truncation or
/// hand-made ids) is resolved by hashing the id with a counter. Deterministic for a given document.
/// </remarks>
internal sealed class BookmarkNames
{
    /// <summary>Word's limit on bookmark name length.</summary>
    public const int MaxLength = 40;

    private readonly HashSet<string> _used = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>A unique bookmark name for <paramref name="id"/> within this document.</summary>
    public string Allocate(string id)
    {
        var name = Map(id);
        for (var n = 2; !_used.Add(name); n++)
            name = Truncate(Map(id), $"{id}#{n}", force: true);
        return name;
    }

    /// <summary>The bookmark name for a model id, before de-duplication.</summary>
    public static string Map(string id)
    {
        var sb = new StringBuilder(id.Length + 2);
        foreach (var ch in id)
            sb.Append(char.IsAsciiLetterOrDigit(ch) ? ch : '_');
        if (sb.Length == 0 || !char.IsAsciiLetter(sb[0])) sb.Insert(0, "n_");
        return Truncate(sb.ToString(), id, force: false);
    }

    private static string Truncate(string name, string hashInput, bool force)
    {
        if (!force && name.Length <= MaxLength) return name;
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(hashInput)))[..8];
        var keep = Math.Min(name.Length, MaxLength - 9);
        return name[..keep] + "_" + hash;
    }
}
