using System.Globalization;
using System.Text;
using System.Xml;
using Converter.Emitters;
using Converter.Model;

namespace Converter.AkomaNtoso;

/// <summary>
/// Writes one document as Akoma Ntoso 3.0 XML in reading order: meta (FRBR identification), preface (heading and a
/// leading table of contents), preamble (enacting formula, recitals or paragraphs), body (sections and clauses as
/// Akoma Ntoso's hierarchy with eIds), conclusions (closing). One instance per write.
/// </summary>
internal sealed class AknWriter
{
    /// <summary>Diagnostic code for a character XML cannot carry, written as U+FFFD.</summary>
    public const string ReplacedCharacterCode = "AKN001";

    private static readonly XmlWriterSettings Settings = new()
    {
        Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        Indent = true,
        IndentChars = "  ",
        NewLineChars = "\n",
        NewLineHandling = NewLineHandling.Replace,
        CloseOutput = false,
    };

    private readonly Document _document;
    private readonly XmlWriter _xml;
    private readonly MarkupText _text = MarkupText.ForXml(ReplacedCharacterCode, "Akoma Ntoso XML");
    private readonly IReadOnlyDictionary<string, string> _eIds;
    private readonly IReadOnlyDictionary<TableOfContents, string?[]> _links;
    private readonly bool _act;

    private AknWriter(Document document, XmlWriter xml)
    {
        _document = document;
        _xml = xml;
        _act = AknVocabulary.DocumentType(document.Metadata.Genre) != "doc";
        _links = ContentsLinks.Resolve(document);
        _eIds = AknIds.For(document);
    }

    /// <summary>Writes <paramref name="document"/> to <paramref name="output"/> (UTF-8, no BOM) and returns the warnings.</summary>
    public static IReadOnlyList<Diagnostic> Write(Document document, ConverterOptions options, Stream output)
    {
        using var xml = XmlWriter.Create(output, Settings);
        var writer = new AknWriter(document, xml);
        writer.WriteRoot(FrbrIdentity.For(document, options));
        xml.Flush();
        return writer._text.Diagnostics;
    }

    // ---- the document

    private void WriteRoot(FrbrIdentity identity)
    {
        _xml.WriteStartDocument();
        _xml.WriteStartElement("akomaNtoso", AknVocabulary.Namespace);
        _xml.WriteStartElement(AknVocabulary.DocumentType(_document.Metadata.Genre));
        _xml.WriteAttributeString("name", AknVocabulary.DocumentName(_document));
        WriteMeta(identity);

        var front = _document.FrontMatter().ToList();
        // A table of contents that opens the front matter belongs to the preface; one after a preamble paragraph (an
        // enacting statement before the 目次) stays in the preamble, in its place.
        var tocInPreface = front.Count > 0 && front[0].Contents is not null;
        WritePreface(tocInPreface ? front[0].Contents : null);
        WritePreamble(tocInPreface ? front.Skip(1).ToList() : front);
        WriteBody();
        WriteConclusions();

        _xml.WriteEndElement();
        _xml.WriteEndElement();
        _xml.WriteEndDocument();
    }

    private void WriteMeta(FrbrIdentity id)
    {
        _xml.WriteStartElement("meta");
        _xml.WriteStartElement("identification");
        _xml.WriteAttributeString("source", "#converter");

        StartFrbr("FRBRWork", id.WorkUri + "/!main", id.WorkUri, id.WorkDate, FrbrIdentity.UnknownDateName, "#author");
        Empty("FRBRcountry", ("value", id.Country));
        // The same text is in the preface, where a replaced character is reported once.
        if (id.Number is { } number) Empty("FRBRnumber", ("value", _text.CleanSilently(number)));
        Empty("FRBRname", ("value", _text.CleanSilently(id.Name)));
        _xml.WriteEndElement();

        StartFrbr("FRBRExpression", id.ExpressionUri + "/!main", id.ExpressionUri, id.WorkDate, FrbrIdentity.UnknownDateName, "#author");
        Empty("FRBRlanguage", ("language", id.Language));
        _xml.WriteEndElement();

        StartFrbr("FRBRManifestation", id.ExpressionUri + "/main.xml", id.ManifestationUri, id.ManifestationDate, id.ManifestationDateName, "#converter");
        Empty("FRBRformat", ("value", AknEmitter.AknMediaType));
        _xml.WriteEndElement();

        _xml.WriteEndElement(); // identification

        _xml.WriteStartElement("references");
        _xml.WriteAttributeString("source", "#converter");
        Empty("TLCOrganization", ("eId", "converter"), ("href", "/ontology/organization/converter"), ("showAs", "converter"));
        Empty("TLCOrganization", ("eId", "author"), ("href", "/ontology/organization/unknown"), ("showAs", "unknown author"));
        _xml.WriteEndElement();

        _xml.WriteEndElement(); // meta
    }

