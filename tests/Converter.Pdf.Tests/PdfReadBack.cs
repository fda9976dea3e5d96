using System.Text;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Outline;
using UglyToad.PdfPig.Tokens;

namespace Converter.Pdf.Tests;

/// <summary>What a reader gets back from a PDF, read with PdfPig (independent of the emitter's own code).</summary>
internal static class PdfReadBack
{
    /// <summary>Letters below this height from the bottom of the page (in points) are the page-number footer.</summary>
    public const double FooterLimit = 60;

    /// <summary>
    /// Text of each page without the footer, and without soft hyphens: a hyphen the emitter adds when it hyphenates a word
    /// at a line end is mapped to U+00AD, which ISO 32000-1 §14.8.2.2.3 tells readers to drop when they join the lines.
    /// </summary>
    public static List<string> PageTexts(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return document.GetPages()
            .Select(p => string.Concat(p.Letters.Where(l => l.StartBaseLine.Y > FooterLimit).Select(l => l.Value)).Replace("\u00AD", "", StringComparison.Ordinal))
            .ToList();
    }

    /// <summary>The footer text of each page.</summary>
    public static List<string> Footers(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return document.GetPages()
            .Select(p => string.Concat(p.Letters.Where(l => l.StartBaseLine.Y <= FooterLimit).Select(l => l.Value)))
            .ToList();
    }

    /// <summary>Each page's lines, grouped by baseline, footer excluded.</summary>
    public static List<List<string>> PageLines(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return document.GetPages().Select(p => p.Letters
                .Where(l => l.StartBaseLine.Y > FooterLimit)
                .GroupBy(l => Math.Round(l.StartBaseLine.Y, 1))
                .OrderByDescending(g => g.Key)
                .Select(g => string.Concat(g.OrderBy(l => l.StartBaseLine.X).Select(l => l.Value)))
                .ToList())
            .ToList();
    }

    /// <summary>The outline as indented lines: "title → page".</summary>
    public static List<string> Outline(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        var lines = new List<string>();
        if (!document.TryGetBookmarks(out var bookmarks)) return lines;
        foreach (var root in bookmarks.Roots) Walk(root, 0);
        return lines;

        void Walk(BookmarkNode node, int depth)
        {
            var page = node is DocumentBookmarkNode d ? d.PageNumber.ToString(System.Globalization.CultureInfo.InvariantCulture) : "?";
            lines.Add(new string(' ', depth * 2) + node.Title + " → p." + page);
            foreach (var child in node.Children) Walk(child, depth + 1);
        }
    }

    /// <summary>Outline titles, depth first.</summary>
    public static List<string> OutlineTitles(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        var titles = new List<string>();
        if (!document.TryGetBookmarks(out var bookmarks)) return titles;
        foreach (var root in bookmarks.Roots) Walk(root);
        return titles;

        void Walk(BookmarkNode node)
        {
            titles.Add(node.Title);
            foreach (var child in node.Children) Walk(child);
        }
    }

    /// <summary>Removes all white space.</summary>
    public static string Squash(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text) if (!char.IsWhiteSpace(c)) sb.Append(c);
        return sb.ToString();
    }

    /// <summary>The catalog's /Lang.</summary>
    public static string? Language(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return document.Structure.Catalog.CatalogDictionary.TryGet(NameToken.Lang, out IToken? lang) && lang is StringToken s ? s.Data : null;
    }
}
