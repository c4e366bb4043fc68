using Microsoft.Graph.Models;
using Microsoft.Graph.Models.ODataErrors;

namespace OfficeTools.Collect.Stores;

public sealed partial class SharePointFormStore
{
    /// <summary>
    /// Checks the site, the library, the submissions list and their columns (<see cref="SharePointSchema"/>), creating
    /// whatever is missing where the account may (Sites.Selected with manage or fullcontrol, or a site owner). Returns
    /// what it did, one line each; throws a <see cref="StoreException"/> naming every column or list it could not make.
    /// </summary>
    public async Task<IReadOnlyList<string>> SetUpAsync(CancellationToken cancellationToken = default)
    {
        var report = new List<string>();
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            listId = null;
            await LocateAsync(createLists: true, report, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            gate.Release();
        }
        return report;
    }

    // Columns and the index are made on first use when the account may; a missing library or list only by SetUpAsync,
    // so that a mistyped name is an error, not a new empty library.
    async Task LocateAsync(bool createLists, List<string> report, CancellationToken ct)
    {
        var what = $"finding the site {site.GraphKey}";
        var problems = new List<string>();
        try
        {
            var found = await graph.Sites[site.GraphKey].GetAsync(cancellationToken: ct).ConfigureAwait(false);
            siteId = found?.Id ?? throw new StoreException(what + ": no site id in the answer");
            what = $"finding the library «{options.Library}»";
            var drive = await FindLibraryAsync(ct).ConfigureAwait(false);
            if (drive is null && createLists)
            {
                what = $"creating the library «{options.Library}»";
                await graph.Sites[siteId].Lists.PostAsync(new List { DisplayName = options.Library, ListProp = new ListInfo { Template = "documentLibrary" } },
                    cancellationToken: ct).ConfigureAwait(false);
                report.Add($"created the document library «{options.Library}»");
                drive = await FindLibraryAsync(ct).ConfigureAwait(false);
            }
            driveId = drive?.Id ?? throw new StoreException($"the site has no document library «{options.Library}» (libraries: {string.Join(", ", await LibraryNamesAsync(ct).ConfigureAwait(false))}; `officetools setup --store sharepoint` makes it)", kind: StoreFailure.NotSetUp);
            libraryListId = (await graph.Drives[driveId].List.GetAsync(cancellationToken: ct).ConfigureAwait(false))?.Id
                ?? throw new StoreException($"the library «{options.Library}» has no list behind it", kind: StoreFailure.NotSetUp);
            what = $"finding the list «{options.List}»";
            var lists = await graph.Sites[siteId].Lists.GetAsync(cancellationToken: ct).ConfigureAwait(false);
            var list = lists?.Value?.FirstOrDefault(l => string.Equals(l.DisplayName, options.List, StringComparison.OrdinalIgnoreCase)
                && l.ListProp?.Template != "documentLibrary")?.Id;
            if (list is null && createLists)
            {
                what = $"creating the list «{options.List}»";
                list = (await graph.Sites[siteId].Lists.PostAsync(new List { DisplayName = options.List, ListProp = new ListInfo { Template = "genericList" } },
                    cancellationToken: ct).ConfigureAwait(false))?.Id;
                report.Add($"created the list «{options.List}»");
            }
            if (list is null) throw new StoreException($"the site has no list «{options.List}» (`officetools setup --store sharepoint` makes it)", kind: StoreFailure.NotSetUp);
            what = $"finding the list «{options.TrailList}»";
            var trail = lists?.Value?.FirstOrDefault(l => string.Equals(l.DisplayName, options.TrailList, StringComparison.OrdinalIgnoreCase)
                && l.ListProp?.Template != "documentLibrary")?.Id;
            if (trail is null && createLists)
            {
                // refused, it is one problem among the others, so that the clerk sees everything setup could not make at once
                try
                {
                    trail = (await graph.Sites[siteId].Lists.PostAsync(new List { DisplayName = options.TrailList, ListProp = new ListInfo { Template = "genericList" } },
                        cancellationToken: ct).ConfigureAwait(false))?.Id;
                    report.Add($"created the list «{options.TrailList}»");
                }
                catch (ODataError e) when (e.ResponseStatusCode == 403)
                {
                    problems.Add($"the list «{options.TrailList}» (the campaign's trail) is missing and SharePoint refused creating it (403 {e.Error?.Code})");
                }
            }
            what = $"checking the columns of «{options.Library}»";
            await EnsureColumnsAsync(libraryListId, options.Library, SharePointSchema.Library, true, report, problems, ct).ConfigureAwait(false);
            what = $"checking the columns of «{options.List}»";
            await EnsureColumnsAsync(list, options.List, SharePointSchema.Submissions, true, report, problems, ct).ConfigureAwait(false);
            // a site set up before the trail existed keeps working for forms; only recording a step needs the list
            what = $"checking the columns of «{options.TrailList}»";
            if (trail is not null) await EnsureColumnsAsync(trail, options.TrailList, SharePointSchema.Trail, true, report, problems, ct).ConfigureAwait(false);
            if (problems.Count > 0)
                throw new StoreException($"SharePoint {site} is not set up for OfficeTools:\n  " + string.Join("\n  ", problems) +
                    "\nRun `officetools setup --store sharepoint` once with an account that may manage the site's lists " +
                    "(Sites.Selected with the manage or fullcontrol role, or a site owner), or create these columns by hand (Generator/Collect/README.md lists them).",
                    kind: StoreFailure.NotSetUp);
            listId = list;
            trailListId = trail;
        }
        catch (ODataError e) when (e.ResponseStatusCode == 403 && what.StartsWith("creating", StringComparison.Ordinal))
        {
            throw new StoreException($"SharePoint refused {what} (403 {e.Error?.Code}): the account may write but not manage lists. " +
                "Run `officetools setup --store sharepoint` once with an account that may (Sites.Selected with manage or fullcontrol, or a site owner).", e, StoreFailure.NotSetUp);
        }
        catch (Exception e) when (IsGraphFailure(e))
        {
            throw Fail(what, e);
        }
    }

