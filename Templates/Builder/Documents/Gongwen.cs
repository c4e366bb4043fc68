using OfficeTools.TemplateBuilder.Ooxml;
using static OfficeTools.TemplateBuilder.Ooxml.W;

namespace OfficeTools.TemplateBuilder.Documents;

/// <summary>The GB/T 9704 elements every document shares: 版头, 标题, 主送, 署名 and 成文日期, 附件 label, 版记.</summary>
public static class Gongwen
{
    /// <summary>版头: red 发文机关标志, then 发文字号 two lines below with the red separator 4 mm under it.</summary>
    /// <remarks>
    /// The 标志 must stay on one line of the 156 mm 版心 whatever the office's name, so the template picks the
    /// size from the name's length (<paramref name="suffix"/> counted too): 小初 up to 12 characters, then smaller.
    /// </remarks>
    public static string Masthead(string office, string suffix, string docNo)
    {
        var length = $"(string.size {office}) + {suffix.Length}";
        var text = "{{ " + office + " }}" + suffix;
        var sb = new System.Text.StringBuilder();
        for (var i = 0; i < MastheadSizes.Length; i++)
        {
            var (maxChars, size) = MastheadSizes[i];
            sb.Append(Block(i == 0 ? $"{{{{ if {length} <= {maxChars} }}}}" : $"{{{{ else if {length} <= {maxChars} }}}}"));
            sb.Append(MastheadLine(text, size));
        }
        sb.Append(Block("{{ else }}")).Append(MastheadLine(text, MastheadSmallest)).Append(Block("{{ end }}"));
        return sb + PT("GwDocNo", docNo);
    }

    /// <summary>The 版心 top to the top edge of the 标志's characters: 35 mm (GB/T 9704 §7.2.4), in twips.</summary>
    public const int MastheadTop = 1984;

    // A line of single spacing starts above the characters by part of the font's ascent: 0.30 em with the CJK serif
    // the product's PDFs use for 小标宋 (measured: 2.9 mm at 27 pt). The space before is cut by that much, so that the
    // characters themselves, not their line, begin 35 mm below the 版心 top.
    static string MastheadLine(string text, int halfPoints) =>
        P("GwMasthead", R(text, Ooxml.Fonts.Sz(halfPoints)), $"<w:spacing w:before=\"{MastheadTop - (int)Math.Round(halfPoints / 2.0 * 20 * 0.30)}\"/>");

    /// <summary>标志 sizes (half-points) by the longest name that still fits 442 pt at that size.</summary>
    public static readonly (int MaxChars, int HalfPoints)[] MastheadSizes = [(12, 72), (14, 62), (16, 54), (18, 48), (20, 44)];

    /// <summary>The 标志 size for longer names (they may wrap).</summary>
    public const int MastheadSmallest = 40;

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
    /// The 印发 row has two cells so a long 印发机关 wraps on its own side and the date stays flush right.
    /// </summary>
    public static string Colophon(string copyTo, string printedBy, string printDate)
    {
        const int dateWidth = 3600;
        const int orgWidth = TextWidth - dateWidth;
        var copy = P("GwColophon", R("抄送：" + copyTo), "<w:ind w:left=\"1120\" w:right=\"280\" w:hanging=\"840\"/>");
        var org = P("GwColophon", R(printedBy), "<w:ind w:left=\"280\" w:right=\"0\"/>");
        var date = P("GwColophon", R(printDate + "印发"), "<w:ind w:left=\"0\" w:right=\"280\"/><w:jc w:val=\"right\"/>");
        static string Tc(int width, string p, int span = 1) =>
            $"<w:tc><w:tcPr><w:tcW w:w=\"{width}\" w:type=\"dxa\"/>{(span > 1 ? $"<w:gridSpan w:val=\"{span}\"/>" : "")}<w:vAlign w:val=\"bottom\"/></w:tcPr>{p}</w:tc>";
        return "<w:tbl><w:tblPr><w:tblStyle w:val=\"GwColophonTable\"/>" +
               "<w:tblpPr w:leftFromText=\"0\" w:rightFromText=\"0\" w:vertAnchor=\"margin\" w:horzAnchor=\"margin\" w:tblpXSpec=\"center\" w:tblpYSpec=\"bottom\"/>" +
               $"<w:tblOverlap w:val=\"never\"/><w:tblW w:w=\"{TextWidth}\" w:type=\"dxa\"/>" +
               "<w:tblBorders><w:top w:val=\"single\" w:sz=\"8\" w:space=\"0\" w:color=\"000000\"/><w:bottom w:val=\"single\" w:sz=\"8\" w:space=\"0\" w:color=\"000000\"/>" +
               "<w:insideH w:val=\"single\" w:sz=\"6\" w:space=\"0\" w:color=\"000000\"/></w:tblBorders><w:tblLayout w:type=\"fixed\"/>" +
               "<w:tblCellMar><w:left w:w=\"0\" w:type=\"dxa\"/><w:right w:w=\"0\" w:type=\"dxa\"/></w:tblCellMar><w:tblLook w:val=\"0000\"/></w:tblPr>" +
               $"<w:tblGrid><w:gridCol w:w=\"{orgWidth}\"/><w:gridCol w:w=\"{dateWidth}\"/></w:tblGrid>" +
               $"<w:tr><w:trPr><w:cantSplit/></w:trPr>{Tc(TextWidth, copy, 2)}</w:tr>" +
               $"<w:tr><w:trPr><w:cantSplit/></w:trPr>{Tc(orgWidth, org)}{Tc(dateWidth, date)}</w:tr></w:tbl>" + P("GwTail", "");
    }
}
