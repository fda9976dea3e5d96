using System.Collections.Immutable;
using Converter.Emitters.Json;

namespace Converter.Emitters;

/// <summary>
/// Emitters keyed by format name (case-insensitive). Immutable: <see cref="With"/> returns a new registry.
/// </summary>
public sealed class EmitterRegistry
{
    private readonly ImmutableSortedDictionary<string, IDocumentEmitter> _emitters;

    private EmitterRegistry(ImmutableSortedDictionary<string, IDocumentEmitter> emitters) => _emitters = emitters;

    /// <summary>A registry holding only the JSON emitter (the core library's format).</summary>
    public static EmitterRegistry Core { get; } = new EmitterRegistry(
        ImmutableSortedDictionary.Create<string, IDocumentEmitter>(StringComparer.OrdinalIgnoreCase))
        .With(new JsonEmitter());

    /// <summary>A registry with <paramref name="emitter"/> added (replacing one of the same format).</summary>
    public EmitterRegistry With(IDocumentEmitter emitter)
    {
        ArgumentNullException.ThrowIfNull(emitter);
        return new EmitterRegistry(_emitters.SetItem(emitter.Format, emitter));
    }

    /// <summary>Registered format names, sorted.</summary>
    public IEnumerable<string> Formats => _emitters.Keys;

    /// <summary>Finds the emitter for a format name.</summary>
    public bool TryGet(string format, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out IDocumentEmitter? emitter) =>
        _emitters.TryGetValue(format, out emitter);

    /// <summary>The emitter for a format name.</summary>
    /// <exception cref="ConversionException">No emitter is registered under that name.</exception>
    public IDocumentEmitter Get(string format) =>
        TryGet(format, out var emitter)
            ? emitter
            : throw new ConversionException(ConversionErrorKind.InvalidOption,
                $"unknown output format '{format}'; known formats: {string.Join(", ", Formats)}");
}
