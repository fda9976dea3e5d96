using System.Text;
using System.Text.Json;
using Converter.Docx;
using Converter.Json;
using Converter.Model;
using Converter.PlainText;
using Converter.Pdf;
using Converter.Properties.Tests.Grammar;
using Converter.Tests.Support;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using FsCheck.Xunit;

namespace Converter.Properties.Tests;

/// <summary>
/// The converter's promises checked on documents generated from <see cref="DocumentGrammar"/>. Runs use a fixed seed
/// (<see cref="SeededPropertyAttribute"/>); <c>tests/properties-random.sh</c> draws fresh documents. A failure prints
/// the (shrunk) document and the seed to replay it. Counts keep the whole class to a few seconds.
/// </summary>
public sealed class ConversionProperties
{
    private const int ParseCases = 100;
    private const int DocxCases = 25;
    private const int PdfCases = 20;

    private static Document Parse(GeneratedDocument g) => DocumentConverter.Parse(g.Bytes, g.Name);

    [SeededProperty(Arbitrary = [typeof(DocumentGrammar)], MaxTest = ParseCases)]
    public void Encoding_is_detected_and_the_text_decoded_exactly(GeneratedDocument g)
    {
        var decoded = TextDecoder.Decode(g.Bytes, g.Name);
        Assert.Equal(g.Text, decoded.Text);
    }

    [SeededProperty(Arbitrary = [typeof(DocumentGrammar)], MaxTest = ParseCases)]
    public void Parse_succeeds_and_keeps_every_character_once_in_order(GeneratedDocument g)
    {
        var document = DocumentConverter.Parse(g.Bytes, g.Name);
        // The generated text is the oracle's source (no decoding at all); removed lines must be debris by its rules.
        TestDocuments.AssertFaithful(g.Text, document);
    }

    [SeededProperty(Arbitrary = [typeof(DocumentGrammar)], MaxTest = ParseCases)]
    public void Structure_is_the_structure_the_grammar_generated(GeneratedDocument g)
    {
        var document = Parse(g);
        // Every numbered clause, in order, under the clause it was generated under: the nearest clause before it one
        // level up in the same section (none when shrinking removed it).
        var expected = new List<(string Number, string? Parent)>();
        var open = new List<ClauseBlock>();
        foreach (var block in g.Blocks)
        {
            if (block is HeadingBlock) open.Clear();
            if (block is not ClauseBlock c) continue;
            open.RemoveAll(o => o.Depth >= c.Depth);
            expected.Add((c.Number, open.LastOrDefault(o => o.Depth == c.Depth - 1)?.Number));
            open.Add(c);
        }
        var parents = new Dictionary<string, string?>();
        foreach (var clause in document.AllClauses())
            foreach (var item in clause.Items) parents[item.Id] = clause.Number;
        var actual = document.AllClauses().Where(c => c.Number is not null)
            .Select(c => (c.Number!, parents.GetValueOrDefault(c.Id))).ToList();
        // The grammar nests lists in the order they appear, as statements do. Under articles (第一条) numbers nest by
        // legal rank instead (一 is an item of the article even after （１）), which the grammar does not model: there
        // each number must be in the right article. A document with chapters reads as a statute: numbers and order.
        var articles = expected.Count(e => IsArticleNumber(e.Number));
        if (document.Metadata.Genre != DocumentGenre.Statement)
            Assert.Equal(expected.Select(e => e.Number), actual.Select(a => a.Item1));
        else if (articles == 0) Assert.Equal(expected, actual);
        else Assert.Equal(ExpectedArticles(g), ActualArticles(document));
        // The title, and the section headings in order.
        Assert.Equal(NonWhitespace(g.Blocks.OfType<TitleBlock>().Single().Text), NonWhitespace(document.Heading.Title.Text));
        // One heading straight under the title, holding the whole body, is read as the title's theme line (a subtitle),
        // as real communiqués use it ("Creating a Resilient and Sustainable Future for All" above 1.); its text
        // alone cannot tell the two apart.
        var headings = g.Blocks.OfType<HeadingBlock>().ToList();
        if (headings.Count == 1 && headings[0].Number is null && document.Sections.IsEmpty
            && document.Heading.Subtitles.LastOrDefault()?.Text == headings[0].Title)
            headings.Clear();
        Assert.Equal(headings.Select(h => h.Title), document.AllSections().Select(s => s.Title));
    }

    private static bool IsArticleNumber(string number) => number.StartsWith('第') && number.EndsWith('条');

    // Each number paired with the article it stands in (itself for an article; none outside articles).
    private static List<(string Number, string? Article)> ExpectedArticles(GeneratedDocument g)
    {
        var result = new List<(string, string?)>();
        string? article = null;
        foreach (var block in g.Blocks)
        {
            if (block is HeadingBlock) article = null;
            if (block is not ClauseBlock c) continue;
            if (c.Depth == 0) article = IsArticleNumber(c.Number) ? c.Number : null;
            result.Add((c.Number, article));
        }
        return result;
    }

