using System.IO.Compression;
using System.Xml.Linq;

namespace OfficeTools.Templates.Tests;

/// <summary>Reads the parts of a .docx as XML and resolves run properties through the style chain.</summary>
public sealed class Ooxml
{
    /// <summary>The WordprocessingML namespace.</summary>
    public static readonly XNamespace W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    static readonly XNamespace R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    static readonly XNamespace Rel = "http://schemas.openxmlformats.org/package/2006/relationships";

    /// <summary>word/document.xml.</summary>
    public XDocument Document { get; }
    /// <summary>word/styles.xml.</summary>
    public XDocument Styles { get; }
    /// <summary>word/settings.xml.</summary>
    public XDocument Settings { get; }
    /// <summary>Footers by their sectPr reference type (default, even, first).</summary>
    public IReadOnlyDictionary<string, XDocument> Footers { get; }

    /// <summary>Opens a package from bytes.</summary>
    public Ooxml(byte[] docx)
    {
        using var zip = new ZipArchive(new MemoryStream(docx), ZipArchiveMode.Read);
        XDocument Load(string name)
        {
            using var s = (zip.GetEntry(name) ?? throw new InvalidDataException("missing " + name)).Open();
            return XDocument.Load(s);
        }
        Document = Load("word/document.xml");
        Styles = Load("word/styles.xml");
        Settings = Load("word/settings.xml");
        var rels = Load("word/_rels/document.xml.rels").Root!.Elements(Rel + "Relationship")
            .ToDictionary(e => (string)e.Attribute("Id")!, e => ((string)e.Attribute("Target")!).TrimStart('/'));
        Footers = Document.Descendants(W + "footerReference").ToDictionary(
            f => (string)f.Attribute(W + "type")!,
            f => Load("word/" + rels[(string)f.Attribute(R + "id")!].Replace("word/", "")));
    }

    /// <summary>The body's final section properties.</summary>
    public XElement Section => Document.Root!.Element(W + "body")!.Element(W + "sectPr")!;

    /// <summary>The body paragraphs (anywhere, tables included) whose paragraph style is <paramref name="styleId"/>.</summary>
    public IEnumerable<XElement> ParagraphsIn(string styleId) =>
        Document.Descendants(W + "p").Where(p => StyleOf(p) == styleId);

    /// <summary>The paragraph style id of a paragraph ("Normal" when none).</summary>
    public static string StyleOf(XElement p) =>
        (string?)p.Element(W + "pPr")?.Element(W + "pStyle")?.Attribute(W + "val") ?? "Normal";

    /// <summary>A style element by id.</summary>
    public XElement Style(string id) =>
        Styles.Root!.Elements(W + "style").Single(s => (string?)s.Attribute(W + "styleId") == id);

    /// <summary>
    /// The effective value of run property <paramref name="name"/>/@<paramref name="attr"/> for a paragraph style:
    /// the style, then its basedOn chain, then docDefaults.
    /// </summary>
    public string? StyleRun(string styleId, string name, string attr = "val") =>
        Resolve(styleId, s => s.Element(W + "rPr")?.Element(W + name)?.Attribute(W + attr)?.Value)
        ?? Styles.Root!.Element(W + "docDefaults")?.Element(W + "rPrDefault")?.Element(W + "rPr")?.Element(W + name)?.Attribute(W + attr)?.Value;

    /// <summary>The effective paragraph property <paramref name="name"/>/@<paramref name="attr"/> of a style.</summary>
    public string? StylePara(string styleId, string name, string attr = "val") =>
        Resolve(styleId, s => s.Element(W + "pPr")?.Element(W + name)?.Attribute(W + attr)?.Value);

    /// <summary>The effective paragraph property of a paragraph: its own pPr, then its style chain.</summary>
    public string? Para(XElement p, string name, string attr = "val") =>
        p.Element(W + "pPr")?.Element(W + name)?.Attribute(W + attr)?.Value ?? StylePara(StyleOf(p), name, attr);

    string? Resolve(string styleId, Func<XElement, string?> get)
    {
        for (var id = styleId; id != null;)
        {
            var s = Style(id);
            if (get(s) is { } v) return v;
            id = (string?)s.Element(W + "basedOn")?.Attribute(W + "val");
        }
        return null;
    }

    /// <summary>Content controls with their tag, alias, and sdtPr.</summary>
    public IEnumerable<(string Tag, XElement Props, XElement Sdt)> Controls() =>
        Document.Descendants(W + "sdt").Select(s =>
        {
            var pr = s.Element(W + "sdtPr")!;
            return ((string?)pr.Element(W + "tag")?.Attribute(W + "val") ?? "", pr, s);
        });

    /// <summary>The visible text of an element's w:t descendants.</summary>
    public static string Text(XElement e) => string.Concat(e.Descendants(W + "t").Select(t => t.Value));
}
