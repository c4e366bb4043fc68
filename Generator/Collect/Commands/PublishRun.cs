using OfficeTools.Collect.Publishing;
using OfficeTools.Collect.Stores;

namespace OfficeTools.Collect.Commands;

/// <summary>What `officetools publish` was asked to do.</summary>
public sealed record PublishRequest(string Dir)
{
    /// <summary>local or sharepoint (default from settings: local).</summary>
    public string? Store { get; init; }
    /// <summary>Root of the local store (default from settings: ./store).</summary>
    public string? To { get; init; }
    /// <summary>appsettings.json path.</summary>
    public string? Settings { get; init; }
    /// <summary>Store setting overrides.</summary>
    public IReadOnlyDictionary<string, string?> Overrides { get; init; } = new Dictionary<string, string?>();
    /// <summary>The unit whose subtree the command acts on (--under; null: every unit).</summary>
    public string? Under { get; init; }
}

/// <summary>Runs a publish: a batch's forms and notices (with their return slips) into each unit's folder of the store.</summary>
public static class PublishRun
{
    /// <summary>Exit codes: 0 done, 1 input or store errors.</summary>
    public static async Task<int> RunAsync(PublishRequest request, TextWriter output, TextWriter error, CancellationToken cancellationToken = default)
    {
        if (!Directory.Exists(request.Dir))
        {
            error.WriteLine($"{request.Dir}: no such folder (publish takes the output folder of `officetools batch`)");
            return 1;
        }
        var (planned, planErrors) = Publisher.Plan(request.Dir);
        foreach (var e in planErrors) error.WriteLine(e);
        if (planned.Count == 0 || planErrors.Count > 0) return 1;
        // --under: the documents of that unit's subtree only, as the batch's index.json places its units
        IReadOnlySet<string>? under = null;
        if (request.Under is { } root)
        {
            var (index, indexError) = Documents.Batch.BatchIndexJson.Read(Path.Combine(request.Dir, Documents.Batch.BatchIndex.FileName));
            under = index is null ? null : Documents.Ledger.UnitTree.SubtreeIds(index.Units.Select(u => (u.Id, u.Parent)), root.Trim());
            if (under is not { Count: > 0 })
            {
                error.WriteLine(indexError ?? $"{Path.Combine(request.Dir, Documents.Batch.BatchIndex.FileName)}: {Documents.Ledger.UnitTree.UnderOption} {root}: no unit '{root.Trim()}' in this batch; give a unit's 编号");
                return 1;
            }
        }
        var files = under is null ? planned : [.. planned.Where(f => under.Contains(f.UnitId))];
        var options = StoreRun.Options(request.Settings, request.Store, request.Overrides, request.To);
        if (StoreRun.Problems(options) is { Count: > 0 } problems)
        {
            foreach (var p in problems) error.WriteLine($"configuration: {p}");
            return 1;
        }
        await using var store = StoreRun.Open(options);
        try
        {
            var report = await Publisher.PublishAsync(files, store, options.IsSharePoint ? 4 : 2, null, cancellationToken).ConfigureAwait(false);
            foreach (var e in report.Errors) error.WriteLine(e);
            var notices = files.Count(f => f.Kind == Documents.Catalogue.DocumentKind.Notice);
            output.WriteLine($"published {report.Succeeded} of {files.Count} file(s) ({files.Count - notices} form(s), {notices} notice(s)) to {store.Description}: {report.Uploaded} uploaded, " +
                $"{report.Replaced} replaced, {report.Unchanged} unchanged" + (report.Failed > 0 ? $"; {report.Failed} failed (listed above)" : ""));
            if (report.Errors.Count > 0) return 1;
            // 下发: the round is opened and its notices are issued only once every form and notice is out
            if (await TrailRecording.PublishedAsync(request.Dir, store, cancellationToken, under).ConfigureAwait(false) is { } recorded)
                output.WriteLine(recorded);
            return 0;
        }
        catch (StoreException e)
        {
            error.WriteLine($"{store.Description}: error: {e.Message}");
            return 1;
        }
    }
}
