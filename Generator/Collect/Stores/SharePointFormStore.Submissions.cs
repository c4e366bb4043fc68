using System.Globalization;
using Microsoft.Graph;
using Microsoft.Graph.Models;
using Microsoft.Graph.Models.ODataErrors;
using Microsoft.Kiota.Abstractions;

namespace OfficeTools.Collect.Stores;

public sealed partial class SharePointFormStore
{
    const string PreferHeader = "Prefer", PreferValue = "HonorNonIndexedQueriesWarningMayFailRandomly";
    static readonly string[] FieldNames = ["Title", "Unit", "Form", "Status", "SubmittedAt", "SubmittedBy", "Version", "Hash"];

    /// <inheritdoc />
    public async Task<SubmissionRecord> SubmitAsync(string unitId, string fileName, byte[] content, string submittedBy,
        DateTimeOffset submittedAt, CancellationToken cancellationToken = default)
    {
        await ResolveAsync(cancellationToken).ConfigureAwait(false);
        var hash = StoreNames.Hash(content);
        var form = $"{StoreNames.Safe(unitId)}/{StoreNames.SubmissionsFolder}/{StoreNames.SubmissionFile(unitId, submittedAt, hash)}";
        try
        {
            // The name carries time and content hash: "fail" means a retried submit finds its own file, never another's.
            await UploadAsync(form, content, "fail", cancellationToken).ConfigureAwait(false);
        }
        catch (StoreException e) when (e.InnerException is ODataError { ResponseStatusCode: 409 })
        {
            // Same name = same unit, same millisecond, same bytes: normally this submission's file already arrived
            // (a retried submit). Check it rather than trust the name.
            var same = await SameFileAsync(form, content, cancellationToken).ConfigureAwait(false);
            if (same == false) throw new StoreException($"SharePoint already has a different file named {form}", e);
            if (same is null) await UploadAsync(form, content, "fail", cancellationToken).ConfigureAwait(false);
        }
        var mine = (await QueryAsync($"fields/Unit eq '{unitId.Replace("'", "''", StringComparison.Ordinal)}'", cancellationToken).ConfigureAwait(false))
            .FirstOrDefault(r => r.Form == form);
        if (mine is null)
        {
            try
            {
                var created = await graph.Sites[siteId].Lists[listId].Items.PostAsync(new ListItem
                {
                    Fields = new FieldValueSet
                    {
                        AdditionalData = new Dictionary<string, object>
                        {
                            ["Title"] = Path.GetFileName(form), ["Unit"] = unitId, ["Form"] = form, ["Status"] = StoreNames.Submitted,
                            ["SubmittedAt"] = submittedAt.UtcDateTime.ToString("o", CultureInfo.InvariantCulture), ["SubmittedBy"] = submittedBy,
                            ["Hash"] = hash, ["OriginalName"] = fileName,
                        },
                    },
                }, cancellationToken: cancellationToken).ConfigureAwait(false);
                mine = ToRecord(created!);
            }
            catch (Exception e) when (IsGraphFailure(e))
            {
                throw Fail($"recording the submission of unit {unitId}", e);
            }
        }
        if (mine.Version > 0) return mine;
        // Versions follow the list's own item ids, so concurrent submitters can never take the same number.
        var all = await QueryAsync($"fields/Unit eq '{unitId.Replace("'", "''", StringComparison.Ordinal)}'", cancellationToken).ConfigureAwait(false);
        var version = all.Count(r => long.Parse(r.Id, CultureInfo.InvariantCulture) <= long.Parse(mine.Id, CultureInfo.InvariantCulture));
        var updated = mine with { Version = version };
        await PatchWithETagAsync(updated, new Dictionary<string, object> { ["Version"] = version }, cancellationToken).ConfigureAwait(false);
        return updated;
    }

    async Task<bool?> SameFileAsync(string path, byte[] content, CancellationToken ct)
    {
        try
        {
            var item = await graph.Drives[driveId].Root.ItemWithPath(path).GetAsync(cancellationToken: ct).ConfigureAwait(false);
            return item?.File?.Hashes?.QuickXorHash == QuickXorHash.Compute(content);
        }
        catch (ODataError e) when (e.ResponseStatusCode == 404)
        {
            return null;
        }
        catch (Exception e) when (IsGraphFailure(e))
        {
            throw Fail($"checking {path}", e);
        }
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<SubmissionRecord>> ListSubmissionsAsync(CancellationToken cancellationToken = default)
    {
        await ResolveAsync(cancellationToken).ConfigureAwait(false);
        return await QueryAsync(null, cancellationToken).ConfigureAwait(false);
    }

    async Task<List<SubmissionRecord>> QueryAsync(string? filter, CancellationToken ct)
    {
        var list = new List<SubmissionRecord>();
        try
        {
            void Configure(RequestConfiguration<Microsoft.Graph.Sites.Item.Lists.Item.Items.ItemsRequestBuilder.ItemsRequestBuilderGetQueryParameters> rc)
            {
                rc.QueryParameters.Expand = [$"fields($select={string.Join(",", FieldNames)})"];
                rc.QueryParameters.Top = 200;
                if (filter is not null) rc.QueryParameters.Filter = filter;
                rc.Headers.Add(PreferHeader, PreferValue);
            }
            var first = await graph.Sites[siteId].Lists[listId].Items.GetAsync(Configure, ct).ConfigureAwait(false);
            if (first is null) return list;
            var pages = PageIterator<ListItem, ListItemCollectionResponse>.CreatePageIterator(graph, first,
                item => { list.Add(ToRecord(item)); return true; },
                // Later pages must carry the Prefer header too, or an unindexed filter fails on page 2.
                request => { request.Headers.TryAdd(PreferHeader, PreferValue); return request; });
            await pages.IterateAsync(ct).ConfigureAwait(false);
        }
        catch (Exception e) when (IsGraphFailure(e))
        {
            throw Fail("reading the submissions list", e);
        }
        return list.OrderBy(r => long.Parse(r.Id, CultureInfo.InvariantCulture)).ToList();
    }

    static SubmissionRecord ToRecord(ListItem item)
    {
        var f = item.Fields?.AdditionalData ?? new Dictionary<string, object>();
        string S(string k) => f.TryGetValue(k, out var v) && v is not null ? Convert.ToString(v, CultureInfo.InvariantCulture) ?? "" : "";
        var at = f.TryGetValue("SubmittedAt", out var a) && a is DateTime dt ? new DateTimeOffset(DateTime.SpecifyKind(dt, DateTimeKind.Utc))
            : DateTimeOffset.TryParse(S("SubmittedAt"), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var p) ? p : DateTimeOffset.MinValue;
        var version = int.TryParse(S("Version"), NumberStyles.Number, CultureInfo.InvariantCulture, out var v) ? v
            : decimal.TryParse(S("Version"), NumberStyles.Number, CultureInfo.InvariantCulture, out var dv) ? (int)dv : 0;
        return new SubmissionRecord(item.Id ?? "", S("Unit"), S("Form"), S("Status"), at, S("SubmittedBy"), version, S("Hash"), item.ETag);
    }
}
