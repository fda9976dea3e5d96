using Converter.Model;

namespace Converter.PlainText;

/// <summary>Where a numbering family stands in a document's tree.</summary>
internal enum NumberingRole : byte
{
    /// <summary>Only the order in which families first appear tells its level (a statement's <c>1.</c>, <c>(a)</c>).</summary>
    Listed,
    /// <summary>Always heads a section: 編, 章, 節, 款, 目, <c>Chapter</c>, <c>Part</c>, <c>TITLE I—</c>.</summary>
    Division,
    /// <summary>The unit of a law: 条, <c>Article 5</c>, <c>SEC. 2.</c>; unnumbered paragraphs after it belong to it.</summary>
    Article,
    /// <summary>Below an article, ranked: 項, 号, イ, （１）; US (a), (1), (A), (i), (I), (aa).</summary>
    Provision,
    /// <summary>A bullet: its shape is its level.</summary>
    Bullet,
}

/// <summary>How one numbering family is read in one genre.</summary>
/// <param name="Role">Where the family stands.</param>
/// <param name="Rank">Position in the legal hierarchy (lower is higher in the tree); <c>null</c> when only order of appearance tells.</param>
/// <param name="SectionKind">The section kind a heading numbered so gets.</param>
/// <param name="ClauseKind">The clause kind a clause numbered so gets.</param>
internal readonly record struct NumberingConvention(NumberingRole Role, int? Rank, SectionKind SectionKind, ClauseKind ClauseKind)
{
    /// <summary>True for families that always head a section.</summary>
    public bool IsDivision => Role == NumberingRole.Division;

    /// <summary>True for article families: their unnumbered follow-on paragraphs belong to them.</summary>
    public bool IsArticle => Role == NumberingRole.Article;
}

/// <summary>
/// The one table of numbering conventions: for each numbering family (recognised by <see cref="ClauseMarkers"/>) and
/// genre, its role, its rank in the legal hierarchy, and the kinds of node it makes. Every stage that needs to know
/// what a number means asks here.
/// </summary>
/// <remarks>
/// Japanese statutes rank 編 &gt; 章 &gt; 節 &gt; 款 &gt; 目 (divisions) and 条 &gt; 項 &gt; 号 &gt; イ &gt; （１） &gt; （ｉ）
/// (provisions), as e-Gov's law XML and the Cabinet Legislation Bureau's drafting rules have them. US legislation
/// ranks title &gt; subtitle &gt; part &gt; subpart &gt; chapter &gt; subchapter and section &gt; subsection (a) &gt;
/// paragraph (1) &gt; subparagraph (A) &gt; clause (i) &gt; subclause (I) &gt; item (aa) &gt; subitem (AA), as the
/// Office of the Law Revision Counsel and the House and Senate drafting manuals do. A statement's lists have no
/// fixed ranks: the order in which families appear is their nesting.
/// </remarks>
internal static class NumberingConventions
{
    private const int ArticleRank = 10;

    private static readonly NumberingConvention[] Statement = Build(legislation: false);
    private static readonly NumberingConvention[] Legislation = Build(legislation: true);

    /// <summary>The convention of <paramref name="family"/> in <paramref name="genre"/>.</summary>
    public static NumberingConvention Of(MarkerFamily family, DocumentGenre genre = DocumentGenre.Statement) =>
        (genre == DocumentGenre.Statement ? Statement : Legislation)[(int)family];

    /// <summary>The convention of <paramref name="marker"/>'s family in <paramref name="genre"/>.</summary>
    public static NumberingConvention Of(Marker marker, DocumentGenre genre = DocumentGenre.Statement) => Of(marker.Family, genre);

    /// <summary>The rank of articles (条, <c>SEC. 2.</c>); divisions rank above it, provisions below.</summary>
    public static int ArticleLevel => ArticleRank;

