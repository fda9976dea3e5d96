namespace Converter.Html;

/// <summary>
/// The page's inline style sheet, for screen and print. Japanese pages (<c>lang="ja"</c>) get Mincho body text and
/// Gothic headings, strict line breaking (no small kana or closing brackets at a line start) and justified lines;
/// other pages get a serif face, justified lines and automatic hyphenation. Only system font names: nothing is loaded.
/// </summary>
/// <remarks>
/// Written raw into <c>&lt;style&gt;</c>, where HTML decodes no character references, so the text must hold no
/// <c>&lt;</c>, <c>&gt;</c> or <c>&amp;</c> (a test checks); selectors use descendant combinators only.
/// </remarks>
internal static class StyleSheet
{
    private const string Mincho =
        "\"Hiragino Mincho ProN\", \"Yu Mincho\", YuMincho, \"Noto Serif CJK JP\", \"Noto Serif JP\", \"IPAexMincho\", \"IPAMincho\", \"MS PMincho\", serif";

    private const string Gothic =
        "\"Hiragino Kaku Gothic ProN\", \"Yu Gothic\", YuGothic, \"Noto Sans CJK JP\", \"Noto Sans JP\", \"IPAexGothic\", \"IPAGothic\", Meiryo, sans-serif";

    /// <summary>The CSS text, one rule per line.</summary>
    public const string Css =
        ":root { color-scheme: light; }\n" +
        "html { text-size-adjust: 100%; -webkit-text-size-adjust: 100%; }\n" +
        "body { margin: 0 auto; max-width: 42rem; padding: 2rem 1.25rem 4rem; color: #1a1a1a; background: #fff; font-size: 1.0625rem; line-height: 1.8; }\n" +
        "html:lang(ja) body { font-family: " + Mincho + "; line-break: strict; text-align: justify; text-justify: inter-character; overflow-wrap: anywhere; }\n" +
        "html:lang(ja) h1, html:lang(ja) h2, html:lang(ja) h3, html:lang(ja) h4, html:lang(ja) h5, html:lang(ja) h6, html:lang(ja) nav, html:lang(ja) .num { font-family: " + Gothic + "; }\n" +
        "html:not(:lang(ja)) body { font-family: Georgia, \"Times New Roman\", Times, serif; text-align: justify; hyphens: auto; -webkit-hyphens: auto; line-height: 1.6; }\n" +
        "h1, h2, h3, h4, h5, h6 { text-align: start; hyphens: manual; line-height: 1.45; break-after: avoid; }\n" +
        "h1 { font-size: 1.55rem; margin: 0.75rem 0 1rem; text-align: center; }\n" +
        "h2 { font-size: 1.3rem; margin: 2.5rem 0 1rem; }\n" +
        "h3 { font-size: 1.12rem; margin: 1.75rem 0 0.5rem; }\n" +
        "h4, h5, h6 { font-size: 1rem; margin: 1.25rem 0 0.5rem; }\n" +
        "header { margin-bottom: 2rem; }\n" +
        "header p { margin: 0.25rem 0; text-align: center; }\n" +
        "header .status-note { text-align: end; }\n" +
        "p { margin: 0.6rem 0; }\n" +
        ".num { font-weight: bold; }\n" +
        "h2 .num, h3 .num, h4 .num, h5 .num, h6 .num { margin-inline-end: 0.25em; }\n" +
        ".caption { font-weight: normal; margin-bottom: 0; }\n" +
        ".amend-law-number { display: block; font-size: 0.9em; font-weight: normal; }\n" +
        "article, .clause { margin: 0 0 0.9rem; }\n" +
        ".items { list-style: none; margin: 0.3rem 0; padding-inline-start: 1.25em; }\n" +
        ".items li { margin: 0.2rem 0; }\n" +
        ".clause .clause, article .clause { margin-inline-start: 1em; }\n" +
        "nav.contents { margin: 1.5rem 0 2rem; padding: 0.5rem 0; border-block: 1px solid #bbb; }\n" +
        "nav.contents ol { list-style: none; margin: 0.2rem 0; padding-inline-start: 1.25em; }\n" +
        "nav.contents h2, nav.contents h3, nav.contents h4, nav.contents h5, nav.contents h6 { margin: 0.5rem 0; font-size: 1.05rem; }\n" +
        "a { color: #1a4f9c; }\n" +
        "nav a { color: inherit; text-decoration: none; }\n" +
        "nav a:hover, nav a:focus-visible { text-decoration: underline; }\n" +
        "a:focus-visible { outline: 2px solid #1a4f9c; outline-offset: 2px; }\n" +
        ":target { background: #fff4cc; }\n" +
        ".closing { margin-top: 2.5rem; }\n" +
        ".closing p { text-align: end; margin: 0.2rem 0; }\n" +
        "@media print {\n" +
        "  @page { size: A4; margin: 20mm 18mm; }\n" +
        "  body { max-width: none; padding: 0; font-size: 10.5pt; }\n" +
        "  a, nav a { color: inherit; text-decoration: none; }\n" +
        "  :target { background: none; }\n" +
        "  p, li { orphans: 2; widows: 2; }\n" +
        "  nav.contents { border: none; }\n" +
        "}\n";
}
