using static OfficeTools.TemplateBuilder.Documents.Gongwen;
using static OfficeTools.TemplateBuilder.Ooxml.W;

namespace OfficeTools.TemplateBuilder.Documents;

/// <summary>The reminder template (DocumentCatalogue.Reminder) — 催办通知, read by the reminder model of Templates/README.md.</summary>
public static class ReminderTemplate
{
    /// <summary>The body XML of the reminder template (inner XML of w:body).</summary>
    public static string Xml() => string.Concat(
        // the office's 标志, the 催办's own number and the red line, as on its notices
        Masthead("campaign.office_short", "", "{{ reminder.number }}"),
        Title("催办通知"),
        Recipient("{{ reminder.addressee }}："),
        Body("{{ reminder.opening }}"),
        Items(),
        // the request, kept with the 署名 and 成文日期 that follow (§7.3.5)
        P("Normal", R("{{ reminder.request }}联系人：{{ campaign.contact }}，联系电话：{{ campaign.phone }}。"), "<w:keepNext/>"),
        Signature("campaign.office", "reminder.date", "campaign.sealed"),
        // sent to the one unit and copied to nobody: the 版记 holds the 印发 line only, printed the day it is dated
        Colophon(null, "campaign.printed_by", "reminder.date"));

    static string Items()
    {
        // the item gets the width, the notice it comes from after it; 办理时限 holds 2015年12月31日 on one line, 逾期情况 已逾期99天
        int[] w = [700, 3294, 2100, 1150, 1600];
        return Table(w,
        [
            Row(true, Label(w[0], "序号"), Label(w[1], "催办事项"), Label(w[2], "办理时限"), Label(w[3], "办理情况"), Label(w[4], "逾期情况")),
            Row(false,
                TextCell(w[0], R("{{ for it in reminder.items }}{{ it.no }}"), style: "GwTableCenter"),
                TextCell(w[1], R("{{ it.task }}{{ if it.basis != \"\" }}（{{ it.basis }}）{{ end }}")),
                TextCell(w[2], R("{{ it.deadline }}"), style: "GwTableCenter"),
                TextCell(w[3], R("{{ it.stage }}"), style: "GwTableCenter"),
                TextCell(w[4], R("{{ it.standing }}{{ end }}"), style: "GwTableCenter")),
        ]);
    }
}
