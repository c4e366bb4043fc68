using static OfficeTools.TemplateBuilder.Ooxml.Fonts;

namespace OfficeTools.TemplateBuilder.Parts;

/// <summary>styles.xml: named paragraph styles a clerk sees in Word's style gallery, per GB/T 9704.</summary>
public static class Styles
{
    /// <summary>One line of the 22-line grid, in twips (28.95 pt).</summary>
    public const int Line = 579;

    const string Red = "<w:color w:val=\"FF0000\"/>";
    const string Tight = "-5"; // −0.25 pt per character: 28 characters of 3号 on a 156 mm line
    const string BodyLine = "<w:spacing w:line=\"579\" w:lineRule=\"exact\"/>";
    const string CellLine = "<w:snapToGrid w:val=\"0\"/><w:spacing w:before=\"0\" w:after=\"0\" w:line=\"300\" w:lineRule=\"auto\"/>";
    const string NoIndent = "<w:ind w:firstLine=\"0\" w:firstLineChars=\"0\"/>";

    /// <summary>The whole styles part.</summary>
    public static string Xml() =>
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>" +
        $"<w:styles xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">" +
        "<w:docDefaults><w:rPrDefault><w:rPr>" + FangSong + "<w:kern w:val=\"2\"/>" + Sz(Size3) +
        "<w:lang w:val=\"en-US\" w:eastAsia=\"zh-CN\" w:bidi=\"ar-SA\"/></w:rPr></w:rPrDefault>" +
        // no closing punctuation hanging past the 28th character (GB/T 9704 §5.2.2: 28 characters a line is the edge)
        "<w:pPrDefault><w:pPr><w:widowControl w:val=\"0\"/><w:overflowPunct w:val=\"0\"/><w:jc w:val=\"both\"/></w:pPr></w:pPrDefault></w:docDefaults>" +
        Para("Normal", "Normal", null, BodyLine + "<w:ind w:firstLineChars=\"200\" w:firstLine=\"640\"/>",
            $"<w:spacing w:val=\"{Tight}\"/>", isDefault: true, aliases: "正文,公文正文", uiPriority: 0) +
        Para("GwMasthead", "发文机关标志", "Normal",
            "<w:snapToGrid w:val=\"0\"/><w:spacing w:before=\"1984\" w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\"/>" + NoIndent + "<w:jc w:val=\"center\"/>",
            XiaoBiaoSong + Red + "<w:spacing w:val=\"0\"/>" + Sz(SizeMasthead)) +
        Para("GwDocNo", "发文字号", "Normal",
            // the exact 28.95 pt line leaves 2.8 mm under the characters; 3 pt more puts the red line 4 mm below them (§7.2.6)
            "<w:pBdr><w:bottom w:val=\"single\" w:sz=\"12\" w:space=\"3\" w:color=\"FF0000\"/></w:pBdr>" +
            $"<w:spacing w:before=\"{2 * Line}\" w:after=\"0\" w:line=\"579\" w:lineRule=\"exact\"/>" + NoIndent + "<w:jc w:val=\"center\"/>", "") +
        Para("GwTitle", "公文标题", "Normal",
            $"<w:keepNext/><w:snapToGrid w:val=\"0\"/><w:spacing w:before=\"{2 * Line}\" w:after=\"{Line}\" w:line=\"640\" w:lineRule=\"exact\"/>" + NoIndent + "<w:jc w:val=\"center\"/>",
            XiaoBiaoSong + "<w:spacing w:val=\"0\"/>" + Sz(Size2)) +
        Para("GwSubtitle", "副标题", "Normal", "<w:keepNext/>" + NoIndent + "<w:jc w:val=\"center\"/>", KaiTi) +
        Para("GwRecipient", "主送机关", "Normal", NoIndent, "") +
        Para("GwHeading1", "一级标题", "Normal", "<w:keepNext/><w:outlineLvl w:val=\"0\"/>", HeiTi) +
        Para("GwHeading2", "二级标题", "Normal", "<w:keepNext/><w:outlineLvl w:val=\"1\"/>", KaiTi) +
        Para("GwHeading3", "三级标题", "Normal", "<w:outlineLvl w:val=\"2\"/>", "") +
        Para("GwAttachNote", "附件说明", "Normal",
            $"<w:keepNext/><w:spacing w:before=\"{Line}\"/><w:ind w:left=\"1600\" w:leftChars=\"500\" w:hanging=\"960\" w:hangingChars=\"300\"/><w:contextualSpacing/>", "") +
        // flush left without indent: gw.signature_lead and gw.date_lead set where the lines start (GB/T 9704 §7.3.5)
        Para("GwSignature", "署名", "Normal", $"<w:keepNext/><w:spacing w:before=\"{Line}\"/>" + NoIndent + "<w:jc w:val=\"left\"/>", "") +
        Para("GwDate", "成文日期", "Normal", "" + NoIndent + "<w:jc w:val=\"left\"/>", "") +
        Para("GwAttachLabel", "附件标识", "Normal", "<w:keepNext/><w:pageBreakBefore/>" + NoIndent + "<w:jc w:val=\"left\"/>", HeiTi) +
        Para("GwAttachTitle", "附件标题", "GwTitle", $"<w:spacing w:before=\"{Line}\" w:after=\"{Line}\"/>", "") +
        Para("GwCaption", "表题", "Normal", "<w:keepNext/>" + NoIndent + "<w:jc w:val=\"center\"/>", HeiTi + "<w:spacing w:val=\"0\"/>" + Sz(Size4)) +
        Para("GwTableText", "表格文字", "Normal", CellLine + NoIndent + "<w:jc w:val=\"left\"/>", "<w:spacing w:val=\"0\"/>" + Sz(SizeSmall4)) +
        Para("GwTableCenter", "表格文字居中", "GwTableText", "<w:jc w:val=\"center\"/>", "") +
        Para("GwTableHeader", "表头文字", "GwTableText", "<w:keepNext/><w:jc w:val=\"center\"/>", HeiTi) +
        Para("GwGuide", "填写提示", "GwTableText", "", KaiTi) +
        Para("GwNote", "说明文字", "Normal", "<w:snapToGrid w:val=\"0\"/><w:spacing w:line=\"400\" w:lineRule=\"exact\"/>", KaiTi + "<w:spacing w:val=\"0\"/>" + Sz(Size4)) +
        Para("GwSignLine", "签字栏", "Normal", $"<w:spacing w:before=\"{Line}\"/>" + NoIndent + "<w:jc w:val=\"right\"/>", "") +
        Para("GwColophon", "版记", "Normal",
            "<w:snapToGrid w:val=\"0\"/><w:spacing w:before=\"60\" w:after=\"60\" w:line=\"440\" w:lineRule=\"exact\"/><w:ind w:left=\"280\" w:right=\"280\" w:firstLine=\"0\" w:firstLineChars=\"0\"/>",
            "<w:spacing w:val=\"0\"/>" + Sz(Size4)) +
        Para("GwPageNumber", "页码", "Normal", "<w:snapToGrid w:val=\"0\"/><w:spacing w:line=\"240\" w:lineRule=\"auto\"/>" + NoIndent,
            SongTi + "<w:spacing w:val=\"0\"/>" + Sz(Size4)) +
        Para("Footer", "footer", "Normal", "<w:tabs><w:tab w:val=\"center\" w:pos=\"4153\"/><w:tab w:val=\"right\" w:pos=\"8306\"/></w:tabs><w:snapToGrid w:val=\"0\"/>" + NoIndent, "") +
        Para("GwColophonRule", "版记分隔线", "Normal", "<w:snapToGrid w:val=\"0\"/><w:spacing w:before=\"0\" w:after=\"0\" w:line=\"20\" w:lineRule=\"exact\"/>" + NoIndent, Sz(2)) +
        Para("GwTail", "文末", "Normal", "<w:snapToGrid w:val=\"0\"/><w:spacing w:before=\"0\" w:after=\"0\" w:line=\"20\" w:lineRule=\"exact\"/>", Sz(2)) +
        "<w:style w:type=\"character\" w:default=\"1\" w:styleId=\"DefaultParagraphFont\"><w:name w:val=\"Default Paragraph Font\"/><w:uiPriority w:val=\"1\"/><w:semiHidden/><w:unhideWhenUsed/></w:style>" +
        "<w:style w:type=\"character\" w:styleId=\"PlaceholderText\"><w:name w:val=\"Placeholder Text\"/><w:basedOn w:val=\"DefaultParagraphFont\"/><w:uiPriority w:val=\"99\"/><w:semiHidden/><w:rPr><w:color w:val=\"808080\"/></w:rPr></w:style>" +
        "<w:style w:type=\"table\" w:default=\"1\" w:styleId=\"TableNormal\"><w:name w:val=\"Normal Table\"/><w:uiPriority w:val=\"99\"/><w:semiHidden/><w:unhideWhenUsed/><w:tblPr><w:tblInd w:w=\"0\" w:type=\"dxa\"/><w:tblCellMar><w:top w:w=\"0\" w:type=\"dxa\"/><w:left w:w=\"108\" w:type=\"dxa\"/><w:bottom w:w=\"0\" w:type=\"dxa\"/><w:right w:w=\"108\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr></w:style>" +
        TableStyle("GwTable", "公文表格",
            "<w:top w:val=\"single\" w:sz=\"8\" w:space=\"0\" w:color=\"000000\"/><w:left w:val=\"single\" w:sz=\"8\" w:space=\"0\" w:color=\"000000\"/>" +
            "<w:bottom w:val=\"single\" w:sz=\"8\" w:space=\"0\" w:color=\"000000\"/><w:right w:val=\"single\" w:sz=\"8\" w:space=\"0\" w:color=\"000000\"/>" +
            "<w:insideH w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/><w:insideV w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>", 85) +
        "</w:styles>";

