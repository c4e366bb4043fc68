using System.Xml.Linq;

namespace OfficeTools.Engine.Blocks;

/// <summary>What counts as something a reader sees in a paragraph, besides its text.</summary>
internal static class VisibleContent
{
    static readonly HashSet<string> Names =
    [
        "drawing", "pict", "object", "br", "tab", "cr", "sym", "fldChar", "instrText", "footnoteReference",
        "endnoteReference", "AlternateContent", "ptab", "noBreakHyphen", "softHyphen", "fldSimple", "sdt", "sectPr",
        "commentReference", "txbxContent", "tbl", "oMath", "oMathPara", "ruby", "contentPart", "embedded",
    ];

    /// <summary>True for elements that show something (pictures, breaks, tabs, fields, notes, nested content…).</summary>
    public static bool IsVisible(XElement e) =>
        Names.Contains(e.Name.LocalName) && e.Parent?.Name != W.RPr && !(e.Name.LocalName == "tab" && e.Parent?.Name.LocalName == "tabs");

    /// <summary>True for a text node that shows characters (text in w:t; deleted text and field codes are not shown).</summary>
    public static bool IsVisibleText(XText text) => text.Parent?.Name == W.T && !string.IsNullOrWhiteSpace(text.Value);

    /// <summary>True when the paragraph's properties carry a section break (the paragraph must stay).</summary>
    public static bool EndsSection(XElement p) => p.Element(W.PPr)?.Element(W.SectPr) != null;
}