    private static NumberingConvention[] Build(bool legislation)
    {
        var table = new NumberingConvention[Enum.GetValues<MarkerFamily>().Length];
        for (var i = 0; i < table.Length; i++)
            table[i] = new(NumberingRole.Listed, null, SectionKind.Section, ClauseKind.Paragraph);

        void Division(MarkerFamily f, int rank, SectionKind kind) => table[(int)f] = new(NumberingRole.Division, rank, kind, ClauseKind.Paragraph);
        void Provision(MarkerFamily f, int rank, ClauseKind kind) => table[(int)f] = new(NumberingRole.Provision, rank, SectionKind.Section, kind);

        // Japanese: the same in every genre (an agreement numbers its articles and paragraphs as a law does).
        Division(MarkerFamily.JpPart, 1, SectionKind.Part);
        Division(MarkerFamily.JpChapter, 2, SectionKind.Chapter);
        Division(MarkerFamily.JpSection, 3, SectionKind.Section);
        Division(MarkerFamily.JpSubsection, 4, SectionKind.Subsection);
        Division(MarkerFamily.JpDivision, 5, SectionKind.Division);
        table[(int)MarkerFamily.JpArticle] = new(NumberingRole.Article, ArticleRank, SectionKind.Section, ClauseKind.Article);
        Provision(MarkerFamily.LawParagraph, ArticleRank + 1, ClauseKind.Paragraph);
        Provision(MarkerFamily.KanjiItem, ArticleRank + 2, ClauseKind.Item);
        Provision(MarkerFamily.KatakanaItem, ArticleRank + 3, ClauseKind.Subitem);

        // English parts and chapters head sections everywhere; an agreement's Article N is an article.
        Division(MarkerFamily.EnPart, 1, SectionKind.Part);
        Division(MarkerFamily.EnChapter, 2, SectionKind.Chapter);
        table[(int)MarkerFamily.EnArticle] = new(NumberingRole.Article, ArticleRank, SectionKind.Section, ClauseKind.Article);
        table[(int)MarkerFamily.Bullet] = new(NumberingRole.Bullet, null, SectionKind.Section, ClauseKind.Point);
        foreach (var f in new[] { MarkerFamily.LetterParen, MarkerFamily.LetterDot, MarkerFamily.LetterRightParen, MarkerFamily.RomanParen })
            table[(int)f] = new(NumberingRole.Listed, null, SectionKind.Section, ClauseKind.Point);

        if (!legislation) return table;

        // Legislation: the ranked hierarchy of a statute or bill.
        Provision(MarkerFamily.FullParenArabic, ArticleRank + 4, ClauseKind.Subitem);
        Provision(MarkerFamily.FullParenRoman, ArticleRank + 5, ClauseKind.Subitem);
        Division(MarkerFamily.UsDivision, 0, SectionKind.Division);
        Division(MarkerFamily.UsTitle, 1, SectionKind.Title);
        Division(MarkerFamily.UsSubtitle, 2, SectionKind.Subtitle);
        Division(MarkerFamily.EnPart, 3, SectionKind.Part);
        Division(MarkerFamily.UsSubpart, 4, SectionKind.Subpart);
        Division(MarkerFamily.EnChapter, 5, SectionKind.Chapter);
        Division(MarkerFamily.UsSubchapter, 6, SectionKind.Subchapter);
        table[(int)MarkerFamily.UsSection] = new(NumberingRole.Article, ArticleRank, SectionKind.Section, ClauseKind.Section);
        table[(int)MarkerFamily.EnSection] = new(NumberingRole.Article, ArticleRank, SectionKind.Section, ClauseKind.Section);
        Provision(MarkerFamily.LetterParen, ArticleRank + 1, ClauseKind.Subsection);
        Provision(MarkerFamily.ParenArabic, ArticleRank + 2, ClauseKind.Paragraph);
        Provision(MarkerFamily.UpperLetterParen, ArticleRank + 3, ClauseKind.Subparagraph);
        Provision(MarkerFamily.RomanParen, ArticleRank + 4, ClauseKind.Clause);
        Provision(MarkerFamily.UpperRomanParen, ArticleRank + 5, ClauseKind.Subclause);
        Provision(MarkerFamily.DoubleLetterParen, ArticleRank + 6, ClauseKind.Item);
        Provision(MarkerFamily.DoubleUpperLetterParen, ArticleRank + 7, ClauseKind.Subitem);
        return table;
    }
}
