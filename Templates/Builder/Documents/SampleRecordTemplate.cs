using static OfficeTools.TemplateBuilder.Documents.Gongwen;
using static OfficeTools.TemplateBuilder.Ooxml.W;

namespace OfficeTools.TemplateBuilder.Documents;

/// <summary>
/// The 抽查记录表 template (DocumentCatalogue.SampleRecord): per item 核查情况, 核查结论 (通过 / 退回重办) and 退回原因, then 核查人
/// and 核查日期, as content controls read back by <c>verify --records</c>; tags per Templates/README.md.
/// </summary>
public static class SampleRecordTemplate
{
    const string MachineOnly = "<w:vanish/>";

    /// <summary>The body XML of the 抽查记录表 template (inner XML of w:body).</summary>
    public static string Xml() => string.Concat(
        P("GwTitle", R("{{ gw.title record.title }}"), "<w:spacing w:before=\"0\" w:after=\"0\"/>"),
        Header(),
        PT("GwNote", "填表说明：请逐项核查，如实填写核查情况，核查结论从下拉列表中选择；结论为“退回重办”的须写明退回原因。"),
        Block("{{ if (array.size items) > 0 }}"),
        Items(),
        Block("{{ else }}"),
        Body("该单位无待核查的整改事项。"),
        Block("{{ end }}"),
        Signed(),
        P("GwTail", ""));

    static string Header()
    {
        int[] w = [1700, 2722, 1700, 2722];
        return Table(w,
        [
            // the unit's id is for the machine, hidden beside the name as on the self-inspection forms
            Row(false, Label(w[0], "被抽查单位"), TextCell(w[1] + w[2] + w[3],
                R("{{ unit.display_name }}") + LockedValue("单位编号", "unit.id", R("{{ unit.id }}", MachineOnly)), span: 3)),
            Row(false, Label(w[0], "表格类别"), TextCell(w[1], LockedValue("表格类别", "form.kind", R("{{ record.kind }}"))),
                Label(w[2], "所属分层"), TextCell(w[3], R("{{ record.stratum }}"))),
            Row(false, Label(w[0], "抽取依据"), TextCell(w[1] + w[2] + w[3], R("{{ record.reasons }}（抽样种子{{ record.seed }}）"), span: 3)),
        ]);
    }

    static string Items()
    {
        int[] w = [600, 2644, 1000, 2200, 1200, 1200];
        return Table(w,
        [
            Row(true, Label(w[0], "序号"), Label(w[1], "问题及整改措施"), Label(w[2], "当前阶段"),
                Label(w[3], "核查情况"), Label(w[4], "核查结论"), Label(w[5], "退回原因")),
            Row(false,
                TextCell(w[0], R("{{ for it in items }}{{ it.no }}"), style: "GwTableCenter"),
                Cell(w[1], P("GwTableText", R("问题：", Ooxml.Fonts.HeiTi) + R("{{ it.problem }}")) +
                           P("GwTableText", R("措施：", Ooxml.Fonts.HeiTi) + R("{{ it.measure }}"))),
                TextCell(w[2], R("{{ it.stage }}"), style: "GwTableCenter"),
                TextCell(w[3], PlainText("核查情况", "item.{{ it.id }}.check")),
                TextCell(w[4], DropDown("核查结论", "item.{{ it.id }}.verdict", "通过", "退回重办"), style: "GwTableCenter"),
                TextCell(w[5], PlainText("退回原因", "item.{{ it.id }}.reason") + R("{{ end }}"))),
        ]);
    }

    static string Signed()
    {
        int[] w = [1700, 2722, 1700, 2722];
        return Table(w,
        [
            Row(false, Label(w[0], "核查人"), TextCell(w[1], PlainText("核查人", "checker")),
                Label(w[2], "核查日期"), TextCell(w[3], DatePicker("核查日期", "check_date"))),
        ]);
    }
}
