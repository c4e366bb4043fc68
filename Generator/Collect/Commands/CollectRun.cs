using System.Globalization;
using OfficeTools.Collect.Collecting;
using OfficeTools.Collect.Configuration;
using OfficeTools.Collect.Ledger;
using OfficeTools.Collect.Reading;
using OfficeTools.Collect.Stores;
using OfficeTools.Collect.Submissions;
using OfficeTools.Data;
using OfficeTools.Documents.Ledger.WriteBack;

namespace OfficeTools.Collect.Commands;

/// <summary>What `officetools collect` was asked to do.</summary>
public sealed record CollectRequest(string Source, string Ledger, string Out)
{
    /// <summary>local or sharepoint (null: a folder, or the store the settings name when SOURCE is not a folder).</summary>
    public string? Store { get; init; }
    /// <summary>Where to write the merged ledger, in the ledger's own format (default: OUT with .ledger.json, .ledger.xlsx, or the folder .ledger for CSV).</summary>
    public string? Merged { get; init; }
    /// <summary>The clock for overdue (default: now).</summary>
    public DateTimeOffset? Now { get; init; }
    /// <summary>The blank forms sent out (for forms re-saved without their tags).</summary>
    public string? Forms { get; init; }
    /// <summary>appsettings.json path (default: appsettings.json in the working folder, optional).</summary>
    public string? Settings { get; init; }
    /// <summary>Command-line overrides of store settings (Store:Key=value pairs, without the prefix).</summary>
    public IReadOnlyDictionary<string, string?> Overrides { get; init; } = new Dictionary<string, string?>();
    /// <summary>Caps on every returned form and an .xlsx ledger (the same inspection as the add-in upload).</summary>
    public OfficeTools.Packages.PackageLimits Limits { get; init; } = OfficeTools.Packages.PackageLimits.Default;
    /// <summary>The unit whose subtree the command acts on (--under; null: every unit).</summary>
    public string? Under { get; init; }
}

