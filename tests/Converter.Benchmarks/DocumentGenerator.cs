using System.Globalization;
using System.Text;

namespace Converter.Benchmarks;

/// <summary>What the generator wrote, so a check can compare it with what the parser reads.</summary>
/// <param name="Text">The document text (first line: the title).</param>
/// <param name="Title">The title line.</param>
/// <param name="Sections">Top-level section headings written.</param>
public sealed record GeneratedDocument(string Text, string Title, int Sections);

/// <summary>
/// Generates realistic plain-text documents of a requested size, deterministically from a seed: Japanese and
/// English sections in the shapes the converter reads (joint statements with unnumbered paragraphs, numbered
/// paragraphs with items, laws with chapters, articles, captions and law paragraphs, English communiqués with
/// lettered items and agreements with articles), hard-wrapped as text extracted from PDFs is, with a title on
/// the first line, a preamble and a closing. Sentences are composed from fragments, so no paragraph repeats
/// another; clause lengths and numbering vary. The same seed and size always give the same text, on any
/// runtime (own PRNG, invariant formatting).
/// </summary>
public static class DocumentGenerator
{
    /// <summary>A seed-sized document (about 8 KB, as <c>seeds/joint-statement-2025-09-22.ja.txt</c>).</summary>
    public const int SeedSize = 8 * 1024;

    /// <summary>Generates a document of about <paramref name="targetBytes"/> UTF-8 bytes (never less).</summary>
    /// <param name="targetBytes">Size to reach; the last section is finished, so the result is slightly larger.</param>
    /// <param name="seed">Fixed seed: the same seed and size give the same text.</param>
    /// <param name="japanese">Japanese title, preamble and closing (sections still mix both languages in large documents).</param>
    /// <param name="crlf">CRLF line ends instead of LF.</param>
    public static GeneratedDocument Generate(long targetBytes, ulong seed, bool? japanese = null, bool crlf = false)
    {
        var rng = new SplitMix64(seed);
        var ja = japanese ?? rng.Next(3) != 0;
        var w = new Writer(crlf);
        var title = ja ? Pick(rng, JaTitles) : Pick(rng, EnTitles);
        w.Line(title);
        w.Blank();
        if (rng.Next(3) == 0)
        {
            // Western calendar dates only: the parser does not yet read an era year (令和７年) as a date.
            w.Line(ja ? Pick(rng, JaDates[..2]) : Pick(rng, EnDates));
            w.Blank();
        }
        for (int i = 0, n = 1 + rng.Next(2); i < n; i++)
        {
            w.Paragraph(ja ? JaSentences(rng, 2 + rng.Next(3)) : EnSentences(rng, 2 + rng.Next(3)), ja, rng);
            w.Blank();
        }

        // Closing is written after the loop; keep room for it.
        var sections = 0;
        var closingRoom = 200;
        // Large documents mix Japanese and English sections; seed-sized ones keep to their language.
        var mixed = targetBytes > 64 * 1024;
        while (w.Bytes + closingRoom < targetBytes || sections == 0)
        {
            var sectionJa = mixed ? rng.Next(3) != 0 : ja;
            var style = rng.Next(sectionJa ? 3 : 2);
            sections++;
            if (sectionJa)
            {
                switch (style)
                {
                    case 0: JaStatementSection(w, rng, targetBytes); break;
                    case 1: JaNumberedSection(w, rng, targetBytes); break;
                    default: JaLawSection(w, rng, targetBytes); break;
                }
            }
            else if (style == 0) EnCommuniqueSection(w, rng, targetBytes);
            else EnAgreementSection(w, rng, targetBytes);
        }

        if (ja)
        {
            w.Line(Pick(rng, JaDates));
            w.Line(Pick(rng, JaPlaces));
            w.Blank();
            w.Line("以上");
        }
        else
        {
            w.Line(Pick(rng, EnDone));
            w.Blank();
            w.Line("For the Government of Japan:");
            w.Line("For the Government of the United States of America:");
        }
        return new GeneratedDocument(w.ToString(), title, sections);
    }

    /// <summary>A batch of seed-sized documents, each different (own seed; Japanese or English; LF or CRLF).</summary>
    public static IEnumerable<(string Name, GeneratedDocument Document)> Batch(int count, ulong seed = 20250922)
    {
        for (var i = 0; i < count; i++)
        {
            var docSeed = seed * 1_000_003 + (ulong)i;
            var japanese = i % 3 != 2;
            var doc = Generate(SeedSize - 512 + (int)(docSeed % 1024), docSeed, japanese, crlf: i % 7 == 6);
            yield return (string.Create(CultureInfo.InvariantCulture, $"doc-{i:D4}.txt"), doc);
        }
    }

