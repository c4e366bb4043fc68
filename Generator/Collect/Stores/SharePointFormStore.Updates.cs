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
            var conflicted = new List<StatusUpdate>();
            // $batch takes 20 requests at a time; the collection splits for us.
            foreach (var chunk in pending.Chunk(20))
            {
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
                    var response = await graph.Batch.PostAsync(batch, cancellationToken).ConfigureAwait(false);
                    var codes = await response.GetResponsesStatusCodesAsync().ConfigureAwait(false);
                    foreach (var (id, code) in codes)
                    {
                        if ((int)code == 412) conflicted.Add(steps[id]);
                        else if ((int)code >= 400)
                            throw new StoreException($"SharePoint refused the status of submission {steps[id].Submission.Id}: HTTP {(int)code}");
                    }
                }
                catch (Exception e) when (IsGraphFailure(e))
                {
                    throw Fail("updating submission statuses", e);
                }
            }
            // Someone changed those items since we read them: take their new eTags and try again.
            pending = [];
            foreach (var c in conflicted)
            {
                var fresh = await ReReadAsync(c.Submission, cancellationToken).ConfigureAwait(false);
                pending.Add(c with { Submission = fresh });
            }
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
