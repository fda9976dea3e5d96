using System.Text.Json;
using Json.Schema;

namespace Converter.Json;

/// <summary>One schema violation: where (JSON pointer into the instance), which keyword, and what is wrong.</summary>
/// <param name="Pointer">JSON pointer to the offending value (empty string for the root).</param>
/// <param name="Keyword">The schema keyword that failed (e.g. <c>required</c>, <c>type</c>).</param>
/// <param name="Message">JsonSchema.Net's message.</param>
public sealed record SchemaError(string Pointer, string Keyword, string Message);

/// <summary>
/// Validates JSON against the document schema shipped inside this library (works offline) with JsonSchema.Net. The
/// schema is loaded once per process; JsonSchema.Net refuses to register the same <c>$id</c> twice. To check bytes
/// the way the reader does (well-formed, within its limits, then the schema), use <see cref="DocumentConverter.ValidateJson"/>.
/// </summary>
public static class SchemaValidator
{
    private static readonly Lazy<string> Text = new(Load);
    private static readonly Lazy<JsonSchema> Schema = new(() => JsonSchema.FromText(Text.Value, new BuildOptions { SchemaRegistry = new SchemaRegistry() }));

    /// <summary>The schema text exactly as published in <c>schemas/document.schema.json</c>.</summary>
    public static string SchemaText => Text.Value;

    /// <summary>Validates a parsed JSON value. Returns every error, ordered by JSON pointer; empty when valid.</summary>
    public static IReadOnlyList<SchemaError> Validate(JsonElement instance) =>
        // The flag format stops at the first failure and collects nothing: about 3x faster on valid documents; only
        // an invalid one is evaluated again for its error list.
        Evaluate(instance, OutputFormat.Flag).IsValid ? [] : Errors(Evaluate(instance, OutputFormat.List));

    /// <summary>Evaluates with JsonSchema.Net in the given standard output format (for <c>validate --format json</c>).</summary>
    public static EvaluationResults Evaluate(JsonElement instance, OutputFormat format) =>
        Schema.Value.Evaluate(instance, new EvaluationOptions { OutputFormat = format, RequireFormatValidation = true });

    private static IReadOnlyList<SchemaError> Errors(EvaluationResults results)
    {
        if (results.IsValid) return [];
        var errors = new List<SchemaError>();
        Collect(results, errors);
        return errors
            .Distinct()
            .OrderBy(e => e.Pointer, StringComparer.Ordinal)
            .ToList();
    }

    private static void Collect(EvaluationResults node, List<SchemaError> errors)
    {
        if (node.Errors is { Count: > 0 } nodeErrors)
            foreach (var (keyword, message) in nodeErrors)
            {
                var pointer = node.InstanceLocation.ToString();
                // A property rejected by "additionalProperties": false comes back as a nameless false-schema error.
                if (keyword.Length == 0 && node.EvaluationPath.ToString().Contains("/additionalProperties", StringComparison.Ordinal))
                    errors.Add(new SchemaError(pointer, "additionalProperties",
                        $"property '{pointer[(pointer.LastIndexOf('/') + 1)..]}' is not allowed here"));
                else
                    errors.Add(new SchemaError(pointer, keyword, message));
            }
        if (node.Details is { Count: > 0 } details)
            foreach (var child in details) Collect(child, errors);
    }

    private static string Load()
    {
        using var stream = typeof(SchemaValidator).Assembly.GetManifestResourceStream("Converter.document.schema.json")
                           ?? throw new InvalidOperationException("the document schema is not embedded in the library");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