    // ---- section shapes ----

    // Joint-statement style (as the seed): a plain heading, then unnumbered paragraphs.
    private static void JaStatementSection(Writer w, SplitMix64 rng, long target)
    {
        w.Line(Pick(rng, JaHeadings));
        w.Blank();
        for (int i = 0, n = Count(rng, 2, 6, w, target); i < n; i++)
        {
            w.Paragraph(JaSentences(rng, 1 + rng.Next(5)), true, rng);
            w.Blank();
        }
    }

    // Numbered paragraphs "１．" with items "（１）".
    private static void JaNumberedSection(Writer w, SplitMix64 rng, long target)
    {
        w.Line(Pick(rng, JaHeadings));
        w.Blank();
        for (int i = 1, n = Count(rng, 2, 8, w, target); i <= n; i++)
        {
            var hasItems = rng.Next(3) == 0;
            var text = hasItems ? JaSentences(rng, 1 + rng.Next(2)) + Pick(rng, JaIntroductions) : JaSentences(rng, 1 + rng.Next(4));
            w.Paragraph(FullWidth(i) + "．" + text, true, rng);
            w.Blank();
            if (!hasItems) continue;
            for (int k = 1, m = 2 + rng.Next(3); k <= m; k++)
            {
                w.Paragraph("（" + FullWidth(k) + "）" + JaSentences(rng, 1 + rng.Next(2)), true, rng);
                w.Blank();
            }
        }
    }

    // Law style: a chapter heading, articles with captions, numbered law paragraphs and kanji items.
    private static void JaLawSection(Writer w, SplitMix64 rng, long target)
    {
        var chapter = 1 + rng.Next(9);
        w.Line("第" + Kanji(chapter) + "章\u3000" + Pick(rng, JaChapterTitles));
        w.Blank();
        var first = 1 + rng.Next(40);
        for (int a = first, n = first + Count(rng, 2, 6, w, target); a < n; a++)
        {
            w.Line(Pick(rng, JaCaptions));
            w.Paragraph("第" + Kanji(a) + "条\u3000" + JaSentences(rng, 1 + rng.Next(2)), true, rng);
            w.Blank();
            if (rng.Next(2) == 0)
            {
                for (int p = 2, m = 2 + rng.Next(2); p <= m; p++)
                {
                    w.Paragraph(FullWidth(p) + "\u3000" + JaSentences(rng, 1 + rng.Next(2)), true, rng);
                    w.Blank();
                }
            }
            if (rng.Next(3) == 0)
            {
                for (int k = 1, m = 2 + rng.Next(3); k <= m; k++)
                {
                    w.Paragraph(Kanji(k) + "\u3000" + Pick(rng, JaItems), true, rng);
                    w.Blank();
                }
            }
        }
    }

    // Communiqué style: a Roman-numbered or plain heading, numbered paragraphs "1." with items "(a)".
    private static void EnCommuniqueSection(Writer w, SplitMix64 rng, long target)
    {
        w.Line(rng.Next(2) == 0 ? Pick(rng, EnHeadings).ToUpperInvariant() : Pick(rng, EnHeadings));
        w.Blank();
        for (int i = 1, n = Count(rng, 2, 8, w, target); i <= n; i++)
        {
            var hasItems = rng.Next(3) == 0;
            var text = hasItems ? EnSentences(rng, 1 + rng.Next(2)) + " " + Pick(rng, EnIntroductions) : EnSentences(rng, 1 + rng.Next(4));
            w.Paragraph(i.ToString(CultureInfo.InvariantCulture) + ". " + text, false, rng);
            w.Blank();
            if (!hasItems) continue;
            for (int k = 0, m = 2 + rng.Next(3); k < m; k++)
            {
                var last = k == m - 1;
                w.Paragraph("(" + (char)('a' + k) + ") " + Pick(rng, EnItems) + (last ? "." : ";"), false, rng);
                w.Blank();
            }
        }
    }

    // Agreement style: a heading, then "Article N" clauses.
    private static void EnAgreementSection(Writer w, SplitMix64 rng, long target)
    {
        w.Line(Pick(rng, EnHeadings));
        w.Blank();
        for (int a = 1, n = Count(rng, 2, 6, w, target); a <= n; a++)
        {
            w.Paragraph("Article " + a.ToString(CultureInfo.InvariantCulture) + " " + EnSentences(rng, 1 + rng.Next(3)), false, rng);
            w.Blank();
        }
    }

