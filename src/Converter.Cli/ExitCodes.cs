namespace Converter.Cli;

/// <summary>Process exit codes. Documented in the README; scripts rely on them, so never renumber.</summary>
internal static class ExitCodes
{
    /// <summary>Everything asked for was done.</summary>
    public const int Success = 0;
    /// <summary>A bug in the converter: an unexpected exception. Please report it.</summary>
    public const int InternalError = 1;
    /// <summary>The command line is wrong (unknown option, bad value, unknown format).</summary>
    public const int UsageError = 2;
    /// <summary>An input file is missing or cannot be read.</summary>
    public const int InputNotFound = 3;
    /// <summary>An input is not a convertible document: empty, binary, no title, malformed or unsupported JSON, an unreadable Word file.</summary>
    public const int InputInvalid = 4;
    /// <summary>An input is larger than --max-input-size.</summary>
    public const int InputTooLarge = 5;
    /// <summary>An output could not be written.</summary>
    public const int OutputFailed = 6;
    /// <summary><c>validate</c>: at least one document does not match the schema.</summary>
    public const int ValidationFailed = 7;
    /// <summary>Several inputs were given and some (not all) failed; the others were converted.</summary>
    public const int PartialFailure = 8;

    public static int For(ConversionErrorKind kind) => kind switch
    {
        ConversionErrorKind.InputNotFound or ConversionErrorKind.InputUnreadable => InputNotFound,
        ConversionErrorKind.InputTooLarge => InputTooLarge,
        ConversionErrorKind.InputEmpty or ConversionErrorKind.InputNotText or ConversionErrorKind.NoTitle
            or ConversionErrorKind.InvalidJson or ConversionErrorKind.UnsupportedSchemaVersion
            or ConversionErrorKind.InvalidDocument => InputInvalid,
        ConversionErrorKind.InvalidOption => UsageError,
        ConversionErrorKind.OutputFailed => OutputFailed,
        _ => InternalError,
    };
}
