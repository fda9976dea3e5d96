using Converter.Model;

namespace Converter.Emitters;

/// <summary>
/// Finds the section or clause each table-of-contents entry names, so a writer can link the entry to it. The model
/// keeps a table of contents as text; this only reads it.
/// </summary>
/// <remarks>
/// Entries are matched in order against the sections and the outermost clauses from the table on (document
/// order; a clause's own table starts at the clause): an entry with a number matches the next node showing the same number (<c>第一章</c>, <c>Sec. 101.</c> for
/// <c>SEC. 101.</c>, <c>Sec. 1.</c> for <c>SECTION 1.</c>); an entry without one matches the next node whose title is its text (<c>附則</c> for
/// <c>附　則</c>). Case, white space and trailing punctuation are ignored. Matching in order keeps numbers that
/// repeat in different chapters (<c>第一節</c>) apart. An entry that matches nothing stays unlinked and does not
/// move the search on.
/// </remarks>
internal static class ContentsLinks
{
    /// <summary>For every table of contents in the document (front and in clauses), the node id each entry links to, or <c>null</c>.</summary>
    public static IReadOnlyDictionary<TableOfContents, string?[]> Resolve(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var result = new Dictionary<TableOfContents, string?[]>(ReferenceEqualityComparer.Instance);
        var hasClauseContents = document.AllClauses().Any(c => c.Contents is not null);
        if (document.Contents is null && !hasClauseContents) return result;

        var targets = new List<Target>();
        foreach (var c in document.Clauses) AddClause(c, targets);
        foreach (var s in document.Sections) AddSection(s, targets);

        if (document.Contents is { } front) result[front] = Match(front, targets, 0);
        for (var i = 0; i < targets.Count; i++)
            if (targets[i].Contents is { } inner) result[inner] = Match(inner, targets, i); // a bill's section 1 lists itself
        return result;
    }

    private readonly record struct Target(string Id, string? Number, string? Title, TableOfContents? Contents);

    private static void AddSection(Section s, List<Target> targets)
    {
        targets.Add(new Target(s.Id, Key(s.Number), Key(s.Title), null));
        foreach (var c in s.Clauses) AddClause(c, targets);
        foreach (var child in s.Sections) AddSection(child, targets);
    }

    // Only the outermost clause is a target (articles, US sections); a clause's contents are searched after it.
    private static void AddClause(Clause c, List<Target> targets)
    {
        targets.Add(new Target(c.Id, Key(c.Number), Key(c.Heading ?? c.Caption), c.Contents));
        foreach (var item in c.Items)
            if (item.Contents is not null) AddNested(item, targets);
    }

    private static void AddNested(Clause c, List<Target> targets)
    {
        targets.Add(new Target(c.Id, null, null, c.Contents));
        foreach (var item in c.Items)
            if (item.Contents is not null) AddNested(item, targets);
    }

    private static string?[] Match(TableOfContents contents, List<Target> targets, int start)
    {
        var links = new string?[contents.Entries.Length];
        var cursor = start;
        for (var e = 0; e < contents.Entries.Length; e++)
        {
            var entry = contents.Entries[e];
            var number = Key(entry.Number);
            var text = Key(entry.Text);
            for (var t = cursor; t < targets.Count; t++)
            {
                var target = targets[t];
                var hit = number is not null
                    ? target.Number == number
                    : target.Number is null && target.Title is not null && target.Title == text;
                if (!hit) continue;
                links[e] = target.Id;
                cursor = t + 1;
                break;
            }
        }
        return links;
    }

    private static readonly char[] TrailingPunctuation = ['.', ':', '—', '–', '-', '．', '：'];

    private static string? Key(string? text)
    {
        if (text is null) return null;
        var chars = text.Where(ch => !char.IsWhiteSpace(ch)).Select(char.ToLowerInvariant).ToArray();
        var key = new string(chars).TrimEnd(TrailingPunctuation);
        // US bills number SECTION 1. in the body and Sec. 1. in their table of contents.
        if (key.StartsWith("section", StringComparison.Ordinal)) key = "sec." + key["section".Length..];
        return key.Length == 0 ? null : key;
    }
}
