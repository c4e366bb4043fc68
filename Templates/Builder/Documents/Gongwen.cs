using OfficeTools.TemplateBuilder.Ooxml;
using static OfficeTools.TemplateBuilder.Ooxml.W;

namespace OfficeTools.TemplateBuilder.Documents;

/// <summary>The GB/T 9704 elements every document shares: 版头, 标题, 主送, 署名 and 成文日期, 附件 label, 版记.</summary>
public static class Gongwen
{
    /// <summary>版头: red 发文机关标志, then 发文字号 two lines below with the red separator 4 mm under it.</summary>
    public static string Masthead(string mastheadText, string docNo) =>
        PT("GwMasthead", mastheadText) + PT("GwDocNo", docNo);

    /// <summary>标题 (2号小标宋, centred, two lines below the red line).</summary>
    public static string Title(string text) => PT("GwTitle", text);

    /// <summary>主送机关, flush left; the text ends with a full-width colon.</summary>
    public static string Recipient(string text) => PT("GwRecipient", text);

    /// <summary>A body paragraph (3号仿宋, first line indented two characters).</summary>
    public static string Body(string text) => PT("Normal", text);

    /// <summary>A level-1 heading (一、 黑体).</summary>
    public static string Heading1(string text) => PT("GwHeading1", text);

    /// <summary>A level-2 heading (（一） 楷体).</summary>
    public static string Heading2(string text) => PT("GwHeading2", text);

    /// <summary>署名 right-indented two characters and 成文日期 below it (unsealed layout).</summary>
    public static string Signature(string signer, string date) => PT("GwSignature", signer) + PT("GwDate", date);

    /// <summary>附件 on a new page: "附件" label (3号黑体, line 1) and its title centred on line 3.</summary>
    public static string AttachmentHead(string label, string title) =>
        PT("GwAttachLabel", label) + PT("GwAttachTitle", title);

    /// <summary>
    /// 版记: 抄送 and 印发机关 + 印发日期 (4号仿宋) in a table floated to the bottom of the 版心 on the last page,
    /// first and last rules 0.35 mm, the rule between them 0.25 mm; a minimal paragraph closes the body.
    /// </summary>
    public static string Colophon(string copyTo, string printedBy, string printDate)
    {
        const int inner = TextWidth - 280;
        var copy = P("GwColophon", R("抄送：" + copyTo), "<w:ind w:left=\"1120\" w:right=\"280\" w:hanging=\"840\"/>");
        var printed = P("GwColophon", R(printedBy) + Tab() + R(printDate + "印发"), $"<w:tabs><w:tab w:val=\"right\" w:pos=\"{inner}\"/></w:tabs>");
        string Row(string p) => $"<w:tr><w:trPr><w:cantSplit/></w:trPr><w:tc><w:tcPr><w:tcW w:w=\"{TextWidth}\" w:type=\"dxa\"/></w:tcPr>{p}</w:tc></w:tr>";
        return "<w:tbl><w:tblPr><w:tblStyle w:val=\"GwColophonTable\"/>" +
               "<w:tblpPr w:leftFromText=\"0\" w:rightFromText=\"0\" w:vertAnchor=\"margin\" w:horzAnchor=\"margin\" w:tblpXSpec=\"center\" w:tblpYSpec=\"bottom\"/>" +
               $"<w:tblOverlap w:val=\"never\"/><w:tblW w:w=\"{TextWidth}\" w:type=\"dxa\"/>" +
               "<w:tblBorders><w:top w:val=\"single\" w:sz=\"8\" w:space=\"0\" w:color=\"000000\"/><w:bottom w:val=\"single\" w:sz=\"8\" w:space=\"0\" w:color=\"000000\"/>" +
               "<w:insideH w:val=\"single\" w:sz=\"6\" w:space=\"0\" w:color=\"000000\"/></w:tblBorders><w:tblLayout w:type=\"fixed\"/>" +
               "<w:tblCellMar><w:left w:w=\"0\" w:type=\"dxa\"/><w:right w:w=\"0\" w:type=\"dxa\"/></w:tblCellMar><w:tblLook w:val=\"0000\"/></w:tblPr>" +
               $"<w:tblGrid><w:gridCol w:w=\"{TextWidth}\"/></w:tblGrid>{Row(copy)}{Row(printed)}</w:tbl>" + P("GwTail", "");
    }
}
