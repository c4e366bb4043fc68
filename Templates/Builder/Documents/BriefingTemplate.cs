using static OfficeTools.TemplateBuilder.Documents.Gongwen;
using static OfficeTools.TemplateBuilder.Ooxml.W;

namespace OfficeTools.TemplateBuilder.Documents;

/// <summary>The briefing template (DocumentCatalogue.Briefing) — 会议通报, read by the briefing model of Templates/README.md.</summary>
public static class BriefingTemplate
{
    /// <summary>The body XML of the briefing template (inner XML of w:body).</summary>
    public static string Xml() => string.Concat(
        Masthead("campaign.office_short", "文件", "{{ briefing.number }}"),
        TitleOf("briefing.title"),
        Recipient("{{ briefing.recipients }}"),
        Body("按照党的群众路线教育实践活动整改落实情况“回头看”工作部署，各级党组织对照“两方案一计划”认真开展自查，" +
             "办公室组织力量逐级督查、重点抽查。现将整改落实情况通报如下。"),
        Heading1("一、基本情况"),
        Body("{{ stats.area }}纳入“回头看”的有{{ stats.scope }}，列入整改台账的事项{{ stats.items }}项。其中，已整改到位{{ stats.done }}项，" +
             "部分整改到位{{ stats.partial }}项，尚未启动{{ stats.not_started }}项，整改完成率{{ stats.completion_rate }}。" +
             "{{ if stats.verified > 0 }}经复核，{{ if stats.closed > 0 }}已销号{{ stats.closed }}项{{ if stats.rework > 0 }}，{{ end }}{{ end }}" +
             "{{ if stats.rework > 0 }}退回重办{{ stats.rework }}项{{ end }}。{{ end }}"),
        Body("群众评价满意{{ stats.satisfied }}项、基本满意{{ stats.basic }}项、不满意{{ stats.unsatisfied }}项" +
             "{{ if stats.unassessed > 0 }}，尚未评价{{ stats.unassessed }}项{{ end }}，满意率{{ stats.satisfaction_rate }}。" +
             "新发现问题{{ stats.newly_found }}个，已全部纳入整改内容；建立健全规章制度{{ stats.rules_made }}项。" +
             "{{ if stats.collected }}自查报告表已报送{{ stats.submitted }}份，未报送{{ stats.missing }}份。{{ end }}"),
        Body("各单位整改落实情况见附件1，中央确定的21项专项整治任务进展情况见附件2。"),
        // the roll-up by level: each 乡镇's villages and communities together (附件3)
        Block("{{ if (array.size levels) > 0 }}"),
        Body("{{ if (array.size levels) == 1 }}{{ levels[0].short }}所属村（社区）整改完成率{{ levels[0].total.rate }}，整改落实情况见附件3。{{ else }}" +
             "按乡镇汇总，所属村（社区）整改完成率分别为：{{ for l in levels }}{{ l.short }}{{ l.total.rate }}{{ if !for.last }}，{{ end }}{{ end }}。各乡镇所属村（社区）整改落实情况见附件3。{{ end }}"),
        Block("{{ end }}"),
        Heading1("二、主要做法和成效"),
        Body("各单位坚持边查边改、立行立改，以“三严三实”为标尺推动整改落实。对整改工作抓得紧、成效好的以下单位和个人予以表扬："),
        Block("{{ for p in praise }}"),
        Body("{{ 1 + for.index }}．{{ p.name }}：{{ p.reason }}{{ if !(string.ends_with p.reason \"。\") }}。{{ end }}"),
        Block("{{ end }}"),
        Heading1("三、存在的主要问题"),
        Body("一些单位整改工作抓得不紧、整改措施落实不力、整改效果不明显，有的搞形式、走过场，群众意见较大。"),
        Heading2("（一）问责处理情况"),
        Block("{{ for c in criticism }}"),
        Body("{{ 1 + for.index }}．{{ c.name }}：{{ c.reason }}{{ if !(string.ends_with c.reason \"。\") }}。{{ end }}处理意见：{{ c.outcome }}。"),
        Block("{{ end }}"),
        Heading2("（二）督办情况"),
        Body("对整改效果不理想、群众不满意的{{ stats.notice_scope }}下发督办通知单，责成“回炉”、“补课”，限期整改到位：" +
             "{{ for n in notices }}{{ n.unit }}（{{ n.number }}）{{ if !for.last }}；{{ end }}{{ end }}。"),
        Heading1("四、下一步工作要求"),
        Block("{{ for r in requirements }}"),
        // the last paragraph of the body goes with the 附件说明, 署名 and 成文日期: they never stand on a page alone (§7.3.5)
        Block("{{ if for.last }}"),
        P("Normal", R("{{ gw.level2 (for.index + 1) }}{{ r }}{{ if !(string.ends_with r \"。\") }}。{{ end }}"), "<w:keepNext/>"),
        Block("{{ else }}"),
        Body("{{ gw.level2 (for.index + 1) }}{{ r }}{{ if !(string.ends_with r \"。\") }}。{{ end }}"),
        Block("{{ end }}"),
        Block("{{ end }}"),
        Block("{{ for a in attachments }}"),
        PT("GwAttachNote", "{{ if for.first }}附件：{{ else }}　　　{{ end }}{{ if (array.size attachments) > 1 }}{{ a.no }}.{{ end }}{{ a.title }}"),
        Block("{{ end }}"),
        Signature("campaign.office", "briefing.date", "campaign.sealed"),
        AttachmentHead("附件1", "{{ attachments[0].title }}"),
        Units(),
        AttachmentHead("附件2", "{{ attachments[1].title }}"),
        Tasks(),
        Block("{{ if (array.size levels) > 0 }}"),
        AttachmentHead("附件3", "{{ attachments[2].title }}"),
        Block("{{ for l in levels }}"),
        PT("GwCaption", "{{ gw.level2 l.no }}{{ l.name }}（所属村（社区）{{ l.units }}个）"),
        Levels(),
        Block("{{ end }}"),
        Block("{{ end }}"),
        Colophon("campaign.copy_to", "campaign.printed_by", "campaign.print_date"));