    async Task<Drive?> FindLibraryAsync(CancellationToken ct)
    {
        var drives = await graph.Sites[siteId].Drives.GetAsync(cancellationToken: ct).ConfigureAwait(false);
        return drives?.Value?.FirstOrDefault(d => string.Equals(d.Name, options.Library, StringComparison.OrdinalIgnoreCase));
    }

    async Task<IEnumerable<string>> LibraryNamesAsync(CancellationToken ct) =>
        (await graph.Sites[siteId].Drives.GetAsync(cancellationToken: ct).ConfigureAwait(false))?.Value?.Select(d => d.Name ?? "") ?? [];

    async Task EnsureColumnsAsync(string list, string listName, IReadOnlyList<SharePointSchema.Column> wanted, bool create,
        List<string> report, List<string> problems, CancellationToken ct)
    {
        var columns = graph.Sites[siteId].Lists[list].Columns;
        var existing = (await columns.GetAsync(cancellationToken: ct).ConfigureAwait(false))?.Value ?? [];
        foreach (var want in wanted)
        {
            var have = existing.FirstOrDefault(c => string.Equals(c.Name, want.Name, StringComparison.Ordinal));
            if (have is null)
            {
                if (!create || !await TryAsync(() => columns.PostAsync(Definition(want), cancellationToken: ct)).ConfigureAwait(false))
                {
                    problems.Add($"«{listName}» has no column {want.Name} ({want.Type}{(want.Indexed ? ", indexed" : "")}: {want.Meaning})");
                    continue;
                }
                report.Add($"created the column {want.Name} ({want.Type}{(want.Indexed ? ", indexed" : "")}) in «{listName}»");
                continue;
            }
            var type = TypeOf(have);
            if (type != want.Type)
                problems.Add($"«{listName}»'s column {want.Name} is {type ?? "of another type"}, OfficeTools needs {want.Type}");
            else if (want.Indexed && have.Indexed != true)
            {
                if (create && await TryAsync(() => columns[have.Id].PatchAsync(new ColumnDefinition { Indexed = true }, cancellationToken: ct)).ConfigureAwait(false))
                    report.Add($"indexed the column {want.Name} in «{listName}»");
                else problems.Add($"«{listName}»'s column {want.Name} is not indexed (queries by unit fail past 5,000 items)");
            }
        }
    }

    // A refusal (403: may not manage lists) is a problem to report with the others, not a failure on the spot.
    static async Task<bool> TryAsync(Func<Task> call)
    {
        try
        {
            await call().ConfigureAwait(false);
            return true;
        }
        catch (ODataError e) when (e.ResponseStatusCode == 403)
        {
            return false;
        }
        catch (ODataError e) when (e.ResponseStatusCode == 409)
        {
            // Another publisher made the same column a moment ago.
            return true;
        }
    }

    static ColumnDefinition Definition(SharePointSchema.Column c) => new()
    {
        Name = c.Name,
        Indexed = c.Indexed,
        Text = c.Type == "text" ? new TextColumn() : c.Type == "note" ? new TextColumn { AllowMultipleLines = true } : null,
        Number = c.Type == "number" ? new NumberColumn() : null,
        DateTime = c.Type == "dateTime" ? new DateTimeColumn() : null,
    };

    static string? TypeOf(ColumnDefinition c) =>
        c.Text is not null ? (c.Text.AllowMultipleLines == true ? "note" : "text")
        : c.Number is not null ? "number" : c.DateTime is not null ? "dateTime" : c.Boolean is not null ? "boolean" : c.Choice is not null ? "choice" : null;
}
