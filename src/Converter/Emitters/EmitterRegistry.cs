using System.Collections.Immutable;
using Converter.Json;

namespace Converter.Emitters;

/// <summary>
/// Emitters keyed by format name (case-insensitive). Immutable: <c>With</c> returns a new registry. An emitter
/// registered with a factory is created on first use, so a program that registers every format pays only for
/// the ones it writes.
/// </summary>
public sealed class EmitterRegistry
{
    private readonly ImmutableSortedDictionary<string, Lazy<IDocumentEmitter>> _emitters;

    private EmitterRegistry(ImmutableSortedDictionary<string, Lazy<IDocumentEmitter>> emitters) => _emitters = emitters;

    /// <summary>A registry holding only the JSON emitter (the core library's format).</summary>
    public static EmitterRegistry Core { get; } = new EmitterRegistry(
        ImmutableSortedDictionary.Create<string, Lazy<IDocumentEmitter>>(StringComparer.OrdinalIgnoreCase))
        .With(new JsonEmitter());

    /// <summary>A registry with <paramref name="emitter"/> added (replacing one of the same format).</summary>
    public EmitterRegistry With(IDocumentEmitter emitter)
    {
        ArgumentNullException.ThrowIfNull(emitter);
        return new EmitterRegistry(_emitters.SetItem(emitter.Format, new Lazy<IDocumentEmitter>(emitter)));
    }

    /// <summary>
    /// A registry with an emitter for <paramref name="format"/> that <paramref name="factory"/> creates on first use
    /// (once, thread-safely), replacing one of the same format.
    /// </summary>
    /// <exception cref="InvalidOperationException">On first use, when the created emitter names another format.</exception>
    public EmitterRegistry With(string format, Func<IDocumentEmitter> factory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(format);
        ArgumentNullException.ThrowIfNull(factory);
        return new EmitterRegistry(_emitters.SetItem(format, new Lazy<IDocumentEmitter>(() =>
        {
            var emitter = factory() ?? throw new InvalidOperationException($"the factory for format '{format}' returned no emitter");
            if (!string.Equals(emitter.Format, format, StringComparison.OrdinalIgnoreCase))
                throw new InvalidOperationException($"the factory for format '{format}' made an emitter for '{emitter.Format}'");
            return emitter;
        })));
    }

    /// <summary>Registered format names, sorted.</summary>
    public IEnumerable<string> Formats => _emitters.Keys;

    /// <summary>Finds the emitter for a format name.</summary>
    public bool TryGet(string format, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out IDocumentEmitter? emitter)
    {
        emitter = _emitters.TryGetValue(format, out var lazy) ? lazy.Value : null;
        return emitter is not null;
    }

    /// <summary>The emitter for a format name.</summary>
    /// <exception cref="ConversionException">No emitter is registered under that name.</exception>
    public IDocumentEmitter Get(string format) =>
        TryGet(format, out var emitter)
            ? emitter
            : throw new ConversionException(ConversionErrorKind.InvalidOption,
                $"unknown output format '{format}'; known formats: {string.Join(", ", Formats)}");
}
