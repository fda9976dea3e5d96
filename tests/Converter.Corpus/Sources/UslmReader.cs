using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Converter.Corpus.Truth;

namespace Converter.Corpus.Sources;

/// <summary>
/// Reads USLM XML (United States Legislative Markup: public laws, bills, statute compilations) into a
/// <see cref="TruthDocument"/> as the printed document shows it: small capitals as capitals, margin notes
/// (<c>sidenote</c>) and page marks left out (they are not in the text column), quoted content kept as
/// the enclosing provision's text, footnotes after the provision that cites them.
/// </summary>
public static partial class UslmReader
{
    private static readonly XNamespace Ns = "http://schemas.gpo.gov/xml/uslm";

    /// <summary>Hierarchy levels above the section, with the model's section kind.</summary>
    private static readonly Dictionary<string, string> DivisionKinds = new(StringComparer.Ordinal)
    {
        ["title"] = "Title", ["subtitle"] = "Subtitle", ["part"] = "Part", ["subpart"] = "Subpart",
        ["chapter"] = "Chapter", ["subchapter"] = "Subchapter", ["division"] = "Division", ["subdivision"] = "Division",
    };

    /// <summary>Levels from the section down, with the model's clause kind and the indent step printed bills use.</summary>
    private static readonly Dictionary<string, (string Kind, int Level)> ProvisionKinds = new(StringComparer.Ordinal)
    {
        ["section"] = ("Section", 0), ["subsection"] = ("Subsection", 1), ["paragraph"] = ("Paragraph", 2),
        ["subparagraph"] = ("Subparagraph", 3), ["clause"] = ("Clause", 4), ["subclause"] = ("Subclause", 5),
        ["item"] = ("Item", 6), ["subitem"] = ("Subitem", 7),
    };

    /// <summary>The indent step of a provision kind (section 0, subsection 1, paragraph 2, …).</summary>
    public static int LevelOf(string? kind) => ProvisionKinds.Values.FirstOrDefault(v => v.Kind == kind).Level;

    /// <summary>Reads a file.</summary>
    public static TruthDocument Read(string path) => Read(XDocument.Load(path, LoadOptions.PreserveWhitespace));

