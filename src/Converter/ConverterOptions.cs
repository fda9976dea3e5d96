namespace Converter;

/// <summary>
/// Options shared by the parser and all emitters. Immutable: build once, share across threads.
/// </summary>
public sealed record ConverterOptions
{
    /// <summary>The defaults: no timestamp, no added clause numbers, PDF/A on, bundled fonts.</summary>
    public static ConverterOptions Default { get; } = new();

    /// <summary>Default for <see cref="MaxInputBytes"/>: 64 MiB, far above any real statement or law.</summary>
    public const long DefaultMaxInputBytes = 64L * 1024 * 1024;

    /// <summary>
    /// Creation/modification time written into DOCX core properties and PDF metadata.
    /// <c>null</c> (the default) leaves dates out where the format allows it, so output depends only on
    /// the input; the wall clock is never used.
    /// </summary>
    public DateTimeOffset? Timestamp { get; init; }

    /// <summary>
    /// Number clauses that show no number in the source (DOCX: a real numbering definition; PDF: a hanging
    /// number). Numbers the source shows are always kept exactly as displayed.
    /// </summary>
    public bool NumberClauses { get; init; }

    /// <summary>Write PDF/A (archival) output. On by default.</summary>
    public bool PdfA { get; init; } = true;

    /// <summary>TrueType (glyf) font file for body text, overriding the bundled IPAex Mincho.</summary>
    public string? BodyFontPath { get; init; }

    /// <summary>TrueType (glyf) font file for headings, overriding the bundled IPAex Gothic.</summary>
    public string? HeadingFontPath { get; init; }

    /// <summary>Largest input accepted, in bytes; larger input is rejected before it is decoded.</summary>
    public long MaxInputBytes { get; init; } = DefaultMaxInputBytes;
}
