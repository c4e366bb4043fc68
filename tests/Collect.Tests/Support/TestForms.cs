using System.Security;
using System.Text;
using OfficeTools.Testing;

namespace OfficeTools.Collect.Tests.Support;

/// <summary>
/// Blank forms with the real tag contract of Templates/README.md (unit.id, form.kind, filler…, focus.N.*, item.ID.*),
/// built with DocxFactory the way the form templates lay them out: a header table and one row per focus point and item.
/// </summary>
public static class TestForms
{
    public static readonly string[] FocusStatus = ["整改到位", "部分整改到位", "尚未启动"];
    public static readonly string[] Satisfaction = ["满意", "基本满意", "不满意"];
    public static readonly string[] ItemStatus = ["整改到位", "部分整改到位", "尚未启动"];

    /// <summary>A blank form for a unit with <paramref name="focusCount"/> focus points and the given items.</summary>
    /// <remarks>
    /// Stamped with the unit's sealed identity for <paramref name="campaignId"/> (default: <see cref="SampleLedger"/>'s
    /// campaign), the way every generated form is; <paramref name="campaignId"/> "" leaves it unstamped.
    /// </remarks>
    public static byte[] Blank(string unitId, string kind, int focusCount, IEnumerable<string> itemIds, bool withCheckbox = false, string? campaignId = null)
    {
        var blank = Unstamped(unitId, kind, focusCount, itemIds, withCheckbox);
        campaignId ??= SampleLedger.CampaignId();
        return campaignId.Length == 0 ? blank : Stamp(blank, campaignId, unitId, kind);
    }

    /// <summary>Stamps a form with a sealed identity under the campaign's key in the test key store.</summary>
    public static byte[] Stamp(byte[] form, string campaignId, string unitId, string kind) =>
        OfficeTools.Documents.Identity.FormStamp.Write(form, new OfficeTools.Documents.Identity.FormIdentity(campaignId, unitId, kind)
            .Seal(OfficeTools.Documents.Identity.CampaignKeys.ForGenerating(campaignId)));

    static byte[] Unstamped(string unitId, string kind, int focusCount, IEnumerable<string> itemIds, bool withCheckbox)
    {
        var body = new StringBuilder();
        body.Append(DocxFactory.P("整改落实情况“回头看”自查报告表"));
        body.Append("<w:tbl><w:tblPr><w:tblW w:w=\"0\" w:type=\"auto\"/></w:tblPr><w:tblGrid><w:gridCol w:w=\"2000\"/><w:gridCol w:w=\"6000\"/></w:tblGrid>");
        Row(body, "单位编号", Text("unit.id", unitId, locked: true));
        Row(body, "类别", Text("form.kind", kind, locked: true));
        Row(body, "填报人", Text("filler", null));
        Row(body, "联系电话", Text("filler_phone", null));
        Row(body, "填报日期", Date("fill_date"));
        body.Append("</w:tbl>");
        body.Append(DocxFactory.P("一、自查情况"));
        body.Append("<w:tbl><w:tblPr><w:tblW w:w=\"0\" w:type=\"auto\"/></w:tblPr><w:tblGrid><w:gridCol w:w=\"2000\"/><w:gridCol w:w=\"6000\"/></w:tblGrid>");
        for (var n = 1; n <= focusCount; n++)
        {
            Row(body, $"重点{n} 自查情况", Rich($"focus.{n}.self"));
            Row(body, "存在问题", Rich($"focus.{n}.problems"));
            Row(body, "整改措施", Rich($"focus.{n}.measures"));
            Row(body, "完成时限", Date($"focus.{n}.due"));
            Row(body, "完成情况", Drop($"focus.{n}.status", FocusStatus));
            Row(body, "群众评价", Drop($"focus.{n}.satisfaction", Satisfaction));
            Row(body, "备注", Text($"focus.{n}.note", null));
        }
        foreach (var id in itemIds)
        {
            Row(body, $"事项 {id} 进展", Drop($"item.{id}.status", ItemStatus));
            Row(body, "群众评价", Drop($"item.{id}.satisfaction", Satisfaction));
            Row(body, "进展说明", Text($"item.{id}.note", null));
        }
        body.Append("</w:tbl>");
        body.Append(Rich("new_problems"));
        body.Append(DocxFactory.P("主要负责人签字："));
        body.Append("<w:p>").Append(Text("signature", null)).Append("</w:p>");
        if (withCheckbox) body.Append("<w:p>").Append(CheckBox("confirmed")).Append("</w:p>");
        return DocxFactory.Create(body.ToString());
    }