    /// <summary>Reads a parsed document.</summary>
    public static TruthDocument Read(XDocument xml)
    {
        var root = xml.Root ?? throw new InvalidDataException("empty XML");
        var heading = new List<HeadingLine>();
        var preamble = new List<string>();
        var body = new List<TruthNode>();
        var closing = new List<TruthText>();
        string? title = null;
        string? number = null;

        var preface = root.Element(Ns + "preface");
        var main = root.Element(Ns + "main") ?? throw new InvalidDataException("no main");
        var longTitle = main.Element(Ns + "longTitle");
        var officialTitle = Inline(longTitle?.Element(Ns + "officialTitle"));
        switch (root.Name.LocalName)
        {
            case "pLaw":
            {
                // A slip law's first page: the running line, then the law's number and congress.
                var running = root.Nodes().OfType<XProcessingInstruction>().FirstOrDefault(p => p.Data.StartsWith("PUBLIC LAW", StringComparison.Ordinal));
                if (running is not null) heading.Add(new HeadingLine(HeadingRole.Other, running.Data.Trim()));
                number = Clean(Inline(preface?.Element(XName.Get("type", "http://purl.org/dc/elements/1.1/"))) + " " + Inline(preface?.Element(Ns + "docNumber")));
                heading.Add(new HeadingLine(HeadingRole.DocumentNumber, number));
                if (preface?.Element(Ns + "congress") is { } congress) heading.Add(new HeadingLine(HeadingRole.Other, Inline(congress)));
                heading.Add(new HeadingLine(HeadingRole.Other, Inline(longTitle?.Element(Ns + "docTitle"))));
                title = officialTitle;
                heading.Add(new HeadingLine(HeadingRole.Title, title));
                break;
            }
            case "bill" or "resolution":
            {
                foreach (var e in preface?.Elements() ?? [])
                {
                    var name = e.Name.LocalName;
                    if (name == "docNumber") continue;
                    if (name == "distributionCode" && e.Attribute("display")?.Value == "no") continue;
                    if (name == "type")
                    {
                        number = Clean(Inline(e) + " " + Inline(preface!.Element(Ns + "docNumber")));
                        heading.Add(new HeadingLine(HeadingRole.DocumentNumber, number));
                    }
                    else if (name == "title")
                    {
                        title = Inline(e);
                        heading.Add(new HeadingLine(HeadingRole.Title, title));
                    }
                    else if (name == "action")
                    {
                        foreach (var a in e.Elements()) heading.Add(new HeadingLine(HeadingRole.Other, Inline(a)));
                    }
                    else heading.Add(new HeadingLine(HeadingRole.Other, Inline(e)));
                }
                heading.Add(new HeadingLine(HeadingRole.Other, Inline(longTitle?.Element(Ns + "docTitle"))));
                if (title is null) { title = officialTitle; heading.Add(new HeadingLine(HeadingRole.Title, title)); }
                else heading.Add(new HeadingLine(HeadingRole.Other, officialTitle));
                break;
            }
            default:
            {
                // A statute compilation: the short title, the citation note holding the public law number, notes.
                foreach (var e in preface?.Elements() ?? [])
                {
                    var text = Inline(e);
                    if (text.Length == 0) continue;
                    if (title is null && e.Name.LocalName == "property" && e.Attribute("role")?.Value == "compShortTitle")
                    {
                        title = text;
                        heading.Add(new HeadingLine(HeadingRole.Title, text));
                    }
                    else if (number is null && e.Name.LocalName == "citationNote" && e.Element(Ns + "citableAs") is { } cite)
                    {
                        number = Inline(cite);
                        heading.Add(new HeadingLine(HeadingRole.DocumentNumber, text));
                    }
                    else heading.Add(new HeadingLine(HeadingRole.Other, text));
                }
                heading.Add(new HeadingLine(HeadingRole.Other, Inline(longTitle?.Element(Ns + "docTitle"))));
                if (title is null) { title = officialTitle; heading.Add(new HeadingLine(HeadingRole.Title, title)); }
                else heading.Add(new HeadingLine(HeadingRole.Other, officialTitle));
                break;
            }
        }

        foreach (var e in main.Elements())
        {
            switch (e.Name.LocalName)
            {
                case "longTitle" or "sidenote" or "page": break;
                case "enactingFormula": preamble.Add(Inline(e)); break;
                case "preamble": preamble.AddRange(e.Elements().Select(Inline).Where(t => t.Length > 0)); break;
                case "action": closing.AddRange(e.Elements().Select(a => new TruthText(Inline(a)))); break;
                default: body.AddRange(Body(e)); break;
            }
        }
        foreach (var e in root.Elements())
        {
            if (e.Name.LocalName == "legislativeHistory")
                foreach (var line in e.Descendants().Where(d => d.Name.LocalName is "heading" or "p"))
                    closing.Add(new TruthText(Inline(line)));
            else if (e.Name.LocalName == "endMarker")
                closing.Add(new TruthText(Inline(e), 0, Furniture: true));
        }
        heading.RemoveAll(h => h.Text.Length == 0);
        body = MarkRunInFirstSubsection(body);
        return new TruthDocument(CorpusGenre.Uslm, title ?? "", number, heading, preamble, null, body, closing.Where(c => c.Text.Length > 0).ToList())
        {
            ModelGenre = root.Name.LocalName is "bill" or "resolution" ? "Bill" : "Statute",
        };
    }

