using OfficeTools.TemplateBuilder.Ooxml;
using static OfficeTools.TemplateBuilder.Ooxml.Fonts;

namespace OfficeTools.TemplateBuilder.Parts;

/// <summary>The two footers: "— N —" in 4号宋体, odd pages right and even pages left, one character in.</summary>
public static class Footers
{
    /// <summary>The odd-page (default) footer: page number flush right, indented one character.</summary>
    public static string Odd() => Footer("right", "<w:ind w:right=\"280\" w:firstLine=\"0\" w:firstLineChars=\"0\"/>");

    /// <summary>The even-page footer: page number flush left, indented one character.</summary>
    public static string Even() => Footer("left", "<w:ind w:left=\"280\" w:firstLine=\"0\" w:firstLineChars=\"0\"/>");

    static string Footer(string jc, string ind)
    {
        var rPr = SongTi + Sz(Size4);
        var number = W.R("— ", rPr) + W.PageField(rPr) + W.R(" —", rPr);
        return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>" +
               $"<w:ftr {Namespaces.Root}>" + W.P("GwPageNumber", number, ind + $"<w:jc w:val=\"{jc}\"/>") + "</w:ftr>";
    }
}
