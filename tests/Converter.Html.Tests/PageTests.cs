using Converter.Model;
using Converter.Testing;

namespace Converter.Html.Tests;

/// <summary>
/// Every page is read by two real readers: AngleSharp (an HTML5 parser: no parse errors, unique ids, one h1, headings
/// in order) and headless Chromium (the rendered text is the model's text in reading order, the heading outline,
/// the anchors and links, the styles the browser applied).
/// </summary>
[Collection(ChromiumCollection.Name)]
public sealed class PageTests(ChromiumFixture chromium) : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("converter-html-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    public static IEnumerable<object[]> Inputs() => TestInputs.AllRelative();

    public static IEnumerable<object[]> Samples() => KindSamples.NameData();

    private static Document Parse(string input) => DocumentConverter.ParseFile(RepositoryFiles.PathOf(input));

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Seed_and_test_documents_parse_cleanly(string input) => AssertWellFormed(Page.Emit(Parse(input)));

    [Theory]
    [MemberData(nameof(Samples))]
    public void Documents_of_every_kind_parse_cleanly(string sample) => AssertWellFormed(Page.Emit(KindSamples.Get(sample)));

    [ChromiumTheory]
    [MemberData(nameof(Inputs))]
    public void Seed_and_test_documents_render_faithfully_in_chromium(string input) =>
        AssertRendersFaithfully(Page.Emit(Parse(input)), Path.GetFileNameWithoutExtension(input));

    [ChromiumTheory]
    [MemberData(nameof(Samples))]
    public void Documents_of_every_kind_render_faithfully_in_chromium(string sample) =>
        AssertRendersFaithfully(Page.Emit(KindSamples.Get(sample)), sample);

    /// <summary>The official documents of <c>../shared/corpus</c> as their usual text view.</summary>
    public static TheoryData<string> OfficialDocuments() => [.. Converter.Corpus.CorpusLocation.IdsOrPlaceholder()];

    private static Model.Document Official(string id) => DocumentConverter.Parse(Converter.Corpus.CorpusLocation.ViewText(id));

    [Theory]
    [MemberData(nameof(OfficialDocuments))]
    public void Official_documents_parse_cleanly(string id) => AssertWellFormed(Page.Emit(Official(id)));

    [ChromiumTheory]
    [MemberData(nameof(OfficialDocuments))]
    public void Official_documents_render_faithfully_in_chromium(string id) => AssertRendersFaithfully(Page.Emit(Official(id)), id);

    [ChromiumFact]
    public void Chromium_applies_the_japanese_and_english_typography()
    {
        var ja = chromium.Browser.Load(Page.Emit(KindSamples.JapaneseStatute()).SaveIn(_folder, "ja"));
        Assert.Equal(("strict", "justify"), (ja.LineBreak, ja.TextAlign));
        Assert.Contains("Mincho", ja.FontFamily, StringComparison.Ordinal);
        var en = chromium.Browser.Load(Page.Emit(KindSamples.EnglishCommunique()).SaveIn(_folder, "en"));
        Assert.Equal(("auto", "justify"), (en.Hyphens, en.TextAlign));
        Assert.DoesNotContain("Mincho", en.FontFamily, StringComparison.Ordinal);
    }

    [ChromiumFact]
    public void The_browser_check_notices_a_missing_character_and_a_skipped_heading_level()
    {
        var page = Page.Emit(KindSamples.EnglishCommunique());
        var html = System.Text.Encoding.UTF8.GetString(page.Bytes);
        var broken = html.Replace("We welcome cooperation.", "We welcome cooperation", StringComparison.Ordinal)
            .Replace("<h3>", "<h4>", StringComparison.Ordinal).Replace("</h3>", "</h4>", StringComparison.Ordinal);
        var path = Path.Combine(_folder, "broken.html");
        File.WriteAllText(path, broken);
        var report = chromium.Browser.Load(path);
        Assert.NotEqual(Expected.NonWhitespace(Expected.Text(page.Document)), Expected.NonWhitespace(report.Text));
        Assert.NotEqual(Expected.Outline(page.Document), report.Headings.Select(h => (h.Level, Expected.NonWhitespace(h.Text))).ToList());
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Same_document_gives_the_same_bytes(string input)
    {
        var document = Parse(input);
        Assert.Equal(Page.Emit(document).Bytes, Page.Emit(document).Bytes);
        Assert.Equal(Page.Emit(document).Bytes, Page.Emit(DocumentConverter.FromJson(DocumentConverter.ToJson(document))).Bytes);
    }

    /// <summary>AngleSharp's reading: no parse errors, lang, one h1, no skipped heading level, unique ids, anchors, nothing external.</summary>
    internal static void AssertWellFormed(Page page)
    {
        Assert.True(page.ParseErrors.Count == 0, "parse errors: " + string.Join("\n", page.ParseErrors.Take(10)));
        AssertNoSelfClosedElements(System.Text.Encoding.UTF8.GetString(page.Bytes));
        AssertNoForbiddenCharacters(System.Text.Encoding.UTF8.GetString(page.Bytes));
        var dom = page.Dom;
        Assert.Equal(page.Document.Metadata.Language, dom.DocumentElement.GetAttribute("lang"));
        Assert.Equal("utf-8", dom.QuerySelector("meta[charset]")!.GetAttribute("charset"));
        Assert.Single(dom.QuerySelectorAll("h1"));
        var levels = dom.QuerySelectorAll("h1, h2, h3, h4, h5, h6").Select(h => h.LocalName[1] - '0').ToList();
        Assert.Equal(1, levels[0]);
        for (var i = 1; i < levels.Count; i++)
            Assert.True(levels[i] <= levels[i - 1] + 1, $"heading {i + 1} jumps from h{levels[i - 1]} to h{levels[i]}");

        var ids = dom.QuerySelectorAll("[id]").Select(e => e.Id!).ToList();
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
        foreach (var s in page.Document.AllSections())
            Assert.Equal("section", dom.GetElementById(s.Id)?.LocalName);
        foreach (var c in page.Document.AllClauses())
            Assert.Contains(dom.GetElementById(c.Id)?.LocalName, new[] { "article", "div", "li" });
        foreach (var a in dom.QuerySelectorAll("a[href]"))
        {
            var href = a.GetAttribute("href")!;
            Assert.StartsWith("#", href, StringComparison.Ordinal);
            Assert.NotNull(dom.GetElementById(href[1..]));
        }

        // Self-contained: no scripts, no external style sheets, images, frames or objects, no URL in the style sheet.
        Assert.Empty(dom.QuerySelectorAll("script, link, img, iframe, object, embed, video, audio, source"));
        Assert.All(dom.QuerySelectorAll("style"), s => Assert.DoesNotContain("url(", s.TextContent, StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(dom.All, e => e.Attributes.Any(attr => attr.Name.StartsWith("on", StringComparison.Ordinal)));

        // AngleSharp's text of the body agrees with the model, white space aside.
        Assert.Equal(Expected.NonWhitespace(Expected.Text(page.Document)), Expected.NonWhitespace(dom.Body!.TextContent));
    }

    /// <summary>Only void elements may end in "/>": HTML reads &lt;div/&gt; as a start tag that never ends.</summary>
    internal static void AssertNoSelfClosedElements(string html)
    {
        foreach (System.Text.RegularExpressions.Match m in System.Text.RegularExpressions.Regex.Matches(html, "<([a-zA-Z][a-zA-Z0-9]*)\\b[^<>]*/>"))
            Assert.Contains(m.Groups[1].Value.ToLowerInvariant(), VoidElements);
    }

    /// <summary>No character the HTML input stream reports as an error (controls, noncharacters, lone surrogates).</summary>
    internal static void AssertNoForbiddenCharacters(string html)
    {
        // Expected.Append turns each such character into U+FFFD: a clean page gains none.
        var cleaned = new System.Text.StringBuilder();
        Expected.Append(cleaned, html);
        Assert.Equal(html.Count(c => c == '\uFFFD'), cleaned.ToString().Count(c => c == '\uFFFD'));
    }

    private static readonly string[] VoidElements = ["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"];

    private void AssertRendersFaithfully(Page page, string name)
    {
        var report = chromium.Browser.Load(page.SaveIn(_folder, name));
        var expected = Expected.NonWhitespace(Expected.Text(page.Document));
        var actual = Expected.NonWhitespace(report.Text);
        if (expected != actual)
        {
            var at = 0;
            while (at < expected.Length && at < actual.Length && expected[at] == actual[at]) at++;
            Assert.Fail($"rendered text differs at {at}: expected '{Excerpt(expected, at)}', rendered '{Excerpt(actual, at)}'");
        }
        Assert.Equal(Expected.Outline(page.Document), report.Headings.Select(h => (h.Level, Expected.NonWhitespace(h.Text))).ToList());
        Assert.Equal(page.Document.Metadata.Language, report.Lang);
        Assert.Equal((0, 0), (report.Scripts, report.Resources));
        var ids = report.Ids.ToDictionary(i => i.Id, i => i.Tag, StringComparer.Ordinal);
        foreach (var s in page.Document.AllSections()) Assert.Equal("section", ids.GetValueOrDefault(s.Id));
        foreach (var c in page.Document.AllClauses()) Assert.Contains(ids.GetValueOrDefault(c.Id), new[] { "article", "div", "li" });
        Assert.All(report.Links, href => Assert.True(ids.ContainsKey(href.TrimStart('#')), $"link {href} has no target"));
    }

    private static string Excerpt(string s, int at) => s.Substring(at, Math.Min(30, s.Length - at));
}
