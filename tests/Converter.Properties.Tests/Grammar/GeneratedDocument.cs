using System.Collections.Immutable;
using System.Text;

namespace Converter.Properties.Tests.Grammar;

/// <summary>The language a generated document is written in.</summary>
public enum Script
{
    Japanese,
    English,
}

/// <summary>One realistic piece of a document, before wrapping and encoding.</summary>
public abstract record Block;

/// <summary><c>（仮訳）</c> above the title.</summary>
public sealed record StatusNoteBlock(string Text) : Block;

/// <summary>The title line.</summary>
public sealed record TitleBlock(string Text) : Block;

/// <summary>A line under the title (date, place, occasion).</summary>
public sealed record SubtitleBlock(string Text) : Block;

/// <summary>An unnumbered paragraph (preamble, or body text without numbers).</summary>
public sealed record ParagraphBlock(string Text, bool IndentFirstLine) : Block;

/// <summary>A section heading, with or without a displayed number.</summary>
public sealed record HeadingBlock(string? Number, string Title) : Block;

/// <summary>A numbered clause, optionally with a caption line above it (<c>（目的）</c>).</summary>
public sealed record ClauseBlock(string Number, string? Caption, string Text, int Depth) : Block;

/// <summary>Page-break debris: a form feed, a page number line, or both.</summary>
public sealed record PageBreakBlock(bool FormFeed, string? PageNumber) : Block;

/// <summary>A separator line (<c>***</c>, <c>---</c>).</summary>
public sealed record SeparatorBlock(string Text) : Block;

/// <summary>A closing line (place and date, signature), often indented towards the right.</summary>
public sealed record ClosingBlock(string Text, int Indent) : Block;

