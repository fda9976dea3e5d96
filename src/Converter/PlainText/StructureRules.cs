using System.Text.RegularExpressions;

namespace Converter.PlainText;

/// <summary>Shape tests used by the structure stage: status notes, titles, subtitles, headings, captions, closings.</summary>
internal static partial class StructureRules
{
    [GeneratedRegex(@"^[（(【\[［〔〈<][^（(【\[［〔〈<）)】\]］〕〉>]{1,30}[）)】\]］〕〉>]$")]
    private static partial Regex BracketedShort();

    [GeneratedRegex(@"^(?:仮訳|暫定訳|(?:provisional|unofficial|tentative|courtesy)\s+translation|draft)$", RegexOptions.IgnoreCase)]
    private static partial Regex StatusWords();

    [GeneratedRegex(@"(?:[0-9０-９]{4}|(?:令和|平成|昭和)\s*[0-9０-９一二三四五六七八九十元]{1,3})\s*年\s*[0-9０-９一二三四五六七八九十元]{1,3}\s*月(?:\s*[0-9０-９一二三四五六七八九十]{1,3}\s*日)?|(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+[0-9]{1,2},?\s+[0-9]{4}|[0-9]{1,2}\s+(?:January|February|March|April|May|June|July|August|September|October|November|December),?\s+[0-9]{4}")]
    private static partial Regex DatePattern();

    [GeneratedRegex(@"^(?:[～〜~－―—–-].+[～〜~－―—–-]|[（(].+[）)])$")]
    private static partial Regex WrappedSubtitle();

    [GeneratedRegex(@"^(?:Done\s+(?:at|in)\b|Signed\s+(?:at|in|on)\b|IN\s+WITNESS\s+WHEREOF|In\s+witness\s+whereof|以上$|以上の証拠として|その証拠として|署名|記名押印|Adopted\s+(?:at|in|on)\b)")]
    private static partial Regex StrongClosing();

    [GeneratedRegex(@"^(?:For\s+the\s+|On\s+behalf\s+of\s+|FOR\s+THE\s+).{3,80}[:：]?$|のために[:：]?$")]
    private static partial Regex SignatoryLine();

    [GeneratedRegex(@"^(?:Whereas|WHEREAS|Recalling|Recognizing|Recognising|Noting|Reaffirming|Considering|Desiring|Bearing\s+in\s+mind|Mindful|Convinced|Determined|Having|Acknowledging)\b|(?:ので|にかんがみ|に鑑み|を考慮し|を確認し|を希望して|を認識し)、$")]
    private static partial Regex RecitalPattern();

    public static bool IsStatusNote(Block b) =>
        b.LineCount == 1 && b.Width <= 40 && (BracketedShort().IsMatch(b.Text) || StatusWords().IsMatch(b.Text));

    /// <summary>A first paragraph that can be a title: a few lines, not a numbered clause, not a long sentence.</summary>
    public static bool IsTitleLike(Block b)
    {
        if (b.LineCount > 4 || b.Width > 260) return false;
        if (b.Marker is { } m && !NumberingConventions.Of(m.Family).IsDivision && m.Family != MarkerFamily.RomanDot)
            return false;
        return !(CharClass.EndsLikeSentence(b.Text) && b.Width > 120);
    }

    public static bool IsSubtitle(Block b) =>
        b.LineCount <= 2 && b.Width <= 90 && !CharClass.EndsLikeSentence(b.Text) &&
        (DatePattern().IsMatch(b.Text) || WrappedSubtitle().IsMatch(b.Text));

    /// <summary>One short line that is neither a sentence nor numbered: a name, a label, an office.</summary>
    public static bool IsShortLabel(Block b) =>
        b.LineCount == 1 && b.Width <= 40 && !CharClass.EndsLikeSentence(b.Text)
        && !CharClass.EndsWithContinuationPunctuation(b.Text) && b.Marker is null;

    public static bool HasDate(string text) => DatePattern().IsMatch(text);

    /// <summary><see cref="HasDate(string)"/> on a line's span; lines with neither 年 nor a digit are ruled out first.</summary>
    public static bool HasDate(ReadOnlySpan<char> text) =>
        (text.Contains('年') || text.IndexOfAnyInRange('0', '9') >= 0) && DatePattern().IsMatch(text);