/// <summary>Runs a collection: reads the ledger and the returned forms, writes OUT.json and the merged ledger, prints the table.</summary>
public static class CollectRun
{
    /// <summary>Exit codes: 0 done, 1 input or store errors (each on <paramref name="error"/>).</summary>
    public static async Task<int> RunAsync(CollectRequest request, TextWriter output, TextWriter error, CancellationToken cancellationToken = default)
    {
        var (whole, ledgerErrors) = LedgerView.Load(request.Ledger, request.Limits);
        if (whole is null)
        {
            foreach (var e in ledgerErrors) error.WriteLine(e);
            return 1;
        }
        // --under: the subtree's units only; the forms of the campaign's other units are left out, not counted as strays
        var (cut, outside) = Documents.Ledger.UnitTree.Cut(whole.Ledger, request.Under, request.Ledger);
        if (cut is null)
        {
            error.WriteLine(outside);
            return 1;
        }
        var ledger = request.Under is null ? whole : LedgerView.Over(cut, request.Ledger);
        if (request.Merged is not null && LedgerFormats.TargetProblem(request.Ledger, request.Merged) is { } wrongTarget)
        {
            error.WriteLine($"--merged {request.Merged}: {wrongTarget}");
            return 1;
        }
        var outDir = Path.GetDirectoryName(Path.GetFullPath(request.Out))!;
        if (!Directory.Exists(outDir))
        {
            error.WriteLine($"{request.Out}: the output folder {outDir} does not exist");
            return 1;
        }
        var layouts = request.Forms is null ? new FormLayouts() : FormLayouts.FromFolder(request.Forms);
        if (request.Forms is not null && layouts.Count == 0)
        {
            error.WriteLine($"{request.Forms}: --forms names no folder of blank forms");
            return 1;
        }
        IReadOnlyList<ReturnedForm> forms;
        IFormStore? store = null;
        Dictionary<string, SubmissionRecord> used = new(StringComparer.Ordinal);
        Documents.Campaigns.CampaignHistory? history = null;
        try
        {
            var options = StoreRun.Options(request.Settings, request.Store, request.Overrides, request.Source);
            var folderSource = !options.IsSharePoint && Directory.Exists(request.Source) && !LocalFormStore.IsStore(request.Source);
            if (folderSource)
            {
                forms = ReturnedForm.FromFolder(request.Source);
            }
            else
            {
                if (StoreRun.Problems(options) is { Count: > 0 } problems)
                {
                    foreach (var p in problems) error.WriteLine($"configuration: {p}");
                    return 1;
                }
                if (!options.IsSharePoint && !Directory.Exists(request.Source))
                {
                    error.WriteLine($"{request.Source}: no such folder (SOURCE is a folder of forms, a local store, or use --store sharepoint)");
                    return 1;
                }
                store = StoreRun.Open(options);
                var (listed, bytes, stored) = await StoredForms.ReadAsync(store, cancellationToken,
                    id => cut.Whole is null || cut.FindUnit(id) is not null || cut.Whole.FindUnit(id) is null).ConfigureAwait(false);
                forms = stored;
                // A submission that lost its tags (re-saved by LibreOffice) is read by place against its unit's published form.
                for (var i = 0; i < listed.Count; i++)
                {
                    if (layouts.For(listed[i].UnitId) is not null || FormReader.Read(bytes[i], listed[i].Form, limits: request.Limits).IsForm) continue;
                    foreach (var blank in await store.PublishedFormsAsync(listed[i].UnitId, cancellationToken).ConfigureAwait(false))
                        layouts.Add(blank);
                }
                used = listed.ToDictionary(s => s.Form, StringComparer.Ordinal);
                // a return slip is checked against the notices the trail says were issued
                history = Documents.Campaigns.CampaignHistory.Replay(await store.ReadTrailAsync(cancellationToken).ConfigureAwait(false));
            }
            var report = Collector.Collect(forms, ledger, request.Now ?? DateTimeOffset.Now, layouts, request.Limits, cancellationToken, history);
            var merged = request.Merged ?? LedgerFormats.DefaultName(Path.Combine(outDir, Path.GetFileNameWithoutExtension(request.Out)), LedgerFormats.Of(request.Ledger)!.Value);
            var written = ledger.WriteBack(request.Limits);
            if (!written.Success)
            {
                foreach (var e in written.Errors) error.WriteLine(e);
                return 1;
            }
            if (WriteBoth(request.Out, ReportWriter.ToJson(report), written.Copy!, merged) is { } failure)
            {
                error.WriteLine(failure);
                return 1;
            }
            if (store is not null)
            {
                var updates = report.Units.Where(u => u.File is not null && used.ContainsKey(u.File))
                    .Select(u => new StatusUpdate(used[u.File!], StoredStatus.ToStored(u.Status, collected: true)))
                    // a notice's return slip keeps the slip status the add-in gives it: it is never the unit's form
                    .Concat(report.Slips.Where(s => used.ContainsKey(s.File)).Select(s => new StatusUpdate(used[s.File], StoredStatus.Slip)))
                    .Where(u => u.Status != u.Submission.Status).ToList();
                if (updates.Count > 0) await store.SetStatusAsync(updates, cancellationToken).ConfigureAwait(false);
                // 反馈: what came back is a step of the campaign's trail, each answer a report on its item
                var steps = await TrailRecording.CollectedAsync(report, ledger, store, used, cancellationToken).ConfigureAwait(false);
                if (steps > 0) output.WriteLine($"recorded {steps} step(s) in the campaign's trail");
            }
            output.Write(ReportWriter.StatusTable(report));
            output.WriteLine($"wrote {request.Out} and {merged} ({report.MergedFields} ledger field(s) updated from the forms)");
            return 0;
        }
        catch (StoreException e)
        {
            error.WriteLine($"{request.Source}: store: error: {e.Message}");
            return 1;
        }
        catch (FileNotFoundException e)
        {
            error.WriteLine(e.Message);
            return 1;
        }
        finally
        {
            if (store is not null) await store.DisposeAsync().ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Writes OUT.json and the merged ledger, or neither: each is staged beside its place first (where a full disk or a
    /// refused folder shows, and where the ledger is loaded back to prove a second round reads it), then both are moved
    /// into place. Returns the located failure, or null.
    /// </summary>
    static string? WriteBoth(string outPath, byte[] report, LedgerCopy copy, string ledgerPath)
    {
        var temp = outPath + "." + Guid.NewGuid().ToString("N")[..8] + ".tmp";
        try
        {
            NewFile.Write(temp, report);
        }
        catch (Exception e) when (IoFailure.Is(e))
        {
            TryDelete(temp);
            return $"{outPath}: cannot write: {IoFailure.Reason(e)}; nothing written";
        }
        try
        {
            using var staged = copy.Stage(ledgerPath, out var problems);
            if (staged is null) return string.Join(Environment.NewLine, problems);
            try
            {
                File.Move(temp, outPath, overwrite: true);
            }
            catch (Exception e) when (IoFailure.Is(e))
            {
                return $"{outPath}: cannot write: {IoFailure.Reason(e)}; nothing written";
            }
            return staged.Commit() is { } failure ? $"{failure}; only {outPath} was written" : null;
        }
        finally
        {
            TryDelete(temp);
        }
    }

    static void TryDelete(string path)
    {
        try { File.Delete(path); }
        catch (Exception e) when (IoFailure.Is(e)) { }
    }

    /// <summary>Parses a --now value (ISO date or date-time).</summary>
    public static DateTimeOffset? ParseNow(string? text) =>
        text is null ? null : DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeLocal);
}
