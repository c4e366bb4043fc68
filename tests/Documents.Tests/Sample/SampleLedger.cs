using OfficeTools.Documents.Ledger;

namespace OfficeTools.Documents.Tests.Sample;

/// <summary>
/// The deterministic generator of the sample ledger (青山县, an invented county): ≥ 40 units of all kinds, ≥ 150 items,
/// with units that are exemplary, on time, lagging and overdue. Templates/samples/ledger.json and ledger.xlsx come from here.
/// </summary>
public static partial class SampleLedger
{
    /// <summary>How a unit is doing, which decides its items' statuses and dates.</summary>
    enum Profile { Exemplary, OnTime, Lagging, Overdue, Unsatisfied }

    static readonly DateOnly Start = new(2014, 10, 8), AsOf = new(2014, 12, 26);

    /// <summary>Builds the sample tables.</summary>
    public static SampleTables Build()
    {
        var t = new SampleTables();
        Campaign(t);
        var rng = new Lcg(20141215);
        var units = Units();
        var itemNo = 0;
        for (var u = 0; u < units.Count; u++)
        {
            var (id, name, kind, parent, head, title, org) = units[u];
            // in LedgerFields order, so the .xlsx and CSV columns line up; reported stays empty (no forms collected yet)
            t.Units.Add([("id", id), ("name", name), ("kind", kind), ("parent", parent), ("head", head),
                ("deputy", kind is UnitKinds.Member or UnitKinds.Leader ? null : Person(u + 19)), ("contact", Person(u + 7)), ("phone", $"0791-8{(u * 7919 % 1000000):000000}"), ("title", title), ("org", org), ("reported", null)]);
            var profile = u % 8 == 7 ? Profile.Unsatisfied : u % 4 == 3 ? Profile.Overdue : u % 5 == 0 ? Profile.Exemplary : u % 4 == 1 ? Profile.Lagging : Profile.OnTime;
            var pool = Problems(kind);
            var count = kind is UnitKinds.Leadership ? 5 : 3 + (u % 3 == 0 ? 1 : 0);
            for (var k = 0; k < count; k++)
            {
                var (focus, task, problem, measure) = pool[(u + k) % pool.Count];
                var item = Item(++itemNo, id, focus, task, problem, measure, kind is UnitKinds.Member or UnitKinds.Leader ? name : head,
                    profile, k, rng);
                t.Items.Add(item);
            }
            // A few units carry the ladder's heavier findings, so every rung has a real case in the sample.
            if (u == 6) Flag(t.Items[^1], "formalism");
            if (u == 14) { Flag(t.Items[^1], "relapse"); Set(t.Items[^1], "offender", Person(u + 30)); }
            if (u % 7 == 2) t.Items.Add(Item(++itemNo, id, 1, null, NewProblem(kind), "纳入整改台账，明确责任人和完成时限", head, Profile.OnTime, 9, rng, newlyFound: true));
            if (kind == UnitKinds.Leadership)
                for (var r = 0; r <= u % 3; r++)
                    t.RulesMade.Add([("unit", id), ("title", RuleTitles[(u + r) % RuleTitles.Length]), ("date", Start.AddDays(20 + 9 * r + u))]);
        }
        return t;
    }

    static List<(string Key, object? Value)> Item(int no, string unit, int? focus, int? task, string problem, string measure, string owner,
        Profile profile, int k, Lcg rng, bool newlyFound = false)
    {
        string status, satisfaction;
        DateOnly due;
        switch (profile)
        {
            case Profile.Exemplary:
                status = "整改到位"; satisfaction = "满意"; due = AsOf.AddDays(-10 - 7 * k); break;
            case Profile.OnTime:
                status = k % 3 == 2 ? "部分整改到位" : "整改到位"; satisfaction = k % 3 == 1 ? "基本满意" : "满意";
                due = k % 3 == 2 ? AsOf.AddDays(20 + 5 * k) : AsOf.AddDays(-5 - 6 * k); break;
            case Profile.Lagging:
                status = k % 2 == 0 ? "部分整改到位" : "尚未启动"; satisfaction = k % 2 == 0 ? "基本满意" : "";
                due = AsOf.AddDays(10 + 12 * k); break;
            case Profile.Unsatisfied when k == 0:
                status = "整改到位"; satisfaction = "不满意"; due = AsOf.AddDays(-12); break;
            case Profile.Unsatisfied:
                status = "整改到位"; satisfaction = k % 2 == 0 ? "满意" : "基本满意"; due = AsOf.AddDays(-4 - 5 * k); break;
            default:
                status = k % 2 == 0 ? "尚未启动" : "部分整改到位"; satisfaction = k == 1 ? "不满意" : k == 0 ? "基本满意" : "";
                due = AsOf.AddDays(-8 - 9 * k); break;
        }
        if (newlyFound) { status = "尚未启动"; satisfaction = ""; due = AsOf.AddDays(45); }
        var row = new List<(string Key, object? Value)>
        {
            ("id", $"I{no:0000}"), ("unit", unit), ("focus", focus is int f ? (long)f : null), ("task", task is int t ? (long)t : null),
            ("problem", problem), ("measure", measure), ("owner", owner), ("due", due), ("status", status), ("satisfaction", satisfaction),
            ("newly_found", newlyFound), ("evidence", status == "整改到位" ? Evidence[rng.Next(Evidence.Length)] : ""),
            ("formalism", false), ("relapse", false), ("offender", ""),
        };
        return row;
    }

    static void Flag(List<(string Key, object? Value)> row, string key) => Set(row, key, true);

    static void Set(List<(string Key, object? Value)> row, string key, object? value)
    {
        var i = row.FindIndex(p => p.Key == key);
        row[i] = (key, value);
    }

    static void Campaign(SampleTables t) => t.Campaign.AddRange(
    [
        ("office", "中共青山县委党的群众路线教育实践活动领导小组办公室"), ("office_short", "青山县教育实践活动领导小组办公室"),
        ("code", "青教督"), ("briefing_code", "青教通"), ("year", 2014L), ("notice_serial", 17L), ("briefing_serial", 5L),
        ("start_date", Start), ("report_deadline", new DateOnly(2014, 12, 20)), ("as_of", AsOf),
        ("briefing_date", new DateOnly(2014, 12, 29)), ("notice_date", new DateOnly(2014, 12, 29)), ("notice_days", 20L),
        ("meeting", "县委常委会扩大会议"), ("recipients", "各乡镇党委，县直各单位党组（党委），县委各部委"),
        ("contact", "周文"), ("phone", "0791-86123456"), ("signer", "陈立新"),
        ("copy_to", "市委教育实践活动领导小组办公室，县委常委，县人大常委会、县政府、县政协党组"),
        ("printed_by", "青山县教育实践活动领导小组办公室"), ("print_date", new DateOnly(2014, 12, 29)),
        ("feedback", "办理结果加盖公章后报送县委教育实践活动办公室督查组，电子版发送至qsjdb@example.cn"),
        ("committee", "中共青山县委"),
    ]);

    sealed class Lcg(uint seed)
    {
        uint _state = seed;
        public int Next(int max) { _state = _state * 1664525 + 1013904223; return (int)((_state >> 8) % (uint)max); }
    }
}