/// <summary>
/// A document generated from the grammar in <see cref="DocumentGrammar"/>: its blocks and how they are laid out
/// (wrap width, blank lines, line ends) and encoded. <see cref="Text"/> is the exact source text,
/// <see cref="Bytes"/> the exact file content.
/// </summary>
public sealed record GeneratedDocument(
    Script Script,
    ImmutableArray<Block> Blocks,
    int WrapWidth,
    bool BlankAfterEveryLine,
    string Newline,
    string EncodingName)
{
    /// <summary>The source text: blocks wrapped at <see cref="WrapWidth"/> display columns, joined with <see cref="Newline"/>.</summary>
    /// <remarks>Rendered on each call, not cached: <c>with</c> (shrinking) would copy a cached text along.</remarks>
    public string Text => Render();

    /// <summary>The file content: <see cref="Text"/> in <see cref="EncodingName"/> (with a byte order mark where the name says so).</summary>
    public byte[] Bytes => TextEncodings.Encode(Text, EncodingName);

    /// <summary>A file name for messages.</summary>
    public string Name => $"generated.{(Script == Script.Japanese ? "ja" : "en")}.txt";

    private string Render()
    {
        var lines = new List<string>();
        var sep = Script == Script.Japanese ? "\u3000" : " ";
        foreach (var block in Blocks)
        {
            switch (block)
            {
                case StatusNoteBlock s:
                    lines.Add(s.Text);
                    lines.Add("");
                    break;
                case TitleBlock t:
                    lines.Add(t.Text);
                    lines.Add("");
                    break;
                case SubtitleBlock s:
                    lines.Add(s.Text);
                    lines.Add("");
                    break;
                case ParagraphBlock p:
                    lines.AddRange(Wrap((p.IndentFirstLine && Script == Script.Japanese ? "\u3000" : "") + p.Text, "", WrapWidth));
                    lines.Add("");
                    break;
                case HeadingBlock h:
                    lines.Add(h.Number is null ? h.Title : h.Number + sep + h.Title);
                    lines.Add("");
                    break;
                case ClauseBlock c:
                    var indent = new string(' ', 2 * c.Depth);
                    if (c.Caption is { } caption) lines.Add(indent + caption);
                    var clauseSep = c.Number.EndsWith('.') || c.Number.EndsWith(')') || Script == Script.English ? " " : sep;
                    lines.AddRange(Wrap(indent + c.Number + clauseSep + c.Text, indent, WrapWidth));
                    lines.Add("");
                    break;
                case PageBreakBlock b:
                    if (b.PageNumber is { } number)
                    {
                        lines.Add("");
                        lines.Add(new string(' ', Math.Max(0, Math.Min(WrapWidth, 80) / 2 - 3)) + number);
                    }
                    if (b.FormFeed) lines.Add("\f");
                    break;
                case SeparatorBlock s:
                    lines.Add(s.Text);
                    lines.Add("");
                    break;
                case ClosingBlock c:
                    lines.Add(new string(Script == Script.Japanese ? '\u3000' : ' ', c.Indent) + c.Text);
                    break;
            }
        }
        var sb = new StringBuilder();
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (!BlankAfterEveryLine)
            {
                sb.Append(line).Append(Newline);
                continue;
            }
            // PDF extraction as in the seed: a blank line after every line; a paragraph's last line ends with a
            // space and the paragraph break is a line holding a space.
            if (line.Length == 0)
            {
                sb.Append(' ').Append(Newline).Append(Newline);
                continue;
            }
            sb.Append(line);
            if (i + 1 < lines.Count && lines[i + 1].Length == 0 && !line.EndsWith('\f')) sb.Append(' ');
            sb.Append(Newline).Append(Newline);
        }
        return sb.ToString();
    }

    /// <summary>
    /// Greedy wrapping at <paramref name="width"/> display columns (CJK characters count two): Latin text breaks at
    /// spaces (the space is dropped, as extraction does), Japanese text between any two characters.
    /// </summary>
    internal static IEnumerable<string> Wrap(string text, string continuationIndent, int width)
    {
        var line = new StringBuilder();
        var columns = 0;
        var i = 0;
        while (i < text.Length)
        {
            // The next unit: a run of Latin letters/digits (a word), else one character.
            var end = i + 1;
            if (IsWordChar(text[i]))
                while (end < text.Length && IsWordChar(text[end])) end++;
            var unit = text[i..end];
            var unitColumns = unit.Sum(c => Width(c));
            // Kinsoku (JIS X 4051): closing punctuation never starts a line; typesetting hangs it at the line end.
            if (columns > 0 && columns + unitColumns > width && unit != " " && !NeverStartsALine(unit[0]))
            {
                yield return line.ToString().TrimEnd(' ');
                line.Clear();
                line.Append(continuationIndent);
                columns = continuationIndent.Length;
            }
            line.Append(unit);
            columns += unitColumns;
            i = end;
        }
        if (line.Length > 0) yield return line.ToString().TrimEnd(' ');
    }

    private static bool NeverStartsALine(char c) => "。、，．）」』】〕・ー？！：；".Contains(c);

    // Full-width letters and digits hold together too (Ｇ７, ２０２５): JIS X 4051 never breaks inside a number.
    private static bool IsWordChar(char c) => c < 0x3000 && (char.IsLetterOrDigit(c) || c is '-' or '\'' or ',' or '.' or ';' or ':' or '(' or ')')
                                              || c is >= '０' and <= '９' or >= 'Ａ' and <= 'Ｚ' or >= 'ａ' and <= 'ｚ';

    internal static int DisplayWidth(string s) => s.Sum(Width);

    private static int Width(char c) => c >= 0x1100 && !(c >= 0xFF61 && c <= 0xFF9F) ? 2 : 1;

    /// <summary>Settings and the text with line ends and form feeds made visible (FsCheck prints this for a failing case).</summary>
    public override string ToString()
    {
        var text = Text.Replace("\r", "\\r").Replace("\n", "\\n\n").Replace("\f", "\\f").Replace("\u3000", "\\u3000");
        if (text.Length > 6000) text = text[..6000] + "…";
        return $"{Script} document, {EncodingName}, wrap {WrapWidth}, {(BlankAfterEveryLine ? "blank after every line, " : "")}" +
               $"newline {Newline.Replace("\r", "\\r").Replace("\n", "\\n")}, {Blocks.Length} blocks:\n{text}";
    }
}

/// <summary>The encodings a generated document is written in.</summary>
internal static class TextEncodings
{
    static TextEncodings() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static byte[] Encode(string text, string name) => name switch
    {
        "utf-8" => new UTF8Encoding(false).GetBytes(text),
        "utf-8-bom" => [.. Encoding.UTF8.Preamble, .. new UTF8Encoding(false).GetBytes(text)],
        "utf-16le-bom" => [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(text)],
        "utf-16be-bom" => [0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes(text)],
        "utf-16le" => Encoding.Unicode.GetBytes(text),
        "shift_jis" => Strict(932).GetBytes(text),
        "euc-jp" => Strict(51932).GetBytes(text),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, null),
    };

    public static bool CanEncode(string text, int codePage)
    {
        try
        {
            Strict(codePage).GetBytes(text);
            return true;
        }
        catch (EncoderFallbackException)
        {
            return false;
        }
    }

    private static Encoding Strict(int codePage) =>
        Encoding.GetEncoding(codePage, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
}
