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
        for (var attempt = 0; pending.Count > 0; attempt++)
        {
            if (attempt >= ETagAttempts)
                throw new StoreException($"{pending.Count} submission status update(s) kept meeting newer versions (412) after {ETagAttempts} tries: {string.Join(", ", pending.Select(p => p.Submission.Id))}");
            var answers = await BatchAsync(pending, u => graph.Sites[siteId].Lists[listId].Items[u.Submission.Id].Fields.ToPatchRequestInformation(
                new FieldValueSet { AdditionalData = new Dictionary<string, object> { ["Status"] = u.Status } },
                rc => { if (u.Submission.ETag is { } tag) rc.Headers.Add("If-Match", tag); }), "updating submission statuses", cancellationToken).ConfigureAwait(false);
            var busy = answers.Where(a => IsBusy(a.Value)).Select(a => a.Key.Submission.Id).ToList();
            if (busy.Count > 0)
                throw new StoreException($"SharePoint kept answering «busy» (throttled or unavailable) to {busy.Count} status update(s) inside $batch after {options.MaxRetries} retries; " +
                    $"the others were applied. Not applied: {string.Join(", ", busy)} — run collect again later");
            if (answers.FirstOrDefault(a => a.Value.Status >= 400 && a.Value.Status != 412) is { Key: not null } refused)
                throw new StoreException($"SharePoint refused the status of submission {refused.Key.Submission.Id}: HTTP {refused.Value.Status} {refused.Value.Body?["error"]?["message"]}");
            // Someone changed those items since we read them: take their new eTags and try again.
            pending = [];
            foreach (var c in answers.Where(a => a.Value.Status == 412).Select(a => a.Key))
                pending.Add(c with { Submission = await ReReadAsync(c.Submission, cancellationToken).ConfigureAwait(false) });
        }
    }

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
