using Microsoft.Graph;
using Microsoft.Graph.Models;
using Microsoft.Graph.Models.ODataErrors;
using OfficeTools.Collect.Configuration;

namespace OfficeTools.Collect.Stores;

/// <summary>
/// The SharePoint store through Microsoft Graph: a document library with a folder per unit, and a list of
/// submissions whose columns <see cref="SharePointSchema"/> defines. Works the same against SharePoint Online and the
/// Graph emulator (only the base URL differs).
/// </summary>
public sealed partial class SharePointFormStore : IFormStore
{
    readonly GraphServiceClient graph;
    readonly StoreOptions options;
    readonly SiteAddress site;
    readonly SemaphoreSlim gate = new(1, 1);
    string? siteId, driveId, libraryListId, listId, trailListId;
    LibraryIndex? index;
    readonly System.Collections.Concurrent.ConcurrentQueue<PendingHash> unrecorded = new();

    /// <summary>A store over <paramref name="graph"/> configured by <paramref name="options"/>.</summary>
    public SharePointFormStore(GraphServiceClient graph, StoreOptions options)
    {
        this.graph = graph;
        this.options = options;
        site = SiteAddress.From(options.SiteHost, options.SitePath);
    }

    /// <summary>A store with the client and credential the configuration names.</summary>
    public static SharePointFormStore Create(StoreOptions options) =>
        new(GraphClientBuilder.Create(options, CredentialFactory.Create(options)), options);

    /// <inheritdoc />
    public string Description => $"SharePoint {site}, library «{options.Library}», list «{options.List}»";

    /// <inheritdoc />
    public async Task EnsureUnitFolderAsync(string unitId, CancellationToken cancellationToken = default)
    {
        await ResolveAsync(cancellationToken).ConfigureAwait(false);
        var folder = new DriveItem
        {
            Name = StoreNames.UnitFolder(unitId),
            Folder = new Folder(),
            AdditionalData = new Dictionary<string, object> { ["@microsoft.graph.conflictBehavior"] = "fail" },
        };
        try
        {
            await graph.Drives[driveId].Items["root"].Children.PostAsync(folder, cancellationToken: cancellationToken).ConfigureAwait(false);
        }
        catch (ODataError e) when (e.ResponseStatusCode == 409)
        {
            // The folder exists already: that is what we wanted.
        }
        catch (Exception e) when (IsGraphFailure(e))
        {
            throw Fail($"creating the folder of unit {unitId}", e);
        }
    }

    /// <inheritdoc />
    public async Task<UploadOutcome> UploadFormAsync(string unitId, string fileName, byte[] content, CancellationToken cancellationToken = default)
    {
        var known = await IndexAsync(cancellationToken).ConfigureAwait(false);
        var path = $"{StoreNames.UnitFolder(unitId)}/{StoreNames.File(fileName)}";
        var hash = StoreNames.Hash(content);
        var existed = known.Files.TryGetValue(path, out var old);
        // Our own hash of what we sent, and SharePoint's hash of what it kept then: both must still hold.
        if (existed && old!.ContentHash == hash && old.StoredHash == old.QuickXorHash && old.QuickXorHash.Length > 0) return UploadOutcome.Unchanged;
        DriveItem? stored;
        try
        {
            stored = await UploadAsync(path, content, "replace", cancellationToken).ConfigureAwait(false);
        }
        catch (NameTakenException e)
        {
            throw new StoreException($"SharePoint has something else at {path} that a form cannot replace (a folder?)", e);
        }
        var itemId = stored?.Id ?? throw new StoreException($"SharePoint stored {path} but did not say as what");
        var xor = stored.File?.Hashes?.QuickXorHash ?? "";
        known.Files[path] = new LibraryFile(itemId, xor, hash, xor);
        // The hashes go into the file's columns in $batches when the publish completes (CompleteUploadsAsync).
        unrecorded.Enqueue(new PendingHash(path, itemId, hash, xor));
        return existed ? UploadOutcome.Replaced : UploadOutcome.Uploaded;
    }

    /// <inheritdoc />
    public async Task<byte[]> DownloadAsync(SubmissionRecord submission, CancellationToken cancellationToken = default)
    {
        await ResolveAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await using var s = await graph.Drives[driveId].Root.ItemWithPath(submission.Form).Content
                .GetAsync(cancellationToken: cancellationToken).ConfigureAwait(false)
                ?? throw new StoreException($"submission {submission.Id}: {submission.Form} has no content");
            using var ms = new MemoryStream();
            await s.CopyToAsync(ms, cancellationToken).ConfigureAwait(false);
            return ms.ToArray();
        }
        catch (Exception e) when (IsGraphFailure(e))
        {
            throw Fail($"downloading {submission.Form} (submission {submission.Id} of unit {submission.UnitId})", e);
        }
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync()
    {
        gate.Dispose();
        graph.Dispose();
        return ValueTask.CompletedTask;
    }

    async Task ResolveAsync(CancellationToken ct)
    {
        if (listId is not null) return;
        await gate.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            if (listId is not null) return;
            await LocateAsync(createLists: false, [], ct).ConfigureAwait(false);
        }
        finally
        {
            gate.Release();
        }
    }
}