    private static List<(string Number, string? Article)> ActualArticles(Document document)
    {
        var result = new List<(string, string?)>();
        void Walk(IEnumerable<Clause> clauses, string? article)
        {
            foreach (var c in clauses)
            {
                var own = c.Number is { } n && IsArticleNumber(n) ? n : article;
                if (c.Number is { } number) result.Add((number, own));
                Walk(c.Items, own);
            }
        }
        Walk(document.Clauses, null);
        foreach (var section in document.AllSections()) Walk(section.Clauses, null);
        return result;
    }

    [SeededProperty(Arbitrary = [typeof(DocumentGrammar)], MaxTest = ParseCases)]
    public void Json_validates_against_the_schema_and_round_trips_byte_identical(GeneratedDocument g)
    {
        var json = Parse(g).ToJson();
        using (var parsed = JsonDocument.Parse(json))
            Assert.Empty(SchemaValidator.Validate(parsed.RootElement));
        Assert.Equal(json, DocumentConverter.FromJson(json).ToJson());
        Assert.Equal(json, DocumentConverter.Load(Encoding.UTF8.GetBytes(json), "renamed.txt").ToJson());
    }

    [SeededProperty(Arbitrary = [typeof(DocumentGrammar)], MaxTest = ParseCases)]
    public void Json_output_is_deterministic(GeneratedDocument g)
    {
        var bytes = g.Bytes;
        var first = DocumentConverter.Parse(bytes, g.Name).ToJson();
        var second = DocumentConverter.Parse(bytes.ToArray(), g.Name).ToJson();
        Assert.Equal(first, second);
    }

    [SeededProperty(Arbitrary = [typeof(DocumentGrammar)], MaxTest = DocxCases)]
    public void Docx_is_valid_holds_the_text_and_is_deterministic(GeneratedDocument g)
    {
        var document = Parse(g);
        var options = new ConverterOptions { NumberClauses = g.WrapWidth % 2 == 0 };
        var bytes = Docx(document, options);

        using (var word = WordprocessingDocument.Open(new MemoryStream(bytes), false))
        {
            var errors = new OpenXmlValidator(FileFormatVersions.Office2019).Validate(word)
                .Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}").ToList();
            Assert.True(errors.Count == 0, string.Join("\n", errors));
            var body = string.Concat(word.MainDocumentPart!.Document!.Body!
                .Descendants<DocumentFormat.OpenXml.Wordprocessing.Text>().Select(t => t.Text));
            Assert.Equal(ReadingOrder.NonWhitespaceText(document), NonWhitespace(body));
        }
        Assert.Equal(bytes, Docx(Parse(g), options));
    }

    [SeededProperty(Arbitrary = [typeof(DocumentGrammar)], MaxTest = PdfCases)]
    public void Pdf_text_reads_back_equal_and_is_deterministic(GeneratedDocument g)
    {
        var document = Parse(g);
        var options = new ConverterOptions { NumberClauses = g.WrapWidth % 2 == 0, Timestamp = new DateTimeOffset(2025, 9, 22, 12, 0, 0, TimeSpan.FromHours(9)) };
        var bytes = Pdf(document, options);

        // Page text read with PdfPig, the page-number footer (below 60 pt) left out, as the PDF tests do; a soft hyphen is
        // the hyphen added where English text is hyphenated at a line end (ISO 32000-1 §14.8.2.2.3), not text.
        using (var pdf = UglyToad.PdfPig.PdfDocument.Open(bytes))
        {
            var text = string.Concat(pdf.GetPages().Select(p => string.Concat(p.Letters.Where(l => l.StartBaseLine.Y > 60).Select(l => l.Value))))
                .Replace("\u00AD", "", StringComparison.Ordinal);
            var expected = ReadingOrder.NonWhitespaceText(document);
            if (options.NumberClauses) AssertSubsequence(expected, NonWhitespace(text)); // added numbers are drawn, not in the model
            else Assert.Equal(expected, NonWhitespace(text));
        }
        Assert.Equal(bytes, Pdf(Parse(g), options));
    }

    private static byte[] Pdf(Document document, ConverterOptions options)
    {
        using var stream = new MemoryStream();
        document.ToPdf(stream, options);
        return stream.ToArray();
    }

    private static byte[] Docx(Document document, ConverterOptions options)
    {
        using var stream = new MemoryStream();
        document.ToDocx(stream, options);
        return stream.ToArray();
    }

    // Every character of the model, in order, with only added clause numbers (digits, letters, ".()") between them.
    private static void AssertSubsequence(string expected, string actual)
    {
        var j = 0;
        foreach (var c in expected)
        {
            while (j < actual.Length && actual[j] != c)
            {
                Assert.True(char.IsAsciiLetterOrDigit(actual[j]) || actual[j] is '.' or '(' or ')',
                    $"unexpected '{actual[j]}' at {j} in the PDF text before '{c}': …{Slice(actual, j)}…");
                j++;
            }
            Assert.True(j < actual.Length, $"'{c}' missing from the PDF text");
            j++;
        }
    }

    private static string NonWhitespace(string s) => new([.. s.Where(c => !char.IsWhiteSpace(c))]);

    private static string Slice(string s, int i) => s.Substring(Math.Max(0, i - 20), Math.Min(40, s.Length - Math.Max(0, i - 20)));
}
