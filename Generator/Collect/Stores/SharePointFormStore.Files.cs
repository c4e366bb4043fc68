using Microsoft.Graph;
using Microsoft.Graph.Drives.Item.Items.Item.CreateUploadSession;
using Microsoft.Graph.Models;
using Microsoft.Graph.Models.ODataErrors;

namespace OfficeTools.Collect.Stores;

public sealed partial class SharePointFormStore
{
    // One paged walk of the library (delta) gives every item's id, name, parent id and quickXorHash, and one paged walk
    // of the library's list gives the hashes we recorded: a publish costs a few listing requests in all, not one per form.
    async Task<LibraryIndex> IndexAsync(CancellationToken ct)
    {
        if (index is not null) return index;
        await ResolveAsync(ct).ConfigureAwait(false);
        await gate.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            // Parallel publishers wait for the one walk instead of each walking the library.
            return index ??= await WalkLibraryAsync(ct).ConfigureAwait(false);
        }
        finally
        {
            gate.Release();
        }
    }

    async Task<LibraryIndex> WalkLibraryAsync(CancellationToken ct)
    {
        var entries = new Dictionary<string, DeltaEntry>(StringComparer.Ordinal);
        var recorded = new Dictionary<string, (string Content, string Stored)>(StringComparer.Ordinal);
        try
        {
            // driveItem delta, Remarks: on SharePoint parentReference has no path; items are tracked by id, and the same
            // item may come more than once (the last one counts). https://learn.microsoft.com/graph/api/driveitem-delta
            var first = await graph.Drives[driveId].Items["root"].Delta.GetAsDeltaGetResponseAsync(
                rc => rc.QueryParameters.Select = ["id", "name", "parentReference", "file", "folder", "deleted", "root", "sharepointIds"], ct).ConfigureAwait(false);
            if (first is not null)
            {
                var pages = PageIterator<DriveItem, Microsoft.Graph.Drives.Item.Items.Item.Delta.DeltaGetResponse>.CreatePageIterator(graph, first, item =>
                {
                    if (item.Id is null) return true;
                    if (item.Deleted is not null) entries.Remove(item.Id);
                    else entries[item.Id] = new DeltaEntry(item.Id, item.Name ?? "", item.ParentReference?.Id, item.Root is not null,
                        item.File is not null, item.File?.Hashes?.QuickXorHash ?? "", item.SharepointIds?.ListItemId);
                    return true;
                });
                await pages.IterateAsync(ct).ConfigureAwait(false);
            }
            var items = await graph.Sites[siteId].Lists[libraryListId].Items.GetAsync(rc =>
            {
                rc.QueryParameters.Expand = [$"fields($select={string.Join(",", SharePointSchema.Library.Select(c => c.Name))})"];
                rc.QueryParameters.Top = 1000;
            }, ct).ConfigureAwait(false);
            if (items is not null)
            {
                var pages = PageIterator<ListItem, ListItemCollectionResponse>.CreatePageIterator(graph, items, li =>
                {
                    var f = li.Fields?.AdditionalData;
                    if (li.Id is not null && f is not null)
                        recorded[li.Id] = (f.TryGetValue("ContentHash", out var c) ? c?.ToString() ?? "" : "", f.TryGetValue("StoredHash", out var h) ? h?.ToString() ?? "" : "");
                    return true;
                });
                await pages.IterateAsync(ct).ConfigureAwait(false);
            }
        }
        catch (Exception e) when (IsGraphFailure(e))
        {
            throw Fail("listing the library", e);
        }
        var found = new LibraryIndex();
        foreach (var e in entries.Values.Where(e => e.IsFile))
        {
            if (PathOf(e, entries) is not { } path) continue;
            var (content, stored) = e.ListItemId is not null && recorded.TryGetValue(e.ListItemId, out var r) ? r : ("", "");
            found.Files[path] = new LibraryFile(e.Id, e.QuickXorHash, content, stored);
        }
        return found;
    }

    // The path of an item from its chain of parent ids up to the root; null when a parent is unknown (outside the walk).
    static string? PathOf(DeltaEntry e, Dictionary<string, DeltaEntry> all)
    {
        var names = new List<string> { e.Name };
        var parent = e.ParentId;
        for (var depth = 0; depth < 64; depth++)
        {
            if (parent is null || !all.TryGetValue(parent, out var p)) return null;
            if (p.IsRoot) return string.Join('/', Enumerable.Reverse(names));
            names.Add(p.Name);
            parent = p.ParentId;
        }
        return null;
    }

    // Our SHA-256 of the bytes sent and SharePoint's quickXorHash of what it then kept go into the file's columns.
    async Task<LibraryFile> RecordHashAsync(string path, DriveItem? stored, string hash, CancellationToken ct)
    {
        var itemId = stored?.Id ?? throw new StoreException($"SharePoint stored {path} but did not say as what");
        var xor = stored.File?.Hashes?.QuickXorHash ?? "";
        try
        {
            // The file's list item (driveItem relationship listItem), whose columns are written through the list
            // (https://learn.microsoft.com/graph/api/listitem-update).
            var listItem = await graph.Drives[driveId].Items[itemId].ListItem.GetAsync(rc => rc.QueryParameters.Select = ["id"], ct).ConfigureAwait(false)
                ?? throw new StoreException($"SharePoint stored {path} but gave it no list item");
            await graph.Sites[siteId].Lists[libraryListId].Items[listItem.Id].Fields.PatchAsync(new FieldValueSet
            {
                AdditionalData = new Dictionary<string, object> { ["ContentHash"] = hash, ["StoredHash"] = xor },
            }, cancellationToken: ct).ConfigureAwait(false);
        }
        catch (Exception e) when (IsGraphFailure(e))
        {
            throw Fail($"recording the hash of {path}", e);
        }
        return new LibraryFile(itemId, xor, hash, xor);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<byte[]>> PublishedFormsAsync(string unitId, CancellationToken cancellationToken = default)
    {
        var known = await IndexAsync(cancellationToken).ConfigureAwait(false);
        var prefix = StoreNames.UnitFolder(unitId) + "/";
        var list = new List<byte[]>();
        foreach (var (path, file) in known.Files.Where(k => k.Key.StartsWith(prefix, StringComparison.Ordinal) && k.Key.IndexOf('/', prefix.Length) < 0
                     && k.Key.EndsWith(".docx", StringComparison.OrdinalIgnoreCase)).OrderBy(k => k.Key, StringComparer.Ordinal))
        {
            try
            {
                await using var s = await graph.Drives[driveId].Items[file.ItemId].Content.GetAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
                if (s is null) continue;
                using var ms = new MemoryStream();
                await s.CopyToAsync(ms, cancellationToken).ConfigureAwait(false);
                list.Add(ms.ToArray());
            }
            catch (Exception e) when (IsGraphFailure(e))
            {
                throw Fail($"downloading the published form {path}", e);
            }
        }
        return list;
    }

    /// <summary>Uploads to <paramref name="path"/> (folders made on the way): a simple PUT up to the limit, else an upload session.</summary>
    async Task<DriveItem?> UploadAsync(string path, byte[] content, string conflictBehavior, CancellationToken ct)
    {
        await ResolveAsync(ct).ConfigureAwait(false);
        var item = graph.Drives[driveId].Root.ItemWithPath(path);
        try
        {
            if (content.Length <= options.SmallUploadLimit)
            {
                using var body = new MemoryStream(content, writable: false);
                var url = item.Content.ToPutRequestInformation(body).URI + "?@microsoft.graph.conflictBehavior=" + conflictBehavior;
                return await item.Content.WithUrl(url).PutAsync(body, cancellationToken: ct).ConfigureAwait(false);
            }
            // The SDK retries a refused final slice itself, so a 409 there can reach us as the session being gone (404):
            // then a file at the path means the name is taken; none means the session expired, and one new session follows.
            for (var session = 0; ; session++)
            {
                var done = await UploadSessionAsync(path, content, conflictBehavior, ct).ConfigureAwait(false);
                if (done is not null) return done;
                if (conflictBehavior == "fail" && await ExistsAsync(path, ct).ConfigureAwait(false))
                    throw new NameTakenException(path, new StoreException($"the upload session for {path} ended with the name taken"));
                if (session >= 1) throw new StoreException($"uploading {path} ({content.Length:N0} bytes): the upload session was lost twice");
            }
        }
        catch (ODataError e) when (e.ResponseStatusCode == 409)
        {
            throw new NameTakenException(path, e);
        }
        catch (Exception e) when (IsGraphFailure(e))
        {
            throw Fail($"uploading {path}", e);
        }
    }

    // One upload session, resumed after broken slices; null when the session is gone (404: expired or ended by a 409).
    async Task<DriveItem?> UploadSessionAsync(string path, byte[] content, string conflictBehavior, CancellationToken ct)
    {
        var session = await graph.Drives[driveId].Root.ItemWithPath(path).CreateUploadSession.PostAsync(new CreateUploadSessionPostRequestBody
        {
            Item = new DriveItemUploadableProperties
            {
                AdditionalData = new Dictionary<string, object> { ["@microsoft.graph.conflictBehavior"] = conflictBehavior },
            },
        }, cancellationToken: ct).ConfigureAwait(false) ?? throw new StoreException($"no upload session for {path}");
        using var stream = new MemoryStream(content, writable: false);
        var task = new LargeFileUploadTask<DriveItem>(session, stream, options.SliceSize, graph.RequestAdapter);
        Exception? last = null;
        for (var attempt = 0; attempt <= options.MaxRetries; attempt++)
        {
            try
            {
                var result = attempt == 0
                    ? await task.UploadAsync(cancellationToken: ct).ConfigureAwait(false)
                    : await task.ResumeAsync(cancellationToken: ct).ConfigureAwait(false);
                if (result.UploadSucceeded) return result.ItemResponse;
            }
            catch (ServiceException e) when (e.ResponseStatusCode == 409)
            {
                // The final range found another file of that name (conflictBehavior fail): as a simple PUT's 409.
                throw new NameTakenException(path, e);
            }
            catch (ServiceException e) when (e.ResponseStatusCode == 404)
            {
                return null;
            }
            catch (Exception e) when (e is ServiceException or HttpRequestException or IOException or ODataError)
            {
                // A slice broke off (connection dropped): the session remembers what arrived; resume from there.
                last = e;
            }
        }
        throw new StoreException($"uploading {path} ({content.Length:N0} bytes) did not complete after {options.MaxRetries} resumes", last);
    }

    async Task<bool> ExistsAsync(string path, CancellationToken ct)
    {
        try
        {
            return await graph.Drives[driveId].Root.ItemWithPath(path).GetAsync(rc => rc.QueryParameters.Select = ["id"], ct).ConfigureAwait(false) is not null;
        }
        catch (ODataError e) when (e.ResponseStatusCode == 404)
        {
            return false;
        }
    }
}
