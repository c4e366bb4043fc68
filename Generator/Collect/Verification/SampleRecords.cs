using OfficeTools.Collect.Ledger;
using OfficeTools.Collect.Reading;
using OfficeTools.Documents.Campaigns;
using OfficeTools.Documents.Campaigns.Steps;
using OfficeTools.Documents.Models;

namespace OfficeTools.Collect.Verification;

/// <summary>What a folder of returned 抽查记录表 gave: a 复核 verdict per item the checkers concluded on, and every located problem.</summary>
public sealed record SampleRecordsRead(IReadOnlyList<VerdictInput> Verdicts, IReadOnlyList<Diagnostic> Problems);

/// <summary>
/// Reads returned 抽查记录表 as 复核 verdicts, like the verification sheet: each through the one form reader (<see cref="FormReader"/>)
/// and its sealed identity (<see cref="IdentityCheck"/>), so a record without the campaign's seal, edited, of another campaign or
/// not a 抽查记录表 is refused, named by its file.
/// </summary>
public static class SampleRecords
{
    /// <summary>Reads every .docx of <paramref name="folder"/> (and its subfolders); items left without 核查结论 give no verdict.</summary>
    public static SampleRecordsRead Read(string folder, Campaign campaign, OfficeTools.Packages.PackageLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(folder);
        ArgumentNullException.ThrowIfNull(campaign);
        var problems = new List<Diagnostic>();
        var verdicts = new List<VerdictInput>();
        if (!Directory.Exists(folder)) return new([], [new Diagnostic($"--records {folder}", "", "no such folder")]);
        var files = Directory.GetFiles(folder, "*.docx", SearchOption.AllDirectories)
            .Where(f => !Path.GetFileName(f).StartsWith("~$", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();
        if (files.Count == 0) return new([], [new Diagnostic($"--records {folder}", "", "no 抽查记录表 (.docx) in it")]);
        var identity = IdentityCheck.For(campaign.Ledger.Campaign);
        foreach (var path in files)
        {
            var name = Path.GetRelativePath(folder, path);
            byte[] bytes;
            try { bytes = File.ReadAllBytes(path); }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException) { problems.Add(new Diagnostic(name, "", $"cannot read the file: {e.Message}")); continue; }
            var form = FormReader.Read(bytes, name, limits: limits);
            if (!form.IsForm)
            {
                problems.Add(new Diagnostic(name, "", $"refused: {(form.Problems.FirstOrDefault()?.Message ?? "not one of the office's forms")}"));
                continue;
            }
            var forged = identity.Check(form, out var verified);
            if (forged is not null || verified is null)
            {
                problems.Add(new Diagnostic(name, "", $"refused: {forged?.Message}"));
                continue;
            }
            if (verified.Kind != ModelBuilder.SampleRecordKind || verified.Number is not null)
            {
                problems.Add(new Diagnostic(name, "", $"refused: it is a {verified.Kind}, not a {ModelBuilder.SampleRecordKind}"));
                continue;
            }
            if (campaign.Ledger.FindUnit(verified.UnitId) is not { } unit)
            {
                problems.Add(new Diagnostic(name, "", $"refused: it is for unit «{verified.UnitId}», which the ledger does not list"));
                continue;
            }
            problems.AddRange(form.Problems.Select(p => new Diagnostic(name, p.Tag ?? "", p.Message) { Id = p.Id }));
            var own = campaign.Ledger.ItemsOf(unit.Id).Select(i => i.Id).ToHashSet(StringComparer.Ordinal);
            var checker = (form.Values.GetValueOrDefault("checker") as string)?.Trim() ?? "";
            foreach (var control in form.Controls)
            {
                if (!ItemTag.TryParse(control.Tag, out var id, out var field) || field != "verdict" || control.Value is not string word) continue;
                var where = $"{name}, item {id} 核查结论 ({control.Location})";
                if (!own.Contains(id)) { problems.Add(new Diagnostic(name, $"item {id} 核查结论 ({control.Location})", $"item {id} is not {unit.DisplayName}'s: the record was edited")); continue; }
                if (Verdicts.Parse(word) is not { } verdict) continue; // the reader named a word not among the choices
                var reason = (form.Values.GetValueOrDefault(ItemTag.Of(id, "reason")) as string)?.Trim() ?? "";
                var found = (form.Values.GetValueOrDefault(ItemTag.Of(id, "check")) as string)?.Trim() ?? "";
                verdicts.Add(new VerdictInput(id, verdict, where)
                {
                    Reason = verdict == Verdict.Return ? reason : found.Length > 0 ? "抽查：" + found : "",
                    Verifier = checker,
                });
            }
        }
        return new(verdicts, problems);
    }
}