    /// <summary>A body element: a division, a provision, or loose text.</summary>
    private static IEnumerable<TruthNode> Body(XElement e)
    {
        var name = e.Name.LocalName;
        if (DivisionKinds.TryGetValue(name, out var kind))
        {
            yield return Division(e, kind);
            yield break;
        }
        if (name == "appropriations")
        {
            yield return Division(e, null);
            yield break;
        }
        if (ProvisionKinds.ContainsKey(name) && e.Element(Ns + "num") is not null)
        {
            yield return Provision(e);
            yield break;
        }
        if (name is "sidenote" or "page" or "num" or "heading") yield break;
        // An unnumbered section ("That the following sums are appropriated …"), a level, a subheading: text,
        // unless it holds structure, whose parts are then read one by one.
        if (!e.Descendants().Any(IsStructure))
        {
            foreach (var n in TextNodes(e)) yield return n;
            yield break;
        }
        foreach (var n in e.Nodes())
        {
            if (n is XElement child)
                foreach (var b in IsStructure(child) || child.Descendants().Any(IsStructure) ? Body(child) : TextNodes(child)) yield return b;
            else if (n is XText t && Clean(t.Value) is { Length: > 0 } loose)
                yield return new TruthNode { Type = TruthNodeType.Text, Text = loose };
        }
    }

    [GeneratedRegex(@"^((?:\[[^\]]{1,60}\]\s*)?(?:That\s+)?)\(a\)\s+(.+)$", RegexOptions.Singleline)]
    private static partial Regex RunInFirstSubsection();

    /// <summary>
    /// Repairs one gap of the markup against the drafting convention: an old act's first subsection run into its
    /// enacting clause ("That (a) for the purpose …") is left in the text by USLM when its siblings (b), (c) are
    /// marked. A reader sees subsection (a); so does the truth (documented in docs/corpus-accuracy.md).
    /// </summary>
    private static List<TruthNode> MarkRunInFirstSubsection(List<TruthNode> nodes)
    {
        var result = new List<TruthNode>(nodes.Count + 1);
        for (var i = 0; i < nodes.Count; i++)
        {
            var n = nodes[i];
            var next = i + 1 < nodes.Count ? nodes[i + 1] : null;
            if (n.Type == TruthNodeType.Text && next is { Type: TruthNodeType.Provision, Number: "(b)" }
                && RunInFirstSubsection().Match(n.Text) is { Success: true } m)
            {
                if (m.Groups[1].Value.Trim().Length > 0) result.Add(new TruthNode { Type = TruthNodeType.Text, Text = m.Groups[1].Value.Trim() });
                result.Add(new TruthNode { Type = TruthNodeType.Provision, Kind = next.Kind, Number = "(a)", Text = m.Groups[2].Value });
                continue;
            }
            result.Add(n);
        }
        return result;
    }

    private static bool IsStructure(XElement e) =>
        DivisionKinds.ContainsKey(e.Name.LocalName) || e.Name.LocalName == "appropriations"
        || (ProvisionKinds.ContainsKey(e.Name.LocalName) && e.Element(Ns + "num") is not null);

    private static TruthNode Division(XElement e, string? kind)
    {
        var num = Clean(Inline(e.Element(Ns + "num")));
        var node = new TruthNode
        {
            Type = TruthNodeType.Division, Kind = kind, Number = num.Length == 0 ? null : num,
            Title = Inline(e.Element(Ns + "heading")),
        };
        foreach (var child in e.Elements())
            if (child.Name.LocalName is not ("num" or "heading"))
                node.Children.AddRange(Body(child));
        return node;
    }

