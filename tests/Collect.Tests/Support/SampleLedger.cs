using System.Text.Json.Nodes;

namespace OfficeTools.Collect.Tests.Support;

/// <summary>A small ledger in the documents engineer's JSON shape (campaign, units, items with unit), written to a temp file.</summary>
public static class SampleLedger
{
    /// <summary>Units U001…U00n, each with <paramref name="itemsPerUnit"/> items I{unit}-{k}; deadline given.</summary>
    public static JsonObject Create(int units, int itemsPerUnit = 2, string deadline = "2026-12-20")
    {
        var unitArray = new JsonArray();
        var items = new JsonArray();
        for (var u = 1; u <= units; u++)
        {
            var id = $"U{u:D3}";
            unitArray.Add(new JsonObject { ["id"] = id, ["name"] = $"青山县第{u}党支部", ["kind"] = "基层党组织", ["head"] = "张三" });
            for (var k = 1; k <= itemsPerUnit; k++)
                items.Add(new JsonObject { ["id"] = $"I{u:D3}-{k}", ["unit"] = id, ["focus"] = 1, ["problem"] = "问题", ["due"] = "2026-12-01", ["status"] = "尚未启动", ["satisfaction"] = "" });
        }
        return new JsonObject
        {
            ["campaign"] = Campaign(deadline, "2026-11-01"),
            ["units"] = unitArray,
            ["items"] = items,
        };
    }

    /// <summary>A complete campaign record (every field the ledger loader requires) with the given deadline and start.</summary>
    public static JsonObject Campaign(string deadline, string start) => new()
    {
        ["office"] = "中共青山县委党的群众路线教育实践活动领导小组办公室", ["office_short"] = "青山县教育实践活动领导小组办公室",
        ["code"] = "青教督", ["briefing_code"] = "青教通", ["year"] = int.Parse(start[..4], System.Globalization.CultureInfo.InvariantCulture),
        ["start_date"] = start, ["report_deadline"] = deadline, ["briefing_date"] = deadline, ["meeting"] = "县委常委会扩大会议",
    };

    /// <summary>The campaign id forms of <see cref="Campaign"/> carry (derived: the ledger gives none).</summary>
    public static string CampaignId(int year = 2026) =>
        OfficeTools.Documents.Ledger.Campaign.DeriveId("中共青山县委党的群众路线教育实践活动领导小组办公室", "青教督", year);

    /// <summary>Item ids of a unit in <see cref="Create"/>'s ledger.</summary>
    public static IEnumerable<string> ItemIds(int unit, int itemsPerUnit = 2) => Enumerable.Range(1, itemsPerUnit).Select(k => $"I{unit:D3}-{k}");

    /// <summary>Writes the ledger to a file in <paramref name="dir"/> and returns its path.</summary>
    public static string Write(JsonObject ledger, string dir)
    {
        Directory.CreateDirectory(dir);
        var path = Path.Combine(dir, "ledger.json");
        File.WriteAllText(path, ledger.ToJsonString());
        return path;
    }

    /// <summary>Every required answer and the optional ones for unit <paramref name="unit"/>: a complete, valid filling.</summary>
    public static Dictionary<string, object?> Answers(int unit, int focusCount = 3, int itemsPerUnit = 2)
    {
        var v = new Dictionary<string, object?>
        {
            ["filler"] = $"李{unit}",
            ["filler_phone"] = "0731-8888" + unit.ToString("D4", System.Globalization.CultureInfo.InvariantCulture),
            ["fill_date"] = new DateTime(2026, 12, 10),
            ["new_problems"] = "发现一：会风不实\n发现二：台账不全",
            ["signature"] = "王五",
        };
        for (var n = 1; n <= focusCount; n++)
        {
            v[$"focus.{n}.self"] = $"第{n}项自查：已对照检查。\n第二段。";
            v[$"focus.{n}.problems"] = "无";
            v[$"focus.{n}.measures"] = "建立制度";
            v[$"focus.{n}.due"] = new DateTime(2026, 12, 31);
            v[$"focus.{n}.status"] = TestForms.FocusStatus[n % 3];
            v[$"focus.{n}.satisfaction"] = TestForms.Satisfaction[(n + unit) % 3];
            v[$"focus.{n}.note"] = "";
        }
        var k = 0;
        foreach (var id in ItemIds(unit, itemsPerUnit))
        {
            v[$"item.{id}.status"] = TestForms.ItemStatus[k++ % 3];
            v[$"item.{id}.satisfaction"] = "满意";
            v[$"item.{id}.note"] = "已完成整改";
        }
        return v;
    }
}
