using System.Runtime.InteropServices;
using Converter.Model;

namespace Converter.Parsing;

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
        : this(all, start, count, LineJoiner.Join(all, start, count),
            new SourceSpan(all[start].Number, all[start + count - 1].Number))
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

    private Block(List<SourceLine> all, int start, int count, string text, SourceSpan span)
    {
        _all = all;
        _start = start;
        LineCount = count;
        Text = text;
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

    /// <summary>Wrapped lines joined into one text.</summary>
    public string Text { get; }

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
    public int Width => _width ??= CharClass.Width(Text);

    private int? _width;

    public override string ToString() => $"{Span}: {Text}";
}

/// <summary>Joins wrapped lines: nothing between CJK characters, one space between Latin words.</summary>
internal static class LineJoiner
{
    /// <summary>All of <paramref name="lines"/> joined.</summary>
    public static string Join(List<SourceLine> lines) => Join(lines, 0, lines.Count);

    /// <summary><paramref name="count"/> lines of <paramref name="lines"/> from <paramref name="start"/>, joined.</summary>
    public static string Join(List<SourceLine> lines, int start, int count)
    {
        if (count == 1) return lines[start].Content;
        // Measure first, then copy the lines' spans once into a string of the exact length.
        var length = 0;
        var last = '\0';
        foreach (var line in CollectionsMarshal.AsSpan(lines).Slice(start, count))
        {
            var content = line.ContentSpan;
            if (length > 0 && NeedsSpace(last, content[0])) length++;
            length += content.Length;
            if (content.Length > 0) last = content[^1];
        }
        return string.Create(length, (lines, start, count), static (span, state) =>
        {
            var at = 0;
            foreach (var line in CollectionsMarshal.AsSpan(state.lines).Slice(state.start, state.count))
            {
                var content = line.ContentSpan;
                if (at > 0 && NeedsSpace(span[at - 1], content[0])) span[at++] = ' ';
                content.CopyTo(span[at..]);
                at += content.Length;
            }
        });
    }

    /// <summary>
    /// A space goes between the two sides of a wrap unless either side is CJK, or the first line ends
    /// in a hyphen or soft hyphen (the hyphen is kept as it was; no guessing whether it was a break).
    /// </summary>
    public static bool NeedsSpace(char before, char after) =>
        !(CharClass.IsCjk(before) || CharClass.IsCjk(after)
          || before is '-' or '\u00AD' or '\u2010' or '/' or '\u00A0');
}
