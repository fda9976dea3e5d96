using Converter.Testing;
using PublicApiGenerator;
using Xunit;

namespace Converter.Pdf.Tests;

/// <summary>The public API of Converter.Pdf is tracked like the other libraries': a change shows up as a snapshot diff.</summary>
public sealed class PublicApiTests
{
    [Fact]
    public void Pdf_public_api_is_tracked() =>
        Snapshot.Match(typeof(PdfEmitter).Assembly.GeneratePublicApi(new ApiGeneratorOptions { IncludeAssemblyAttributes = false }), "Converter.Pdf.api", "txt");
}
