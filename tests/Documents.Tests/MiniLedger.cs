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

/// <summary>Writes small ledgers as JSON files for batch tests.</summary>
internal static class MiniLedgerFile
{
    public static string Write(string dir, IEnumerable<(string Id, string Name, string Kind)> units, Func<string, int, IEnumerable<(string Status, string Satisfaction, int DueOffset)>> items)
    {
        var c = MiniLedger.Campaign();
        var root = new System.Text.Json.Nodes.JsonObject
        {
            ["campaign"] = new System.Text.Json.Nodes.JsonObject
            {
                ["office"] = c.Office, ["office_short"] = c.OfficeShort, ["code"] = c.Code, ["briefing_code"] = c.BriefingCode,
                ["year"] = c.Year, ["notice_serial"] = c.NoticeSerial, ["start_date"] = "2014-10-01", ["report_deadline"] = "2014-12-20",
                ["as_of"] = "2014-12-26", ["briefing_date"] = "2014-12-29", ["meeting"] = c.Meeting, ["contact"] = "联系人", ["phone"] = "123",
                ["signer"] = "签发人", ["copy_to"] = "县委办公室", ["printed_by"] = c.Office,
            },
        };
        var unitArray = new System.Text.Json.Nodes.JsonArray();
        var itemArray = new System.Text.Json.Nodes.JsonArray();
        var n = 0;
        foreach (var (id, name, kind) in units)
        {
            unitArray.Add(new System.Text.Json.Nodes.JsonObject { ["id"] = id, ["name"] = name, ["kind"] = kind, ["head"] = "负责人" });
            var k = 0;
            foreach (var (status, satisfaction, due) in items(id, k))
            {
                itemArray.Add(new System.Text.Json.Nodes.JsonObject
                {
                    ["id"] = $"I{++n:000}", ["unit"] = id, ["focus"] = 1, ["problem"] = $"问题{n}", ["measure"] = $"措施{n}",
                    ["owner"] = "责任人", ["due"] = MiniLedger.AsOf.AddDays(due).ToString("yyyy-MM-dd"), ["status"] = status, ["satisfaction"] = satisfaction,
                });
                k++;
            }
        }
        root["units"] = unitArray;
        root["items"] = itemArray;
        var path = Path.Combine(dir, "ledger.json");
        File.WriteAllText(path, root.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
        return path;
    }

    /// <summary>One done-and-satisfied item and one dissatisfied item (which draws a notice).</summary>
    public static IEnumerable<(string, string, int)> DoneAndUnsatisfied(string unit, int k) => [("整改到位", "满意", -10), ("整改到位", "不满意", -5)];
}
