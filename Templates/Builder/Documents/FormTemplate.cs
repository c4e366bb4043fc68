using static OfficeTools.TemplateBuilder.Documents.Gongwen;
using OfficeTools.Documents.Ledger;
using static OfficeTools.TemplateBuilder.Ooxml.W;

namespace OfficeTools.TemplateBuilder.Documents;

/// <summary>form-*.docx — 整改落实情况“回头看”自查报告表, read by the form model; tags per Templates/README.md.</summary>
public static class FormTemplate
{
    static readonly string[] Progress = Statuses.Progress;
    static readonly string[] Satisfaction = Statuses.Satisfaction;
    const string MachineOnly = "<w:vanish/>";

    /// <summary>The body XML of one variant (inner XML of w:body).</summary>
    public static string Xml(FormVariant v) => string.Concat(
        P("GwTitle", R("{{ gw.title form.title }}"), "<w:spacing w:before=\"0\" w:after=\"0\"/>"),
        Header(v),
        PT("GwNote", "填表说明：" + v.Scope + "请逐项如实填写，带“请选择”的栏目从下拉列表中选择，日期从日历中选择；" +
                     "本表于{{ form.deadline }}前报送。"),
        Block("{{ for f in focus }}"),
        Heading1("{{ gw.level1 f.no }}{{ f.title }}"),
        Focus(),
        Block("{{ if (array.size f.items) > 0 }}"),
        PT("GwCaption", "本项整改台账事项"),
        Items(),
        Block("{{ else }}"),
        Body("本项无列入整改台账的事项。"),
        Block("{{ end }}"),
        Block("{{ end }}"),
        Heading1("{{ gw.level1 ((array.size focus) + 1) }}新发现的问题"),
        NewProblems(),
        // the line ends in words (盖章 or the date to write), so that its blank never trails past the right edge
        P("GwSignLine", R(v.SignLabel) + SignHere("签字", "signature") + R(v.Sealed ? "　　（单位盖章）" : "　　年　　月　　日")),
        P("GwTail", ""));

    static string Header(FormVariant v)
    {
        int[] w = [1700, 2722, 1700, 2722];
        return Table(w,
        [
            // the unit's id is for the machine: it stays in its locked control as hidden text beside the name (Word hides
            // it; the copy LibreOffice prints has it taken out, see LibreOfficeInput)
            Row(false, Label(w[0], v.NameLabel), TextCell(w[1] + w[2] + w[3],
                R("{{ unit.name }}") + LockedValue("单位编号", "unit.id", R("{{ unit.id }}", MachineOnly)), span: 3)),
            Row(false, Label(w[0], "表格类别"), TextCell(w[1] + w[2] + w[3], LockedValue("表格类别", "form.kind", R("{{ form.kind }}")), span: 3)),
            Row(false, Label(w[0], v.HeadLabel), TextCell(w[1], R(v.HeadValue)), Label(w[2], v.ParentLabel), TextCell(w[3], R("{{ unit.parent }}"))),
            Row(false, Label(w[0], "填报人"), TextCell(w[1], PlainText("填报人", "filler")),
                Label(w[2], "联系电话"), TextCell(w[3], PlainText("联系电话", "filler_phone"))),
            Row(false, Label(w[0], "填报日期"), TextCell(w[1], DatePicker("填报日期", "fill_date")),
                Label(w[2], "报送时限"), TextCell(w[3], R("{{ form.deadline }}"))),
        ]);
    }

    static string Focus()
    {
        int[] w = [1700, 2722, 1700, 2722];
        var span = w[1] + w[2] + w[3];
        string Rich(string label, string key) =>
            TallRow(900, Label(w[0], label), Cell(span, RichText(label, $"focus.{{{{ f.no }}}}.{key}"), span: 3, vAlign: "top"));
        return Table(w,
        [
            Row(false, Label(w[0], "检查重点"), TextCell(span, R("{{ f.key_points }}"), span: 3, style: "GwGuide")),
            Rich("自查情况", "self"),
            Rich("存在问题", "problems"),
            Rich("整改措施", "measures"),
            Row(false, Label(w[0], "完成时限"), TextCell(w[1], DatePicker("完成时限", "focus.{{ f.no }}.due")),
                Label(w[2], "完成情况"), TextCell(w[3], DropDown("完成情况", "focus.{{ f.no }}.status", Progress))),
            Row(false, Label(w[0], "群众评价"), TextCell(w[1], DropDown("群众评价", "focus.{{ f.no }}.satisfaction", Satisfaction)),
                Label(w[2], "备注"), TextCell(w[3], PlainText("备注", "focus.{{ f.no }}.note"))),
        ]);
    }

    static string Items()
    {
        int[] w = [700, 2744, 1300, 1600, 1200, 1300];
        return Table(w,
        [
            Row(true, Label(w[0], "序号"), Label(w[1], "问题及整改措施"), Label(w[2], "责任人及时限"),
                Label(w[3], "整改进展"), Label(w[4], "群众评价"), Label(w[5], "进展说明")),
            Row(false,
                TextCell(w[0], R("{{ for it in f.items }}{{ it.no }}"), style: "GwTableCenter"),
                Cell(w[1], P("GwTableText", R("问题：", Ooxml.Fonts.HeiTi) + R("{{ it.problem }}")) +
                           P("GwTableText", R("措施：", Ooxml.Fonts.HeiTi) + R("{{ it.measure }}"))),
                Cell(w[2], P("GwTableCenter", R("{{ it.owner }}")) + P("GwTableCenter", R("{{ it.due }}"))),
                TextCell(w[3], DropDown("整改进展", "item.{{ it.id }}.status", Progress), style: "GwTableCenter"),
                TextCell(w[4], DropDown("群众评价", "item.{{ it.id }}.satisfaction", Satisfaction), style: "GwTableCenter"),
                TextCell(w[5], PlainText("进展说明", "item.{{ it.id }}.note") + R("{{ end }}"))),
        ]);
    }

    static string NewProblems()
    {
        int[] w = [1700, 7144];
        return Table(w,
        [
            TallRow(1800, Label(w[0], "新发现的问题及整改打算"), Cell(w[1], RichText("新发现的问题", "new_problems"), vAlign: "top")),
        ]);
    }
}
