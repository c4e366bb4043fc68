using System.Collections.Concurrent;
using Microsoft.Graph;
using Microsoft.Graph.Models;
using Microsoft.Graph.Models.ODataErrors;
using OfficeTools.Collect.Configuration;

namespace OfficeTools.Collect.Stores;

/// <summary>
/// The SharePoint store through Microsoft Graph: a document library with a folder per unit, and a list of
/// submissions (Title, Unit, Form, Status, SubmittedAt, SubmittedBy, Version, Hash). Works the same against
/// SharePoint Online and the Graph emulator (only the base URL differs).
/// </summary>
public sealed partial class SharePointFormStore : IFormStore
{
    readonly GraphServiceClient graph;
    readonly StoreOptions options;
    readonly SemaphoreSlim gate = new(1, 1);
    string? siteId, driveId, listId;
    ConcurrentDictionary<string, string>? index;

    /// <summary>A store over <paramref name="graph"/> configured by <paramref name="options"/>.</summary>
    public SharePointFormStore(GraphServiceClient graph, StoreOptions options)
    {
        this.graph = graph;
        this.options = options;
    }

    /// <summary>A store with the client and credential the configuration names.</summary>
    public static SharePointFormStore Create(StoreOptions options) =>
        new(GraphClientBuilder.Create(options, CredentialFactory.Create(options)), options);

    /// <inheritdoc />
    public string Description => $"SharePoint {options.SiteHost}{options.SitePath}, library «{options.Library}», list «{options.List}»";

    /// <inheritdoc />
    public async Task EnsureUnitFolderAsync(string unitId, CancellationToken cancellationToken = default)
    {
        await ResolveAsync(cancellationToken).ConfigureAwait(false);
        var folder = new DriveItem
        {
            Name = StoreNames.Safe(unitId),
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
        var path = $"{StoreNames.Safe(unitId)}/{StoreNames.Safe(fileName)}";
        var hash = QuickXorHash.Compute(content);
        var existed = known.TryGetValue(path, out var old);
        if (existed && old == hash) return UploadOutcome.Unchanged;
        await UploadAsync(path, content, "replace", cancellationToken).ConfigureAwait(false);
        known[path] = hash;
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
            var what = $"finding the site {options.SiteHost}:{options.SitePath}";
            try
            {
                var site = await graph.Sites[$"{options.SiteHost}:{options.SitePath}"].GetAsync(cancellationToken: ct).ConfigureAwait(false);
                siteId = site?.Id ?? throw new StoreException(what + ": no site id in the answer");
                what = $"finding the library «{options.Library}»";
                var drives = await graph.Sites[siteId].Drives.GetAsync(cancellationToken: ct).ConfigureAwait(false);
                driveId = drives?.Value?.FirstOrDefault(d => string.Equals(d.Name, options.Library, StringComparison.OrdinalIgnoreCase))?.Id
                    ?? throw new StoreException($"the site has no document library «{options.Library}» (libraries: {string.Join(", ", drives?.Value?.Select(d => d.Name) ?? [])})");
                what = $"finding the list «{options.List}»";
                var lists = await graph.Sites[siteId].Lists.GetAsync(cancellationToken: ct).ConfigureAwait(false);
                listId = lists?.Value?.FirstOrDefault(l => string.Equals(l.DisplayName, options.List, StringComparison.OrdinalIgnoreCase))?.Id
                    ?? throw new StoreException($"the site has no list «{options.List}»");
            }
            catch (Exception e) when (IsGraphFailure(e))
            {
                throw Fail(what, e);
            }
        }
        finally
        {
            gate.Release();
        }
    }
}
