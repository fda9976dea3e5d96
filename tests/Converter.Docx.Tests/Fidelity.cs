using Converter.Model;
using Xunit;

namespace Converter.Docx.Tests;

/// <summary>The fidelity rule: the body's text is the model's text in reading order, with only whitespace between pieces.</summary>
internal static class Fidelity
{
    public static void AssertBodyMatchesReadingOrder(Model.Document document, Docx docx)
    {
        var actual = docx.BodyText();
        var position = 0;
        foreach (var piece in ReadingOrder.Pieces(document))
        {
            // Characters XML cannot carry are expected as U+FFFD (and reported as DOCX001).
            var expected = AsXml(piece.Text);
            while (!actual.AsSpan(position).StartsWith(expected, StringComparison.Ordinal))
            {
                Assert.True(position < actual.Length,
                    $"{piece.Role} of {piece.NodeId ?? "heading"} not found in the body text: '{expected}'");
                Assert.True(char.IsWhiteSpace(actual[position]),
                    $"unexpected '{actual[position]}' at {position} before {piece.Role} of {piece.NodeId ?? "heading"}: " +
                    $"expected '{expected}', found '{Excerpt(actual, position)}'");
                position++;
            }
            position += expected.Length;
        }
        Assert.True(string.IsNullOrWhiteSpace(actual[position..]), $"text after the last piece: '{Excerpt(actual, position)}'");

        // The same rule read strictly from w:t elements alone, whitespace ignored.
        var model = string.Concat(ReadingOrder.Pieces(document).Select(p => AsXml(p.Text))).Where(c => !char.IsWhiteSpace(c));
        var body = docx.BodyTextElementsOnly().Where(c => !char.IsWhiteSpace(c));
        Assert.Equal(new string([.. model]), new string([.. body]));
    }

    /// <summary>
    /// The text as XML 1.0 can carry it, by the BCL's reading of the XML spec (not the emitter's sanitizer): each
    /// character outside the Char production, an unpaired surrogate included, becomes U+FFFD.
    /// </summary>
    private static string AsXml(string text)
    {
        var sb = new System.Text.StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (i + 1 < text.Length && System.Xml.XmlConvert.IsXmlSurrogatePair(text[i + 1], text[i]))
            {
                sb.Append(text, i, 2);
                i++;
            }
            else sb.Append(System.Xml.XmlConvert.IsXmlChar(text[i]) ? text[i] : '\uFFFD');
        }
        return sb.ToString();
    }

    private static string Excerpt(string text, int position) =>
        text.Substring(position, Math.Min(40, text.Length - position));
}
