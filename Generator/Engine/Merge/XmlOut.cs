using System.Xml;
using System.Xml.Linq;

namespace OfficeTools.Engine.Merge;

/// <summary>Writing an element's own attributes (namespace declarations included) to an XmlWriter.</summary>
internal static class XmlOut
{
    const string Xmlns = "http://www.w3.org/2000/xmlns/";

    /// <summary>
    /// Starts a part's root element named <paramref name="localName"/> in WordprocessingML's namespace with the
    /// namespace declarations of <paramref name="root"/> (a source part's root), those every document's content may
    /// use, and its <c>mc:Ignorable</c>.
    /// </summary>
    public static void StartRoot(XmlWriter w, XElement root, string localName)
    {
        var ns = W.Ns;
        w.WriteStartElement(root.GetPrefixOfNamespace(ns) ?? "w", localName, ns.NamespaceName);
        WriteAttributes(w, new XElement(root.Name, root.Attributes().Where(a => a.IsNamespaceDeclaration)));
        foreach (var (prefix, uri) in MergeNames.Known)
            if (root.Attributes().All(a => !a.IsNamespaceDeclaration || (a.Name.LocalName != prefix && a.Value != uri)))
                w.WriteAttributeString("xmlns", prefix, Xmlns, uri);
        if (root.Attribute(MergeNames.Mc + "Ignorable") is { } ignorable) w.WriteAttributeString("mc", "Ignorable", MergeNames.Mc.NamespaceName, ignorable.Value);
    }

    /// <summary>Writes the attributes of <paramref name="e"/> on the element just started.</summary>
    public static void WriteAttributes(XmlWriter w, XElement e)
    {
        foreach (var a in e.Attributes())
        {
            if (a.IsNamespaceDeclaration)
            {
                if (a.Name.Namespace == XNamespace.None) w.WriteAttributeString("xmlns", a.Value);
                else w.WriteAttributeString("xmlns", a.Name.LocalName, Xmlns, a.Value);
            }
            else w.WriteAttributeString(e.GetPrefixOfNamespace(a.Name.Namespace), a.Name.LocalName, a.Name.NamespaceName, a.Value);
        }
    }
}
