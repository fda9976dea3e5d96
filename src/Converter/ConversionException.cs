namespace Converter;

/// <summary>What kind of problem stopped a conversion. Each maps to a documented CLI exit code.</summary>
public enum ConversionErrorKind
{
    /// <summary>The input file does not exist.</summary>
    InputNotFound,
    /// <summary>The input exists but cannot be read (permissions, a directory, an I/O error).</summary>
    InputUnreadable,
    /// <summary>The input is larger than <see cref="ConverterOptions.MaxInputBytes"/>.</summary>
    InputTooLarge,
    /// <summary>The input is empty or holds only whitespace.</summary>
    InputEmpty,
    /// <summary>The input is binary or not decodable as text.</summary>
    InputNotText,
    /// <summary>The text has no line that can serve as a title.</summary>
    NoTitle,
    /// <summary>JSON input is malformed or does not match the document model.</summary>
    InvalidJson,
    /// <summary>JSON input declares a schema major version this library does not know.</summary>
    UnsupportedSchemaVersion,
    /// <summary>An option is unusable (e.g. a font file that is not TrueType).</summary>
    InvalidOption,
    /// <summary>An output could not be written.</summary>
    OutputFailed,
    /// <summary>
    /// The input is a binary document format that cannot be read: a damaged or encrypted Word file, a Word 97–2003
    /// <c>.doc</c>, a zip that is not a Word document, unsafe XML, or a format no registered reader handles.
    /// </summary>
    InvalidDocument,
}

/// <summary>
/// A problem the user can act on: bad input, a bad option, an unwritable output. The message names the
/// file (and line where there is one), what is wrong and what to do. Anything else thrown is a bug.
/// </summary>
public sealed class ConversionException : Exception
{
    /// <summary>Creates the exception.</summary>
    public ConversionException(ConversionErrorKind kind, string message, string? file = null, int? line = null, Exception? inner = null)
        : base(message, inner)
    {
        Kind = kind;
        File = file;
        Line = line;
    }

    /// <summary>What went wrong.</summary>
    public ConversionErrorKind Kind { get; }

    /// <summary>The file concerned, if any (<c>-</c> for stdin).</summary>
    public string? File { get; }

    /// <summary>The 1-based line concerned, if any.</summary>
    public int? Line { get; }

    /// <summary>One line for a terminal: <c>file:line: message</c>.</summary>
    public string ToDisplayString()
    {
        var where = File is null ? "" : Line is null ? $"{File}: " : $"{File}:{Line}: ";
        return where + Message;
    }
}