    static void Row(StringBuilder b, string label, string control)
    {
        var cell = control.StartsWith("<w:sdt><w:sdtPr><w:alias w:val=\"block\"/>", StringComparison.Ordinal) ? control.Replace("<w:alias w:val=\"block\"/>", "", StringComparison.Ordinal) : $"<w:p>{control}</w:p>";
        b.Append("<w:tr><w:tc><w:tcPr><w:tcW w:w=\"2000\" w:type=\"dxa\"/></w:tcPr>").Append(DocxFactory.P(label))
            .Append("</w:tc><w:tc><w:tcPr><w:tcW w:w=\"6000\" w:type=\"dxa\"/></w:tcPr>").Append(cell).Append("</w:tc></w:tr>");
    }

    static string Placeholder => "<w:r><w:rPr><w:rStyle w:val=\"PlaceholderText\"/></w:rPr><w:t>单击或点击此处输入文字。</w:t></w:r>";

    /// <summary>A run-level plain text control; filled with <paramref name="value"/> when given.</summary>
    public static string Text(string tag, string? value, bool locked = false) =>
        $"<w:sdt><w:sdtPr><w:tag w:val=\"{tag}\"/>{(locked ? "<w:lock w:val=\"sdtContentLocked\"/>" : "")}{(value is null ? "<w:showingPlcHdr/>" : "")}<w:text/></w:sdtPr><w:sdtContent>" +
        (value is null ? Placeholder : $"<w:r><w:t xml:space=\"preserve\">{SecurityElement.Escape(value)}</w:t></w:r>") + "</w:sdtContent></w:sdt>";

    /// <summary>A block-level rich text control (paragraphs inside).</summary>
    public static string Rich(string tag) =>
        $"<w:sdt><w:sdtPr><w:alias w:val=\"block\"/><w:tag w:val=\"{tag}\"/><w:showingPlcHdr/></w:sdtPr><w:sdtContent><w:p>{Placeholder}</w:p></w:sdtContent></w:sdt>";

    /// <summary>A run-level date picker with the 公文 date format.</summary>
    public static string Date(string tag) =>
        $"<w:sdt><w:sdtPr><w:tag w:val=\"{tag}\"/><w:showingPlcHdr/><w:date><w:dateFormat w:val=\"yyyy年M月d日\"/><w:lid w:val=\"zh-CN\"/><w:storeMappedDataAs w:val=\"dateTime\"/><w:calendar w:val=\"gregorian\"/></w:date></w:sdtPr><w:sdtContent>{Placeholder}</w:sdtContent></w:sdt>";

    /// <summary>A run-level drop-down list.</summary>
    public static string Drop(string tag, IEnumerable<string> choices) =>
        $"<w:sdt><w:sdtPr><w:tag w:val=\"{tag}\"/><w:showingPlcHdr/><w:dropDownList>{string.Concat(choices.Select(c => $"<w:listItem w:displayText=\"{c}\" w:value=\"{c}\"/>"))}</w:dropDownList></w:sdtPr><w:sdtContent><w:r><w:rPr><w:rStyle w:val=\"PlaceholderText\"/></w:rPr><w:t>选择一项。</w:t></w:r></w:sdtContent></w:sdt>";

    /// <summary>A run-level combo box.</summary>
    public static string Combo(string tag, IEnumerable<string> choices) =>
        $"<w:sdt><w:sdtPr><w:tag w:val=\"{tag}\"/><w:showingPlcHdr/><w:comboBox>{string.Concat(choices.Select(c => $"<w:listItem w:displayText=\"{c}\" w:value=\"{c}\"/>"))}</w:comboBox></w:sdtPr><w:sdtContent><w:r><w:t>选择或输入。</w:t></w:r></w:sdtContent></w:sdt>";

    /// <summary>A run-level check box (w14).</summary>
    public static string CheckBox(string tag) =>
        $"<w:sdt><w:sdtPr><w:tag w:val=\"{tag}\"/><w14:checkbox><w14:checked w14:val=\"0\"/><w14:checkedState w14:val=\"2612\" w14:font=\"MS Gothic\"/><w14:uncheckedState w14:val=\"2610\" w14:font=\"MS Gothic\"/></w14:checkbox></w:sdtPr><w:sdtContent><w:r><w:t>☐</w:t></w:r></w:sdtContent></w:sdt>";
}
