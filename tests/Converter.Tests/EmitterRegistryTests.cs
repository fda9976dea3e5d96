using Converter.Emitters;
using Converter.Json;
using Converter.Model;

namespace Converter.Tests;

public sealed class EmitterRegistryTests
{
    private sealed class Fake(string format) : IDocumentEmitter
    {
        public string Format => format;
        public string FileExtension => "." + format;
        public string MediaType => "application/x-" + format;
        public IReadOnlyList<Diagnostic> Write(Document document, Stream output, ConverterOptions options) => [];
    }

    [Fact]
    public void Factory_runs_only_when_the_format_is_first_asked_for_and_once()
    {
        var calls = 0;
        var registry = EmitterRegistry.Core.With("fake", () => { calls++; return new Fake("fake"); });
        Assert.Contains("fake", registry.Formats);
        Assert.IsType<JsonEmitter>(registry.Get("json"));
        Assert.Equal(0, calls);
        var first = registry.Get("FAKE");
        Assert.Same(first, registry.Get("fake"));
        Assert.Equal(1, calls);
    }

    [Fact]
    public void Factory_making_another_format_is_a_bug_reported_on_use()
    {
        var registry = EmitterRegistry.Core.With("fake", () => new Fake("other"));
        Assert.Throws<InvalidOperationException>(() => registry.Get("fake"));
    }

    [Fact]
    public void Unknown_format_is_a_usage_error()
    {
        var e = Assert.Throws<ConversionException>(() => EmitterRegistry.Core.With("fake", () => new Fake("fake")).Get("odt"));
        Assert.Equal(ConversionErrorKind.InvalidOption, e.Kind);
        Assert.Contains("fake, json", e.Message);
    }
}
