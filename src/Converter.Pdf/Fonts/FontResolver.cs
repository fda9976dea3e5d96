using System.Collections.Concurrent;
using PdfSharp.Fonts;

namespace Converter.Pdf.Fonts;

/// <summary>
/// The one PDFsharp font resolver of the process. PDFsharp allows a font resolver to be set only once per
/// process, so this single instance serves every face the emitter uses: the bundled IPAex fonts and any
/// user font file, each registered under a name derived from its content (so a changed file is a new face).
/// </summary>
/// <remarks>
/// Installed as <see cref="GlobalFontSettings.FontResolver"/> when the host has set none; if the host already
/// installed its own resolver, this one is installed as <see cref="GlobalFontSettings.FallbackFontResolver"/>
/// (PDFsharp asks the fallback for family names the primary does not know, and ours are unique).
/// </remarks>
internal sealed class FontResolver : IFontResolver
{
    private static readonly object InstallLock = new();
    private static volatile bool _installed;
    private readonly ConcurrentDictionary<string, byte[]> _faces = new(StringComparer.Ordinal);

    private FontResolver() { }

    /// <summary>The process-wide instance.</summary>
    public static FontResolver Instance { get; } = new();

    /// <summary>Installs <see cref="Instance"/> into PDFsharp once; safe to call from any thread, any number of times.</summary>
    /// <exception cref="InvalidOperationException">The host installed both a primary and a fallback font resolver of its own.</exception>
    public static void EnsureInstalled()
    {
        if (_installed) return;
        lock (InstallLock)
        {
            if (_installed) return;
            if (GlobalFontSettings.FontResolver is null) GlobalFontSettings.FontResolver = Instance;
            else if (!ReferenceEquals(GlobalFontSettings.FontResolver, Instance))
            {
                if (GlobalFontSettings.FallbackFontResolver is null) GlobalFontSettings.FallbackFontResolver = Instance;
                else if (!ReferenceEquals(GlobalFontSettings.FallbackFontResolver, Instance))
                    throw new InvalidOperationException(
                        "PDFsharp already has a font resolver and a fallback font resolver set by the host application; " +
                        "the PDF emitter needs one of the two slots for its fonts.");
            }
            _installed = true;
        }
    }

    /// <summary>Makes <paramref name="fontFile"/> available under <paramref name="faceName"/> (first registration wins).</summary>
    public void Register(string faceName, byte[] fontFile) => _faces.TryAdd(faceName, fontFile);

    /// <inheritdoc />
    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) =>
        _faces.ContainsKey(familyName) ? new FontResolverInfo(familyName) : null;

    /// <inheritdoc />
    public byte[]? GetFont(string faceName) => _faces.TryGetValue(faceName, out var data) ? data : null;
}
