using System.Text.Json.Nodes;
using Microsoft.Graph;
using Microsoft.Kiota.Abstractions;

namespace OfficeTools.Collect.Stores;

public sealed partial class SharePointFormStore
{
    const int BatchLimit = 20;
    static readonly TimeSpan MaxWait = TimeSpan.FromSeconds(180);

    /// <summary>What a request inside a $batch got: its status and JSON body.</summary>
    sealed record BatchAnswer(int Status, JsonNode? Body);

    /// <summary>
    /// Sends one request per item in $batches of 20 (https://learn.microsoft.com/graph/json-batching). Each request in a
    /// batch is throttled on its own, so one answered 429/503/504 is sent again after its Retry-After
    /// (https://learn.microsoft.com/graph/throttling), up to MaxRetries rounds; answers are matched by id, never by
    /// position. Returns every item's last answer: a 429/503/504 there means it stayed busy.
    /// </summary>
    async Task<Dictionary<T, BatchAnswer>> BatchAsync<T>(IReadOnlyList<T> items, Func<T, RequestInformation> build, string what, CancellationToken ct)
        where T : notnull
    {
        var answers = new Dictionary<T, BatchAnswer>();
        var pending = items.ToList();
        for (var round = 0; pending.Count > 0; round++)
        {
            var busy = new List<T>();
            var wait = TimeSpan.Zero;
            foreach (var chunk in pending.Chunk(BatchLimit))
            {
                try
                {
                    var batch = new BatchRequestContentCollection(graph);
                    var steps = new Dictionary<string, T>();
                    foreach (var item in chunk) steps[await batch.AddBatchRequestStepAsync(build(item)).ConfigureAwait(false)] = item;
                    var response = await graph.Batch.PostAsync(batch, ct).ConfigureAwait(false);
                    foreach (var (id, code) in await response.GetResponsesStatusCodesAsync().ConfigureAwait(false))
                    {
                        using var sub = await response.GetResponseByIdAsync(id).ConfigureAwait(false);
                        var text = sub?.Content is null ? "" : await sub.Content.ReadAsStringAsync(ct).ConfigureAwait(false);
                        answers[steps[id]] = new BatchAnswer((int)code, text.Length == 0 ? null : JsonNode.Parse(text));
                        if ((int)code is 429 or 503 or 504)
                        {
                            busy.Add(steps[id]);
                            var after = sub?.Headers.RetryAfter?.Delta ?? TimeSpan.FromSeconds(1);
                            if (after > wait) wait = after;
                        }
                    }
                }
                catch (Exception e) when (IsGraphFailure(e))
                {
                    throw Fail(what, e);
                }
            }
            if (busy.Count == 0 || round >= options.MaxRetries) break;
            await Task.Delay(wait > MaxWait ? MaxWait : wait, ct).ConfigureAwait(false);
            pending = busy;
        }
        return answers;
    }

    static bool IsBusy(BatchAnswer a) => a.Status is 429 or 503 or 504;
}
