using System.Xml.Linq;

namespace OfficeTools.Engine.Merge;

/// <summary>The XML names the merge reads and writes.</summary>
internal static class MergeNames
{
    public static readonly XNamespace R = Ooxml.Relationships;
    public static readonly XNamespace Wp = Ooxml.Wp;
    public static readonly XNamespace W14 = Ooxml.W14;
    public static readonly XNamespace O = Ooxml.O;
    public static readonly XNamespace Mc = Ooxml.Mc;
    public static readonly XNamespace Rels = Ooxml.PackageRelationships;
    public static readonly XNamespace Types = Ooxml.ContentTypes;

    public const string RelBase = Ooxml.RelationshipType;
    public const string OfficeDocument = RelBase + "officeDocument";
    public const string HeaderType = "application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml";
    public const string FooterType = "application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml";
    public const string MainType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
    public const string StylesType = "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml";
    public const string NumberingType = "application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml";
    public const string RelsType = "application/vnd.openxmlformats-package.relationships+xml";

    /// <summary>Relationship types of the main part that are merged or taken from the first document, not copied per document.</summary>
    public static readonly HashSet<string> Singletons = new(StringComparer.Ordinal)
    {
        RelBase + "styles", RelBase + "numbering", RelBase + "settings", RelBase + "webSettings", RelBase + "fontTable",
        RelBase + "theme", RelBase + "footnotes", RelBase + "endnotes", RelBase + "comments", RelBase + "customXml",
        RelBase + "glossaryDocument", "http://schemas.microsoft.com/office/2011/relationships/people",
        "http://schemas.microsoft.com/office/2011/relationships/commentsExtended",
        "http://schemas.microsoft.com/office/2016/09/relationships/commentsIds",
        "http://schemas.microsoft.com/office/2018/08/relationships/commentsExtensible",
        "http://schemas.microsoft.com/office/2007/relationships/stylesWithEffects",
    };

    /// <summary>Singletons copied from the first document as they are (with what they point at).</summary>
    public static readonly HashSet<string> FromFirst = new(StringComparer.Ordinal)
    {
        RelBase + "settings", RelBase + "webSettings", RelBase + "fontTable", RelBase + "theme",
    };

    /// <summary>Elements whose w:id pairs them with another (bookmarks, revisions): renumbered per document, pairs kept.</summary>
    public static readonly HashSet<string> Annotations = new(StringComparer.Ordinal)
    {
        "bookmarkStart", "bookmarkEnd", "ins", "del", "moveFrom", "moveTo", "moveFromRangeStart", "moveFromRangeEnd",
        "moveToRangeStart", "moveToRangeEnd", "rPrChange", "pPrChange", "sectPrChange", "tblPrChange", "trPrChange",
        "tcPrChange", "tblGridChange", "numberingChange", "cellIns", "cellDel", "cellMerge", "customXmlInsRangeStart",
        "customXmlInsRangeEnd", "customXmlDelRangeStart", "customXmlDelRangeEnd",
    };

    /// <summary>The order of a w:sectPr's children after the header and footer references (ECMA-376 CT_SectPr).</summary>
    public static readonly string[] SectionOrder =
    [
        "headerReference", "footerReference", "footnotePr", "endnotePr", "type", "pgSz", "pgMar", "paperSrc", "pgBorders",
        "lnNumType", "pgNumType", "cols", "formProt", "vAlign", "noEndnote", "titlePg", "textDirection", "bidi", "rtlGutter",
        "docGrid", "printerSettings", "sectPrChange",
    ];

    /// <summary>Namespaces declared on the merged document's root so that every document's content finds its prefix.</summary>
    public static readonly (string Prefix, string Uri)[] Known =
    [
        ("wpc", "http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas"),
        ("mc", Mc.NamespaceName), ("o", O.NamespaceName), ("r", R.NamespaceName),
        ("m", "http://schemas.openxmlformats.org/officeDocument/2006/math"), ("v", "urn:schemas-microsoft-com:vml"),
        ("wp14", "http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing"), ("wp", Wp.NamespaceName),
        ("w10", "urn:schemas-microsoft-com:office:word"), ("w", Ooxml.Main), ("w14", Ooxml.W14),
        ("w15", "http://schemas.microsoft.com/office/word/2012/wordml"),
        ("wpg", "http://schemas.microsoft.com/office/word/2010/wordprocessingGroup"),
        ("wpi", "http://schemas.microsoft.com/office/word/2010/wordprocessingInk"),
        ("wne", "http://schemas.microsoft.com/office/word/2006/wordml"),
        ("wps", "http://schemas.microsoft.com/office/word/2010/wordprocessingShape"),
        ("a", Ooxml.A),
        ("pic", Ooxml.Pic),
    ];
}