    /// <summary>
    /// An issuing office's line (外務省, Office of the Press Secretary): a short label naming an office. Without the
    /// office word a short line above numbered text is a section heading (地域及びグローバルな関与の強化).
    /// </summary>
    public static bool IsIssuerLine(Block b) => IsShortLabel(b) && IssuerName().IsMatch(b.Text);

    [GeneratedRegex(@"(?:省|庁|府|局|部|課|室|院|官邸|大使館|総領事館|事務所|事務局|本部)[）)]?$|\b(?:Ministry|Ministries|Office|Bureau|Department|Embassy|Consulate|Secretariat|House|Agency|Cabinet|Government|Mission|Delegation)\b", RegexOptions.IgnoreCase)]
    private static partial Regex IssuerName();

    /// <summary>
    /// Short, unpunctuated text that reads as a heading (a line or two, no sentence end). A numbered heading
    /// may wrap onto a second line; unnumbered text that long is more likely an unpunctuated sentence.
    /// </summary>
    public static bool IsHeadingShaped(ReadOnlySpan<char> text, int lineCount, bool numbered = false)
    {
        if (text.Length == 0 || lineCount > 2) return false;
        if (CharClass.EndsLikeSentence(text)) return false;
        // A heading says something: "**" or "---" left by a scraper does not.
        if (!text.ContainsAnyExcept(NonWords)) return false;
        // "Annex:", "Key Outcomes:" head what follows; "The two countries will:" leads into a list.
        if (text[^1] is ':' && text.Length <= 40 && IsLabel(text[..^1])) return true;
        if (CharClass.EndsWithContinuationPunctuation(text)) return false;
        var width = CharClass.Width(text);
        if (IsAllCaps(text) || numbered && lineCount == 2) return width <= 150;
        // A long heading is in title case ("Partnership for Global Infrastructure and Investment (PGII)").
        if (width > 80 && IsTitleCase(text)) return width <= 160;
        return width <= 80;
    }

    /// <summary>Latin text whose words of four letters or more all start with a capital letter.</summary>
    /// <summary>One to three words, each capitalised: a label ("Annex", "Key Outcomes").</summary>
    private static bool IsLabel(ReadOnlySpan<char> text)
    {
        var words = 0;
        foreach (var range in text.Split(' '))
        {
            var word = text[range];
            if (word.Length == 0) continue;
            if (!char.IsUpper(word[0])) return false;
            words++;
        }
        return words is >= 1 and <= 3;
    }

    private static readonly System.Buffers.SearchValues<char> NonWords = System.Buffers.SearchValues.Create("*_-–—=~#•·・ \u3000\t");

