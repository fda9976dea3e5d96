using System.Text;
using Converter.Testing;

namespace Converter.Html.Tests;

/// <summary>The checks themselves find what is wrong, so a passing check means something.</summary>
public sealed class OracleTests
{
    [Fact]
    public void AngleSharp_reports_parse_errors_that_the_page_check_relies_on()
    {
        var html = Encoding.UTF8.GetString(Page.Emit(KindSamples.EnglishCommunique()).Bytes);
        Assert.Empty(Reparse(html));
        // A stray end tag in a paragraph. AngleSharp does not report every parse error: a self-closed <div/> in some
        // places (HTML reads it as a start tag only) and control characters in text pass; the page check looks for
        // those in the text itself (next test).
        Assert.NotEmpty(Reparse(html.Replace("peace;", "peace</b>;", StringComparison.Ordinal)));
    }

    [Fact]
    public void The_page_check_finds_a_control_character()
    {
        var html = Encoding.UTF8.GetString(Page.Emit(KindSamples.EnglishCommunique()).Bytes);
        PageTests.AssertNoForbiddenCharacters(html);
        Assert.ThrowsAny<Xunit.Sdk.XunitException>(() => PageTests.AssertNoForbiddenCharacters(html.Replace("peace;", "peace\u0007;", StringComparison.Ordinal)));
    }

    [Fact]
    public void The_page_check_finds_a_self_closed_element_that_html_would_not_close()
    {
        var page = Page.Emit(KindSamples.EnglishCommunique());
        PageTests.AssertWellFormed(page);
        var html = Encoding.UTF8.GetString(page.Bytes).Replace("<main>", "<main><div class=\"x\" />", StringComparison.Ordinal);
        Assert.ThrowsAny<Xunit.Sdk.XunitException>(() => PageTests.AssertNoSelfClosedElements(html));
    }

    [Fact]
    public void Style_sheet_holds_nothing_html_would_read_differently_inside_a_style_element()
    {
        Assert.DoesNotContain('<', StyleSheet.Css);
        Assert.DoesNotContain('>', StyleSheet.Css);
        Assert.DoesNotContain('&', StyleSheet.Css);
        Assert.DoesNotContain("url(", StyleSheet.Css, StringComparison.Ordinal);
        Assert.DoesNotContain("@import", StyleSheet.Css, StringComparison.Ordinal);
    }

    private static List<string> Reparse(string html)
    {
        var errors = new List<string>();
        var parser = new AngleSharp.Html.Parser.HtmlParser();
        parser.Error += (_, e) => errors.Add(e.ToString() ?? "");
        parser.ParseDocument(html);
        return errors;
    }
}
