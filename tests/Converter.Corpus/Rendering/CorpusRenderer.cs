using Converter.Corpus.Sources;
using Converter.Corpus.Truth;

namespace Converter.Corpus.Rendering;

/// <summary>Reads a corpus document's source and renders it in a layout.</summary>
public static class CorpusRenderer
{
    /// <summary>Reads the ground truth of a document.</summary>
    public static TruthDocument Read(CorpusDocument doc)
    {
        ArgumentNullException.ThrowIfNull(doc);
        return doc.Genre switch
        {
            CorpusGenre.EGov => EGovReader.Read(doc.Path),
            CorpusGenre.Uslm => UslmReader.Read(doc.Path),
            _ => StatementReader.Read(doc.Path),
        };
    }

    /// <summary>The layout style of a genre.</summary>
    public static LayoutStyle Style(CorpusGenre genre) => genre switch
    {
        CorpusGenre.EGov => LayoutStyle.Japanese,
        CorpusGenre.Uslm => LayoutStyle.Legislation,
        _ => LayoutStyle.Statement,
    };

    /// <summary>The blocks of a document in reading order.</summary>
    public static IEnumerable<Block> Blocks(TruthDocument truth)
    {
        ArgumentNullException.ThrowIfNull(truth);
        return truth.Genre switch
        {
            CorpusGenre.EGov => EGovRenderer.Blocks(truth),
            CorpusGenre.Uslm => UslmRenderer.Blocks(truth),
            _ => StatementRenderer.Blocks(truth),
        };
    }

    /// <summary>Renders a truth document in a layout.</summary>
    public static Rendering Render(TruthDocument truth, Layout layout) => LayoutWriter.Write(Blocks(truth), layout, Style(truth.Genre));

    /// <summary>Reads and renders a corpus document.</summary>
    public static Rendering Render(CorpusDocument doc, Layout layout) => Render(Read(doc), layout);
}
