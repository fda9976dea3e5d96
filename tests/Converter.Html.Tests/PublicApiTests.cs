using Converter.Testing;
using PublicApiGenerator;

namespace Converter.Html.Tests;

/// <summary>The public API of Converter.Html is tracked: any change shows up as a snapshot difference to review.</summary>
public sealed class PublicApiTests
{
    [Fact]
    public void Public_api_is_tracked() =>
        Snapshot.Match(typeof(HtmlEmitter).Assembly.GeneratePublicApi(new ApiGeneratorOptions { IncludeAssemblyAttributes = false }), "Converter.Html.api", "txt");
}