    private static TruthNode Provision(XElement e)
    {
        var (kind, _) = ProvisionKinds[e.Name.LocalName];
        var heading = Inline(e.Element(Ns + "heading"));
        var elements = e.Elements().Where(c => c.Name.LocalName is not ("num" or "heading" or "sidenote" or "page")).ToList();
        var first = elements.FirstOrDefault();
        var node = new TruthNode
        {
            Type = TruthNodeType.Provision, Kind = kind, Number = Clean(Inline(e.Element(Ns + "num"))),
            Heading = heading.Length == 0 ? null : heading,
            RunInChild = first is not null && ProvisionKinds.ContainsKey(first.Name.LocalName) && IsInline(first),
        };
        var text = new StringBuilder();
        var afterChildren = false;
        // The node is rebuilt below with its text, which is known only after the children are read.
        foreach (var child in elements)
        {
            var name = child.Name.LocalName;
            if (name is "content" or "chapeau" or "text")
            {
                if (!afterChildren && node.Children.Count == 0)
                {
                    // The provision's own text; quoted content and a table of contents inside it are laid out apart.
                    var (own, rest) = SplitContent(child, ProvisionKinds[e.Name.LocalName].Level);
                    Append(text, own);
                    node.Children.AddRange(rest);
                    if (rest.Count > 0) afterChildren = true;
                }
                else foreach (var n in TextNodes(child)) node.Children.Add(n);
            }
            else if (ProvisionKinds.ContainsKey(name) && child.Element(Ns + "num") is not null)
            {
                node.Children.Add(Provision(child));
                afterChildren = true;
            }
            else if (name == "footnote") node.Children.Add(Footnote(child));
            else
            {
                foreach (var n in TextNodes(child)) node.Children.Add(n);
                afterChildren = true;
            }
        }
        // Footnotes sitting inside the text come after the provision's own text.
        foreach (var fn in elements.Where(c => c.Name.LocalName is "content" or "chapeau").SelectMany(c => c.Descendants(Ns + "footnote")))
            node.Children.Add(Footnote(fn));
        return new TruthNode
        {
            Type = node.Type, Kind = node.Kind, Number = node.Number, Heading = node.Heading, RunInChild = node.RunInChild,
            Text = Clean(text.ToString()), Children = node.Children,
        };
    }

    private static void Append(StringBuilder sb, string text)
    {
        if (text.Length == 0) return;
        if (sb.Length > 0) sb.Append(' ');
        sb.Append(text);
    }

    /// <summary>
    /// Splits a content element: the text before any quoted block or table of contents is the provision's own text;
    /// each quoted block becomes a <see cref="TruthNodeType.Quoted"/> node (one line per quoted element, the text
    /// after it run onto its last line), a table of contents a <see cref="TruthNodeType.Contents"/> node.
    /// </summary>
    private static (string Own, List<TruthNode> After) SplitContent(XElement content, int level)
    {
        var own = new StringBuilder();
        var rest = new List<TruthNode>();
        var tail = new StringBuilder();
        foreach (var n in content.Nodes())
        {
            if (n is XElement q && q.Name.LocalName is "quotedContent" or "toc")
            {
                FlushTail(rest, tail);
                rest.Add(q.Name.LocalName == "toc" ? Toc(q) : Quoted(q, level));
            }
            else if (n is XElement { Name.LocalName: "footnote" }) continue;
            else (rest.Count == 0 ? own : tail).Append(n is XElement el ? InlineWithSpace(el) : ((XText)n).Value);
        }
        FlushTail(rest, tail);
        return (Clean(own.ToString()), rest);
    }

    private static void FlushTail(List<TruthNode> rest, StringBuilder tail)
    {
        var text = Clean(tail.ToString());
        tail.Clear();
        if (text.Length == 0 || rest.Count == 0) return;
        var last = rest[^1];
        if (last.Type == TruthNodeType.Quoted && last.Lines.Count > 0)
        {
            var lines = last.Lines.ToList();
            lines[^1] = lines[^1] with { Text = lines[^1].Text + text };
            rest[^1] = new TruthNode { Type = TruthNodeType.Quoted, Lines = lines };
        }
        else rest.Add(new TruthNode { Type = TruthNodeType.Text, Text = text });
    }

    private static TruthNode Toc(XElement toc)
    {
        var entries = toc.Elements(Ns + "referenceItem").Select(item =>
        {
            var designator = Clean(Inline(item.Element(Ns + "designator")));
            var label = Inline(item.Element(Ns + "label"));
            var role = item.Attribute("role")?.Value;
            return new TruthTocEntry(designator, label, role == "section" ? 2 : 1, designator.EndsWith('—') ? "" : " ");
        }).ToList();
        return new TruthNode { Type = TruthNodeType.Contents, Contents = new TruthContents(null, entries) };
    }

