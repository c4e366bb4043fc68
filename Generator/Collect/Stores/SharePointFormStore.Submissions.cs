using System.Globalization;
using Microsoft.Graph;
using Microsoft.Graph.Models;
using Microsoft.Graph.Models.ODataErrors;
using Microsoft.Kiota.Abstractions;

namespace OfficeTools.Collect.Stores;

public sealed partial class SharePointFormStore
{
    static readonly string[] FieldNames = ["Title", .. SharePointSchema.Submissions.Select(c => c.Name)];

    /// <inheritdoc />
    public async Task<SubmissionRecord> SubmitAsync(string unitId, string fileName, byte[] content, string submittedBy,
        DateTimeOffset submittedAt, CancellationToken cancellationToken = default)
    {
        if (unitId.Length > SharePointSchema.TextLimit)
            throw new StoreException($"unit id «{unitId[..20]}…» has {unitId.Length} characters; SharePoint's Unit column holds {SharePointSchema.TextLimit}");
        await ResolveAsync(cancellationToken).ConfigureAwait(false);
        var hash = StoreNames.Hash(content);
        var form = $"{StoreNames.UnitFolder(unitId)}/{StoreNames.SubmissionsFolder}/{StoreNames.SubmissionFile(unitId, submittedAt, hash)}";
        try
        {
            // The name carries time and content hash: "fail" means a retried submit finds its own file, never another's.
            var stored = await UploadAsync(form, content, "fail", cancellationToken).ConfigureAwait(false);
            await RecordHashAsync(form, stored, hash, cancellationToken).ConfigureAwait(false);
        }
        catch (NameTakenException e)
        {
            // Same name = same unit, same millisecond, same bytes: normally this submission's file already arrived
            // (a retried submit). Check it rather than trust the name.
            var same = await SameFileAsync(form, content, hash, cancellationToken).ConfigureAwait(false);
            if (same == false) throw new StoreException($"SharePoint already has a different file named {form}", e);
            if (same is null)
            {
                var stored = await UploadAsync(form, content, "fail", cancellationToken).ConfigureAwait(false);
                await RecordHashAsync(form, stored, hash, cancellationToken).ConfigureAwait(false);
            }
        }
        var mine = (await QueryAsync(UnitFilter(unitId), cancellationToken).ConfigureAwait(false)).FirstOrDefault(r => r.Form == form);
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
                            ["Title"] = Text(Path.GetFileName(form)), ["Unit"] = unitId, ["Form"] = form, ["Status"] = Submissions.StoredStatus.Recorded,
                            ["SubmittedAt"] = submittedAt.UtcDateTime.ToString("o", CultureInfo.InvariantCulture), ["SubmittedBy"] = Text(submittedBy),
                            ["Hash"] = hash, ["OriginalName"] = Text(fileName),
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
        var all = await QueryAsync(UnitFilter(unitId), cancellationToken).ConfigureAwait(false);
        var version = all.Count(r => long.Parse(r.Id, CultureInfo.InvariantCulture) <= long.Parse(mine.Id, CultureInfo.InvariantCulture));
        var updated = mine with { Version = version };
        await PatchWithETagAsync(updated, new Dictionary<string, object> { ["Version"] = version }, cancellationToken).ConfigureAwait(false);
        return updated;
    }

    // Unit is an indexed column, so this filter holds past the 5,000-item list view threshold without any Prefer header.
    static string UnitFilter(string unitId) => $"fields/Unit eq '{unitId.Replace("'", "''", StringComparison.Ordinal)}'";

    static string Text(string s) => s.Length <= SharePointSchema.TextLimit ? s : s[..SharePointSchema.TextLimit];

    // Ours when the file's recorded ContentHash is our hash (SharePoint may have rewritten the bytes); a file without
    // one (its upload broke off before the hash was recorded) is ours when SharePoint's hash matches the bytes.
    async Task<bool?> SameFileAsync(string path, byte[] content, string hash, CancellationToken ct)
    {
        try
        {
            var item = await graph.Drives[driveId].Root.ItemWithPath(path).GetAsync(
                rc => rc.QueryParameters.Expand = ["listItem($expand=fields($select=ContentHash))"], ct).ConfigureAwait(false);
            if (item is null) return null;
            if (item.ListItem?.Fields?.AdditionalData is { } f && f.TryGetValue("ContentHash", out var recorded) && recorded?.ToString() is { Length: > 0 } r)
                return r == hash;
            var same = item.File?.Hashes?.QuickXorHash == QuickXorHash.Compute(content);
            if (same) await RecordHashAsync(path, item, hash, ct).ConfigureAwait(false);
            return same;
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
            }
            var first = await graph.Sites[siteId].Lists[listId].Items.GetAsync(Configure, ct).ConfigureAwait(false);
            if (first is null) return list;
            var pages = PageIterator<ListItem, ListItemCollectionResponse>.CreatePageIterator(graph, first,
                item => { list.Add(ToRecord(item)); return true; });
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
        string S(string k) => f.TryGetValue(k, out var v) ? FieldText(v) ?? "" : "";
        var at = f.TryGetValue("SubmittedAt", out var a) && a is DateTime dt ? new DateTimeOffset(DateTime.SpecifyKind(dt, DateTimeKind.Utc))
            : DateTimeOffset.TryParse(S("SubmittedAt"), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var p) ? p : DateTimeOffset.MinValue;
        var version = int.TryParse(S("Version"), NumberStyles.Number, CultureInfo.InvariantCulture, out var v) ? v
            : decimal.TryParse(S("Version"), NumberStyles.Number, CultureInfo.InvariantCulture, out var dv) ? (int)dv : 0;
        return new SubmissionRecord(item.Id ?? "", S("Unit"), S("Form"), S("Status"), at, S("SubmittedBy"), version, S("Hash"), item.ETag);
    }
}
