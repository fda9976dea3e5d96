using System.Runtime.InteropServices;
using Converter.Model;

namespace Converter.PlainText;

/// <summary>
/// A paragraph candidate: consecutive text lines that belong together, joined. The lines are a range of one
/// list of text lines shared by all blocks, not a list of their own.
/// </summary>
internal sealed class Block
{
    private readonly List<SourceLine> _all;
    private readonly int _start;

    /// <summary>The block of <paramref name="count"/> lines of <paramref name="all"/> from <paramref name="start"/>.</summary>
    public Block(List<SourceLine> all, int start, int count)
        : this(all, start, count, null, new SourceSpan(all[start].Number, all[start + count - 1].Number))
    {
        // The paragraph stage has already read the first line's marker. The text starts with that line, so the
        // answer carries over when the line is the whole text, when the line cannot start a marker, or when the
        // marker (and the space after it) ends inside the line: every pattern tried is anchored and stops at a
        // character inside the line (a line's content never ends in a space). Not so for 第: "第１条の２" may go
        // on across the wrap, so those are read again on the text.
        var first = all[start];
        var marker = first.Marker;
        if (count == 1 || marker is null && !ClauseMarkers.MayStartMarker(first.ContentSpan[0])
            || marker is not null && marker.Length < first.ContentSpan.Length && first.ContentSpan[0] != '第')
        {
            _marker = marker;
            _markerKnown = true;
        }
    }

    /// <summary>A block whose text is a part of <paramref name="lines"/>' joined text (a clause split out of a long line).</summary>
    public Block(Block lines, string text, SourceSpan span)
        : this(lines._all, lines._start, lines.LineCount, text, span)
    {
    }

    private Block(List<SourceLine> all, int start, int count, string? text, SourceSpan span)
    {
        _all = all;
        _start = start;
        LineCount = count;
        _text = text;
        Span = span;
    }

    /// <summary>The block's lines (taken from the shared list at each call: the list grows while blocks are made).</summary>
    public ReadOnlySpan<SourceLine> Lines => CollectionsMarshal.AsSpan(_all).Slice(_start, LineCount);

    /// <summary>How many lines the block has.</summary>
    public int LineCount { get; }

    /// <summary>The first line.</summary>
    public SourceLine FirstLine => _all[_start];

    /// <summary>A block of some of this block's lines, joined anew.</summary>
    public Block Slice(int start, int count) => new(_all, _start + start, count);

    /// <summary>
    /// Wrapped lines joined into one text; joined when first asked for. Most numbered clauses never need it:
    /// their text after the number is made straight from the lines (<see cref="TextFrom"/>).
    /// </summary>
    public string Text => _text ??= LineJoiner.Join(_all, _start, LineCount);

    private string? _text;

    /// <summary>The length of <see cref="Text"/>, without joining it.</summary>
    public int TextLength => _text?.Length ?? LineJoiner.JoinedLength(_all, _start, LineCount, 0);

    /// <summary>Copies <see cref="Text"/> into <paramref name="destination"/> (<see cref="TextLength"/> characters), without joining it into a string.</summary>
    public void CopyTextTo(Span<char> destination)
    {
        if (_text is not null) _text.CopyTo(destination);
        else LineJoiner.JoinInto(destination, _all, _start, LineCount, 0);
    }

    /// <summary>
    /// <see cref="Text"/>[<paramref name="from"/>..]. Made from the lines when the cut falls inside the first line
    /// (a marker read from it), so the whole text is not joined only to be copied again without its number.
    /// </summary>
    public string TextFrom(int from) =>
        from == 0 || _text is not null || from >= FirstLine.ContentSpan.Length ? Text[from..] : LineJoiner.Join(_all, _start, LineCount, from);

    public SourceSpan Span { get; }

    /// <summary>The marker the text starts with, read without list context; looked up once, as the structure rules ask repeatedly.</summary>
    public Marker? Marker
    {
        get
        {
            if (!_markerKnown)
            {
                _marker = ClauseMarkers.Match(Text, null);
                _markerKnown = true;
            }
            return _marker;
        }
    }

    private Marker? _marker;
    private bool _markerKnown;

    /// <summary>Leading whitespace of the first line.</summary>
    public string Indent => FirstLine.Indent;

    /// <summary>Display width of <see cref="Text"/>; computed once, as the shape tests ask for it repeatedly.</summary>
    public int Width => _width ??= _text is null && LineCount == 1 ? FirstLine.Width : CharClass.Width(Text);

    private int? _width;

    public override string ToString() => $"{Span}: {Text}";
}

/// <summary>Joins wrapped lines: nothing between CJK characters, one space between Latin words.</summary>
internal static class LineJoiner
{
    /// <summary>All of <paramref name="lines"/> joined.</summary>
    public static string Join(List<SourceLine> lines) => Join(lines, 0, lines.Count);

    /// <summary><paramref name="count"/> lines of <paramref name="lines"/> from <paramref name="start"/>, joined, without the first <paramref name="skip"/> characters (fewer than the first line has).</summary>
    public static string Join(List<SourceLine> lines, int start, int count, int skip = 0)
    {
        if (count == 1) return skip == 0 ? lines[start].Content : new string(lines[start].ContentSpan[skip..]);
        // Measure first, then copy the lines' spans once into a string of the exact length.
        return string.Create(JoinedLength(lines, start, count, skip), (lines, start, count, skip),
            static (span, state) => JoinInto(span, state.lines, state.start, state.count, state.skip));
    }

    /// <summary>The length of <see cref="Join(List{SourceLine}, int, int, int)"/>'s result.</summary>
    public static int JoinedLength(List<SourceLine> lines, int start, int count, int skip)
    {
        var length = 0;
        var last = '\0';
        foreach (var line in CollectionsMarshal.AsSpan(lines).Slice(start, count))
        {
            var content = line.ContentSpan;
            if (length > 0 && NeedsSpace(last, content[0])) length++;
            length += content.Length;
            if (content.Length > 0) last = content[^1];
        }
        return length - skip;
    }

    /// <summary>Writes <see cref="Join(List{SourceLine}, int, int, int)"/>'s result into <paramref name="span"/>.</summary>
    public static void JoinInto(Span<char> span, List<SourceLine> lines, int start, int count, int skip)
    {
        var at = 0;
        var first = true;
        foreach (var line in CollectionsMarshal.AsSpan(lines).Slice(start, count))
        {
            var content = first ? line.ContentSpan[skip..] : line.ContentSpan;
            if (!first && NeedsSpace(span[at - 1], content[0])) span[at++] = ' ';
            content.CopyTo(span[at..]);
            at += content.Length;
            first = false;
        }
    }

    /// <summary>
    /// A space goes between the two sides of a wrap unless either side is CJK, or the first line ends
    /// in a hyphen or soft hyphen (the hyphen is kept as it was; no guessing whether it was a break).
    /// </summary>
    public static bool NeedsSpace(char before, char after) =>
        !(CharClass.IsCjk(before) || CharClass.IsCjk(after)
          || before is '-' or '\u00AD' or '\u2010' or '/' or '\u00A0');
}
