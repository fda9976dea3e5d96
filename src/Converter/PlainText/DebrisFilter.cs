using System.Buffers;
using System.Runtime.InteropServices;
using System.Text.RegularExpressions;
using Converter.Model;

namespace Converter.PlainText;

/// <summary>
/// Stage 2: marks text lines that are page layout, not document text: page numbers, separator lines,
/// end markers and running headers. They are recorded (never silently dropped) so the fidelity check
/// can account for them.
/// </summary>
internal static partial class DebrisFilter
{
    [GeneratedRegex(@"^(?:[-–—－‐―]\s*[0-9０-９]{1,4}\s*[-–—－‐―]|[0-9０-９]{1,4}\s*[/／]\s*[0-9０-９]{1,4}|(?:Page|PAGE|page|p\.)\s*[0-9]{1,4}(?:\s*(?:of|/)\s*[0-9]{1,4})?|[0-9０-９]{1,4}\s*ページ|[(（][0-9０-９]{1,4}[)）]\s*[/／]\s*[0-9０-９]{1,4})$")]
    private static partial Regex PageNumberPattern();

    [GeneratedRegex(@"^(?:(?:[*＊_＿=＝~～─━]\s*){3,}|(?:[-－―‐—–]\s*){3,}|(?:・\s*){5,})$")]
    private static partial Regex SeparatorPattern();

    [GeneratedRegex(@"^(?:#{3,}|＃{3,}|-+\s*(?:END|End|end)\s*-+|\[?(?:END|End)\]?|[(（]\s*(?:END|End)\s*[)）])$")]
    private static partial Regex EndMarkerPattern();

    [GeneratedRegex(@"^[0-9０-９]{1,3}$")]
    private static partial Regex BareNumberPattern();

    // Every character the patterns above can start with: a line starting otherwise (nearly all) skips them all.
    private static readonly SearchValues<char> DebrisStart =
        SearchValues.Create("-–—－‐―0123456789０１２３４５６７８９Pp(（*＊_＿=＝~～─━・#＃[E");

    /// <summary>Marks the debris lines of <paramref name="lines"/> in place and returns the same list.</summary>
    public static List<SourceLine> Apply(List<SourceLine> lines, List<RemovedLine> removed)
    {
        // Marked in place: a copy of a large input's lines would only wait for a full collection as garbage.
        var result = CollectionsMarshal.AsSpan(lines);
        var pageBreakRun = PageBreakRun(lines);
        var pageBreakBefore = PageBreakBefore(lines, pageBreakRun);
        var pageBreakAfter = PageBreakAfter(lines, pageBreakRun);
        var pageNumber = new bool[lines.Count];

        for (var i = 0; i < result.Length; i++)
        {
            var line = result[i];
            if (!line.IsText) continue;
            RemovedLineKind? kind = null;
            var c = line.ContentSpan;
            if (!DebrisStart.Contains(c[0])) continue;
            if (c.Length <= 24 && PageNumberPattern().IsMatch(c)) kind = RemovedLineKind.PageNumber;
            else if (SeparatorPattern().IsMatch(c)) kind = RemovedLineKind.Separator;
            else if (EndMarkerPattern().IsMatch(c)) kind = RemovedLineKind.EndMarker;
            // A bare number is a page number only where the page visibly breaks next to it.
            else if (BareNumberPattern().IsMatch(c) && (line.HasFormFeed || pageBreakBefore[i] || pageBreakAfter[i]) && HasFormFeedNear(lines, i))
                kind = RemovedLineKind.PageNumber;
            if (kind is { } k)
            {
                pageNumber[i] = k == RemovedLineKind.PageNumber;
                result[i] = line.AsDebris();
                removed.Add(new RemovedLine(line.Number, k, line.Content));
            }
        }

        // Page numbers mark page edges as surely as form feeds do: the line after a footer opens a page.
        MarkRunningHeaders(result, PageEdges(result, pageBreakBefore, pageNumber), removed);
        removed.Sort((a, b) => a.Line.CompareTo(b.Line));
        return lines;
    }

    /// <summary>
    /// True for a text line that opens a page (after a form feed, a run of blank lines or a removed page
    /// number) or closes one (right before a removed page number or a form feed).
    /// </summary>
    private static bool[] PageEdges(ReadOnlySpan<SourceLine> lines, bool[] pageBreakBefore, bool[] pageNumber)
    {
        var edges = (bool[])pageBreakBefore.Clone();
        var previous = -1;
        for (var i = 0; i < lines.Length; i++)
        {
            var l = lines[i];
            if (l.Kind is LineKind.Blank or LineKind.Spacer) continue;
            if (previous >= 0)
            {
                var p = lines[previous];
                if (l.IsText && pageNumber[previous]) edges[i] = true;
                var pageEndsAfter = l.Kind == LineKind.PageBreak || l.HasFormFeed || pageNumber[i];
                if (p.IsText && pageEndsAfter) edges[previous] = true;
            }
            previous = i;
        }
        return edges;
    }

