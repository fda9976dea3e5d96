using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace Converter.Benchmarks;

/// <summary>What a benchmark's throughput is measured in.</summary>
public enum Payload
{
    /// <summary>Bytes of source text (parse, and the emitters: "input MB/s").</summary>
    SourceText,
    /// <summary>Bytes of JSON written or read.</summary>
    Json,
}

/// <summary>Declares which bytes a benchmark class processes per operation, for the MB/s column.</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class PayloadAttribute(Payload payload) : Attribute
{
    public Payload Payload { get; } = payload;
}

/// <summary>MB/s (10^6 bytes per second of the mean time), from the benchmark's <c>Input</c> parameter and its payload kind.</summary>
public sealed class ThroughputColumn : IColumn
{
    public string Id => nameof(ThroughputColumn);
    public string ColumnName => "MB/s";
    public bool AlwaysShow => true;
    public ColumnCategory Category => ColumnCategory.Custom;
    public int PriorityInCategory => 0;
    public bool IsNumeric => true;
    public UnitType UnitType => UnitType.Dimensionless;
    public string Legend => "Throughput: megabytes (10^6) of the payload (source text, or JSON for the JSON benchmarks) per second of the mean";

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
    public bool IsAvailable(Summary summary) => true;

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var bytes = PayloadBytes(benchmarkCase);
        var report = summary[benchmarkCase];
        if (bytes is null || report?.ResultStatistics is not { } stats) return "-";
        var seconds = stats.Mean / 1e9;
        return (bytes.Value / 1e6 / seconds).ToString("N1", System.Globalization.CultureInfo.InvariantCulture);
    }

    public static long? PayloadBytes(BenchmarkCase benchmarkCase)
    {
        var type = benchmarkCase.Descriptor.Type;
        var payload = type.GetCustomAttributes(typeof(PayloadAttribute), true).OfType<PayloadAttribute>().FirstOrDefault();
        if (payload is null) return null;
        var name = benchmarkCase.Parameters.Items.FirstOrDefault(p => p.Name == "Input")?.Value as string;
        if (name is null) return null;
        var input = BenchmarkInput.Get(name);
        return payload.Payload == Payload.Json ? input.Json.LongLength : input.Bytes.LongLength;
    }
}

/// <summary>The suite's configuration: memory diagnoser, MB/s, and the default job.</summary>
public sealed class BenchmarkConfig : ManualConfig
{
    public BenchmarkConfig()
    {
        AddDiagnoser(MemoryDiagnoser.Default);
        AddColumn(new ThroughputColumn());
        AddColumnProvider(DefaultColumnProviders.Instance);
        AddLogger(BenchmarkDotNet.Loggers.ConsoleLogger.Default);
        AddExporter(BenchmarkDotNet.Exporters.MarkdownExporter.GitHub);
    }
}
