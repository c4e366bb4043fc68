using Microsoft.Graph;
using Microsoft.Graph.Models;
using Microsoft.Graph.Models.ODataErrors;

namespace OfficeTools.Collect.Stores;

public sealed partial class SharePointFormStore
{
    const int ETagAttempts = 5;

    /// <inheritdoc />
    public async Task SetStatusAsync(IReadOnlyList<StatusUpdate> updates, CancellationToken cancellationToken = default)
    {
        await ResolveAsync(cancellationToken).ConfigureAwait(false);
        var pending = updates.ToList();
        var busyRounds = 0;
        for (var attempt = 0; pending.Count > 0; attempt++)
        {
            if (attempt >= ETagAttempts + options.MaxRetries)
                throw new StoreException($"{pending.Count} submission status update(s) could not be applied after {attempt} rounds (newer versions or SharePoint busy): {string.Join(", ", pending.Select(p => p.Submission.Id))}");
            var conflicted = new List<StatusUpdate>();
            var busy = new List<StatusUpdate>();
            var wait = TimeSpan.Zero;
            // $batch takes 20 requests at a time.
            foreach (var chunk in pending.Chunk(20))
            {
                var outcome = await SendStatusBatchAsync(chunk, cancellationToken).ConfigureAwait(false);
                conflicted.AddRange(outcome.Conflicted);
                busy.AddRange(outcome.Busy);
                if (outcome.RetryAfter > wait) wait = outcome.RetryAfter;
            }
            if (busy.Count > 0 && ++busyRounds > options.MaxRetries)
                throw new StoreException($"SharePoint kept answering «busy» (throttled or unavailable) to {busy.Count} status update(s) inside $batch after {options.MaxRetries} retries; " +
                    $"the others were applied. Not applied: {string.Join(", ", busy.Select(b => b.Submission.Id))} — run collect again later");
            // Each throttled sub-request is sent again after its Retry-After (https://learn.microsoft.com/graph/throttling).
            if (busy.Count > 0) await Task.Delay(wait, cancellationToken).ConfigureAwait(false);
            // Someone changed those items since we read them: take their new eTags and try again.
            pending = [.. busy];
            foreach (var c in conflicted)
            {
                var fresh = await ReReadAsync(c.Submission, cancellationToken).ConfigureAwait(false);
                pending.Add(c with { Submission = fresh });
            }
        }
    }

    sealed record BatchOutcome(List<StatusUpdate> Conflicted, List<StatusUpdate> Busy, TimeSpan RetryAfter);

    async Task<BatchOutcome> SendStatusBatchAsync(StatusUpdate[] chunk, CancellationToken ct)
    {
        var outcome = new BatchOutcome([], [], TimeSpan.Zero);
        try
        {
            var batch = new BatchRequestContentCollection(graph);
            var steps = new Dictionary<string, StatusUpdate>();
            foreach (var u in chunk)
            {
                var info = graph.Sites[siteId].Lists[listId].Items[u.Submission.Id].Fields.ToPatchRequestInformation(
                    new FieldValueSet { AdditionalData = new Dictionary<string, object> { ["Status"] = u.Status } },
                    rc => { if (u.Submission.ETag is { } tag) rc.Headers.Add("If-Match", tag); });
                steps[await batch.AddBatchRequestStepAsync(info).ConfigureAwait(false)] = u;
            }
            var response = await graph.Batch.PostAsync(batch, ct).ConfigureAwait(false);
            var wait = TimeSpan.Zero;
            // Sub-responses come in any order: matched by id, never by position.
            foreach (var (id, code) in await response.GetResponsesStatusCodesAsync().ConfigureAwait(false))
            {
                var status = (int)code;
                if (status == 412) outcome.Conflicted.Add(steps[id]);
                else if (status is 429 or 503 or 504)
                {
                    outcome.Busy.Add(steps[id]);
                    using var sub = await response.GetResponseByIdAsync(id).ConfigureAwait(false);
                    var after = sub?.Headers.RetryAfter?.Delta ?? TimeSpan.FromSeconds(1);
                    if (after > wait) wait = after;
                }
                else if (status >= 400)
                    throw new StoreException($"SharePoint refused the status of submission {steps[id].Submission.Id}: HTTP {status}");
            }
            return outcome with { RetryAfter = wait > MaxWait ? MaxWait : wait };
        }
        catch (Exception e) when (IsGraphFailure(e))
        {
            throw Fail("updating submission statuses", e);
        }
    }

    static readonly TimeSpan MaxWait = TimeSpan.FromSeconds(180);

    async Task PatchWithETagAsync(SubmissionRecord record, Dictionary<string, object> fields, CancellationToken ct)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                await graph.Sites[siteId].Lists[listId].Items[record.Id].Fields.PatchAsync(new FieldValueSet { AdditionalData = fields },
                    rc => { if (record.ETag is { } tag) rc.Headers.Add("If-Match", tag); }, ct).ConfigureAwait(false);
                return;
            }
            catch (ODataError e) when (e.ResponseStatusCode == 412 && attempt < ETagAttempts)
            {
                record = await ReReadAsync(record, ct).ConfigureAwait(false);
            }
            catch (Exception e) when (IsGraphFailure(e))
            {
                throw Fail($"updating submission {record.Id} of unit {record.UnitId}", e);
            }
        }
    }

    async Task<SubmissionRecord> ReReadAsync(SubmissionRecord record, CancellationToken ct)
    {
        try
        {
            var item = await graph.Sites[siteId].Lists[listId].Items[record.Id].GetAsync(
                rc => rc.QueryParameters.Expand = ["fields"], ct).ConfigureAwait(false);
            return item is null ? record : record with { ETag = item.ETag };
        }
        catch (Exception e) when (IsGraphFailure(e))
        {
            throw Fail($"re-reading submission {record.Id}", e);
        }
    }
}
