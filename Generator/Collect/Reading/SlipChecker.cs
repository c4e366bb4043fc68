using OfficeTools.Collect.Ledger;
using OfficeTools.Documents.Campaigns;
using OfficeTools.Documents.Identity;
using OfficeTools.Documents.Ledger;

namespace OfficeTools.Collect.Reading;

/// <summary>
/// Checks a notice's 办理结果 return slip, read like a form (<see cref="FormReader"/>) and with its sealed identity verified
/// (<see cref="IdentityCheck"/>): the notice was issued to that unit with that number in that round (when the trail is at
/// hand), it came back under its own unit, each answer names one of the notice's items and holds a word of the ledger's
/// lists or a date. Every problem is located by the item and the field. Nothing from the file counts beyond what passes.
/// </summary>
public static class SlipChecker
{
    /// <summary>The fields the slip carries per item (item.ID.field), with the label a clerk sees.</summary>
    public static readonly (string Field, string Label)[] Fields =
        [("measure", "整改措施"), ("status", "完成情况"), ("done_date", "完成时间"), ("evidence", "佐证材料"), ("satisfaction", "群众评价")];

    /// <summary>
    /// Problems of <paramref name="slip"/> sealed as <paramref name="identity"/> for <paramref name="unit"/> (null: not in the
    /// ledger); <paramref name="filedUnder"/> is the unit a store filed it under (null for a file in a folder);
    /// <paramref name="history"/> the trail's notices (null: not checked).
    /// </summary>
    public static IReadOnlyList<Diagnostic> Check(FormReadResult slip, FormIdentity identity, LedgerUnit? unit, string? filedUnder, CampaignHistory? history)
    {
        var problems = new List<Diagnostic>();
        var number = identity.Number ?? "";
        if (unit is null)
        {
            problems.Add(FormProblem.At(FormProblem.UnknownUnit, FormReader.UnitTag, $"the return slip of notice «{number}» is for unit «{identity.UnitId}», which the ledger does not list"));
            return problems;
        }
        if (filedUnder is not null && filedUnder != identity.UnitId)
        {
            problems.Add(FormProblem.At(FormProblem.OtherUnit, FormReader.UnitTag,
                $"the return slip of notice «{number}» belongs to unit «{identity.UnitId}», but came back as unit «{filedUnder}»'s: refused"));
            return problems;
        }
        IReadOnlyCollection<string> items = unit.ItemIds;
        if (history is not null)
        {
            var notice = history.Notice(identity.UnitId, number);
            if (notice is null)
            {
                problems.Add(FormProblem.At(FormProblem.UnknownNotice, NumberTag,
                    $"the return slip names notice «{number}», which was never issued to unit «{identity.UnitId}» (not in the campaign's trail)"));
                return problems;
            }
            if (notice.Round != identity.Round)
            {
                problems.Add(FormProblem.At(FormProblem.UnknownNotice, RoundTag,
                    $"the return slip of notice «{number}» says round {identity.Round}, but the notice was issued in round {notice.Round}"));
                return problems;
            }
            items = notice.Items;
        }
        var values = slip.Values;
        foreach (var (tag, value) in values)
        {
            if (!ItemTag.TryParse(tag, out var id, out var field)) continue;
            var label = Fields.FirstOrDefault(f => f.Field == field).Label ?? field;
            var where = $"item {id} {label} ({tag})";
            if (!items.Contains(id, StringComparer.Ordinal))
            {
                problems.Add(FormProblem.At(FormProblem.UnknownItem, tag, $"{where}: item {id} is not one of notice «{number}»'s items"));
                continue;
            }
            var answer = (value as string)?.Trim();
            switch (field)
            {
                case "status" when answer is { Length: > 0 } && !Statuses.Progress.Contains(answer):
                    problems.Add(FormProblem.At(FormProblem.NotAChoice, tag, $"{where}: «{answer}» is not one of {string.Join(" / ", Statuses.Progress)}"));
                    break;
                case "satisfaction" when answer is { Length: > 0 } && !Statuses.Satisfaction.Contains(answer):
                    problems.Add(FormProblem.At(FormProblem.NotAChoice, tag, $"{where}: «{answer}» is not one of {string.Join(" / ", Statuses.Satisfaction)}"));
                    break;
            }
        }
        // the reader found text that is no date in a date picker: said again with the item and the field
        foreach (var bad in slip.Problems.Where(p => p.Id == FormProblem.BadDate && p.Tag is { } t && ItemTag.TryParse(t, out _, out _)))
        {
            ItemTag.TryParse(bad.Tag!, out var id, out var field);
            var text = slip.Controls.FirstOrDefault(c => c.Tag == bad.Tag)?.Text.Trim() ?? "";
            problems.Add(FormProblem.At(FormProblem.BadDate, bad.Tag, $"item {id} {Fields.FirstOrDefault(f => f.Field == field).Label ?? field} ({bad.Tag}): «{text}» is not a date"));
        }
        foreach (var id in items.Where(i => unit.ItemIds.Contains(i, StringComparer.Ordinal)))
        {
            var tag = ItemTag.Of(id, "status");
            if (!values.ContainsKey(tag))
                problems.Add(FormProblem.At(FormProblem.ControlDeleted, tag, $"item {id} 完成情况 ({tag}): the control is missing from the slip (deleted?)"));
            else if (values[tag] is null)
                problems.Add(FormProblem.At(FormProblem.RequiredMissing, tag, $"item {id} 完成情况 ({tag}) is empty"));
        }
        if (values.TryGetValue("fill_date", out var filled) && filled is null)
            problems.Add(FormProblem.At(FormProblem.RequiredMissing, "fill_date", "填报日期 (fill_date) is empty"));
        return problems;
    }

    /// <summary>The slip's locked control holding the notice's number.</summary>
    public const string NumberTag = "notice.number";

    /// <summary>The slip's hidden locked control holding the notice's round.</summary>
    public const string RoundTag = "notice.round";
}
