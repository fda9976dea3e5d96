using System.Xml;
using System.Xml.Schema;
using Converter.Testing;

namespace Converter.AkomaNtoso.Tests;

/// <summary>
/// The official Akoma Ntoso 3.0 schema (OASIS), read from shared/schemas/akn/ beside the repository (never copied
/// into it) and compiled once.
/// </summary>
internal static class AknSchema
{
    /// <summary>The schema folder, or <c>null</c> when it is not there.</summary>
    public static string? Folder { get; } = Find();

    public static string MissingMessage =>
        "the Akoma Ntoso schema is missing: expected shared/schemas/akn/akomantoso30.xsd beside the repository (../shared/schemas/akn/)";

    private static readonly Lazy<XmlSchemaSet> Compiled = new(Compile);

    private static string? Find()
    {
        var folder = Requirement.SharedFolder("schemas", "akn");
        return folder is not null && File.Exists(Path.Combine(folder, "akomantoso30.xsd")) ? folder : null;
    }

    private static XmlSchemaSet Compile()
    {
        Assert.True(Folder is not null, MissingMessage);
        var set = new XmlSchemaSet { XmlResolver = new XmlUrlResolver() };
        var errors = new List<string>();
        set.ValidationEventHandler += (_, e) => errors.Add(e.Message);
        set.Add(AknVocabulary.Namespace, Path.Combine(Folder!, "akomantoso30.xsd"));
        set.Compile();
        Assert.Empty(errors);
        return set;
    }

    /// <summary>Every schema error and warning in <paramref name="xml"/>, with line and position.</summary>
    public static IReadOnlyList<string> Validate(byte[] xml)
    {
        var problems = new List<string>();
        var settings = new XmlReaderSettings
        {
            ValidationType = ValidationType.Schema,
            Schemas = Compiled.Value,
            ValidationFlags = XmlSchemaValidationFlags.ReportValidationWarnings | XmlSchemaValidationFlags.ProcessIdentityConstraints,
            DtdProcessing = DtdProcessing.Prohibit,
        };
        settings.ValidationEventHandler += (_, e) =>
            problems.Add($"{e.Severity} at {e.Exception?.LineNumber}:{e.Exception?.LinePosition}: {e.Message}");
        using var reader = XmlReader.Create(new MemoryStream(xml), settings);
        while (reader.Read()) { }
        return problems;
    }
}

/// <summary>A fact that needs the schema: skipped with a message when it is missing, failing when <c>CI</c> is set.</summary>
public sealed class SchemaFactAttribute : FactAttribute
{
    public SchemaFactAttribute() => Skip = Requirement.SkipReason(AknSchema.Folder is not null, AknSchema.MissingMessage);
}

/// <summary>A theory that needs the schema: skipped with a message when it is missing, failing when <c>CI</c> is set.</summary>
public sealed class SchemaTheoryAttribute : TheoryAttribute
{
    public SchemaTheoryAttribute() => Skip = Requirement.SkipReason(AknSchema.Folder is not null, AknSchema.MissingMessage);
}