    // Fewer clauses when the document is nearly full, so small documents stay close to their target.
    private static int Count(SplitMix64 rng, int min, int max, Writer w, long target)
    {
        var n = min + rng.Next(max - min + 1);
        var room = target - w.Bytes;
        return room < 1500 ? min : n;
    }

    // ---- sentences ----

    private static string JaSentences(SplitMix64 rng, int count)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < count; i++)
        {
            sb.Append(Pick(rng, JaSubjects));
            if (rng.Next(2) == 0) sb.Append(Pick(rng, JaAdverbials));
            sb.Append(Pick(rng, JaObjects));
            sb.Append(Pick(rng, JaVerbs));
        }
        return sb.ToString();
    }

    private static string EnSentences(SplitMix64 rng, int count)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < count; i++)
        {
            if (i > 0) sb.Append(' ');
            sb.Append(Pick(rng, EnSubjects)).Append(' ').Append(Pick(rng, EnVerbs)).Append(' ').Append(Pick(rng, EnObjects));
            if (rng.Next(2) == 0) sb.Append(' ').Append(Pick(rng, EnTails));
            sb.Append('.');
        }
        return sb.ToString();
    }

    private static string Pick(SplitMix64 rng, string[] items) => items[rng.Next(items.Length)];

    private static string FullWidth(int n) =>
        string.Concat(n.ToString(CultureInfo.InvariantCulture).Select(c => (char)(c - '0' + '０')));

    private static string Kanji(int n)
    {
        const string digits = "〇一二三四五六七八九";
        if (n < 10) return digits[n].ToString();
        var sb = new StringBuilder();
        if (n >= 100) { if (n / 100 > 1) sb.Append(digits[n / 100]); sb.Append('百'); n %= 100; }
        if (n >= 10) { if (n / 10 > 1) sb.Append(digits[n / 10]); sb.Append('十'); n %= 10; }
        if (n > 0) sb.Append(digits[n]);
        return sb.ToString();
    }

    // ---- text writer: hard wrapping as PDF extraction leaves it ----

    private sealed class Writer(bool crlf)
    {
        private readonly StringBuilder _sb = new();
        private readonly string _newline = crlf ? "\r\n" : "\n";

        public long Bytes { get; private set; }

        public void Line(string text)
        {
            _sb.Append(text).Append(_newline);
            Bytes += Encoding.UTF8.GetByteCount(text) + _newline.Length;
        }

        public void Blank() => Line("");

        /// <summary>Writes a paragraph hard-wrapped: Japanese at 36-40 characters, English at 64-78 columns.</summary>
        public void Paragraph(string text, bool japanese, SplitMix64 rng)
        {
            if (japanese) WrapJapanese(text, 36 + rng.Next(5));
            else WrapEnglish(text, 64 + rng.Next(15));
        }

        private void WrapJapanese(string text, int width)
        {
            var start = 0;
            while (text.Length - start > width)
            {
                var cut = start + width;
                // A continuation line must not look like a new clause (number, bracket, bullet) or start with
                // closing punctuation; move the break back a little.
                while (cut > start + 1 && !SafeJapaneseStart(text, cut)) cut--;
                Line(text[start..cut]);
                start = cut;
            }
            Line(text[start..]);
        }

        private void WrapEnglish(string text, int width)
        {
            var start = 0;
            while (text.Length - start > width)
            {
                var cut = text.LastIndexOf(' ', start + width, width);
                while (cut > start && !SafeEnglishStart(text, cut + 1)) cut = text.LastIndexOf(' ', cut - 1, cut - start);
                if (cut <= start) cut = text.IndexOf(' ', start + width);
                if (cut < 0) break;
                Line(text[start..cut]);
                start = cut + 1;
            }
            Line(text[start..]);
        }

        private static bool SafeJapaneseStart(string text, int i)
        {
            var c = text[i];
            if (c is '、' or '。' or '」' or '）' or '・' or 'ー' or '（' or '「' or '第' or '○') return false;
            if (c is >= '０' and <= '９' or >= '0' and <= '9') return false;
            if ("〇一二三四五六七八九十百千アイウエオカキクケコサシスセソタチツテト".Contains(c)) return false;
            return !char.IsHighSurrogate(text[i - 1]);
        }

        private static bool SafeEnglishStart(string text, int i)
        {
            var c = text[i];
            if (c is '(' or '-' or '•' || char.IsAsciiDigit(c)) return false;
            // "A. ", "I. ", "Article 3", "Section 2": markers at a line start.
            if (i + 1 < text.Length && char.IsAsciiLetterUpper(c) && text[i + 1] == '.') return false;
            var word = text.AsSpan(i);
            foreach (var w in (string[])["Article", "Section", "Chapter", "Part", "ARTICLE", "SECTION", "CHAPTER", "PART"])
                if (word.StartsWith(w + " ", StringComparison.Ordinal)) return false;
            return true;
        }

        public override string ToString() => _sb.ToString();
    }

    /// <summary>SplitMix64: tiny, fast and fixed, so the text never depends on the runtime's <see cref="Random"/>.</summary>
    private sealed class SplitMix64(ulong seed)
    {
        private ulong _state = seed;

        public int Next(int maxExclusive)
        {
            _state += 0x9E3779B97F4A7C15UL;
            var z = _state;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            z ^= z >> 31;
            return (int)(z % (ulong)maxExclusive);
        }
    }

    // ---- vocabulary: the register of joint statements, communiqués, agreements and laws ----

    private static readonly string[] JaTitles =
    [
        "日米韓外相会合に際しての共同声明", "日米首脳共同声明", "日ＡＳＥＡＮ友好協力に関する共同声明",
        "経済安全保障に関する協力覚書", "重要鉱物のサプライチェーン強靱化に関する協定", "気候変動及びエネルギー安全保障に関する共同声明",
        "サイバーセキュリティに関する日米韓協力の枠組み", "人道支援及び災害救援における協力に関する取決め",
        "国際協力推進法", "情報の保護に関する協定", "日本国と大韓民国との間の科学技術協力に関する協定",
    ];

    private static readonly string[] JaDates = ["２０２５年９月２２日", "２０２４年１１月１５日", "令和７年９月２２日", "令和６年３月１日"];

    private static readonly string[] JaPlaces = ["ニューヨークにて", "東京にて", "ワシントンＤ．Ｃ．にて", "ジャカルタにて"];

    private static readonly string[] JaHeadings =
    [
        "地域及びグローバルな関与の強化", "経済安全保障及び強靱なサプライチェーン", "北朝鮮をめぐる情勢", "気候変動及びエネルギー",
        "人的交流の促進", "先端技術に関する協力", "海洋安全保障", "保健及び人道支援", "サイバー空間における協力",
        "法の支配に基づく国際秩序", "宇宙分野における協力", "重要鉱物の安定供給", "開発協力の推進", "インド太平洋地域の平和と安定",
    ];

    private static readonly string[] JaChapterTitles = ["総則", "協力の分野", "情報の交換", "実施体制", "紛争の解決", "雑則", "補則"];

    private static readonly string[] JaCaptions =
    [
        "（目的）", "（定義）", "（適用範囲）", "（協力の分野）", "（情報の交換）", "（秘密の保持）", "（紛争の解決）",
        "（効力発生）", "（改正）", "（終了）", "（費用の負担）", "（実施機関）",
    ];

    private static readonly string[] JaSubjects =
    [
        "閣僚は、", "両国は、", "日本国政府は、", "三か国の首脳は、", "米国は、", "締約国は、", "関係省庁は、", "双方は、",
        "外務大臣は、", "各締約国は、", "両政府は、", "三か国は、",
    ];

    private static readonly string[] JaAdverbials =
    [
        "引き続き", "国際社会と連携しつつ", "共通の価値に基づき", "互恵の原則に従い", "必要に応じて", "それぞれの国内法令に従い",
        "これまでの成果を踏まえ", "地域の関係国とともに",
    ];

    private static readonly string[] JaObjects =
    [
        "インド太平洋地域の平和と安定の確保に向けて", "法の支配に基づく自由で開かれた国際秩序を維持するため",
        "経済安全保障及びサプライチェーンの強靱化に関し", "重要鉱物の安定的な供給を確保するため",
        "気候変動対策及びエネルギー安全保障の分野において", "サイバー空間における悪意ある活動に対処するため",
        "人道支援及び災害救援における協力を通じて", "核不拡散体制の維持及び強化に向けて",
        "人工知能を含む先端技術の責任ある開発と利用に関し", "海洋安全保障及び航行の自由を確保するため",
        "保健分野における国際協力を推進するため", "教育、文化及び人的交流の拡大を通じて",
        "この協定の実施に必要な情報を相互に提供するため", "開発途上国における質の高いインフラ投資を促進するため",
    ];

    private static readonly string[] JaVerbs =
    [
        "緊密に連携していくことで一致した。", "協力を一層強化する決意を再確認した。", "具体的な取組を進展させることを歓迎した。",
        "深刻な懸念を表明した。", "引き続き対話を継続することを確認した。", "必要な措置をとるものとする。",
        "定期的に協議を行うものとする。", "その重要性を強調した。", "共同の取組を継続することを約束した。",
        "適切な措置を講ずるよう努めるものとする。",
    ];

    private static readonly string[] JaIntroductions = ["具体的には、次の分野における協力を進める。", "このため、次に掲げる措置をとる。"];

    private static readonly string[] JaItems =
    [
        "情報及び専門知識の交換", "専門家及び研究者の交流", "共同研究及び共同事業の実施", "会議、セミナー及び研修の開催",
        "技術協力及び能力構築の支援", "その他両政府が合意する協力の形態",
    ];

    private static readonly string[] EnTitles =
    [
        "Joint Statement of the Foreign Ministers of Japan, the United States and the Republic of Korea",
        "Joint Leaders' Statement on Economic Security", "Chair's Summary of the Trilateral Ministerial Meeting",
        "Memorandum of Cooperation on Critical Minerals Supply Chains", "Agreement on Scientific and Technological Cooperation",
        "Joint Declaration on Climate and Clean Energy Partnership", "Framework for Cooperation on Cybersecurity",
    ];

    private static readonly string[] EnDates = ["September 22, 2025", "22 September 2025", "November 15, 2024", "1 March 2024"];

    private static readonly string[] EnDone =
    [
        "Done at New York on 22 September 2025, in duplicate, in the English and Japanese languages.",
        "Done at Tokyo on 15 November 2024, in two originals.",
        "Signed at Washington on 1 March 2024.",
    ];

    private static readonly string[] EnHeadings =
    [
        "Strengthening Regional and Global Engagement", "Economic Security and Resilient Supply Chains", "The Situation on the Korean Peninsula",
        "Climate Change and Energy Security", "People-to-People Exchanges", "Critical and Emerging Technologies", "Maritime Security",
        "Global Health and Humanitarian Assistance", "Cooperation in Cyberspace", "A Free and Open Indo-Pacific", "Scope of Cooperation",
        "Exchange of Information", "Implementing Arrangements", "Settlement of Disputes",
    ];

    private static readonly string[] EnSubjects =
    [
        "The Ministers", "The Parties", "The Government of Japan", "The three leaders", "The United States", "Each Party",
        "The Participants", "Both sides", "The Secretaries", "The competent authorities",
    ];

    private static readonly string[] EnVerbs =
    [
        "reaffirmed their commitment to", "welcomed progress on", "expressed serious concern over", "agreed to deepen cooperation on",
        "shall endeavour to promote", "emphasized the importance of", "committed to advancing", "shall consult regularly on",
        "underscored their shared resolve to pursue", "decided to launch a working group on",
    ];

    private static readonly string[] EnObjects =
    [
        "peace and stability across the Indo-Pacific region", "a free and open international order based on the rule of law",
        "resilient and diversified supply chains for critical minerals", "the responsible development and use of artificial intelligence",
        "maritime security and freedom of navigation", "the complete denuclearization of the Korean Peninsula",
        "clean energy transitions and energy security", "countering malicious cyber activities", "quality infrastructure investment",
        "global health security and pandemic preparedness", "humanitarian assistance and disaster relief",
        "exchanges among students, researchers and young professionals",
    ];

    private static readonly string[] EnTails =
    [
        "in close coordination with partners in the region", "in accordance with their respective laws and regulations",
        "building on the outcomes of previous meetings", "through regular high-level dialogue", "within the framework of this Agreement",
        "with the private sector and civil society",
    ];

    private static readonly string[] EnIntroductions =
    [
        "To that end, the Ministers decided to:", "Cooperation under this paragraph may include:", "The Parties shall in particular:",
    ];

    private static readonly string[] EnItems =
    [
        "exchange information and expertise", "conduct joint research and development projects", "hold seminars, workshops and training",
        "support capacity building in partner countries", "coordinate positions in multilateral fora", "share best practices and lessons learned",
    ];
}
