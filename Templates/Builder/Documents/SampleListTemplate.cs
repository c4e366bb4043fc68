using static OfficeTools.TemplateBuilder.Documents.Gongwen;
using static OfficeTools.TemplateBuilder.Ooxml.W;

namespace OfficeTools.TemplateBuilder.Documents;

/// <summary>The 抽查名单 template (DocumentCatalogue.SampleList), read by the sample-list model of Templates/README.md.</summary>
public static class SampleListTemplate
{
    /// <summary>The body XML of the 抽查名单 template (inner XML of w:body).</summary>
    public static string Xml() => string.Concat(
        Masthead("campaign.office_short", "", "{{ sample.number }}"),
        Title("抽查名单"),
        Body("{{ sample.opening }}"),
        Units(),
        Body("分层抽取情况："),
        Strata(),
        P("Normal", R("请各督查组按名单逐一抽查，逐项填写抽查记录表，于抽查结束后报送我办。联系人：{{ campaign.contact }}，联系电话：{{ campaign.phone }}。"), "<w:keepNext/>"),
        Signature("campaign.office", "sample.date", "campaign.sealed"));

    static string Units()
    {
        int[] w = [700, 3044, 1500, 1400, 2200];
        return Table(w,
        [
            Row(true, Label(w[0], "序号"), Label(w[1], "抽查单位"), Label(w[2], "单位类别"), Label(w[3], "层级"), Label(w[4], "抽取依据")),
            Row(false,
                TextCell(w[0], R("{{ for u in sample.units }}{{ u.no }}"), style: "GwTableCenter"),
                TextCell(w[1], R("{{ u.name }}")),
                TextCell(w[2], R("{{ u.kind }}"), style: "GwTableCenter"),
                TextCell(w[3], R("{{ u.level }}"), style: "GwTableCenter"),
                TextCell(w[4], R("{{ u.reasons }}{{ end }}"))),
        ]);
    }

    static string Strata()
    {
        int[] w = [700, 5144, 1500, 1500];
        return Table(w,
        [
            Row(true, Label(w[0], "序号"), Label(w[1], "分层（单位类别·层级）"), Label(w[2], "单位数"), Label(w[3], "抽取数")),
            Row(false,
                TextCell(w[0], R("{{ for s in sample.strata }}{{ s.no }}"), style: "GwTableCenter"),
                TextCell(w[1], R("{{ s.name }}")),
                TextCell(w[2], R("{{ s.units }}"), style: "GwTableCenter"),
                TextCell(w[3], R("{{ s.drawn }}{{ end }}"), style: "GwTableCenter")),
        ]);
    }
}
