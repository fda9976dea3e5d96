using Converter.Testing;
using PublicApiGenerator;

namespace Converter.AkomaNtoso.Tests;

/// <summary>The public API of Converter.AkomaNtoso is tracked: any change shows up as a snapshot difference to review.</summary>
public sealed class PublicApiTests
{
    [Fact]
    public void Public_api_is_tracked() =>
        Snapshot.Match(typeof(AknEmitter).Assembly.GeneratePublicApi(new ApiGeneratorOptions { IncludeAssemblyAttributes = false }), "Converter.AkomaNtoso.api", "txt");
}