    static string Tasks()
    {
        int[] w = [800, 4444, 1200, 1200, 1200];
        return Table(w,
        [
            Row(true, Label(w[0], "序号"), Label(w[1], "专项整治任务"), Label(w[2], "事项数"), Label(w[3], "整改到位"), Label(w[4], "完成率")),
            Row(false,
                TextCell(w[0], R("{{ for t in stats.tasks }}{{ t.no }}"), style: "GwTableCenter"),
                TextCell(w[1], R("{{ t.name }}")),
                TextCell(w[2], R("{{ t.items }}"), style: "GwTableCenter"),
                TextCell(w[3], R("{{ t.done }}"), style: "GwTableCenter"),
                TextCell(w[4], R("{{ t.rate }}{{ end }}"), style: "GwTableCenter")),
        ]);
    }

    // one 乡镇's villages and communities, a row each, and their totals (合计)
    static string Levels()
    {
        int[] w = [700, 3344, 700, 700, 700, 900, 900, 900];
        return Table(w,
        [
            Row(true, Label(w[0], "序号"), Label(w[1], "村（社区）"), Label(w[2], "事项"), Label(w[3], "到位"), Label(w[4], "部分"),
                Label(w[5], "未启动"), Label(w[6], "完成率"), Label(w[7], "满意率")),
            Row(false,
                TextCell(w[0], R("{{ for u in l.rows }}{{ u.no }}"), style: "GwTableCenter"),
                TextCell(w[1], R("{{ u.name }}")),
                TextCell(w[2], R("{{ u.items }}"), style: "GwTableCenter"),
                TextCell(w[3], R("{{ u.done }}"), style: "GwTableCenter"),
                TextCell(w[4], R("{{ u.partial }}"), style: "GwTableCenter"),
                TextCell(w[5], R("{{ u.not_started }}"), style: "GwTableCenter"),
                TextCell(w[6], R("{{ u.rate }}"), style: "GwTableCenter"),
                TextCell(w[7], R("{{ u.satisfaction }}{{ end }}"), style: "GwTableCenter")),
            Row(false,
                TextCell(w[0] + w[1], R("{{ l.total.name }}"), span: 2, style: "GwTableHeader"),
                TextCell(w[2], R("{{ l.total.items }}"), style: "GwTableCenter"),
                TextCell(w[3], R("{{ l.total.done }}"), style: "GwTableCenter"),
                TextCell(w[4], R("{{ l.total.partial }}"), style: "GwTableCenter"),
                TextCell(w[5], R("{{ l.total.not_started }}"), style: "GwTableCenter"),
                TextCell(w[6], R("{{ l.total.rate }}"), style: "GwTableCenter"),
                TextCell(w[7], R("{{ l.total.satisfaction }}"), style: "GwTableCenter")),
        ]);
    }

    static string Units()
    {
        int[] w = [600, 1780, 1040, 560, 560, 560, 560, 880, 880, 1424];
        return Table(w,
        [
            Row(true, Label(w[0], "序号"), Label(w[1], "单位"), Label(w[2], "类别"), Label(w[3], "事项"), Label(w[4], "到位"),
                Label(w[5], "部分"), Label(w[6], "未启动"), Label(w[7], "完成率"), Label(w[8], "满意率"), Label(w[9], "处理意见")),
            Row(false,
                TextCell(w[0], R("{{ for u in units }}{{ u.no }}"), style: "GwTableCenter"),
                TextCell(w[1], R("{{ u.name }}")),
                TextCell(w[2], R("{{ u.kind }}"), style: "GwTableCenter"),
                TextCell(w[3], R("{{ u.items }}"), style: "GwTableCenter"),
                TextCell(w[4], R("{{ u.done }}"), style: "GwTableCenter"),
                TextCell(w[5], R("{{ u.partial }}"), style: "GwTableCenter"),
                TextCell(w[6], R("{{ u.not_started }}"), style: "GwTableCenter"),
                TextCell(w[7], R("{{ u.rate }}"), style: "GwTableCenter"),
                TextCell(w[8], R("{{ u.satisfaction }}"), style: "GwTableCenter"),
                TextCell(w[9], R("{{ u.outcome }}{{ end }}"), style: "GwTableCenter")),
        ], cellMargin: 40);
    }
}
