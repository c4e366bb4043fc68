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
    /// <summary>The recorded submission and what the form check found.</summary>
    public sealed record SubmitResponse(string Id, string UnitId, int Version, string Check, IReadOnlyList<string> Problems);

    /// <summary>Maps <c>POST /api/submissions/{unitId}</c> (body: the .docx bytes).</summary>
    public static RouteGroupBuilder MapSubmitApi(this RouteGroupBuilder group)
    {
        group.MapPost("/submissions/{unitId}", async Task<Results<Created<SubmitResponse>, ProblemHttpResult>> (string unitId,
            HttpContext http, LedgerSource source, DocxInspector inspector, StoreAccess stores, Caller caller,
            IOptions<AddInOptions> options, TimeProvider clock, CancellationToken ct) =>
        {
            var ledger = source.Current;
            if (!caller.CanAccess(ledger.Ledger, unitId)) return Problems.NotYours(caller, unitId);
            if (ledger.Ledger.FindUnit(unitId) is not { } unit) return Problems.NoUnit(unitId);
            var body = await UploadReader.ReadAsync(http.Request, options.Value.MaxUploadBytes, ct);
            if (body.Problem is { } tooLarge) return Problems.Bad(tooLarge.Message, tooLarge.Status, "文件被拒收");
            if (inspector.Inspect(body.Bytes!) is { } problem) return Problems.Bad(problem.Message, problem.Status, "文件被拒收");
            var bytes = body.Bytes!;
            var read = FormReader.Read(bytes, $"{unitId}.docx");
            if (read.UnitId != null && !string.Equals(read.UnitId, unitId, StringComparison.Ordinal))
                return Problems.Bad($"这份文档是单位 {read.UnitId} 的报表，不能作为{unit.Name}（{unitId}）提交。", 400, "单位不符");
            await using var lease = await stores.ForAsync(http);
            // one check with collect's: a file whose identity fails is kept (and listed) but never counts for the unit; a
            // notice's 办理结果 slip is checked against the notices the trail says were issued, and a bad one is not stored
            var history = OfficeTools.Documents.Campaigns.CampaignHistory.Replay(await lease.Store.ReadTrailAsync(ct));
            var check = ReturnCheck.Check(read, IdentityCheck.For(ledger.Ledger.Campaign), id => ledger.View?.Units.FirstOrDefault(u => u.Id == id), unitId, history);
            if (check.IsSlip && check.Problems.Any(p => p.IsInvalidating))
                return Problems.Bad("办理结果报告单未被接收：" + string.Join("；", check.Problems.Where(p => p.IsInvalidating).Select(p => p.Message)), 400, "办理结果报告单被拒收");
            var record = await lease.Store.SubmitAsync(unitId, $"{unitId}-{unit.Name}.docx", bytes, caller.Name, clock.GetUtcNow(), ct);
            if (check.Stored != record.Status) await lease.Store.SetStatusAsync([new StatusUpdate(record, check.Stored)], ct);
            return TypedResults.Created($"/api/status/{unitId}", new SubmitResponse(record.Id, unitId, record.Version,
                check.Status.CheckWord(), [.. check.Problems.Select(p => p.Message)]));
        });
        return group;
    }
}