    // Running headers/footers: the same short line repeated at page edges.
    private static void MarkRunningHeaders(Span<SourceLine> lines, bool[] pageEdge, List<RemovedLine> removed)
    {
        // A group without a line at a page edge is never removed, so only lines reading like one at an edge are
        // grouped; length and first character rule out nearly all others before any hashing.
        var edgeShapes = new HashSet<(int, char)>();
        var edgeLines = new HashSet<SourceLine>(SameContent.Instance);
        for (var i = 0; i < lines.Length; i++)
        {
            var l = lines[i];
            if (!pageEdge[i] || !CanBeRunningHeader(l)) continue;
            edgeShapes.Add((l.ContentSpan.Length, l.ContentSpan[0]));
            edgeLines.Add(l);
        }
        // Most lines occur once: a list is made only for a line seen a second time.
        var firstSeen = new Dictionary<SourceLine, int>(SameContent.Instance);
        var groups = new Dictionary<SourceLine, List<int>>(SameContent.Instance);
        for (var i = 0; i < lines.Length; i++)
        {
            var l = lines[i];
            if (!CanBeRunningHeader(l)) continue;
            if (!edgeShapes.Contains((l.ContentSpan.Length, l.ContentSpan[0])) || !edgeLines.Contains(l)) continue;
            if (firstSeen.TryAdd(l, i)) continue;
            if (!groups.TryGetValue(l, out var list)) groups[l] = list = [firstSeen[l]];
            list.Add(i);
        }
        var firstText = 0;
        while (firstText < lines.Length && !lines[firstText].IsText) firstText++;
        foreach (var (_, indexes) in groups)
        {
            // Removing text is a claim that it is not content: a header or footer repeats at the page edges of several
            // pages, and every occurrence is at an edge, except the title's own line. Two edges are enough only for
            // a line that names the document (the title, or within it) or that cuts a sentence in two; any other
            // line needs three (a section heading that happens to open two pages is content).
            var skipFirst = indexes[0] == firstText;
            var atEdges = indexes.Count(i => pageEdge[i] && i != firstText);
            if (atEdges < 2 || atEdges < indexes.Count - (skipFirst ? 1 : 0)) continue;
            if (atEdges < 3 && !skipFirst && !CutsASentence(lines, indexes) && !NamesTheDocument(lines[indexes[0]], lines, firstText)) continue;
            // Blank runs alone mark edges loosely (in PDF spacing a paragraph opens after one): two occurrences must sit
            // by visible page furniture, a form feed or a removed page number.
            if (!skipFirst && CountByFurniture(lines, indexes) < 2) continue;
            for (var k = skipFirst ? 1 : 0; k < indexes.Count; k++)
            {
                var i = indexes[k];
                lines[i] = lines[i].AsDebris();
                removed.Add(new RemovedLine(lines[i].Number, RemovedLineKind.RunningHeader, lines[i].Content));
            }
        }
    }

    private static bool NamesTheDocument(in SourceLine line, ReadOnlySpan<SourceLine> lines, int firstText)
    {
        if (firstText >= lines.Length) return false;
        var title = NonWhitespace(lines[firstText].ContentSpan);
        var header = NonWhitespace(line.ContentSpan);
        var unbracketed = BracketedPart().Replace(header, "");
        return header.Contains(title, StringComparison.Ordinal) || unbracketed.Length >= 4 && title.Contains(unbracketed, StringComparison.Ordinal);
    }

    private static string NonWhitespace(ReadOnlySpan<char> text)
    {
        var sb = new System.Text.StringBuilder(text.Length);
        foreach (var c in text) if (!char.IsWhiteSpace(c)) sb.Append(c);
        return sb.ToString();
    }

    [GeneratedRegex(@"[（(][^（()）]*[）)]")]
    private static partial Regex BracketedPart();

    // The text before the line stops mid-sentence and goes on after it: the line was set between two pages' text.
    private static bool CutsASentence(ReadOnlySpan<SourceLine> lines, List<int> indexes)
    {
        foreach (var i in indexes)
            if (CutsASentence(lines, i)) return true;
        return false;
    }

    private static int CountByFurniture(ReadOnlySpan<SourceLine> lines, List<int> indexes)
    {
        var count = 0;
        foreach (var i in indexes)
            if (ByFurniture(lines, i)) count++;
        return count;
    }