    static string Para(string id, string name, string? basedOn, string pPr, string rPr, bool isDefault = false,
        string aliases = "", int uiPriority = 10) =>
        $"<w:style w:type=\"paragraph\"{(isDefault ? " w:default=\"1\"" : "")} w:styleId=\"{id}\"><w:name w:val=\"{name}\"/>" +
        (aliases.Length > 0 ? $"<w:aliases w:val=\"{aliases}\"/>" : "") +
        (basedOn != null ? $"<w:basedOn w:val=\"{basedOn}\"/>" : "") +
        (id == "Normal" ? "" : "<w:next w:val=\"Normal\"/>") +
        $"<w:uiPriority w:val=\"{uiPriority}\"/><w:qFormat/>" +
        (pPr.Length > 0 ? $"<w:pPr>{pPr}</w:pPr>" : "") + (rPr.Length > 0 ? $"<w:rPr>{rPr}</w:rPr>" : "") + "</w:style>";

    static string TableStyle(string id, string name, string borders, int cellMargin) =>
        $"<w:style w:type=\"table\" w:styleId=\"{id}\"><w:name w:val=\"{name}\"/><w:basedOn w:val=\"TableNormal\"/><w:uiPriority w:val=\"39\"/>" +
        $"<w:tblPr><w:tblBorders>{borders}</w:tblBorders><w:tblCellMar><w:top w:w=\"28\" w:type=\"dxa\"/><w:left w:w=\"{cellMargin}\" w:type=\"dxa\"/>" +
        $"<w:bottom w:w=\"28\" w:type=\"dxa\"/><w:right w:w=\"{cellMargin}\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr></w:style>";
}
