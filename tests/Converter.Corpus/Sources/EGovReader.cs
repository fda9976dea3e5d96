using System.Text;
using System.Xml.Linq;
using Converter.Corpus.Truth;

namespace Converter.Corpus.Sources;

/// <summary>
/// Reads e-Gov law XML (standard law XML schema, <c>egov/stdLaw.xsd</c>) into a <see cref="TruthDocument"/>.
/// Articles follow the model's statute convention: an article's text is its first paragraph's, its children
/// that paragraph's items followed by its later paragraphs.
/// </summary>
public static class EGovReader
{
    /// <summary>Division elements in rank order with the model kind and the element holding their heading.</summary>
    private static readonly Dictionary<string, (string Kind, string TitleElement)> Divisions = new(StringComparer.Ordinal)
    {
        ["Part"] = ("Part", "PartTitle"),
        ["Chapter"] = ("Chapter", "ChapterTitle"),
        ["Section"] = ("Section", "SectionTitle"),
        ["Subsection"] = ("Subsection", "SubsectionTitle"),
        ["Division"] = ("Division", "DivisionTitle"),
    };

    /// <summary>Reads a file.</summary>
    public static TruthDocument Read(string path) => Read(XDocument.Load(path, LoadOptions.PreserveWhitespace));

    /// <summary>Reads a parsed document.</summary>
    public static TruthDocument Read(XDocument xml)
    {
        var law = xml.Root ?? throw new InvalidDataException("empty XML");
        var body = law.Element("LawBody") ?? throw new InvalidDataException("no LawBody");
        var title = Inline(body.Element("LawTitle"));
        var lawNum = Inline(law.Element("LawNum"));
        var number = lawNum.Length > 0 ? "（" + lawNum + "）" : null;
        var heading = new List<HeadingLine> { new(HeadingRole.Title, title) };
        if (number is not null) heading.Add(new HeadingLine(HeadingRole.DocumentNumber, number));

        var preamble = new List<string>();
        TruthContents? toc = null;
        var nodes = new List<TruthNode>();
        foreach (var e in body.Elements())
        {
            switch (e.Name.LocalName)
            {
                case "LawTitle": break;
                case "EnactStatement": preamble.Add(Inline(e)); break;
                case "Preamble": preamble.AddRange(e.Elements("Paragraph").Select(p => Inline(p.Element("ParagraphSentence")))); break;
                case "TOC": toc = Contents(e); break;
                case "MainProvision": nodes.AddRange(Children(e)); break;
                case "SupplProvision": nodes.Add(Supplementary(e)); break;
                default: nodes.Add(Appendix(e)); break;
            }
        }
        return new TruthDocument(CorpusGenre.EGov, title, number, heading, preamble, toc, nodes, []);
    }

    private static TruthContents Contents(XElement toc)
    {
        var entries = new List<TruthTocEntry>();
        void Walk(XElement parent, int level)
        {
            foreach (var e in parent.Elements())
            {
                if (!e.Name.LocalName.StartsWith("TOC", StringComparison.Ordinal) || e.Name.LocalName == "TOCLabel") continue;
                var label = e.Elements().FirstOrDefault(c => c.Name.LocalName.EndsWith("Title", StringComparison.Ordinal)
                    || c.Name.LocalName.EndsWith("Label", StringComparison.Ordinal));
                var range = Inline(e.Element("ArticleRange"));
                var (num, text) = SplitHeading(Inline(label) + (e.Name.LocalName == "TOCArticle" ? Inline(e.Element("ArticleCaption")) : ""));
                entries.Add(new TruthTocEntry(num, text + range, level, "\u3000"));
                Walk(e, level + 1);
            }
        }
        Walk(toc, 1);
        return new TruthContents(Inline(toc.Element("TOCLabel")), entries);
    }

