using System.Text;
using System.Text.RegularExpressions;
using System.Xml;
using Converter.Model;
using Converter.Testing;

namespace Converter.AkomaNtoso.Tests;

/// <summary>
/// Every output is read back by real readers: the OASIS schema validates it, and its text, read from the XML with
/// no help from the writer, is the model's text in reading order.
/// </summary>
public sealed partial class ValidationTests
{
    public static IEnumerable<object[]> Inputs() => TestInputs.AllRelative();

    public static IEnumerable<object[]> Samples() => KindSamples.NameData();

    [SchemaTheory]
    [MemberData(nameof(Inputs))]
    public void Seed_and_test_documents_are_valid_and_faithful(string input)
    {
        var document = DocumentConverter.ParseFile(RepositoryFiles.PathOf(input));
        AssertValidAndFaithful(Akn.Emit(document));
    }

    /// <summary>The official documents of <c>../shared/corpus</c> (e-Gov laws with their 附則, US laws and bills, White
    /// House statements) as their usual text view.</summary>
    public static TheoryData<string> OfficialDocuments() => [.. Converter.Corpus.CorpusLocation.IdsOrPlaceholder()];

    [SchemaTheory]
    [MemberData(nameof(OfficialDocuments))]
    public void Official_documents_are_valid_and_faithful(string id) =>
        AssertValidAndFaithful(Akn.Emit(DocumentConverter.Parse(Converter.Corpus.CorpusLocation.ViewText(id))));

    [SchemaTheory]
    [MemberData(nameof(Samples))]
    public void Documents_of_every_kind_are_valid_and_faithful(string sample) =>
        AssertValidAndFaithful(Akn.Emit(KindSamples.Get(sample)));

    [Fact]
    public void The_samples_use_every_section_and_clause_kind()
    {
        var documents = KindSamples.Names.Select(KindSamples.Get).ToList();
        Assert.Equal(Enum.GetValues<SectionKind>().Order(), documents.SelectMany(d => d.AllSections()).Select(s => s.Kind).Distinct().Order());
        Assert.Equal(Enum.GetValues<ClauseKind>().Order(), documents.SelectMany(d => d.AllClauses()).Select(c => c.Kind).Distinct().Order());
        Assert.Equal(Enum.GetValues<DocumentGenre>().Order(), documents.Select(d => d.Metadata.Genre).Distinct().Order());
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Same_document_gives_the_same_bytes(string input)
    {
        var document = DocumentConverter.ParseFile(RepositoryFiles.PathOf(input));
        Assert.Equal(Akn.Emit(document).Bytes, Akn.Emit(document).Bytes);
        // A document read back from its JSON is the same document, so it gives the same XML.
        Assert.Equal(Akn.Emit(document).Bytes, Akn.Emit(DocumentConverter.FromJson(DocumentConverter.ToJson(document))).Bytes);
    }

    [Fact]
    public void Output_is_utf8_without_a_byte_order_mark_and_declares_it()
    {
        var bytes = Akn.Emit(KindSamples.JapaneseStatute()).Bytes;
        Assert.NotEqual(0xEF, bytes[0]);
        Assert.StartsWith("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<akomaNtoso xmlns=\"http://docs.oasis-open.org/legaldocml/ns/akn/3.0\">",
            Encoding.UTF8.GetString(bytes));
        Assert.Contains("見本法", new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes));
    }

    internal static void AssertValidAndFaithful(Akn akn)
    {
        var problems = AknSchema.Validate(akn.Bytes);
        Assert.True(problems.Count == 0, "schema: " + string.Join("\n", problems.Take(10)));
        AssertFaithful(akn);
        AssertEIds(akn);
    }

    /// <summary>The XML's text, white space aside, is the model's reading order (characters XML cannot hold as U+FFFD).</summary>
    internal static void AssertFaithful(Akn akn)
    {
        var expected = new StringBuilder();
        foreach (var piece in ReadingOrder.Pieces(akn.Document))
            AppendXmlSafe(expected, piece.Text);
        var actual = new string([.. akn.Xml.Root!.Value.Where(c => !char.IsWhiteSpace(c))]);
        var wanted = expected.ToString();
        if (wanted == actual) return;
        var at = 0;
        while (at < wanted.Length && at < actual.Length && wanted[at] == actual[at]) at++;
        Assert.Fail($"text differs at {at}: expected '{Excerpt(wanted, at)}', found '{Excerpt(actual, at)}'");
    }

    private static void AppendXmlSafe(StringBuilder sb, string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                sb.Append(text, i++, 2);
                continue;
            }
            var ch = XmlConvert.IsXmlChar(text[i]) ? text[i] : '\uFFFD';
            if (!char.IsWhiteSpace(ch)) sb.Append(ch);
        }
    }

    /// <summary>Every section and clause has an element with a unique eId of the Naming Convention's shape.</summary>
    internal static void AssertEIds(Akn akn)
    {
        var eIds = akn.Xml.Descendants().Select(e => (string?)e.Attribute("eId")).OfType<string>().ToList();
        Assert.Equal(eIds.Count, eIds.Distinct(StringComparer.Ordinal).Count());
        foreach (var eId in eIds) Assert.Matches(EIdPattern(), eId);
        var nodes = akn.Document.AllSections().Select(s => s.Id).Concat(akn.Document.AllClauses().Select(c => c.Id)).ToList();
        var body = akn.Xml.Descendants(Akn.Ns + "body").Concat(akn.Xml.Descendants(Akn.Ns + "mainBody")).Single();
        var inBody = body.Descendants().Select(e => (string?)e.Attribute("eId")).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var map = AknIds.For(akn.Document);
        Assert.Equal(nodes.Count, map.Count);
        foreach (var id in nodes) Assert.Contains(map[id], inBody);
    }

    // abbreviation_number, joined by "__" (Akoma Ntoso Naming Convention, eId).
    [GeneratedRegex("^[a-zA-Z]+_[0-9]+(__[a-zA-Z]+_[0-9]+)*$|^(converter|author)$")]
    private static partial Regex EIdPattern();

    private static string Excerpt(string s, int at) => s.Substring(at, Math.Min(30, s.Length - at));
}

/// <summary>The oracle itself: the schema check finds what is wrong, so a passing check means something.</summary>
public sealed class SchemaCheckTests
{
    [SchemaFact]
    public void The_schema_check_reports_a_misplaced_element_a_missing_attribute_and_a_repeated_eId()
    {
        var xml = System.Text.Encoding.UTF8.GetString(Akn.Emit(KindSamples.JapaneseStatute()).Bytes);
        Assert.Empty(AknSchema.Validate(System.Text.Encoding.UTF8.GetBytes(xml)));

        var misplaced = xml.Replace("<preface>", "<preface><article eId=\"x_1\" />", StringComparison.Ordinal);
        Assert.NotEmpty(AknSchema.Validate(System.Text.Encoding.UTF8.GetBytes(misplaced)));
        var noName = xml.Replace("<act name=\"act\">", "<act>", StringComparison.Ordinal);
        Assert.NotEmpty(AknSchema.Validate(System.Text.Encoding.UTF8.GetBytes(noName)));
        var repeated = xml.Replace("eId=\"part_1__chp_1\"", "eId=\"part_1\"", StringComparison.Ordinal);
        Assert.NotEmpty(AknSchema.Validate(System.Text.Encoding.UTF8.GetBytes(repeated)));
    }
}
