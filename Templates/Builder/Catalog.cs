using OfficeTools.Documents.Catalogue;
using OfficeTools.TemplateBuilder.Documents;
using OfficeTools.TemplateBuilder.Parts;

namespace OfficeTools.TemplateBuilder;

/// <summary>The shipped templates: file name and how to build each package.</summary>
public static class Catalog
{
    /// <summary>File names in build order: every template of the <see cref="DocumentCatalogue"/>.</summary>
    public static IReadOnlyList<string> Files { get; } = [.. DocumentCatalogue.All.Select(t => t.Template)];

    /// <summary>Builds the package of one template file (validated; identical bytes on every call).</summary>
    public static byte[] Build(string file)
    {
        var (body, properties) = DocumentCatalogue.ByTemplate(file)?.Kind switch
        {
            DocumentKind.Notice => (NoticeTemplate.Xml(), new CoreProperties("督办通知单", "{{ unit.name }} {{ notice.number }}", Keywords: "督办通知单")),
            DocumentKind.Briefing => (BriefingTemplate.Xml(), new CoreProperties("{{ briefing.title }}", "{{ briefing.number }}", Keywords: "会议通报")),
            DocumentKind.Reminder => (ReminderTemplate.Xml(), new CoreProperties("催办通知", "{{ unit.name }} {{ reminder.number }}", Keywords: "催办通知")),
            DocumentKind.SampleList => (SampleListTemplate.Xml(), new CoreProperties("抽查名单", "{{ sample.number }}", Keywords: "抽查名单")),
            DocumentKind.SampleRecord => (SampleRecordTemplate.Xml(), new CoreProperties("抽查记录表", "{{ unit.name }}", Keywords: "抽查记录表")),
            DocumentKind.Bulletin => (BulletinTemplate.Xml(), new CoreProperties("{{ bulletin.title }}", "{{ bulletin.number }}", Keywords: "公示")),
            DocumentKind.TalkNotice => (TalkNoticeTemplate.Xml(), new CoreProperties("约谈提醒通知", "{{ talk.addressee }} {{ talk.number }}", Keywords: "约谈提醒通知")),
            DocumentKind.TalkRecord => (TalkRecordTemplate.Xml(TalkRecordWords.TalkRecord), new CoreProperties("{{ record.title }}", "{{ record.subject }}", Keywords: "约谈记录")),
            DocumentKind.AdmonitionRecord => (TalkRecordTemplate.Xml(TalkRecordWords.Admonition), new CoreProperties("{{ record.title }}", "{{ record.subject }}", Keywords: "诫勉谈话记录")),
            DocumentKind.Commendation => (CommendationTemplate.Xml(), new CoreProperties("{{ commendation.title }}", "{{ commendation.number }}", Keywords: "表扬通报")),
            DocumentKind.MemberReport => (MemberReportTemplate.Xml(), new CoreProperties("{{ report.title }}", "{{ report.author }}", Keywords: "个人整改措施落实情况报告")),
            DocumentKind.Form => (FormTemplate.Xml(FormVariant.All.Single(v => v.FileName == file)),
                new CoreProperties("{{ form.title }}", "{{ unit.name }}", Keywords: "自查报告表")),
            _ => throw new ArgumentException("no template named " + file, nameof(file)),
        };
        return DocxPackage.Build(body, properties);
    }
}
