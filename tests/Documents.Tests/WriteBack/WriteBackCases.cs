using OfficeTools.Documents.Campaigns;
using OfficeTools.Documents.Ledger;
using OfficeTools.Documents.Ledger.WriteBack;

namespace OfficeTools.Documents.Tests.WriteBack;

/// <summary>The updates every format's write-back test applies, and the ledger they must load back as.</summary>
internal static class WriteBackCases
{
    public static readonly DateTime ClosedAt = new(2014, 12, 20, 15, 30, 0);

    /// <summary>Round one: a 复核 sent back, an item closed, a unit reported, a confirmed new item.</summary>
    public static LedgerUpdates RoundOne(Ledger.Ledger l) => new()
    {
        Items =
        [
            new ItemUpdate(l.Items[0].Id) { Status = "部分整改到位", Satisfaction = "不满意", Evidence = "整改台账, 会议记录", Stage = ItemStage.Returned, Verdict = Verdict.Return, Reason = "佐证材料不足，需“回炉”" },
            new ItemUpdate(l.Items[1].Id) { Status = "整改到位", Stage = ItemStage.Closed, Verdict = Verdict.Pass, ClosedAt = ClosedAt, ClosedBy = "李明" },
        ],
        Units = [new UnitUpdate(l.Units[0].Id, Reporting.Reported), new UnitUpdate(l.Units[1].Id, Reporting.NotReported)],
        NewItems = [l.Items[0] with { Id = "I9001", Problem = "回头看中新发现：会议记录不全", NewlyFound = true, Status = "尚未启动", Satisfaction = "", Evidence = "", Stage = ItemStage.NotStarted }],
    };

    /// <summary>Round two, over what round one wrote: the returned item passes.</summary>
    public static LedgerUpdates RoundTwo(Ledger.Ledger l) => new()
    {
        Items = [new ItemUpdate(l.Items[0].Id) { Status = "整改到位", Stage = ItemStage.Passed, Verdict = Verdict.Pass, Reason = "" }],
    };

    /// <summary>The ledger <paramref name="l"/> with <paramref name="u"/> applied, as the loader must read the written copy.</summary>
    public static Ledger.Ledger Apply(Ledger.Ledger l, LedgerUpdates u)
    {
        var byId = u.Items.ToDictionary(i => i.Id);
        var items = l.Items.Select(i => byId.TryGetValue(i.Id, out var x) ? i with
        {
            Status = x.Status ?? i.Status, Satisfaction = x.Satisfaction ?? i.Satisfaction, Evidence = x.Evidence ?? i.Evidence,
            Stage = x.Stage ?? i.Stage, Verdict = x.Verdict ?? i.Verdict, Reason = x.Reason ?? i.Reason, ClosedAt = x.ClosedAt ?? i.ClosedAt,
            ClosedBy = x.ClosedBy ?? i.ClosedBy,
        } : i);
        var units = u.Units.ToDictionary(x => x.Id, x => x.Reported);
        return l with
        {
            Items = [.. items, .. u.NewItems],
            Units = [.. l.Units.Select(x => units.TryGetValue(x.Id, out var r) ? x with { Reported = r } : x)],
        };
    }

    /// <summary>Writes <paramref name="source"/> back with <paramref name="updates"/> to <paramref name="target"/>, asserting no problem.</summary>
    public static void WriteOk(string source, LedgerUpdates updates, string target)
    {
        var result = LedgerWriteBack.Render(source, updates);
        Assert.True(result.Success, string.Join("\n", result.Errors));
        var saved = result.Copy!.Save(target);
        Assert.True(saved.Count == 0, string.Join("\n", saved));
    }
}
