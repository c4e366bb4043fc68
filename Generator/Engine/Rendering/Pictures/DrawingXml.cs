using System.Globalization;
using System.Text;

namespace OfficeTools.Engine.Rendering.Pictures;

/// <summary>How a picture sits: in the line, or floating over or behind the text.</summary>
internal enum Placement { Inline, Front, Behind }

/// <summary>The w:drawing of a picture, with its namespaces declared on itself (the part may not declare them).</summary>
internal static class DrawingXml
{
    const string Wp = Ooxml.Wp;
    const string A = Ooxml.A;
    const string Pic = Ooxml.Pic;
    const string R = Ooxml.Relationships;

    /// <summary>The drawing; offsets are from the character (x) and the paragraph (y) for floating pictures.</summary>
    public static string Drawing(string relId, long id, long cx, long cy, string alt, Placement placement, long x, long y)
    {
        var sb = new StringBuilder(1200);
        var inv = CultureInfo.InvariantCulture;
        sb.Append("<w:drawing>");
        if (placement == Placement.Inline)
            sb.Append("<wp:inline xmlns:wp=\"").Append(Wp).Append("\" distT=\"0\" distB=\"0\" distL=\"0\" distR=\"0\">");
        else
            sb.Append("<wp:anchor xmlns:wp=\"").Append(Wp).Append("\" distT=\"0\" distB=\"0\" distL=\"0\" distR=\"0\" simplePos=\"0\" relativeHeight=\"")
              .Append((251659264 + id % 100000).ToString(inv)).Append("\" behindDoc=\"").Append(placement == Placement.Behind ? '1' : '0')
              .Append("\" locked=\"0\" layoutInCell=\"1\" allowOverlap=\"1\"><wp:simplePos x=\"0\" y=\"0\"/>")
              .Append("<wp:positionH relativeFrom=\"character\"><wp:posOffset>").Append(x.ToString(inv)).Append("</wp:posOffset></wp:positionH>")
              .Append("<wp:positionV relativeFrom=\"paragraph\"><wp:posOffset>").Append(y.ToString(inv)).Append("</wp:posOffset></wp:positionV>");
        sb.Append("<wp:extent cx=\"").Append(cx.ToString(inv)).Append("\" cy=\"").Append(cy.ToString(inv)).Append("\"/>")
          .Append("<wp:effectExtent l=\"0\" t=\"0\" r=\"0\" b=\"0\"/>");
        if (placement != Placement.Inline) sb.Append("<wp:wrapNone/>");
        sb.Append("<wp:docPr id=\"").Append(id.ToString(inv)).Append("\" name=\"Picture ").Append(id.ToString(inv)).Append("\" descr=\"");
        XmlEscaper.Attribute(sb, alt);
        sb.Append("\"/><wp:cNvGraphicFramePr><a:graphicFrameLocks xmlns:a=\"").Append(A).Append("\" noChangeAspect=\"1\"/></wp:cNvGraphicFramePr>")
          .Append("<a:graphic xmlns:a=\"").Append(A).Append("\"><a:graphicData uri=\"").Append(Pic).Append("\">")
          .Append("<pic:pic xmlns:pic=\"").Append(Pic).Append("\"><pic:nvPicPr><pic:cNvPr id=\"0\" name=\"Picture ").Append(id.ToString(inv))
          .Append("\"/><pic:cNvPicPr/></pic:nvPicPr><pic:blipFill><a:blip xmlns:r=\"").Append(R).Append("\" r:embed=\"").Append(relId)
          .Append("\"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill><pic:spPr><a:xfrm><a:off x=\"0\" y=\"0\"/><a:ext cx=\"")
          .Append(cx.ToString(inv)).Append("\" cy=\"").Append(cy.ToString(inv)).Append("\"/></a:xfrm><a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom></pic:spPr></pic:pic>")
          .Append("</a:graphicData></a:graphic>")
          .Append(placement == Placement.Inline ? "</wp:inline>" : "</wp:anchor>").Append("</w:drawing>");
        return sb.ToString();
    }
}
