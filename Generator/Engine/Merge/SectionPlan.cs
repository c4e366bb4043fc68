using System.Xml.Linq;
using static OfficeTools.Engine.Merge.MergeNames;

namespace OfficeTools.Engine.Merge;

/// <summary>
/// A document's sections in the merged file: its first section starts on a new odd page with page numbers from 1,
/// and names all six headers and footers (an empty one where the document has none), so nothing is inherited
/// from the document before it.
/// </summary>
internal static class SectionPlan
{
    static readonly string[] Kinds = ["default", "first", "even"];

    /// <summary>The sections of a body in order (the body's own last).</summary>
    public static List<XElement> Sections(XElement body) =>
        [.. body.Descendants(W.Ns + "sectPr").Where(s => s.Parent?.Name == W.Ns + "pPr" || s.Parent == body)];

    /// <summary>Sets up the first section of a document (<paramref name="first"/> true for the merged file's first document).</summary>
    public static void Start(XElement section, bool first, string emptyHeader, string emptyFooter)
    {
        if (!first) Set(section, "type").SetAttributeValue(W.Ns + "val", "oddPage");
        Set(section, "pgNumType").SetAttributeValue(W.Ns + "start", "1");
        foreach (var (element, empty) in new[] { ("headerReference", emptyHeader), ("footerReference", emptyFooter) })
            foreach (var kind in Kinds)
                if (!section.Elements(W.Ns + element).Any(r => ((string?)r.Attribute(W.Ns + "type") ?? "default") == kind))
                    section.AddFirst(new XElement(W.Ns + element, new XAttribute(W.Ns + "type", kind), new XAttribute(R + "id", empty)));
    }

    /// <summary>The child of that name, made in its schema place when missing.</summary>
    static XElement Set(XElement section, string name)
    {
        if (section.Element(W.Ns + name) is { } existing) return existing;
        var rank = Array.IndexOf(SectionOrder, name);
        var created = new XElement(W.Ns + name);
        var after = section.Elements().LastOrDefault(e => e.Name.Namespace == W.Ns && Array.IndexOf(SectionOrder, e.Name.LocalName) is var r && r >= 0 && r < rank);
        if (after != null) after.AddAfterSelf(created);
        else section.AddFirst(created);
        return created;
    }

    /// <summary>Puts a document's last section break at the end of its content: on its last paragraph, or a paragraph of its own.</summary>
    public static XElement Close(XElement? lastParagraph, XElement section)
    {
        var p = lastParagraph ?? new XElement(W.Ns + "p");
        var pPr = p.Element(W.Ns + "pPr");
        if (pPr == null) p.AddFirst(pPr = new XElement(W.Ns + "pPr"));
        if (pPr.Element(W.Ns + "pPrChange") is { } change) change.AddBeforeSelf(section);
        else pPr.Add(section);
        return p;
    }
}
