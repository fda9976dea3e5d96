using System.Text.Json.Serialization;
using Json.Schema;

namespace Converter.Cli.Commands;

/// <summary>Source-generated serialization for what the CLI prints as JSON, so it needs no reflection (native AOT).</summary>
[JsonSerializable(typeof(EvaluationResults))]
internal sealed partial class CliJsonContext : JsonSerializerContext;
