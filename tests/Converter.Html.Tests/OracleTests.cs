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
        // A self-closed div does not end in HTML, a stray end tag, a control character.
        Assert.NotEmpty(Reparse(html.Replace("<main>", "<main><div/>", StringComparison.Ordinal)));
        Assert.NotEmpty(Reparse(html.Replace("</main>", "</span></main>", StringComparison.Ordinal)));
        Assert.NotEmpty(Reparse(html.Replace("peace;", "peace\u0007;", StringComparison.Ordinal)));
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
