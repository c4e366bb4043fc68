using static OfficeTools.TemplateBuilder.Documents.Gongwen;
using static OfficeTools.TemplateBuilder.Ooxml.W;

namespace OfficeTools.TemplateBuilder.Documents;

/// <summary>The 公示 template (DocumentCatalogue.Bulletin): unit-level progress for the public, read by the bulletin model.</summary>
public static class BulletinTemplate
{
    /// <summary>The body XML of the 公示 template (inner XML of w:body).</summary>
    public static string Xml() => string.Concat(
        Masthead("campaign.office_short", "", "{{ bulletin.number }}"),
        TitleOf("bulletin.title"),
        Body("{{ bulletin.opening }}"),
        Units(),
        P("Normal", R("{{ bulletin.closing }}"), "<w:keepNext/>"),
        Signature("campaign.office", "bulletin.date", "campaign.sealed"));

    static string Units()
    {
        // three-character labels over the counts, so that none wraps in its 55 pt column
        int[] w = [700, 2344, 1400, 1100, 1100, 1100, 1100];
        return Table(w,
        [
            Row(true, Label(w[0], "序号"), Label(w[1], "单位"), Label(w[2], "层级"), Label(w[3], "事项数"),
                Label(w[4], "到位数"), Label(w[5], "销号数"), Label(w[6], "到位率")),
            Row(false,
                TextCell(w[0], R("{{ for u in bulletin.rows }}{{ u.no }}"), style: "GwTableCenter"),
                TextCell(w[1], R("{{ u.name }}")),
                TextCell(w[2], R("{{ u.level }}"), style: "GwTableCenter"),
                TextCell(w[3], R("{{ u.items }}"), style: "GwTableCenter"),
                TextCell(w[4], R("{{ u.done }}"), style: "GwTableCenter"),
                TextCell(w[5], R("{{ u.closed }}"), style: "GwTableCenter"),
                TextCell(w[6], R("{{ u.done_rate }}{{ end }}"), style: "GwTableCenter")),
        ]);
    }
}