    /// <summary>Latin text in upper and lower case whose words of four letters or more all start with a capital.</summary>
    public static bool IsTitleCase(ReadOnlySpan<char> text)
    {
        if (!char.IsAsciiLetterUpper(text[0])) return false;
        int words = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (i > 0 && char.IsLetter(text[i - 1])) continue;
            if (!char.IsLetter(text[i])) continue;
            var end = i;
            while (end < text.Length && char.IsLetter(text[end])) end++;
            if (end - i < 4) continue;
            if (!char.IsUpper(text[i])) return false;
            words++;
        }
        // Capitals only is not title case: a heading in capitals may wrap like running text.
        return words >= 2 && text.IndexOfAnyInRange('a', 'z') >= 0;
    }


    /// <summary>Latin text in capitals only; a Japanese heading holding an acronym (<c>DFFT</c>) is not.</summary>
    public static bool IsAllCaps(ReadOnlySpan<char> text)
    {
        int upper = 0, lower = 0;
        foreach (var c in text)
        {
            if (c is >= 'A' and <= 'Z') upper++;
            else if (c is >= 'a' and <= 'z') lower++;
            else if (CharClass.IsCjk(c)) return false;
        }
        return upper >= 4 && lower == 0;
    }

    /// <summary>A caption-shaped line: short, in round brackets (<c>（目的）</c>).</summary>
    public static bool IsCaptionLine(ReadOnlySpan<char> text, int width) =>
        width <= 130 && text.Length > 2 && text[0] is '（' or '(' && CaptionShape().IsMatch(text);

    // A caption names its article in a phrase: brackets round text without brackets or sentence ends, up to a line long.
    [GeneratedRegex(@"^[（(][^（(）)。]{1,62}[）)]$")]
    private static partial Regex CaptionShape();

    public static bool IsCaption(Block b) => b.LineCount == 1 && b.Width <= 40 && BracketedShort().IsMatch(b.Text)
                                             && b.Text[0] is '（' or '(';

    public static bool IsStrongClosing(string text) => StrongClosing().IsMatch(text);

    /// <summary>Text that reads as part of a signature block or a date/place line at the end.</summary>
    public static bool IsClosingLike(Block b)
    {
        var t = b.Text;
        if (IsStrongClosing(t) || SignatoryLine().IsMatch(t)) return true;
        if (b.Marker is not null) return false;
        if (b.Width <= 70 && HasDate(t) && !CharClass.EndsWithContinuationPunctuation(t)) return true;
        return IsSignatureShaped(b);
    }

    private const int SignatureLineWidth = 64;

    /// <summary>
    /// Lines of a name, a title, an office, a contact or a date: each short and none a sentence, and the
    /// block does not run on (no final comma).
    /// </summary>
    public static bool IsSignatureShaped(Block b)
    {
        if (CharClass.EndsWithContinuationPunctuation(b.Text)) return false;
        foreach (var l in b.Lines)
            if (l.Width > SignatureLineWidth || CharClass.EndsLikeSentence(l.ContentSpan)) return false;
        return true;
    }

    public static bool IsRecital(string text) => RecitalPattern().IsMatch(text);

    [GeneratedRegex(@"^(First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|Eleventh|Twelfth),\s+\p{Ll}")]
    private static partial Regex OrdinalSentence();

    /// <summary>Text opening with an ordinal word and a comma ("Ninth, we commit …").</summary>
    public static bool StartsWithOrdinalWord(ReadOnlySpan<char> text) =>
        text.Length > 8 && text[0] is >= 'E' and <= 'T' && OrdinalSentence().IsMatch(text);

    private static readonly string[] Ordinals =
        ["First", "Second", "Third", "Fourth", "Fifth", "Sixth", "Seventh", "Eighth", "Ninth", "Tenth", "Eleventh", "Twelfth"];

    /// <summary>
    /// Blocks that head the parts of a declaration numbered in words: one-sentence paragraphs opening "First, we …",
    /// "Second, we …" in an unbroken sequence of three or more, each followed by paragraphs of its own. Declarations
    /// set these in bold; in plain text the sequence is what tells them from ordinary paragraphs.
    /// </summary>
    public static HashSet<int> OrdinalHeadings(List<Block> blocks)
    {
        var found = new List<(int Index, int Value)>();
        for (var k = 0; k < blocks.Count; k++)
        {
            var b = blocks[k];
            // The first character first: most blocks never need their joined text.
            if (b.FirstLine.ContentSpan[0] is < 'E' or > 'T' || b.Marker is not null || b.Width > 200) continue;
            var m = OrdinalSentence().Match(b.Text);
            if (!m.Success || b.Text.AsSpan()[..^1].IndexOfAny(".!?") >= 0) continue;
            found.Add((k, Array.IndexOf(Ordinals, m.Groups[1].Value) + 1));
        }
        var result = new HashSet<int>();
        var run = new List<int>();
        for (var i = 0; i <= found.Count; i++)
        {
            var continues = i < found.Count && run.Count > 0 && found[i].Value == found[i - 1].Value + 1 && found[i].Index > found[i - 1].Index + 1;
            if (i < found.Count && (run.Count == 0 || continues))
            {
                run.Add(found[i].Index);
                continue;
            }
            if (run.Count >= 3) result.UnionWith(run);
            run.Clear();
            if (i < found.Count) run.Add(found[i].Index);
        }
        return result;
    }

    // A short heading-shaped first line glued to the wrapped paragraph under it.
    public static bool HasLeadingHeading(Block block, ParagraphBuilder.Layout layout)
    {
        if (block.LineCount < 2 || !layout.HardWrapped) return false;
        var first = block.Lines[0];
        var second = block.Lines[1];
        return IsHeadingShaped(first.ContentSpan, 1) && first.Width < layout.WrapWidth * 0.6
            // what follows is a wrapped paragraph, or one whole sentence on a line of its own
            && (second.Width >= layout.WrapWidth * 0.6 || block.LineCount == 2 && CharClass.EndsLikeSentence(second.ContentSpan) && second.Width > first.Width)
            && first.Marker is not { Family: MarkerFamily.Bullet };
    }
}
