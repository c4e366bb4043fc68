using OfficeTools.Data;

namespace OfficeTools.Documents.Ledger;

/// <summary>Turns raw source tables into a typed <see cref="Ledger"/>, with every field and cross-check error at once.</summary>
internal static class LedgerParser
{
    public static Ledger? Parse(SourceTables src, List<Diagnostic> errors)
    {
        var before = errors.Count;
        var campaign = ParseCampaign(new FieldReader(src.Campaign, LedgerFields.Campaign, errors));
        var units = new List<Unit>();
        var unitRows = new Dictionary<string, FieldReader>(StringComparer.Ordinal);
        foreach (var row in src.Units)
        {
            var r = new FieldReader(row, LedgerFields.Units, errors);
            var id = r.Text("id", true);
            var unit = new Unit(id, r.Text("name", true), r.Choice("kind", UnitKinds.All, true),
                r.Text("parent") is { Length: > 0 } p ? p : null, r.Text("head"), r.Text("contact"), r.Text("phone"),
                r.Text("title"), r.Text("org"), r.Choice("reported", Reporting.All, false), r.Text("deputy"));
            CheckPerson(r, unit);
            if (id.Length == 0) continue;
            if (unitRows.TryGetValue(id, out var first)) { r.Error("id", $"duplicate unit id '{id}' (first at {first.Row.Place})"); continue; }
            unitRows[id] = r;
            units.Add(unit);
        }
        foreach (var u in units)
        {
            if (u.Parent == null) continue;
            if (!unitRows.ContainsKey(u.Parent)) unitRows[u.Id].Error("parent", $"unknown unit '{u.Parent}'");
            else if (u.Parent == u.Id) unitRows[u.Id].Error("parent", "a unit cannot be its own parent");
        }
        foreach (var cycle in ParentCycles(units))
            unitRows[cycle[0]].Error("parent", $"the units' parents go round in a circle: {string.Join(" → ", cycle.Append(cycle[0]))}");
        var unitsById = units.ToDictionary(u => u.Id, StringComparer.Ordinal);
        var items = new List<LedgerItem>();
        var itemRows = new Dictionary<string, SourceRow>(StringComparer.Ordinal);
        foreach (var row in src.Items)
        {
            var r = new FieldReader(row, LedgerFields.Items, errors);
            var item = ParseItem(r, campaign, unitsById);
            if (item == null) continue;
            if (itemRows.TryGetValue(item.Id, out var first)) { r.Error("id", $"duplicate item id '{item.Id}' (first at {first.Place})"); continue; }
            itemRows[item.Id] = row;
            items.Add(item);
        }
        var made = new List<RuleMade>();
        foreach (var row in src.RulesMade)
        {
            var r = new FieldReader(row, LedgerFields.RulesMade, errors);
            var unit = r.Text("unit", true);
            if (unit.Length > 0 && !unitRows.ContainsKey(unit)) r.Error("unit", $"unknown unit '{unit}'");
            made.Add(new RuleMade(unit, r.Text("title", true), r.Date("date")));
        }
        return errors.Count > before || campaign == null ? null : new Ledger(campaign, units, items, made);
    }

