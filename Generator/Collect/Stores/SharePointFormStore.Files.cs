using System.Collections.Concurrent;
using Microsoft.Graph;
using Microsoft.Graph.Drives.Item.Items.Item.CreateUploadSession;
using Microsoft.Graph.Models;
using Microsoft.Graph.Models.ODataErrors;

namespace OfficeTools.Collect.Stores;

public sealed partial class SharePointFormStore
{
    // One paged walk of the library (delta) gives every file's path and quickXorHash, so a publish costs a few
    // listing requests in all, not one check per document.
    async Task<ConcurrentDictionary<string, string>> IndexAsync(CancellationToken ct)
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

    async Task<ConcurrentDictionary<string, string>> WalkLibraryAsync(CancellationToken ct)
    {
        var found = new ConcurrentDictionary<string, string>(StringComparer.Ordinal);
        try
        {
            var first = await graph.Drives[driveId].Items["root"].Delta.GetAsDeltaGetResponseAsync(
                rc => rc.QueryParameters.Select = ["id", "name", "parentReference", "file", "folder", "deleted"], ct).ConfigureAwait(false);
            if (first is not null)
            {
                var pages = PageIterator<DriveItem, Microsoft.Graph.Drives.Item.Items.Item.Delta.DeltaGetResponse>.CreatePageIterator(graph, first, item =>
                {
                    if (item.File is not null && item.Deleted is null && item.Name is not null)
                        found[RelativePath(item)] = item.File.Hashes?.QuickXorHash ?? "";
                    return true;
                });
                await pages.IterateAsync(ct).ConfigureAwait(false);
            }
        }
        catch (Exception e) when (IsGraphFailure(e))
        {
            throw Fail("listing the library", e);
        }
        return found;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<byte[]>> PublishedFormsAsync(string unitId, CancellationToken cancellationToken = default)
    {
        var known = await IndexAsync(cancellationToken).ConfigureAwait(false);
        var prefix = StoreNames.Safe(unitId) + "/";
        var list = new List<byte[]>();
        foreach (var path in known.Keys.Where(k => k.StartsWith(prefix, StringComparison.Ordinal) && k.IndexOf('/', prefix.Length) < 0
                     && k.EndsWith(".docx", StringComparison.OrdinalIgnoreCase)).Order(StringComparer.Ordinal))
        {
            try
            {
                await using var s = await graph.Drives[driveId].Root.ItemWithPath(path).Content.GetAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
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

    static string RelativePath(DriveItem item)
    {
        var parent = item.ParentReference?.Path ?? "";
        var colon = parent.IndexOf(':', StringComparison.Ordinal);
        var folder = colon < 0 ? "" : Uri.UnescapeDataString(parent[(colon + 1)..]).Trim('/');
        return folder.Length == 0 ? item.Name! : folder + "/" + item.Name;
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
            var session = await item.CreateUploadSession.PostAsync(new CreateUploadSessionPostRequestBody
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
                catch (Exception e) when (e is ServiceException or HttpRequestException or IOException or ODataError)
                {
                    // A slice broke off (connection dropped): the session remembers what arrived; resume from there.
                    last = e;
                }
            }
            throw new StoreException($"uploading {path} ({content.Length:N0} bytes) did not complete after {options.MaxRetries} resumes", last);
        }
        catch (ODataError e) when (e.ResponseStatusCode == 409)
        {
            throw new StoreException($"SharePoint already has a different file at {path} (409 {e.Error?.Code})", e);
        }
        catch (Exception e) when (IsGraphFailure(e))
        {
            throw Fail($"uploading {path}", e);
        }
    }
}
