using Converter.Model;

namespace Converter.AkomaNtoso;

/// <summary>An Akoma Ntoso hierarchical element for a model node: its element name, its <c>name</c> attribute (for <c>hcontainer</c>) and its eId abbreviation.</summary>
/// <param name="Element">Element name (<c>chapter</c>, <c>article</c>, <c>hcontainer</c>).</param>
/// <param name="Name">The <c>name</c> attribute of an <c>hcontainer</c>, otherwise <c>null</c>.</param>
/// <param name="Abbreviation">The eId component before <c>_N</c>, from the Akoma Ntoso Naming Convention (<c>chp</c>, <c>art</c>, <c>para</c>).</param>
internal readonly record struct AknElement(string Element, string? Name, string Abbreviation);

/// <summary>
/// Every convention of the Akoma Ntoso output in one place: which element each section and clause kind becomes,
/// which document type each genre becomes, the document name of a <c>doc</c> from its title, language and country
/// codes, enacting formulas. docs/akoma-ntoso.md has the same tables for readers.
/// </summary>
internal static class AknVocabulary
{
    /// <summary>The Akoma Ntoso 3.0 namespace.</summary>
    public const string Namespace = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0";

    /// <summary>The element for a section of the given kind.</summary>
    public static AknElement For(SectionKind kind) => kind switch
    {
        SectionKind.Part => new("part", null, "part"),
        SectionKind.Chapter => new("chapter", null, "chp"),
        SectionKind.Subsection => new("subsection", null, "subsec"),
        SectionKind.Division => new("division", null, "dvs"),
        SectionKind.Title => new("title", null, "title"),
        SectionKind.Subtitle => new("subtitle", null, "subtitle"),
        SectionKind.Subpart => new("subpart", null, "subpart"),
        SectionKind.Subchapter => new("subchapter", null, "subchp"),
        // Akoma Ntoso has no element for 附則 or 別表 that keeps them in place in the body; hcontainer with a name is
        // the standard's generic hierarchical container for exactly this.
        SectionKind.SupplementaryProvision => new("hcontainer", "supplementaryProvision", "hcontainer"),
        SectionKind.Appendix => new("hcontainer", "appendix", "hcontainer"),
        _ => new("section", null, "sec"),
    };

    /// <summary>The element for a clause of the given kind.</summary>
    public static AknElement For(ClauseKind kind) => kind switch
    {
        ClauseKind.Article => new("article", null, "art"),
        ClauseKind.Section => new("section", null, "sec"),
        ClauseKind.Subsection => new("subsection", null, "subsec"),
        ClauseKind.Subparagraph => new("subparagraph", null, "subpara"),
        ClauseKind.Clause => new("clause", null, "cl"),
        ClauseKind.Subclause => new("subclause", null, "subcl"),
        // 号, イ/（１） and bullets: Akoma Ntoso's point.
        ClauseKind.Item or ClauseKind.Subitem or ClauseKind.Point => new("point", null, "point"),
        _ => new("paragraph", null, "para"),
    };

    /// <summary>The document type element: <c>act</c> for statutes, <c>bill</c> for bills, <c>doc</c> for the rest.</summary>
    public static string DocumentType(DocumentGenre genre) => genre switch
    {
        DocumentGenre.Statute => "act",
        DocumentGenre.Bill => "bill",
        _ => "doc",
    };

    // Title words → the name of a doc (and the subtype in its FRBR URIs). First matching row wins, so a more specific
    // word stands before a word it contains; no match is a statement.
    private static readonly (string Word, string Name)[] DocNames =
    [
        ("communiqué", "communique"), ("communique", "communique"), ("コミュニケ", "communique"),
        ("press release", "pressRelease"), ("報道発表", "pressRelease"),
        ("fact sheet", "factSheet"), ("ファクトシート", "factSheet"),
        ("joint statement", "statement"), ("共同声明", "statement"),
        ("declaration", "declaration"), ("宣言", "declaration"),
        ("memorandum", "memorandum"), ("覚書", "memorandum"),
        ("agreement", "agreement"), ("協定", "agreement"),
        ("summary", "summary"), ("概要", "summary"),
    ];

    /// <summary>The <c>name</c> of the document element: <c>act</c>/<c>bill</c>, or for a doc the kind its title names (<c>statement</c> when none).</summary>
    public static string DocumentName(Document document)
    {
        var type = DocumentType(document.Metadata.Genre);
        if (type != "doc") return type;
        var title = document.Heading.Title.Text;
        foreach (var (word, name) in DocNames)
            if (title.Contains(word, StringComparison.OrdinalIgnoreCase)) return name;
        return "statement";
    }

    /// <summary>ISO 639-2 code for FRBRlanguage and the expression URI (<c>jpn</c>, <c>eng</c>); <c>und</c> when unknown.</summary>
    public static string Iso639_2(string language) => language.Split('-')[0].ToLowerInvariant() switch
    {
        "ja" => "jpn",
        "en" => "eng",
        "zh" => "zho",
        "ko" => "kor",
        "fr" => "fra",
        "de" => "deu",
        _ => "und",
    };

    /// <summary>
    /// ISO 3166-1 code for FRBRcountry: Japanese text is Japan's, English legislation is United States legislation (the
    /// conventions the parser knows); anything else is <c>zz</c>, the user-assigned code for an unknown country.
    /// </summary>
    public static string Country(Document document) => document.Metadata.Language.Split('-')[0].ToLowerInvariant() switch
    {
        "ja" => "jp",
        "en" when document.Metadata.Genre is DocumentGenre.Statute or DocumentGenre.Bill => "us",
        _ => "zz",
    };

    /// <summary>
    /// Whether a preamble paragraph of an act or bill is its enacting formula (<c>formula name="enactingFormula"</c>)
    /// rather than a recital: <c>Be it enacted …</c>, or a Japanese 制定文 / 上諭 (<c>…この法律を制定する。</c>,
    /// <c>…公布せしめる。</c>).
    /// </summary>
    public static bool IsEnactingFormula(string text) =>
        text.TrimStart().StartsWith("Be it enacted", StringComparison.OrdinalIgnoreCase)
        || text.Contains("hereby enact", StringComparison.OrdinalIgnoreCase)
        || text.Contains("制定する", StringComparison.Ordinal)
        || text.Contains("公布", StringComparison.Ordinal);
}