    // every circle of parents (longer than a unit naming itself), once, starting from its first unit in ledger order
    static IEnumerable<List<string>> ParentCycles(IReadOnlyList<Unit> units)
    {
        var parent = units.Where(u => u.Parent != null && u.Parent != u.Id).GroupBy(u => u.Id, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().Parent!, StringComparer.Ordinal);
        var order = units.Select((u, i) => (u.Id, i)).GroupBy(x => x.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().i, StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var u in units)
        {
            var path = new List<string>();
            var at = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var id = u.Id; id != null && !seen.Contains(id); id = parent.GetValueOrDefault(id))
            {
                if (at.TryGetValue(id, out var start))
                {
                    var cycle = path[start..];
                    var first = cycle.MinBy(c => order[c])!;
                    var k = cycle.IndexOf(first);
                    yield return [.. cycle[k..], .. cycle[..k]];
                    break;
                }
                at[id] = path.Count;
                path.Add(id);
            }
            seen.UnionWith(path);
        }
    }

    // 职务 is a person's own field: a team has none, and a person who has one keeps the post out of the name.
    static void CheckPerson(FieldReader r, Unit u)
    {
        if (u.Title.Length == 0) return;
        if (!u.IsPerson) r.Error("title", $"a {u.Kind} has no 职务; title is for 党员干部 and 党员领导干部 only");
        else if (u.Name.IndexOfAny(['（', '(']) >= 0) r.Error("name", $"'{u.Name}' carries a post in brackets while title gives it too; write the name only (e.g. '{u.Name.Split('（', '(')[0]}')");
    }

    static LedgerItem? ParseItem(FieldReader r, Campaign? campaign, Dictionary<string, Unit> unitsById)
    {
        var id = r.Text("id", true);
        var unitId = r.Text("unit", true);
        var unit = unitsById.GetValueOrDefault(unitId);
        if (unitId.Length > 0 && unit == null) r.Error("unit", $"unknown unit '{unitId}'");
        var points = unit == null ? 6 : FocusCatalog.For(unit.Kind).Count;
        var focus = r.Int("focus", 1, 6);
        if (focus > points) { r.Error("focus", $"{focus} is outside 1–{points}: a {unit!.Kind} reports on {points} focus points"); focus = null; }
        var task = r.Int("task", 1, 21);
        var due = r.Date("due", true);
        if (due != null && campaign != null && due < campaign.StartDate)
            r.Error("due", $"{due:yyyy-MM-dd} is before the campaign start {campaign.StartDate:yyyy-MM-dd}");
        var item = new LedgerItem
        {
            Id = id, Unit = unitId, Focus = focus, Task = task, Problem = r.Text("problem", true), Measure = r.Text("measure"),
            Owner = r.Text("owner"), Due = due ?? default, Status = r.Choice("status", Statuses.All, true),
            Satisfaction = r.Choice("satisfaction", Statuses.Satisfaction, false), NewlyFound = r.Bool("newly_found"),
            Evidence = r.Text("evidence"), Formalism = r.Bool("formalism"), Relapse = r.Bool("relapse"), Offender = r.Text("offender"),
        };
        ReadLoop(r, ref item);
        if (focus == null && task == null && r.Text("focus").Length == 0 && r.Text("task").Length == 0)
            r.Error("focus", "give the focus point (重点序号) or the special task (专项整治序号)");
        return id.Length == 0 ? null : item;
    }

    // The 督办 loop's optional columns: 阶段 and 复核结论 in their own words (ItemStages, Verdicts), 销号时间 a date and time.
    static void ReadLoop(FieldReader r, ref LedgerItem item)
    {
        var stage = r.Text("stage");
        var verdict = r.Text("verdict");
        var parsedStage = Campaigns.ItemStages.Parse(stage);
        var parsedVerdict = Campaigns.Verdicts.Parse(verdict);
        if (stage.Length > 0 && parsedStage == null)
            r.Error("stage", $"'{stage}' is not one of {string.Join(" / ", Campaigns.ItemStages.All.Select(Campaigns.ItemStages.Text))}");
        if (verdict.Length > 0 && parsedVerdict == null)
            r.Error("verdict", $"'{verdict}' is not one of {string.Join(" / ", Campaigns.Verdicts.Choices)}");
        item = item with
        {
            Stage = parsedStage, Verdict = parsedVerdict, Reason = r.Text("reason"), ClosedAt = r.DateAndTime("closed_at"), ClosedBy = r.Text("closed_by"),
        };
    }

    static Campaign? ParseCampaign(FieldReader r)
    {
        var year = r.Int("year", 1949, 2999, true);
        var start = r.Date("start_date", true);
        var deadline = r.Date("report_deadline", true);
        var briefing = r.Date("briefing_date", true);
        var asOf = r.Date("as_of") ?? briefing;
        var noticeDate = r.Date("notice_date") ?? briefing;
        var print = r.Date("print_date") ?? briefing;
        var c = new Campaign
        {
            Office = r.Text("office", true), OfficeShort = r.Text("office_short", true), Code = r.Text("code", true),
            BriefingCode = r.Text("briefing_code", true), Year = year ?? 0, NoticeSerial = r.Int("notice_serial", 1, 99999) ?? 1,
            BriefingSerial = r.Int("briefing_serial", 1, 99999) ?? 1, StartDate = start ?? default, ReportDeadline = deadline ?? default,
            AsOf = asOf ?? default, BriefingDate = briefing ?? default, NoticeDate = noticeDate ?? default,
            NoticeDays = r.Int("notice_days", 1, 365) ?? 15, Meeting = r.Text("meeting", true), Recipients = r.Text("recipients"),
            Contact = r.Text("contact"), Phone = r.Text("phone"), Signer = r.Text("signer"), CopyTo = r.Text("copy_to"),
            PrintedBy = r.Text("printed_by"), PrintDate = print ?? default, Feedback = r.Text("feedback"), Committee = r.Text("committee"),
            Sealed = r.Text("sealed").Length == 0 || r.Bool("sealed"),
            Id = r.Text("id") is { Length: > 0 } id ? id : null,
        };
        if (c.Id != null && !Campaign.IsValidId(c.Id))
            r.Error("id", $"'{c.Id}' is not a campaign id: use 1 to 64 letters, digits, '.', '_' or '-', starting with a letter or digit");
        if (start != null && deadline != null && deadline < start) r.Error("report_deadline", "is before the campaign start");
        return year == null || start == null || deadline == null || briefing == null ? null : c;
    }
}
