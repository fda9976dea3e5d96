using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace Converter.Pdf.Fonts;

/// <summary>
/// The fonts of one conversion: body (bundled IPAex Mincho unless <see cref="ConverterOptions.BodyFontPath"/>)
/// and headings (bundled IPAex Gothic unless <see cref="ConverterOptions.HeadingFontPath"/>), each with the
/// bundled fonts of the same role as fallbacks: Liberation Serif (body) or Liberation Sans (headings) for Latin text,
/// IPAex for everything else.
/// </summary>
internal sealed class FontSet
{
    private static readonly Lazy<FontFace> BundledMincho = new(() => LoadBundled("ipaexm.ttf", "IPAexMincho"));
    private static readonly Lazy<FontFace> BundledGothic = new(() => LoadBundled("ipaexg.ttf", "IPAexGothic"));
    private static readonly Lazy<FontFace> BundledSerif = new(() => LoadBundled("LiberationSerif-Regular.ttf", "LiberationSerif"));
    private static readonly Lazy<FontFace> BundledSans = new(() => LoadBundled("LiberationSans-Regular.ttf", "LiberationSans"));
    private static readonly ConcurrentDictionary<string, FontFace> UserFaces = new(StringComparer.Ordinal);

    private FontSet(FontFace body, FontFace heading)
    {
        Body = body;
        Heading = heading;
    }

    /// <summary>Font for body text.</summary>
    public FontFace Body { get; }

    /// <summary>Font for the title and section headings.</summary>
    public FontFace Heading { get; }

    /// <summary>Bundled font used when <see cref="Body"/> has no glyph for a character.</summary>
    public static FontFace BodyFallback => BundledMincho.Value;

    /// <summary>Bundled font used when <see cref="Heading"/> has no glyph for a character.</summary>
    public static FontFace HeadingFallback => BundledGothic.Value;

    /// <summary>Bundled font for Latin text in body type (Liberation Serif).</summary>
    public static FontFace BodyLatin => BundledSerif.Value;

    /// <summary>Bundled font for Latin text in headings (Liberation Sans).</summary>
    public static FontFace HeadingLatin => BundledSans.Value;

    /// <summary>The face behind <paramref name="slot"/>.</summary>
    public FontFace this[Layout.FontSlot slot] => slot switch
    {
        Layout.FontSlot.Body => Body,
        Layout.FontSlot.BodyFallback => BodyFallback,
        Layout.FontSlot.Heading => Heading,
        Layout.FontSlot.HeadingFallback => HeadingFallback,
        Layout.FontSlot.BodyLatin => BodyLatin,
        _ => HeadingLatin,
    };

    /// <summary>The fonts by slot, for layout; <paramref name="cjk"/> when the document's language is Chinese, Japanese or Korean.</summary>
    public Layout.FontPalette Palette(bool cjk) => new(Body, BodyFallback, Heading, HeadingFallback, BodyLatin, HeadingLatin) { Cjk = cjk };

    /// <summary>Loads the fonts the options ask for (bundled ones once per process).</summary>
    /// <exception cref="ConversionException">A font path cannot be read or is not a single TrueType (glyf) font.</exception>
    public static FontSet Load(ConverterOptions options)
    {
        var body = options.BodyFontPath is { } b ? LoadUser(b, "BodyFontPath") : BundledMincho.Value;
        var heading = options.HeadingFontPath is { } h ? LoadUser(h, "HeadingFontPath") : BundledGothic.Value;
        return new FontSet(body, heading);
    }

    private static FontFace LoadBundled(string file, string name)
    {
        var stream = typeof(FontSet).Assembly.GetManifestResourceStream("Converter.Pdf.Fonts." + file)
            ?? throw new InvalidOperationException($"bundled font {file} is missing from the assembly");
        return new FontFace(TrueTypeFont.Parse(ResourceMemory.Of(stream), name), name + " (bundled)");
    }

    private static FontFace LoadUser(string path, string option)
    {
        byte[] data;
        try
        {
            data = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new ConversionException(ConversionErrorKind.InvalidOption,
                $"{option}: cannot read font file '{path}': {e.Message}", path, inner: e);
        }
        var key = Convert.ToHexStringLower(SHA256.HashData(data))[..24];
        if (UserFaces.TryGetValue(key, out var cached)) return cached with { Source = path };

        var reason = TrueTypeFont.Reject(data);
        if (reason is not null)
            throw new ConversionException(ConversionErrorKind.InvalidOption,
                $"{option}: font file '{path}' cannot be used: {reason}", path);
        TrueTypeFont metrics;
        try
        {
            metrics = TrueTypeFont.Parse(data, Path.GetFileNameWithoutExtension(path));
        }
        catch (InvalidDataException e)
        {
            throw new ConversionException(ConversionErrorKind.InvalidOption,
                $"{option}: font file '{path}' is damaged ({e.Message}); use an intact TrueType font (.ttf)", path, inner: e);
        }
        // OS/2 fsType: 0x0002 = restricted licence (no embedding), 0x0200 = bitmap embedding only.
        if ((metrics.FsType & 0x000F) == 0x0002 || (metrics.FsType & 0x0200) != 0)
            throw new ConversionException(ConversionErrorKind.InvalidOption,
                $"{option}: font file '{path}' does not permit embedding (OS/2 fsType 0x{metrics.FsType:X4}); a PDF needs embedded fonts, so use a font whose licence allows embedding", path);
        return UserFaces.GetOrAdd(key, new FontFace(metrics, path));
    }
}
