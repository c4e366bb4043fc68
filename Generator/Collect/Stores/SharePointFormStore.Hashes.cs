using Microsoft.Graph.Models;

namespace OfficeTools.Collect.Stores;

/// <summary>A published file whose hashes are not yet in its columns.</summary>
sealed record PendingHash(string Path, string ItemId, string ContentHash, string StoredHash);

public sealed partial class SharePointFormStore
{
    /// <inheritdoc />
    /// <remarks>
    /// Two $batches per 20 files: the files' list item ids (driveItem relationship listItem), then their columns
    /// through the library's list (https://learn.microsoft.com/graph/api/listitem-update) — 0.1 requests per form
    /// instead of 2.
    /// </remarks>
    public async Task CompleteUploadsAsync(CancellationToken cancellationToken = default)
    {
        var pending = new List<PendingHash>();
        while (unrecorded.TryDequeue(out var p)) pending.Add(p);
        if (pending.Count == 0) return;
        var ids = await BatchAsync(pending, p => graph.Drives[driveId].Items[p.ItemId].ListItem.ToGetRequestInformation(rc => rc.QueryParameters.Select = ["id"]),
            "finding the list items of the published forms", cancellationToken).ConfigureAwait(false);
        var found = pending.Where(p => ids[p].Status == 200 && ids[p].Body?["id"]?.GetValue<string>() is { Length: > 0 }).ToList();
        var written = await BatchAsync(found, p => graph.Sites[siteId].Lists[libraryListId].Items[ids[p].Body!["id"]!.GetValue<string>()].Fields.ToPatchRequestInformation(
            new FieldValueSet { AdditionalData = new Dictionary<string, object> { ["ContentHash"] = p.ContentHash, ["StoredHash"] = p.StoredHash } }),
            "recording the hashes of the published forms", cancellationToken).ConfigureAwait(false);
        var missed = pending.Where(p => !written.TryGetValue(p, out var a) || a.Status >= 400).Select(p => p.Path).ToList();
        if (missed.Count > 0)
            throw new StoreException($"the forms were uploaded, but SharePoint did not take the hash columns of {missed.Count} of them " +
                $"({string.Join(", ", missed.Take(5))}{(missed.Count > 5 ? ", …" : "")}); the next publish uploads those again");
    }
}
