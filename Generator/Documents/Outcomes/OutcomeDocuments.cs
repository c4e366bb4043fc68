using OfficeTools.Data;
using OfficeTools.Documents.Batch;
using OfficeTools.Documents.Catalogue;
using OfficeTools.Documents.Rules;

namespace OfficeTools.Documents.Outcomes;

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
    public static WrittenDocuments Write(Campaigns.Campaign campaign, IReadOnlyDictionary<string, IReadOnlyDictionary<string, object?>> answers,
        DateOnly date, string output, string? templates = null, bool pdf = false, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        ArgumentNullException.ThrowIfNull(answers);
        ArgumentNullException.ThrowIfNull(output);
        string? soffice = null;
        if (pdf && (soffice = PdfConverter.FindSoffice()) is null)
            return WrittenDocuments.Failed("--pdf", "LibreOffice (soffice) was not found on PATH; install LibreOffice or run without --pdf");
        var briefing = DocumentCatalogue.Briefing;
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

        DocumentSetWriter.Finish? pdfs = !pdf ? null : (folder, files) =>
        {
            var converted = PdfConverter.Convert(soffice, folder, [.. files], new PdfJobs { Previous = Directory.Exists(output) ? output : null }, cancellationToken);
            return ([.. converted.Converted.Select(f => Path.ChangeExtension(f, ".pdf"))], converted.Errors);
        };
        return DocumentSetWriter.Write(output, "the outcome documents", [.. DocumentCatalogue.Outcomes.Select(t => t.Template), briefing.Template], templates,
            () => [.. jobs.Select(j => DocumentJob.Rendered(j.File, j.Who, j.Type.Template, j.Model))], cancellationToken, replaceSet: true, finish: pdfs);
    }
}
