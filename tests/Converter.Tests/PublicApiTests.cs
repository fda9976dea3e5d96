using Converter.Testing;
using PublicApiGenerator;

namespace Converter.Tests;

/// <summary>
/// The public API of each library is tracked: any change shows up as a snapshot difference to review
/// (and, for a breaking change, a version decision).
/// </summary>
public sealed class PublicApiTests
{
    [Fact]
    public void Core_public_api_is_tracked() =>
        Snapshot.Match(typeof(DocumentConverter).Assembly.GeneratePublicApi(Options), "Converter.Core.api", "txt");

    [Fact]
    public void Docx_public_api_is_tracked() =>
        Snapshot.Match(typeof(Converter.Docx.DocxEmitter).Assembly.GeneratePublicApi(Options), "Converter.Docx.api", "txt");

    private static readonly ApiGeneratorOptions Options = new() { IncludeAssemblyAttributes = false };
}
