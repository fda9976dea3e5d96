using System.Text.Json;

namespace Converter.Json;

/// <summary>
/// Where values are in the text, found in one forward pass: the DOM that JsonSchema.Net evaluates keeps no positions,
/// and System.Text.Json reports a duplicate property without one, so errors found there are placed in the source here.
/// Only invalid input comes this way.
/// </summary>
internal static class JsonLines
{
    /// <summary>
    /// The 1-based line of the value at each pointer in <paramref name="pointers"/> that is in <paramref name="utf8"/>
    /// (well-formed JSON without a byte order mark), keyed by pointer.
    /// </summary>
    public static Dictionary<string, int> Of(ReadOnlySpan<byte> utf8, IEnumerable<string> pointers)
    {
        var wanted = new HashSet<string>(pointers, StringComparer.Ordinal);
        var found = new Dictionary<string, int>(StringComparer.Ordinal);
        Walk(utf8, (pointer, line, _) =>
        {
            if (wanted.Contains(pointer)) found.TryAdd(pointer, line);
            return found.Count < wanted.Count;
        });
        return found;
    }

    /// <summary>The pointer and line of the first property given a second time in its object, or <c>null</c>.</summary>
    public static (string Pointer, int Line)? FirstDuplicate(ReadOnlySpan<byte> utf8)
    {
        (string, int)? duplicate = null;
        Walk(utf8, (pointer, line, repeated) =>
        {
            if (repeated) duplicate = (pointer, line);
            return !repeated;
        });
        return duplicate;
    }

    /// <summary>
    /// Visits every value in document order with its pointer, its line, and whether it is the value of a property
    /// already given in the same object; stops when <paramref name="visit"/> returns false or at the first error.
    /// </summary>
    private static void Walk(ReadOnlySpan<byte> utf8, Func<string, int, bool, bool> visit)
    {
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { MaxDepth = JsonEmitter.MaxDepth });
        // Each open container: its pointer, the index of an array's next item, an object's property names so far.
        var open = new Stack<(string Pointer, int NextIndex, HashSet<string>? Names)>();
        string? property = null;
        var repeated = false;
        int line = 1, counted = 0;
        try
        {
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                        property = reader.GetString()!;
                        repeated = !open.Peek().Names!.Add(property);
                        continue;
                    case JsonTokenType.EndObject or JsonTokenType.EndArray:
                        open.Pop();
                        continue;
                }
                string pointer;
                if (open.Count == 0) pointer = "";
                else if (property is not null) pointer = $"{open.Peek().Pointer}/{Escape(property)}";
                else
                {
                    var (parent, index, names) = open.Pop();
                    open.Push((parent, index + 1, names));
                    pointer = $"{parent}/{index}";
                }
                property = null;
                var start = (int)reader.TokenStartIndex;
                line += utf8[counted..start].Count((byte)'\n');
                counted = start;
                if (!visit(pointer, line, repeated)) return;
                repeated = false;
                if (reader.TokenType == JsonTokenType.StartObject) open.Push((pointer, 0, new HashSet<string>(StringComparer.Ordinal)));
                else if (reader.TokenType == JsonTokenType.StartArray) open.Push((pointer, 0, null));
            }
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            // Malformed further on, or a name that is not valid Unicode: what was found so far stands.
        }
    }

    /// <summary>A property name as a JSON pointer step (RFC 6901: <c>~</c> as <c>~0</c>, <c>/</c> as <c>~1</c>).</summary>
    public static string Escape(string name) =>
        name.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);
}
