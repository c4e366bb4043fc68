using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using OfficeTools.AddIn.Server.Auth;
using OfficeTools.AddIn.Server.Hosting;
using OfficeTools.AddIn.Server.Security;
using OfficeTools.AddIn.Server.Services;
using OfficeTools.Collect.Reading;
using OfficeTools.Collect.Stores;
using OfficeTools.Collect.Submissions;

namespace OfficeTools.AddIn.Server.Features;

/// <summary>Receives the open document's bytes and stores them as the unit's next submission.</summary>
public static class SubmitApi
{
    /// <summary>The recorded submission and what the form check found (<c>Check</c> the word, <c>CheckLabel</c> its Chinese for the pane).</summary>
    public sealed record SubmitResponse(string Id, string UnitId, int Version, string Check, string CheckLabel, IReadOnlyList<string> Problems);

    /// <summary>Maps <c>POST /api/submissions/{unitId}</c> (body: the .docx bytes).</summary>
    public static RouteGroupBuilder MapSubmitApi(this RouteGroupBuilder group)
    {
        group.MapPost("/submissions/{unitId}", async Task<Results<Created<SubmitResponse>, ProblemHttpResult>> (string unitId,
            HttpContext http, LedgerSource source, DocxInspector inspector, StoreAccess stores, Caller caller,
            IOptions<AddInOptions> options, TimeProvider clock, TemplateLibrary library, RenderCache cache, CancellationToken ct) =>
        {
            var ledger = source.Current;
            if (!caller.CanAccess(ledger.Ledger, unitId)) return Problems.NotYours(caller, unitId);
            if (ledger.Ledger.FindUnit(unitId) is not { } unit) return Problems.NoUnit(unitId);
            var body = await UploadReader.ReadAsync(http.Request, options.Value.MaxUploadBytes, ct);
            if (body.Problem is { } tooLarge) return Problems.Bad(tooLarge.Message, tooLarge.Status, "文件被拒收");
            if (inspector.Inspect(body.Bytes!) is { } problem) return Problems.Bad(problem.Message, problem.Status, "文件被拒收");
            var bytes = body.Bytes!;
            var read = FormReader.Read(bytes, $"{unitId}.docx");
            // tags lost (a LibreOffice or WPS re-save): read it again by the places of the blank form the unit downloaded
            if (read.UnitId is null && read.Problems.Any(p => p.Id == FormProblem.NotOurForm)
                && BlankFormLayouts.For(unit, (await source.CampaignAsync(stores, http, ct)).Campaign!, library, cache, ct) is { } layouts)
                read = FormReader.Read(bytes, $"{unitId}.docx", layouts);
            if (read.UnitId != null && !string.Equals(read.UnitId, unitId, StringComparison.Ordinal))
                // the other unit is not named: its name by an id the file chose would tell a unit's user other units' names
                return Problems.Bad($"这份文档是其他单位的报表，不能作为{unit.Name}的报表提交：请下载本单位的预填报表填写后上传。", 400, "单位不符");
            var itemProblems = ledger.Ledger.ItemsOf(unitId).ToDictionary(i => i.Id, i => i.Problem, StringComparer.Ordinal);
            await using var lease = await stores.ForAsync(http);
            // one check with collect's: a file whose identity fails is kept (and listed) but never counts for the unit; a
            // notice's 办理结果 slip is checked against the notices the trail says were issued, and a bad one is not stored
            // the trail is read only for a slip (its identity holds only with the notice's number shown): a form's submit skips it
            var history = read.Values.ContainsKey(SlipChecker.NumberTag)
                ? OfficeTools.Documents.Campaigns.CampaignHistory.Replay(await lease.Store.ReadTrailAsync(ct)) : null;
            var check = ReturnCheck.Check(read, IdentityCheck.For(ledger.Ledger.Campaign), id => ledger.View?.Units.FirstOrDefault(u => u.Id == id), unitId, history);
            var number = check.Identity?.Number;
            if (check.IsSlip && check.Problems.Any(p => p.IsInvalidating))
                return Problems.Bad("办理结果报告单未被接收：" + string.Join("；", check.Problems.Where(p => p.IsInvalidating).Select(p => FormProblemText.Of(p, itemProblems, number))), 400, "办理结果报告单被拒收");
            var record = await lease.Store.SubmitAsync(unitId, $"{unitId}-{unit.Name}.docx", bytes, caller.Name, clock.GetUtcNow(), ct);
            if (check.Stored != record.Status) await lease.Store.SetStatusAsync([new StatusUpdate(record, check.Stored)], ct);
            return TypedResults.Created($"/api/status/{unitId}", new SubmitResponse(record.Id, unitId, record.Version,
                check.Status.CheckWord(), check.Status.CheckName(), [.. check.Problems.Select(p => FormProblemText.Of(p, itemProblems, number))]));
        });
        return group;
    }
}