    private static bool ByFurniture(ReadOnlySpan<SourceLine> lines, int i)
    {
        for (var j = Math.Max(0, i - 3); j <= Math.Min(lines.Length - 1, i + 3); j++)
            if (lines[j].HasFormFeed || lines[j].Kind is LineKind.PageBreak or LineKind.Debris) return true;
        return false;
    }

    private static bool CutsASentence(ReadOnlySpan<SourceLine> lines, int i)
    {
        var before = i - 1;
        while (before >= 0 && (!lines[before].IsText || lines[before].ContentSpan.SequenceEqual(lines[i].ContentSpan))) before--;
        var after = i + 1;
        while (after < lines.Length && (!lines[after].IsText || lines[after].ContentSpan.SequenceEqual(lines[i].ContentSpan))) after++;
        if (before < 0 || after >= lines.Length) return false;
        // Only a page that visibly breaks there (a form feed or a removed page number close by), not a run of blank
        // lines alone: in PDF spacing a paragraph's first line follows such a run too.
        if (!ByFurniture(lines, i)) return false;
        var end = lines[before].ContentSpan;
        return !CharClass.EndsLikeSentence(end) && end[^1] is not (':' or '：') && lines[after].Marker is null
               && lines[before].Width >= 30;
    }

    /// <summary>
    /// A line that may be page furniture: short, not a sentence (a header or footer never ends with one), and not
    /// numbered (a repeated <c>一　略</c> is an item, not furniture).
    /// </summary>
    private static bool CanBeRunningHeader(in SourceLine l) =>
        l.IsText && l.Width <= 80 && l.Marker is null && !CharClass.EndsLikeSentence(l.ContentSpan)
        && !CharClass.EndsWithContinuationPunctuation(l.ContentSpan);

    /// <summary>
    /// The number of blank or spacer lines in a row that marks a page break: three, or more than the document puts
    /// between its paragraphs anyway (the seed's layout separates every paragraph with blank, spacer, blank).
    /// </summary>
    internal static int PageBreakRun(List<SourceLine> lines)
    {
        Span<int> counts = stackalloc int[16];
        int run = 0, runs = 0;
        foreach (var l in lines)
        {
            if (l.Kind is LineKind.Blank or LineKind.Spacer) { run++; continue; }
            if (run > 0) { counts[Math.Min(run, 15)]++; runs++; }
            run = 0;
        }
        var common = 0;
        for (var length = 1; length < 15; length++)
            if (counts[length] * 100 >= runs * 15) common = length;
        return Math.Max(3, common + 1);
    }

    /// <summary>
    /// True where a page break precedes the line: a form feed on it or on the lines just before, or a
    /// run of blank/spacer lines longer than the document's usual paragraph gap (<see cref="PageBreakRun"/>).
    /// </summary>
    internal static bool[] PageBreakBefore(List<SourceLine> lines) => PageBreakBefore(lines, PageBreakRun(lines));

    private static bool[] PageBreakBefore(List<SourceLine> lines, int pageBreakRun)
    {
        var result = new bool[lines.Count];
        var blankRun = 0;
        var sawBreak = false;
        for (var i = 0; i < lines.Count; i++)
        {
            var l = lines[i];
            if (l.Kind is LineKind.Blank or LineKind.Spacer) { blankRun++; continue; }
            if (l.Kind == LineKind.PageBreak) { sawBreak = true; continue; }
            result[i] = sawBreak || l.HasFormFeed && l.Indent.Length == 0 || blankRun >= pageBreakRun;
            sawBreak = false;
            blankRun = 0;
        }
        return result;
    }

    private static bool[] PageBreakAfter(List<SourceLine> lines, int pageBreakRun)
    {
        var result = new bool[lines.Count];
        for (var i = 0; i < lines.Count; i++)
        {
            if (!lines[i].IsText) continue;
            var j = i + 1;
            var blanks = 0;
            while (j < lines.Count && lines[j].Kind is LineKind.Blank or LineKind.Spacer) { j++; blanks++; }
            result[i] = j >= lines.Count || lines[j].Kind == LineKind.PageBreak || lines[j].HasFormFeed || blanks >= pageBreakRun;
        }
        return result;
    }

    private static bool HasFormFeedNear(List<SourceLine> lines, int i)
    {
        for (var j = Math.Max(0, i - 3); j <= Math.Min(lines.Count - 1, i + 3); j++)
            if (lines[j].HasFormFeed) return true;
        return false;
    }

    /// <summary>Lines compared by their content (ordinal), without making strings of them.</summary>
    private sealed class SameContent : IEqualityComparer<SourceLine>
    {
        public static readonly SameContent Instance = new();

        public bool Equals(SourceLine x, SourceLine y) => x.ContentSpan.SequenceEqual(y.ContentSpan);

        public int GetHashCode(SourceLine obj) => string.GetHashCode(obj.ContentSpan);
    }
}