    // Opens one FRBR level with the properties all three share: FRBRthis, FRBRuri, FRBRdate, FRBRauthor.
    private void StartFrbr(string element, string thisUri, string uri, string date, string dateName, string author)
    {
        _xml.WriteStartElement(element);
        Empty("FRBRthis", ("value", thisUri));
        Empty("FRBRuri", ("value", uri));
        Empty("FRBRdate", ("date", date), ("name", dateName));
        Empty("FRBRauthor", ("href", author));
    }

    // An element with attributes only (the metadata's shape).
    private void Empty(string element, params (string Name, string Value)[] attributes)
    {
        _xml.WriteStartElement(element);
        foreach (var (name, value) in attributes) _xml.WriteAttributeString(name, value);
        _xml.WriteEndElement();
    }

    private void WritePreface(TableOfContents? contents)
    {
        _xml.WriteStartElement("preface");
        foreach (var (part, paragraph) in _document.Heading.InReadingOrder())
        {
            var (cls, inline, where) = part switch
            {
                HeadingPart.StatusNote => ("statusNote", "docStatus", "status note"),
                HeadingPart.Title => ("title", "docTitle", "title"),
                HeadingPart.DocumentNumber => ("docNumber", "docNumber", "document number"),
                _ => ("subtitle", null, "subtitle"),
            };
            _xml.WriteStartElement("p");
            _xml.WriteAttributeString("class", cls);
            MixedContent();
            if (inline is not null) _xml.WriteStartElement(inline);
            _xml.WriteString(Clean(paragraph.Text, where, paragraph.Span));
            if (inline is not null) _xml.WriteEndElement();
            _xml.WriteEndElement();
        }
        if (contents is not null) WriteContents(contents, "contents");
        _xml.WriteEndElement();
    }

    private void WritePreamble(IReadOnlyList<FrontMatterPart> parts)
    {
        if (parts.Count == 0) return;
        _xml.WriteStartElement("preamble");
        var paragraphNumber = 0;
        var formulas = 0;
        var recitalGroups = 0;
        var recitals = 0;
        var inRecitals = false;
        foreach (var part in parts)
        {
            if (part.Paragraph is not { } p)
            {
                EndRecitals();
                WriteContents(part.Contents!, "contents");
                continue;
            }
            paragraphNumber++;
            var where = string.Create(CultureInfo.InvariantCulture, $"preamble paragraph {paragraphNumber}");
            if (!_act)
            {
                WriteP(p.Text, where, p.Span);
                continue;
            }
            if (AknVocabulary.IsEnactingFormula(p.Text))
            {
                EndRecitals();
                _xml.WriteStartElement("formula");
                _xml.WriteAttributeString("name", "enactingFormula");
                _xml.WriteAttributeString("eId", string.Create(CultureInfo.InvariantCulture, $"formula_{++formulas}"));
                WriteP(p.Text, where, p.Span);
                _xml.WriteEndElement();
                continue;
            }
            if (!inRecitals)
            {
                _xml.WriteStartElement("recitals");
                _xml.WriteAttributeString("eId", string.Create(CultureInfo.InvariantCulture, $"recs_{++recitalGroups}"));
                inRecitals = true;
                recitals = 0;
            }
            _xml.WriteStartElement("recital");
            _xml.WriteAttributeString("eId", string.Create(CultureInfo.InvariantCulture, $"recs_{recitalGroups}__rec_{++recitals}"));
            WriteP(p.Text, where, p.Span);
            _xml.WriteEndElement();
        }
        EndRecitals();
        _xml.WriteEndElement();

        void EndRecitals()
        {
            if (!inRecitals) return;
            _xml.WriteEndElement();
            inRecitals = false;
        }
    }

    private void WriteBody()
    {
        // act and bill have a body of hierarchy only; a doc has a mainBody.
        _xml.WriteStartElement(_act ? "body" : "mainBody");
        foreach (var c in _document.Clauses) WriteClause(c);
        foreach (var s in _document.Sections) WriteSection(s);
        if (_document.Clauses.IsEmpty && _document.Sections.IsEmpty)
        {
            // The schema wants at least one child; an empty document gets an empty one that carries no text.
            if (_act)
            {
                _xml.WriteStartElement("hcontainer");
                _xml.WriteAttributeString("name", "emptyBody");
                _xml.WriteAttributeString("eId", "hcontainer_1");
                _xml.WriteEndElement();
            }
            else
            {
                _xml.WriteElementString("p", "");
            }
        }
        _xml.WriteEndElement();
    }

