using System.Text;
using System.Text.RegularExpressions;
using Converter.Corpus.Truth;
using Markdig;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using YamlDotNet.RepresentationModel;

namespace Converter.Corpus.Sources;

/// <summary>
/// Reads a statement scraped from a web page as Markdown (title in the YAML front matter) into a
/// <see cref="TruthDocument"/>, with Markdig for the blocks and YamlDotNet for the front matter.
/// </summary>
/// <remarks>
/// Where the markup and the genre disagree, the genre wins, and the rule is stated here once:
/// <list type="bullet">
/// <item>A paragraph that starts with <c>12.</c> is numbered paragraph 12, whether the scraper wrote an ordered
/// list or escaped the number (<c>12\.</c>), or put no-break spaces after it (not a list marker in Markdown).</item>
/// <item>A numbered paragraph runs to the next numbered paragraph or heading: bullet lists and plain paragraphs
/// after it belong to it (in the markup they are its siblings).</item>
/// <item>A paragraph that is bold and nothing else is a heading; before any other text it is a heading line
/// of the document (a dateline such as <c>Bali, Indonesia, 15-16 November 2022</c>).</item>
/// <item>A line holding only no-break spaces separates paragraphs (the page had an empty paragraph there).</item>
/// <item>A line of rules or hashes (<c>###</c>, <c>—–</c>) is furniture the parser may drop.</item>
/// </list>
/// </remarks>
public static partial class StatementReader
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UseYamlFrontMatter().Build();

    /// <summary>Bullet glyphs by nesting depth, as a browser draws them (disc, circle, square).</summary>
    private static readonly string[] Bullets = ["•", "◦", "▪"];

    /// <summary>Reads a file.</summary>
    public static TruthDocument Read(string path) => Parse(File.ReadAllText(path, Encoding.UTF8));

    /// <summary>Reads Markdown text.</summary>
    public static TruthDocument Parse(string markdown)
    {
        // A line of no-break spaces is an empty paragraph on the page (<p>&nbsp;</p>): a paragraph break, which
        // Markdown would not see (a no-break space is not blank there).
        var doc = Markdown.Parse(NbspLine().Replace(markdown, ""), Pipeline);
        var title = "";
        var heading = new List<HeadingLine>();
        var body = new List<TruthNode>();
        var state = new State(body);
        foreach (var block in doc)
        {
            if (block is YamlFrontMatterBlock yaml)
            {
                title = FrontMatterTitle(yaml.Lines.ToString());
                heading.Add(new HeadingLine(HeadingRole.Title, title));
                continue;
            }
            if (body.Count == 0 && state.Division is null && BoldOnly(block) is { } dateline)
            {
                heading.Add(new HeadingLine(HeadingRole.Other, dateline));
                continue;
            }
            Top(block, state);
        }
        return new TruthDocument(CorpusGenre.Statement, title, null, heading, [], null, body, []);
    }

    /// <summary>Where the next block goes: the body, the open heading's division, the open numbered paragraph.</summary>
    private sealed class State(List<TruthNode> body)
    {
        public List<TruthNode> Body { get; } = body;
        public TruthNode? Division { get; set; }
        public TruthNode? Numbered { get; set; }

        public List<TruthNode> Container => Numbered?.Children ?? Division?.Children ?? Body;
        public List<TruthNode> Section => Division?.Children ?? Body;
    }

    private static void Top(Block block, State state)
    {
        switch (block)
        {
            case HeadingBlock h:
                OpenDivision(state, Inline(h.Inline));
                break;
            case ParagraphBlock p when BoldOnly(p) is { } text:
                OpenDivision(state, text);
                break;
            case ParagraphBlock p:
                foreach (var node in Paragraph(Lines(p.Inline)))
                {
                    if (node.Type == TruthNodeType.Provision)
                    {
                        state.Section.Add(node);
                        state.Numbered = node;
                    }
                    else state.Container.Add(node);
                }
                break;
            case ListBlock list when list.IsOrdered:
                foreach (var item in List(list, 0))
                {
                    state.Section.Add(item);
                    state.Numbered = item;
                }
                break;
            case ListBlock list:
                state.Container.AddRange(List(list, 0));
                break;
            case ContainerBlock container:
                foreach (var child in container) Top(child, state);
                break;
            case LeafBlock leaf:
                foreach (var line in LeafText(leaf)) state.Container.Add(TextNode(line));
                break;
        }
    }

    private static void OpenDivision(State state, string text)
    {
        var division = new TruthNode { Type = TruthNodeType.Division, Kind = "Section", Title = text };
        state.Body.Add(division);
        state.Division = division;
        state.Numbered = null;
    }

    /// <summary>A paragraph's lines (split at hard line breaks); a leading <c>12.</c> makes it a numbered paragraph.</summary>
    private static IEnumerable<TruthNode> Paragraph(List<string> lines)
    {
        if (lines.Count == 0) yield break;
        var m = NumberedParagraph().Match(lines[0]);
        if (m.Success)
        {
            var node = new TruthNode { Type = TruthNodeType.Provision, Kind = "Paragraph", Number = m.Groups[1].Value, Text = lines[0][m.Length..].Trim() };
            node.Children.AddRange(lines.Skip(1).Select(TextNode));
            yield return node;
            yield break;
        }
        foreach (var line in lines) yield return TextNode(line);
    }

    private static IEnumerable<TruthNode> List(ListBlock list, int depth)
    {
        var order = int.TryParse(list.OrderedStart, out var start) ? start : 1;
        foreach (var item in list.OfType<ListItemBlock>())
        {
            var number = list.IsOrdered ? order++.ToString(System.Globalization.CultureInfo.InvariantCulture) + list.OrderedDelimiter
                : Bullets[Math.Min(depth, Bullets.Length - 1)];
            var node = new TruthNode { Type = TruthNodeType.Provision, Kind = list.IsOrdered ? "Paragraph" : "Point", Number = number };
            var textSet = false;
            foreach (var child in item)
            {
                if (child is ListBlock nested) node.Children.AddRange(List(nested, list.IsOrdered ? depth : depth + 1));
                else
                {
                    var lines = child is ParagraphBlock p ? Lines(p.Inline) : LeafTextOf(child);
                    if (!textSet && lines.Count > 0)
                    {
                        node = new TruthNode { Type = node.Type, Kind = node.Kind, Number = number, Text = lines[0], Children = node.Children };
                        lines = lines.Skip(1).ToList();
                        textSet = true;
                    }
                    node.Children.AddRange(lines.Select(TextNode));
                }
            }
            yield return node;
        }
    }

    private static List<string> LeafTextOf(Block block) => block switch
    {
        LeafBlock leaf => LeafText(leaf).ToList(),
        ContainerBlock c => c.SelectMany(LeafTextOf).ToList(),
        _ => [],
    };

    /// <summary>Text of a leaf block that is not a paragraph: an indented code block's lines (a scraper's accident), an HTML block's text.</summary>
    private static IEnumerable<string> LeafText(LeafBlock leaf)
    {
        if (leaf is ParagraphBlock p) return Lines(p.Inline);
        if (leaf is HtmlBlock html)
        {
            var text = HtmlTag().Replace(html.Lines.ToString(), "");
            return text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith("<!--", StringComparison.Ordinal));
        }
        if (leaf is ThematicBreakBlock) return [];
        return leaf.Lines.ToString().Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0);
    }

    private static TruthNode TextNode(string line) =>
        new() { Type = TruthNodeType.Text, Text = line, Furniture = RuleLine().IsMatch(line) };

    /// <summary>The text of a paragraph that is strong emphasis and nothing else, or <c>null</c>.</summary>
    private static string? BoldOnly(Block block)
    {
        if (block is not ParagraphBlock { Inline: { } inline }) return null;
        // "**Heading **": the scraper left a space before the closing stars, which Markdown then shows as
        // literal stars; the page showed a bold heading.
        if (inline.All(i => i is LiteralInline or LineBreakInline) && LiteralBold().Match(string.Join(" ", Lines(inline))) is { Success: true } literal)
            return literal.Groups[1].Value.Trim();
        var significant = inline.Where(i => !(i is LiteralInline l && l.Content.ToString().Trim().Length == 0) && i is not LineBreakInline).ToList();
        if (significant.Count == 0 || !significant.All(IsStrong)) return null;
        var text = string.Join(" ", Lines(inline));
        return text.Length == 0 ? null : text;
    }

    /// <summary>Strong emphasis, also inside or around emphasis (<c>***text***</c>).</summary>
    private static bool IsStrong(Inline inline) => inline is EmphasisInline e
        && (e.DelimiterCount >= 2 || (e.FirstChild is { } only && only.NextSibling is null && IsStrong(only)));

    /// <summary>The visible text of inlines, split into lines at hard breaks, spaces collapsed.</summary>
    private static List<string> Lines(ContainerInline? inline)
    {
        var lines = new List<string>();
        var sb = new StringBuilder();
        void Walk(Inline node)
        {
            switch (node)
            {
                case LiteralInline l: sb.Append(l.Content.ToString()); break;
                case LineBreakInline br:
                    if (br.IsHard) { lines.Add(sb.ToString()); sb.Clear(); }
                    else sb.Append(' ');
                    break;
                case CodeInline c: sb.Append(c.Content); break;
                case HtmlEntityInline e: sb.Append(e.Transcoded.ToString()); break;
                case AutolinkInline a: sb.Append(a.Url); break;
                case HtmlInline: break; // tags are not text; the text between them is
                case ContainerInline c:
                    foreach (var child in c) Walk(child);
                    break;
            }
        }
        if (inline is not null) foreach (var child in inline) Walk(child);
        lines.Add(sb.ToString());
        return lines.Select(Clean).Where(l => l.Length > 0).ToList();
    }

    private static string Inline(ContainerInline? inline) => string.Join(" ", Lines(inline));

    private static string FrontMatterTitle(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml.Trim().Trim('-')));
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode map) return "";
        return map.Children.TryGetValue(new YamlScalarNode("title"), out var t) && t is YamlScalarNode s ? Clean(s.Value ?? "") : "";
    }

    /// <summary>Collapses runs of spaces (not no-break spaces: they are what the page showed) and trims.</summary>
    private static string Clean(string text) => Spaces().Replace(text, " ").Trim();

    [GeneratedRegex(@"^(\d{1,3}\.)[\s\u00A0]+")]
    private static partial Regex NumberedParagraph();

    [GeneratedRegex(@"^[\s\-–—_*=#~·]{2,}$")]
    private static partial Regex RuleLine();

    [GeneratedRegex(@"^\*\*([^*\s].*?)\s*\*\*$")]
    private static partial Regex LiteralBold();

    [GeneratedRegex(@"^[ \t\u00A0]*\u00A0[ \t\u00A0]*$", RegexOptions.Multiline)]
    private static partial Regex NbspLine();

    [GeneratedRegex(@"<[^>]+>")]
    private static partial Regex HtmlTag();

    [GeneratedRegex(@"[ \t\r\n]+")]
    private static partial Regex Spaces();
}
