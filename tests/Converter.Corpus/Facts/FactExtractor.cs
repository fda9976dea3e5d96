using System.Globalization;
using Converter.Corpus.Truth;

namespace Converter.Corpus.Facts;

/// <summary>What a fact is about.</summary>
public enum FactCategory
{
    /// <summary>The document's title.</summary>
    Title,
    /// <summary>The document's genre in the metadata (statute, bill, statement).</summary>
    Genre,
    /// <summary>The document number (law number, public law, bill number) in the heading.</summary>
    DocumentNumber,
    /// <summary>A preamble paragraph (制定文, enacting formula, recital) is in the preamble.</summary>
    Preamble,
    /// <summary>The front table of contents is recognised as such (its entries are not structure).</summary>
    Contents,
    /// <summary>A division: part, chapter, 節, title, subtitle, statement heading, 附則, 別表.</summary>
    Division,
    /// <summary>A provision: article, US section, paragraph, item, bullet.</summary>
    Provision,
    /// <summary>How many numbered provisions and divisions there are (nothing invented, e.g. from a table of contents).</summary>
    Count,
}

/// <summary>One fact the parsed model must reproduce.</summary>
/// <param name="Category">What it is about.</param>
/// <param name="NodeKind">The kind of the node it concerns (<c>Article</c>, <c>Item</c>, <c>Chapter</c>), or <c>null</c>.</param>
/// <param name="Key">The node's key (see <see cref="OutlineKeys"/>) or a document-level name.</param>
/// <param name="Property">Which property: <c>exists</c>, <c>title</c>, <c>caption</c>, <c>heading</c>, <c>parent</c>, <c>kind</c>, <c>amendLaw</c>, <c>entries</c>, <c>text</c>.</param>
/// <param name="Expected">The expected value as displayed (compared after <see cref="Normal.Key"/>).</param>
public sealed record Fact(FactCategory Category, string? NodeKind, string Key, string Property, string Expected)
{
    /// <summary>A label for grouping wrong facts: category, node kind, property.</summary>
    public string Group => $"{Category}{(NodeKind is null ? "" : "[" + NodeKind + "]")}.{Property}";
}

/// <summary>Lists the facts of a ground-truth document.</summary>
public static class FactExtractor
{
    /// <summary>The facts, in document order.</summary>
    public static List<Fact> Extract(TruthDocument truth)
    {
        ArgumentNullException.ThrowIfNull(truth);
        var facts = new List<Fact>
        {
            new(FactCategory.Title, null, "title", "text", truth.Title),
            new(FactCategory.Genre, null, "genre", "value", truth.ModelGenre),
        };
        if (truth.DocumentNumber is { } number) facts.Add(new Fact(FactCategory.DocumentNumber, null, "number", "text", number));
        for (var i = 0; i < truth.Preamble.Count; i++)
            facts.Add(new Fact(FactCategory.Preamble, null, "preamble#" + (i + 1).ToString(CultureInfo.InvariantCulture), "text", truth.Preamble[i]));
        if (truth.Contents is { } toc)
        {
            facts.Add(new Fact(FactCategory.Contents, null, "contents", "exists", "yes"));
            facts.Add(new Fact(FactCategory.Contents, null, "contents", "entries", toc.Entries.Count.ToString(CultureInfo.InvariantCulture)));
        }

        var keyed = OutlineKeys.Keys(OutlineKeys.FromTruth(truth.Body), truth.Genre);
        foreach (var k in keyed)
        {
            var n = k.Node;
            if (n.IsDivision)
            {
                facts.Add(new Fact(FactCategory.Division, n.Kind, k.Key, "exists", n.Number ?? n.Title ?? ""));
                if (!string.IsNullOrEmpty(n.Title)) facts.Add(new Fact(FactCategory.Division, n.Kind, k.Key, "title", DivisionTitle(n, truth.Genre)));
                if (n.Kind is not null && truth.Genre != CorpusGenre.Statement) facts.Add(new Fact(FactCategory.Division, n.Kind, k.Key, "kind", n.Kind));
                if (n.AmendLawNumber is { } amend) facts.Add(new Fact(FactCategory.Division, n.Kind, k.Key, "amendLaw", amend));
                continue;
            }
            facts.Add(new Fact(FactCategory.Provision, n.Kind, k.Key, "exists", n.Number ?? "(unnumbered)"));
            if (k.IsTop) facts.Add(new Fact(FactCategory.Provision, n.Kind, k.Key, "parent", k.DivisionPath));
            if (n.Title is { } caption) facts.Add(new Fact(FactCategory.Provision, n.Kind, k.Key, "caption", caption));
            if (n.Heading is { } heading) facts.Add(new Fact(FactCategory.Provision, n.Kind, k.Key, "heading", heading));
            if (n.Kind is not null && truth.Genre != CorpusGenre.Statement) facts.Add(new Fact(FactCategory.Provision, n.Kind, k.Key, "kind", n.Kind));
            if (n.ContentsEntries is { } entries)
                facts.Add(new Fact(FactCategory.Provision, n.Kind, k.Key, "entries", entries.ToString(CultureInfo.InvariantCulture)));
        }
        if (truth.Genre != CorpusGenre.Statement)
        {
            facts.Add(new Fact(FactCategory.Count, null, "divisions", "count", keyed.Count(k => k.Node.IsDivision).ToString(CultureInfo.InvariantCulture)));
            facts.Add(new Fact(FactCategory.Count, null, "numbered provisions", "count",
                keyed.Count(k => !k.Node.IsDivision && k.Node.Number is not null).ToString(CultureInfo.InvariantCulture)));
        }
        return facts;
    }

    /// <summary>
    /// A division's expected title. Where a heading's number ends is part of the title's fact only where the genre
    /// does not fix it: a statement heading, a 附則 with its label, an appendix, a US division without number.
    /// </summary>
    public static string DivisionTitle(OutlineNode n, CorpusGenre genre) =>
        genre == CorpusGenre.Statement || n.Number is null ? (n.Number ?? "") + (n.Title ?? "") : n.Title ?? "";
}
