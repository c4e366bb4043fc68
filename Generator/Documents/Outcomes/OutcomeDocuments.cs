using OfficeTools.Data;
using OfficeTools.Documents.Batch;
using OfficeTools.Documents.Catalogue;
using OfficeTools.Documents.Rules;

namespace OfficeTools.Documents.Outcomes;

/// <summary>What writing the outcome documents did: the files written (relative to the output), those kept aside, or every error (then nothing was written).</summary>
public sealed record OutcomeOutput(IReadOnlyList<Diagnostic> Errors, IReadOnlyList<string> Written, IReadOnlyList<string> Kept)
{
    /// <summary>True when every document was written.</summary>
    public bool Success => Errors.Count == 0;
}

/// <summary>
/// Writes the documents every outcome of the rules calls for, all or nothing: a 约谈提醒通知 and a 约谈记录 per 约谈, a 诫勉谈话记录 per
/// 诫勉, the 表扬通报, and the 民主生活会 pack (the 会议通报 and one 个人整改措施落实情况报告 per 班子成员), by <see cref="DocumentCatalogue.Outcomes"/>.
/// </summary>
public static class OutcomeDocuments
{
    /// <summary>
    /// Renders every outcome document of <paramref name="campaign"/> dated <paramref name="date"/> into <paramref name="output"/>, from the
    /// shipped templates or those in <paramref name="templates"/>. <paramref name="answers"/> holds, by unit id, the values of each
    /// member's collected self-inspection form (a member without one is drafted from the ledger). With <paramref name="pdf"/>, each
    /// document gets its PDF beside it through LibreOffice, and a 版记 the body leaves no room for goes on a page of its own as in a
    /// batch (<see cref="PdfConverter"/>). Nothing is written when anything fails.
    /// </summary>
    public static OutcomeOutput Write(Campaigns.Campaign campaign, IReadOnlyDictionary<string, IReadOnlyDictionary<string, object?>> answers,
        DateOnly date, string output, string? templates = null, bool pdf = false, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        ArgumentNullException.ThrowIfNull(answers);
        ArgumentNullException.ThrowIfNull(output);
        if (File.Exists(output)) return Fail(output, "the output must be a folder, but a file has that name");
        // a batch's folder is replaced as a whole by the next batch: documents written there would be removed with it
        if (File.Exists(Path.Combine(output, BatchIndex.FileName)))
            return Fail(output, $"is a batch's output (it holds {BatchIndex.FileName}); write the outcome documents into a folder of their own");
        string? soffice = null;
        if (pdf && (soffice = PdfConverter.FindSoffice()) is null)
            return Fail("--pdf", "LibreOffice (soffice) was not found on PATH; install LibreOffice or run without --pdf");
        var briefing = DocumentCatalogue.Briefing;
        var problems = new List<Diagnostic>();
        var set = TemplateSet.Load([.. DocumentCatalogue.Outcomes.Select(t => t.Template), briefing.Template], templates, problems);
        if (set is null) return new OutcomeOutput(problems, [], []);
        var m = campaign.Models;
        var jobs = new List<(string File, string Who, Func<Dictionary<string, object?>> Model, DocumentType Type)>();
        var talks = m.OutcomeUnits(OutcomeDocument.Talk);
        for (var n = 0; n < talks.Count; n++)
        {
            var (unit, outcome) = talks[n];
            var serial = n + 1;
            var notice = m.TalkNotice(unit, outcome, date, serial);
            var number = (string)((Dictionary<string, object?>)notice["talk"]!)["number"]!;
            jobs.Add((DocumentCatalogue.TalkNotice.PathFor(unit), unit.DisplayName, () => notice, DocumentCatalogue.TalkNotice));
            jobs.Add((DocumentCatalogue.TalkRecord.PathFor(unit), unit.DisplayName, () => m.TalkRecord(unit, outcome, date, number), DocumentCatalogue.TalkRecord));
        }
        foreach (var (unit, outcome) in m.OutcomeUnits(OutcomeDocument.Admonition))
            jobs.Add((DocumentCatalogue.AdmonitionRecord.PathFor(unit), unit.DisplayName, () => m.AdmonitionRecord(unit, outcome, date), DocumentCatalogue.AdmonitionRecord));
        if (m.OutcomeUnits(OutcomeDocument.Commendation).Count > 0)
            jobs.Add((DocumentCatalogue.Commendation.PathFor(null), "", () => m.Commendation(date), DocumentCatalogue.Commendation));
        var members = m.MeetingMembers();
        if (members.Count > 0)
        {
            jobs.Add(($"{DocumentCatalogue.MeetingFolder}/{briefing.Template}", "", m.Briefing, briefing));
            foreach (var member in members)
                jobs.Add((DocumentCatalogue.MemberReport.PathFor(member), member.DisplayName,
                    () => m.MemberReport(member, answers.GetValueOrDefault(member.Id), date), DocumentCatalogue.MemberReport));
        }

        var errors = new List<Diagnostic>();
        StagedOutput staged;
        try { staged = StagedOutput.Begin(output); }
        catch (Exception e) when (IoFailure.Is(e)) { return Fail(output, $"cannot write: {IoFailure.Reason(e)}; nothing written"); }
        using (staged)
        {
            try
            {
                foreach (var (file, who, model, type) in jobs)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    var path = Path.Combine(staged.Folder, file);
                    Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                    using var stream = NewFile.Open(path);
                    var result = set[type.Template].Render(model(), stream, cancellationToken);
                    errors.AddRange(result.Diagnostics.Where(d => d.IsError).Select(d => d with { File = file, Location = Place(who, d.Location) }));
                }
                if (errors.Count > 0) return new OutcomeOutput(errors, [], []);
                var files = jobs.Select(j => j.File).ToList();
                if (pdf)
                {
                    var converted = PdfConverter.Convert(soffice, staged.Folder, [.. files], new PdfJobs { Previous = Directory.Exists(output) ? output : null }, cancellationToken);
                    if (converted.Errors.Count > 0) return new OutcomeOutput(converted.Errors, [], []);
                    files.AddRange(converted.Converted.Select(f => Path.ChangeExtension(f, ".pdf")));
                }
                var commit = staged.Commit(files, replaceSet: true);
                return commit.Errors.Count > 0 ? new OutcomeOutput(commit.Errors, [], [])
                    : new OutcomeOutput([], files, commit.Kept);
            }
            catch (Exception e) when (IoFailure.Is(e)) { return Fail(output, $"cannot write: {IoFailure.Reason(e)}; nothing written"); }
        }
    }

    static string Place(string who, string location) => who.Length == 0 ? location : location.Length == 0 ? who : $"{who}, {location}";

    static OutcomeOutput Fail(string output, string message) => new([new Diagnostic(output, "", message)], [], []);
}
