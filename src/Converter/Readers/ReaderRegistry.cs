using System.Collections.Immutable;

namespace Converter.Readers;

/// <summary>
/// Source readers for binary formats, asked in the order they were added. Immutable: <see cref="With"/> returns a
/// new registry. The core library holds none (it reads text and converter JSON itself); a format package adds
/// its reader, e.g. <c>ReaderRegistry.Core.With(new DocxReader())</c>, as the emitter packages add emitters to
/// <see cref="Emitters.EmitterRegistry"/>.
/// </summary>
public sealed class ReaderRegistry
{
    private readonly ImmutableArray<IDocumentReader> _readers;

    private ReaderRegistry(ImmutableArray<IDocumentReader> readers) => _readers = readers;

    /// <summary>The registry of the core library: no binary reader, so every input is text or converter JSON.</summary>
    public static ReaderRegistry Core { get; } = new([]);

    /// <summary>A registry with <paramref name="reader"/> added (replacing one of the same format).</summary>
    public ReaderRegistry With(IDocumentReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return new ReaderRegistry([.. _readers.Where(r => !string.Equals(r.Format, reader.Format, StringComparison.OrdinalIgnoreCase)), reader]);
    }

    /// <summary>Registered format names, in the order they are asked.</summary>
    public IEnumerable<string> Formats => _readers.Select(r => r.Format);

    /// <summary>The first reader that recognises <paramref name="bytes"/>, or <c>null</c> (text or JSON).</summary>
    public IDocumentReader? Find(ReadOnlySpan<byte> bytes)
    {
        foreach (var reader in _readers)
            if (reader.Recognizes(bytes)) return reader;
        return null;
    }
}
