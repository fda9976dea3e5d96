using System.Text.Json;
using Json.Schema;

namespace Converter.Json;

/// <summary>
/// What <see cref="DocumentConverter.ValidateJson"/> found: whether the converter reads the JSON and, if not, every
/// reason it does not.
/// </summary>
public sealed class JsonValidationResult
{
    private readonly JsonElement? _root;

    internal JsonValidationResult(string file, IReadOnlyList<JsonValidationError> errors, JsonElement? root)
    {
        File = file;
        Errors = errors;
        _root = root;
    }

    /// <summary>The name the JSON was validated under (the source name given, or <c>-</c>).</summary>
    public string File { get; }

    /// <summary>True when the converter reads the JSON: there are no <see cref="Errors"/>.</summary>
    public bool IsValid => Errors.Count == 0;

    /// <summary>
    /// Why the converter does not read the JSON, empty when it does. Bytes that are not well-formed JSON give one
    /// error (and are not checked against the schema); otherwise every schema violation, ordered by JSON pointer; a
    /// document valid against the schema can still hold a number the model cannot (beyond 2,147,483,647).
    /// </summary>
    public IReadOnlyList<JsonValidationError> Errors { get; }

    /// <summary>
    /// JsonSchema.Net's evaluation in one of the standard output formats of JSON Schema (what
    /// <c>converter validate --format json</c> prints); <c>null</c> when the bytes are not well-formed JSON.
    /// </summary>
    public EvaluationResults? Evaluate(OutputFormat format) => _root is { } root ? SchemaValidator.Evaluate(root, format) : null;
}

/// <summary>
/// One reason the converter does not read a JSON document. <see cref="ToString"/> gives the line <c>converter validate</c>
/// prints: <c>FILE: /pointer: keyword: message</c> for a schema error, <c>FILE: message</c> otherwise.
/// </summary>
/// <param name="File">The name the JSON was validated under.</param>
/// <param name="Line">The 1-based line of the offending value or byte, when known.</param>
/// <param name="Pointer">JSON pointer to the offending value (<c>""</c> for the root); <c>null</c> when the JSON is not well-formed there.</param>
/// <param name="Keyword">The schema keyword that failed (<c>required</c>, <c>type</c>, …); <c>null</c> when the error is not a schema error.</param>
/// <param name="Message">What is wrong: JsonSchema.Net's message for a schema error, the reader's message otherwise.</param>
public sealed record JsonValidationError(string File, int? Line, string? Pointer, string? Keyword, string Message)
{
    /// <summary>The error as <c>converter validate</c> prints it.</summary>
    public override string ToString() =>
        Keyword is null ? $"{File}: {Message}" : $"{File}: {(Pointer is null or "" ? "/" : Pointer)}: {Keyword}: {Message}";
}