    /// <summary>The body nodes under a provision container (MainProvision, a division, a supplementary provision).</summary>
    private static IEnumerable<TruthNode> Children(XElement container)
    {
        foreach (var e in container.Elements())
        {
            var name = e.Name.LocalName;
            if (Divisions.TryGetValue(name, out var division))
            {
                var (num, title) = SplitHeading(Inline(e.Element(division.TitleElement)));
                var node = new TruthNode { Type = TruthNodeType.Division, Kind = division.Kind, Number = num, Title = title };
                node.Children.AddRange(Children(e));
                yield return node;
            }
            else if (name == "Article") yield return Article(e);
            else if (name == "Paragraph") yield return Paragraph(e);
            else if (name.EndsWith("Title", StringComparison.Ordinal) || name == "SupplProvisionLabel") continue;
            else foreach (var n in Loose(e)) yield return n;
        }
    }

    private static TruthNode Article(XElement article)
    {
        var caption = OptionalInline(article.Element("ArticleCaption"));
        var number = Inline(article.Element("ArticleTitle"));
        var paragraphs = article.Elements("Paragraph").Select(Paragraph).ToList();
        var extra = article.Elements().Where(e => e.Name.LocalName is not ("Paragraph" or "ArticleCaption" or "ArticleTitle")).SelectMany(Loose);
        // The model's statute convention: an article's text is its first (unnumbered) paragraph, its items are that
        // paragraph's items followed by the later paragraphs (２, ３), each holding its own items.
        var node = new TruthNode { Type = TruthNodeType.Provision, Kind = "Article", Number = number, Title = caption };
        if (paragraphs.Count > 0 && paragraphs[0] is { Number: null, Title: null } first)
        {
            node = new TruthNode { Type = TruthNodeType.Provision, Kind = "Article", Number = number, Title = caption, Text = first.Text };
            node.Children.AddRange(first.Children);
            paragraphs.RemoveAt(0);
        }
        node.Children.AddRange(paragraphs);
        node.Children.AddRange(extra);
        return node;
    }

    private static TruthNode Paragraph(XElement p)
    {
        var num = OptionalInline(p.Element("ParagraphNum"));
        var node = new TruthNode
        {
            Type = TruthNodeType.Provision, Kind = "Paragraph", Number = num,
            Title = OptionalInline(p.Element("ParagraphCaption")), Text = Inline(p.Element("ParagraphSentence")),
        };
        foreach (var e in p.Elements())
        {
            switch (e.Name.LocalName)
            {
                case "ParagraphNum" or "ParagraphSentence" or "ParagraphCaption": break;
                case "Item": node.Children.Add(Item(e, "Item", "ItemTitle", "ItemSentence")); break;
                default: node.Children.AddRange(Loose(e)); break;
            }
        }
        return node;
    }

    private static TruthNode Item(XElement item, string kind, string titleName, string sentenceName)
    {
        var node = new TruthNode
        {
            Type = TruthNodeType.Provision, Kind = kind, Number = OptionalInline(item.Element(titleName)),
            Text = Inline(item.Element(sentenceName)),
        };
        foreach (var e in item.Elements())
        {
            var name = e.Name.LocalName;
            if (name == titleName || name == sentenceName) continue;
            if (name.StartsWith("Subitem", StringComparison.Ordinal) && !name.EndsWith("Title", StringComparison.Ordinal)
                && !name.EndsWith("Sentence", StringComparison.Ordinal))
                node.Children.Add(Item(e, "Subitem", name + "Title", name + "Sentence"));
            else node.Children.AddRange(Loose(e));
        }
        return node;
    }

    private static TruthNode Supplementary(XElement suppl)
    {
        var label = Inline(suppl.Element("SupplProvisionLabel"));
        var amend = suppl.Attribute("AmendLawNum")?.Value;
        var extract = string.Equals(suppl.Attribute("Extract")?.Value, "true", StringComparison.Ordinal);
        var node = new TruthNode
        {
            Type = TruthNodeType.Division, Kind = "SupplementaryProvision", Title = label,
            AmendLawNumber = string.IsNullOrEmpty(amend) ? (extract ? "抄" : null) : "（" + amend + "）" + (extract ? "\u3000抄" : ""),
        };
        node.Children.AddRange(Children(suppl));
        return node;
    }