    /// <summary>Quoted content: one line per quoted element as printed, indented by its level within the quote.</summary>
    private static TruthNode Quoted(XElement quoted, int level)
    {
        var lines = new List<TruthText>();
        void Walk(XElement e, int depth)
        {
            var name = e.Name.LocalName;
            var isStructure = (ProvisionKinds.ContainsKey(name) || DivisionKinds.ContainsKey(name)) && e.Element(Ns + "num") is not null;
            if (isStructure)
            {
                var parts = new List<string> { Clean(Inline(e.Element(Ns + "num"))) };
                var heading = Inline(e.Element(Ns + "heading"));
                if (heading.Length > 0) parts.Add(heading);
                var line = new StringBuilder(string.Join(" ", parts.Where(p => p.Length > 0)));
                var rest = e.Elements().Where(c => c.Name.LocalName is not ("num" or "heading")).ToList();
                var firstText = true;
                foreach (var c in rest)
                {
                    if (c.Name.LocalName is "content" or "chapeau" && firstText)
                    {
                        line.Append(heading.EndsWith('—') ? "" : " ").Append(Clean(InlineWithSpace(c)));
                        firstText = false;
                    }
                    else
                    {
                        if (line.Length > 0) { lines.Add(new TruthText(Clean(line.ToString()), level + depth)); line.Clear(); }
                        Walk(c, depth + 1);
                        firstText = false;
                    }
                }
                if (line.Length > 0) lines.Add(new TruthText(Clean(line.ToString()), level + depth));
            }
            else if (e.Elements().Any(c => ProvisionKinds.ContainsKey(c.Name.LocalName) || DivisionKinds.ContainsKey(c.Name.LocalName)))
                foreach (var c in e.Elements()) Walk(c, name == "quotedContent" ? depth : depth + 1);
            else if (name is not ("sidenote" or "page") && Clean(InlineWithSpace(e)) is { Length: > 0 } text)
                lines.Add(new TruthText(text, level + depth));
        }
        Walk(quoted, 1);
        return new TruthNode { Type = TruthNodeType.Quoted, Lines = lines };
    }

    private static TruthNode Footnote(XElement fn) =>
        new() { Type = TruthNodeType.Text, Text = Clean(string.Join(" ", fn.Elements().Select(InlineWithSpace))) };

    /// <summary>Loose text in a provision: one text node per paragraph-like element.</summary>
    private static IEnumerable<TruthNode> TextNodes(XElement e)
    {
        if (e.Name.LocalName is "sidenote" or "page") yield break;
        if (e.Name.LocalName == "footnote") { yield return Footnote(e); yield break; }
        if (e.Elements().Any(c => c.Name.LocalName is "p" or "quotedContent" or "toc"))
        {
            var (own, rest) = SplitContent(e, 1);
            if (own.Length > 0) yield return new TruthNode { Type = TruthNodeType.Text, Text = own };
            foreach (var r in rest) yield return r;
            yield break;
        }
        var text = Inline(e);
        if (text.Length > 0) yield return new TruthNode { Type = TruthNodeType.Text, Text = text };
    }

    private static bool IsInline(XElement e) =>
        (e.Attribute("class")?.Value ?? "").Split(' ').Contains("inline", StringComparer.Ordinal);

    /// <summary>The text a reader sees in an element, whitespace collapsed: small capitals as capitals, margin notes, page marks and footnotes left out.</summary>
    public static string Inline(XElement? e) => e is null ? "" : Clean(InlineWithSpace(e));

    private static string InlineWithSpace(XElement e)
    {
        var sb = new StringBuilder();
        Append(e, sb, upper: false);
        return sb.ToString();
    }

    private static void Append(XElement e, StringBuilder sb, bool upper)
    {
        var name = e.Name.LocalName;
        if (name is "sidenote" or "page" or "footnote") return;
        var cls = e.Attribute("class")?.Value ?? "";
        upper |= cls.Contains("smallCaps", StringComparison.Ordinal) || cls.Contains("small-caps", StringComparison.Ordinal);
        // A paragraph inside an element is its own line when printed; a space keeps words apart here.
        if (name is "p" && sb.Length > 0) sb.Append(' ');
        foreach (var n in e.Nodes())
        {
            if (n is XText t) sb.Append(upper ? t.Value.ToUpperInvariant() : t.Value);
            else if (n is XElement c) Append(c, sb, upper);
        }
    }

    /// <summary>Collapses whitespace runs to one space and trims.</summary>
    public static string Clean(string text) => Whitespace().Replace(text, " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
