using OfficeTools.Documents.Ledger;

namespace OfficeTools.Documents.Tests;

/// <summary>Small ledgers built in code for rule and batch tests: one campaign, a few units, items as needed.</summary>
internal static class MiniLedger
{
    public static readonly DateOnly AsOf = new(2014, 12, 26);

    public static Campaign Campaign() => new()
    {
        Office = "中共测试县委党的群众路线教育实践活动领导小组办公室", OfficeShort = "测试县教育实践活动领导小组办公室",
        Code = "测教督", BriefingCode = "测教通", Year = 2014, NoticeSerial = 3, StartDate = new(2014, 10, 1),
        ReportDeadline = new(2014, 12, 20), AsOf = AsOf, BriefingDate = new(2014, 12, 29), NoticeDate = new(2014, 12, 29),
        Meeting = "县委常委会扩大会议", PrintDate = new(2014, 12, 29), Contact = "联系人", Phone = "0000-1234567",
    };

    public static Unit Unit(string id = "U1", string kind = UnitKinds.Leadership, string? name = null) =>
        new(id, name ?? "测试单位" + id, kind, null, "负责人" + id, "联系人", "123");

    public static LedgerItem Item(string id, string unit = "U1", string status = "整改到位", string satisfaction = "满意",
        int dueOffset = -10, bool newlyFound = false, bool formalism = false, bool relapse = false, int? task = null) => new()
    {
        Id = id, Unit = unit, Focus = task == null ? 1 : null, Task = task, Problem = "问题" + id, Measure = "措施" + id, Owner = "责任人",
        Due = AsOf.AddDays(dueOffset), Status = status, Satisfaction = satisfaction, NewlyFound = newlyFound,
        Formalism = formalism, Relapse = relapse, Offender = relapse ? "当事人甲" : "",
    };

    public static Ledger.Ledger Of(params LedgerItem[] items) => new(Campaign(), [Unit()], items, []);
}
