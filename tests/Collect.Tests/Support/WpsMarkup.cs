using System.IO.Compression;
using System.Xml.Linq;

namespace OfficeTools.Collect.Tests.Support;

/// <summary>
/// Gives a .docx the markup that WPS Office writes when it saves one, as far as public WPS-saved files show it (see
/// Generator/Collect/README.md, "WPS"): the wpsCustomData namespace declared on the document and settings roots and
/// made ignorable, a settings entry only WPS understands behind mc:AlternateContent, WPS's build in the custom
/// properties (KSOProductBuildVer), and an empty preserved-space run after the text of the body's paragraphs.
/// With <c>dropTags</c> it also drops every control's w:tag, so the form can be read by position only.
/// </summary>
public static class WpsMarkup
{
    static readonly XNamespace W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    static readonly XNamespace Mc = "http://schemas.openxmlformats.org/markup-compatibility/2006";
    static readonly XNamespace Wps = "http://www.wps.cn/officeDocument/2013/wpsCustomData";
    static readonly XNamespace Custom = "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties";
    static readonly XNamespace Vt = "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes";

    /// <summary>The form as WPS would have saved it.</summary>
    public static byte[] Apply(byte[] docx, bool dropTags)
    {
        using var ms = new MemoryStream();
        ms.Write(docx);
        using (var zip = new ZipArchive(ms, ZipArchiveMode.Update, leaveOpen: true))
        {
            Edit(zip, "word/document.xml", doc =>
            {
                DeclareWps(doc.Root!);
                if (dropTags) doc.Descendants(W + "tag").Remove();
                foreach (var p in doc.Root!.Element(W + "body")!.Elements(W + "p").Where(p => p.Elements(W + "r").Any()).ToList())
                    p.Add(new XElement(W + "r", new XElement(W + "t", new XAttribute(XNamespace.Xml + "space", "preserve"), " ")));
            });
            Edit(zip, "word/settings.xml", doc =>
            {
                DeclareWps(doc.Root!);
                doc.Root!.Add(new XElement(Mc + "AlternateContent",
                    new XElement(Mc + "Choice", new XAttribute("Requires", "wpsCustomData"), new XElement(Wps + "typoFeatureVersion", new XAttribute("val", "0")))));
            });
            Edit(zip, "docProps/custom.xml", doc =>
            {
                var props = doc.Root!.Elements(Custom + "property").ToList();
                var pid = props.Count == 0 ? 2 : props.Max(p => (int)p.Attribute("pid")!) + 1;
                doc.Root.Add(new XElement(Custom + "property", new XAttribute("fmtid", "{D5CDD505-2E9C-101B-9397-08002B2CF9AE}"),
                    new XAttribute("pid", pid), new XAttribute("name", "KSOProductBuildVer"), new XElement(Vt + "lpwstr", "2052-12.1.0.16729")));
            });
        }
        return ms.ToArray();
    }

    static void DeclareWps(XElement root)
    {
        root.SetAttributeValue(XNamespace.Xmlns + "wpsCustomData", Wps.NamespaceName);
        if (root.GetNamespaceOfPrefix("mc") is null) root.SetAttributeValue(XNamespace.Xmlns + "mc", Mc.NamespaceName);
        var ignorable = ((string?)root.Attribute(Mc + "Ignorable") ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries);
        root.SetAttributeValue(Mc + "Ignorable", string.Join(' ', ignorable.Append("wpsCustomData").Distinct()));
    }

    /// <summary>Edits a part the form has.</summary>
    static void Edit(ZipArchive zip, string name, Action<XDocument> edit)
    {
        // the test forms (DocxFactory) have no settings part; the generated ones do
        if (zip.GetEntry(name) is not { } entry) return;
        XDocument doc;
        using (var s = entry.Open()) doc = XDocument.Load(s);
        edit(doc);
        entry.Delete();
        using var o = zip.CreateEntry(name).Open();
        doc.Save(o);
    }
}