    private void WriteSection(Section s)
    {
        var element = AknVocabulary.For(s.Kind);
        StartHierarchy(element, s.Id);
        if (s.Number is { } number) WriteInline("num", number, s.Id, s.Span);
        WriteInline("heading", s.Title, s.Id, s.Span);
        // The amending law's number of a 附則 stands under its title: Akoma Ntoso's subheading.
        if (s.AmendLawNumber is { } amend) WriteInline("subheading", amend, s.Id, s.Span);
        foreach (var c in s.Clauses) WriteClause(c);
        foreach (var child in s.Sections) WriteSection(child);
        _xml.WriteEndElement();
    }

    private void WriteClause(Clause c)
    {
        StartHierarchy(AknVocabulary.For(c.Kind), c.Id);
        // Reading order is caption, number, heading; Akoma Ntoso lets num, heading and subheading come in any order.
        // A caption (（目的）) is the clause's heading and stands before its number, as in the source; a heading after
        // the number (SHORT TITLE.) is the heading too, or the subheading when the clause also has a caption.
        if (c.Caption is { } caption) WriteInline("heading", caption, c.Id, c.Span);
        if (c.Number is { } number) WriteInline("num", number, c.Id, c.Span);
        if (c.Heading is { } heading) WriteInline(c.Caption is null ? "heading" : "subheading", heading, c.Id, c.Span);

        var hasBlock = c.Text.Length > 0 || c.Contents is not null;
        if (hasBlock)
        {
            // Text with items is their introduction; text alone is the content.
            _xml.WriteStartElement(c.Items.IsEmpty ? "content" : "intro");
            if (c.Text.Length > 0) WriteP(c.Text, c.Id, c.Span);
            if (c.Contents is { } contents) WriteContents(contents, c.Id);
            _xml.WriteEndElement();
        }
        foreach (var item in c.Items) WriteClause(item);
        _xml.WriteEndElement();
    }

    private void StartHierarchy(AknElement element, string id)
    {
        _xml.WriteStartElement(element.Element);
        if (element.Name is { } name) _xml.WriteAttributeString("name", name);
        _xml.WriteAttributeString("eId", _eIds[id]);
    }

    private void WriteContents(TableOfContents contents, string where)
    {
        if (contents.Title is { } title) WriteP(title.Text, where, title.Span, "tocTitle");
        if (contents.Entries.IsEmpty) return;
        var links = _links.TryGetValue(contents, out var found) ? found : new string?[contents.Entries.Length];
        _xml.WriteStartElement("toc");
        for (var i = 0; i < contents.Entries.Length; i++)
        {
            var entry = contents.Entries[i];
            _xml.WriteStartElement("tocItem");
            // An entry that names no section or clause found in the body links to the document itself.
            _xml.WriteAttributeString("href", links[i] is { } target ? "#" + _eIds[target] : "#");
            _xml.WriteAttributeString("level", Math.Max(1, entry.Level).ToString(CultureInfo.InvariantCulture));
            MixedContent();
            if (entry.Number is { } number)
            {
                _xml.WriteStartElement("span");
                _xml.WriteAttributeString("class", "num");
                _xml.WriteString(Clean(number, where, entry.Span));
                _xml.WriteEndElement();
                _xml.WriteString(" ");
            }
            _xml.WriteString(Clean(entry.Text, where, entry.Span));
            _xml.WriteEndElement();
        }
        _xml.WriteEndElement();
    }

    private void WriteConclusions()
    {
        if (_document.Closing.IsEmpty) return;
        _xml.WriteStartElement("conclusions");
        for (var i = 0; i < _document.Closing.Length; i++)
        {
            var p = _document.Closing[i];
            WriteP(p.Text, string.Create(CultureInfo.InvariantCulture, $"closing paragraph {i + 1}"), p.Span);
        }
        _xml.WriteEndElement();
    }

    private void WriteP(string text, string where, SourceSpan? span, string? cls = null)
    {
        _xml.WriteStartElement("p");
        if (cls is not null) _xml.WriteAttributeString("class", cls);
        _xml.WriteString(Clean(text, where, span));
        _xml.WriteEndElement();
    }

    private void WriteInline(string element, string text, string where, SourceSpan span) =>
        _xml.WriteElementString(element, Clean(text, where, span));

    // Marks the open element as mixed content, so the indenting writer puts no white space before its first child
    // element (it would become part of the text).
    private void MixedContent() => _xml.WriteString("");

    private string Clean(string text, string where, SourceSpan? span) => _text.Clean(text, where, span);
}