    /// <summary>An appended table, note, form or figure: a division whose heading is its title and related-article note.</summary>
    private static TruthNode Appendix(XElement e)
    {
        var titleElement = e.Elements().FirstOrDefault(c => c.Name.LocalName.EndsWith("Title", StringComparison.Ordinal));
        var related = e.Element("RelatedArticleNum");
        var node = new TruthNode { Type = TruthNodeType.Division, Kind = "Appendix", Title = Inline(titleElement) + Inline(related) };
        foreach (var c in e.Elements())
            if (c != titleElement && c != related) node.Children.AddRange(Loose(c));
        return node;
    }

    /// <summary>
    /// Anything that is text but not structure: a table (one text node per row, cells separated by an
    /// ideographic space as e-Gov displays them), a note, a figure's caption. Nothing that is text is dropped.
    /// </summary>
    private static IEnumerable<TruthNode> Loose(XElement e)
    {
        var name = e.Name.LocalName;
        if (name == "TableRow")
        {
            var cells = e.Elements("TableColumn").Select(Inline).Where(t => t.Length > 0);
            var row = string.Join("\u3000", cells);
            if (row.Length > 0) yield return new TruthNode { Type = TruthNodeType.Text, Text = row };
            yield break;
        }
        if (name is "Sentence" or "Column" || !e.Elements().Any() || e.Elements().All(c => c.Name.LocalName is "Sentence" or "Ruby" or "Line" or "Sup" or "Sub"))
        {
            var text = Inline(e);
            if (text.Length > 0) yield return new TruthNode { Type = TruthNodeType.Text, Text = text };
            yield break;
        }
        foreach (var c in e.Elements())
            foreach (var n in Loose(c)) yield return n;
    }

    /// <summary>Splits a heading <c>第一章　総則</c> into number and title at the first ideographic space.</summary>
    public static (string? Number, string Title) SplitHeading(string heading)
    {
        var i = heading.IndexOf('\u3000', StringComparison.Ordinal);
        return i < 0 ? (null, heading) : (heading[..i], heading[(i + 1)..].TrimStart('\u3000'));
    }

    private static string? OptionalInline(XElement? e)
    {
        var text = Inline(e);
        return text.Length == 0 ? null : text;
    }

    /// <summary>
    /// The text a reader sees in an element: its text nodes in order, sentences run together, columns
    /// separated by an ideographic space, ruby as the base text followed by its reading in parentheses
    /// (<c>踪（そう）</c>). Whitespace that only indents the XML is ignored.
    /// </summary>
    public static string Inline(XElement? e)
    {
        if (e is null) return "";
        var sb = new StringBuilder();
        Append(e, sb);
        return sb.ToString();
    }

    private static void Append(XElement e, StringBuilder sb)
    {
        if (e.Name.LocalName == "Ruby")
        {
            foreach (var n in e.Nodes())
                if (n is XText t) sb.Append(t.Value);
                else if (n is XElement c && c.Name.LocalName != "Rt") Append(c, sb);
            foreach (var rt in e.Elements("Rt")) sb.Append('（').Append(Inline(rt)).Append('）');
            return;
        }
        var hasElements = e.Elements().Any();
        var firstColumn = true;
        foreach (var n in e.Nodes())
        {
            if (n is XText t)
            {
                if (!hasElements || !string.IsNullOrWhiteSpace(t.Value)) sb.Append(t.Value);
            }
            else if (n is XElement c)
            {
                if (c.Name.LocalName is "Column" or "TableColumn")
                {
                    if (!firstColumn && sb.Length > 0) sb.Append('\u3000');
                    firstColumn = false;
                }
                Append(c, sb);
            }
        }
    }
}
