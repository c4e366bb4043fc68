namespace OfficeTools.Documents.Catalogue;

// This file and DocumentKind.cs are also compiled into Templates/Builder (linked), so they name only what the builder
// can see: the kinds, template names, titles and folders. Models and file names of units are in the other partials.

/// <summary>One document type of the catalogue: its kind, template file, title, output folder and the unit kinds it serves.</summary>
public sealed partial record DocumentType(DocumentKind Kind, string Template, string Title, string? Folder, IReadOnlyList<string> UnitKinds)
{
    /// <summary>The template name without .docx (form-leadership, notice, briefing).</summary>
    public string Name => Path.GetFileNameWithoutExtension(Template);
}

/// <summary>Every document type a campaign makes: the one home of template file names, titles and output folders.</summary>
public static partial class DocumentCatalogue
{
    /// <summary>The output folder of the forms.</summary>
    public const string FormsFolder = "forms";

    /// <summary>The output folder of the notices.</summary>
    public const string NoticesFolder = "notices";

    /// <summary>自查报告表 of a 领导班子.</summary>
    public static DocumentType FormLeadership { get; } =
        new(DocumentKind.Form, "form-leadership.docx", "自查报告表（领导班子）", FormsFolder, [Ledger.UnitKinds.Leadership]);

    /// <summary>自查报告表 of a 基层党组织.</summary>
    public static DocumentType FormGrassroots { get; } =
        new(DocumentKind.Form, "form-grassroots.docx", "自查报告表（基层党组织）", FormsFolder, [Ledger.UnitKinds.Grassroots]);

    /// <summary>自查报告表 of a 党员干部 or 党员领导干部.</summary>
    public static DocumentType FormMember { get; } =
        new(DocumentKind.Form, "form-member.docx", "自查报告表（党员干部）", FormsFolder, [Ledger.UnitKinds.Member, Ledger.UnitKinds.Leader]);

    /// <summary>督办通知单, into notices/.</summary>
    public static DocumentType Notice { get; } = new(DocumentKind.Notice, "notice.docx", "督办通知单", NoticesFolder, []);

    /// <summary>会议通报, written as briefing.docx at the top of the output.</summary>
    public static DocumentType Briefing { get; } = new(DocumentKind.Briefing, "briefing.docx", "会议通报", null, []);

    /// <summary>The output folder of the 催办通知.</summary>
    public const string RemindersFolder = "reminders";

    /// <summary>催办通知, made by 催办 (not by a batch) for a unit with a deadline due soon or passed.</summary>
    public static DocumentType Reminder { get; } = new(DocumentKind.Reminder, "reminder.docx", "催办通知", RemindersFolder, []);

    /// <summary>The output folder of the 抽查记录表.</summary>
    public const string SampleRecordsFolder = "records";

    /// <summary>抽查名单, made by 抽查 (not by a batch): the units drawn, by stratum, with why each weighs.</summary>
    public static DocumentType SampleList { get; } = new(DocumentKind.SampleList, "sample-list.docx", "抽查名单", null, []);

    /// <summary>抽查记录表, one per sampled unit: the checkers' findings per item, read back as 复核 verdicts.</summary>
    public static DocumentType SampleRecord { get; } = new(DocumentKind.SampleRecord, "sample-record.docx", "抽查记录表", SampleRecordsFolder, []);

    /// <summary>公示, the public bulletin of unit-level progress (with an HTML page beside it), made by export bulletin.</summary>
    public static DocumentType Bulletin { get; } = new(DocumentKind.Bulletin, "bulletin.docx", "公示", null, []);

    /// <summary>The output folder of the 约谈提醒通知.</summary>
    public const string TalkNoticesFolder = "talk-notices";

    /// <summary>约谈提醒通知, to a unit (its 主要负责人 is talked to) or a person an outcome calls a 约谈 for, made by outcomes.</summary>
    public static DocumentType TalkNotice { get; } = new(DocumentKind.TalkNotice, "talk-notice.docx", "约谈提醒通知", TalkNoticesFolder, []);

    /// <summary>The output folder of the 约谈记录.</summary>
    public const string TalkRecordsFolder = "talk-records";

    /// <summary>约谈记录, the form a 约谈 is recorded on (who, when, where, what was said, the undertaking), with content controls.</summary>
    public static DocumentType TalkRecord { get; } = new(DocumentKind.TalkRecord, "talk-record.docx", "约谈记录", TalkRecordsFolder, []);

    /// <summary>The output folder of the 诫勉谈话记录.</summary>
    public const string AdmonitionsFolder = "admonitions";

    /// <summary>诫勉谈话记录, the form a 诫勉谈话 is recorded on, with content controls.</summary>
    public static DocumentType AdmonitionRecord { get; } = new(DocumentKind.AdmonitionRecord, "admonition-record.docx", "诫勉谈话记录", AdmonitionsFolder, []);

    /// <summary>表扬通报: every unit and person an outcome commends, in one 通报 with its 版记.</summary>
    public static DocumentType Commendation { get; } = new(DocumentKind.Commendation, "commendation.docx", "表扬通报", null, []);

    /// <summary>The output folder of the 民主生活会 pack: the 会议通报 and the members' reports.</summary>
    public const string MeetingFolder = "meeting";

    /// <summary>个人整改措施落实情况报告, one per 班子成员 (党员领导干部) to report at the 民主生活会, drafted for the member to revise.</summary>
    public static DocumentType MemberReport { get; } = new(DocumentKind.MemberReport, "member-report.docx", "个人整改措施落实情况报告", MeetingFolder, [Ledger.UnitKinds.Leader]);

    /// <summary>The documents <c>officetools outcomes</c> makes, besides the 会议通报 of the meeting pack.</summary>
    public static IReadOnlyList<DocumentType> Outcomes { get; } = [TalkNotice, TalkRecord, AdmonitionRecord, Commendation, MemberReport];

    /// <summary>The three form variants, in the order of <see cref="Ledger.UnitKinds.All"/>.</summary>
    public static IReadOnlyList<DocumentType> Forms { get; } = [FormLeadership, FormGrassroots, FormMember];

    /// <summary>The document types a batch makes for a round: the forms, the notice and the briefing.</summary>
    public static IReadOnlyList<DocumentType> Round { get; } = [.. Forms, Notice, Briefing];

    /// <summary>Every document type, in the order the add-in's pane lists them.</summary>
    public static IReadOnlyList<DocumentType> All { get; } = [.. Round, Reminder, SampleList, SampleRecord, Bulletin, .. Outcomes];

    /// <summary>The form variant of a unit kind (党员干部's for a kind no variant names).</summary>
    public static DocumentType FormFor(string unitKind) => Forms.FirstOrDefault(f => f.UnitKinds.Contains(unitKind)) ?? FormMember;

    /// <summary>The document type whose template is <paramref name="template"/>, or null.</summary>
    public static DocumentType? ByTemplate(string template) => All.FirstOrDefault(t => t.Template == template);
}
