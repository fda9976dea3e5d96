using System.CommandLine;
using System.Globalization;

namespace Converter.Cli.Commands;

/// <summary>Options shared by the library and every emitter, parsed into one immutable <see cref="ConverterOptions"/>.</summary>
internal sealed class SharedOptions
{
    public Option<string?> Timestamp { get; } = new("--timestamp")
    {
        Description = "Creation/modification time written into DOCX/PDF metadata (ISO 8601, e.g. 2025-09-22T00:00:00Z). " +
                      "Default: SOURCE_DATE_EPOCH if set, else none (dates left out); never the clock.",
    };

    public Option<bool> NumberClauses { get; } = new("--number-clauses")
    {
        Description = "Number clauses that show no number in the source (DOCX numbering, PDF hanging numbers). Displayed numbers are always kept.",
    };

    public Option<bool> NoPdfA { get; } = new("--no-pdfa")
    {
        Description = "Write plain PDF instead of PDF/A (archival) output.",
    };

    public Option<string?> FontBody { get; } = new("--font-body") { Description = "TrueType (glyf) font file for body text in PDF output." };

    public Option<string?> FontHeading { get; } = new("--font-heading") { Description = "TrueType (glyf) font file for headings in PDF output." };

    public Option<string?> MaxInputSize { get; } = new("--max-input-size")
    {
        Description = "Largest input accepted, in bytes or with a K/M/G suffix (default 64M).",
    };

    public void AddTo(Command command)
    {
        command.Options.Add(Timestamp);
        command.Options.Add(NumberClauses);
        command.Options.Add(NoPdfA);
        command.Options.Add(FontBody);
        command.Options.Add(FontHeading);
        command.Options.Add(MaxInputSize);
    }

    public ConverterOptions Read(ParseResult result) => new()
    {
        Timestamp = ParseTimestamp(result.GetValue(Timestamp)),
        NumberClauses = result.GetValue(NumberClauses),
        PdfA = !result.GetValue(NoPdfA),
        BodyFontPath = result.GetValue(FontBody),
        HeadingFontPath = result.GetValue(FontHeading),
        MaxInputBytes = ParseSize(result.GetValue(MaxInputSize)),
    };

    internal static DateTimeOffset? ParseTimestamp(string? value)
    {
        if (value is null)
        {
            var epoch = Environment.GetEnvironmentVariable("SOURCE_DATE_EPOCH");
            if (string.IsNullOrWhiteSpace(epoch)) return null;
            if (long.TryParse(epoch, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
                return DateTimeOffset.FromUnixTimeSeconds(seconds);
            throw new ConversionException(ConversionErrorKind.InvalidOption,
                $"SOURCE_DATE_EPOCH='{epoch}' is not a number of seconds since 1970-01-01");
        }
        if (DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var ts))
            return ts; // keep the offset the user gave: the library writes it as given
        throw new ConversionException(ConversionErrorKind.InvalidOption,
            $"--timestamp '{value}' is not a date and time; use ISO 8601, e.g. 2025-09-22T00:00:00Z");
    }

    internal static long ParseSize(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return ConverterOptions.DefaultMaxInputBytes;
        var v = value.Trim();
        long factor = 1;
        switch (char.ToUpperInvariant(v[^1]))
        {
            case 'K': factor = 1024; v = v[..^1]; break;
            case 'M': factor = 1024 * 1024; v = v[..^1]; break;
            case 'G': factor = 1024L * 1024 * 1024; v = v[..^1]; break;
        }
        if (long.TryParse(v, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 && n <= long.MaxValue / factor)
            return n * factor;
        throw new ConversionException(ConversionErrorKind.InvalidOption,
            $"--max-input-size '{value}' is not a size; use bytes or a K/M/G suffix, e.g. 64M");
    }
}
