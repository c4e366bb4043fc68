using System.Xml;
using System.Xml.Linq;

namespace OfficeTools.Engine.Merge;

/// <summary>Writing an element's own attributes (namespace declarations included) to an XmlWriter.</summary>
internal static class XmlOut
{
    const string Xmlns = "http://www.w3.org/2000/xmlns/";

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
