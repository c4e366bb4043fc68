using System.Collections.Concurrent;
using OfficeTools.Collect.Reading;
using OfficeTools.Collect.Stores;
using OfficeTools.Documents.Batch;
using OfficeTools.Documents.Catalogue;

namespace OfficeTools.Collect.Publishing;

/// <summary>A file a publish puts into a unit's folder: the unit, the file in the batch, and whether it is the form or the notice.</summary>
public sealed record PlannedFile(string UnitId, string Path, DocumentKind Kind)
{
    /// <summary>
    /// Its name in the unit's folder: a form keeps its own; a notice is named by its kind and number before it (its batch name is
    /// the form's), so each round's notice stays beside the earlier ones.
    /// </summary>
    public string StoredName { get; init; } = System.IO.Path.GetFileName(Path);
}

/// <summary>
/// Puts a batch's documents for the units into each unit's folder of a store: its form (DIR/forms/*.docx; the unit is the one
/// index.json names for it, else the form's own unit.id control) and its 督办通知单 with the 办理结果 return slip, where the
/// rules issued one (DIR/notices/, as index.json lists them).
/// </summary>
public static class Publisher
{
    /// <summary>The outcome of a publish: counts and every problem (file + message).</summary>
    public sealed record PublishReport(int Uploaded, int Replaced, int Unchanged, IReadOnlyList<Diagnostic> Errors)
    {
        /// <summary>Files that reached the store (uploaded, replaced or already there).</summary>
        public int Succeeded => Uploaded + Replaced + Unchanged;
        /// <summary>Files that did not (each has its line in <see cref="Errors"/>).</summary>
        public int Failed => Errors.Count;
    }

    /// <summary>Checks the batch folder and lists the forms, then the notices, to publish; errors instead of throwing.</summary>
    public static (IReadOnlyList<PlannedFile> Files, IReadOnlyList<Diagnostic> Errors) Plan(string dir)
    {
        var errors = new List<Diagnostic>();
        var formsDir = Path.Combine(dir, DocumentCatalogue.FormsFolder);
        var index = Path.Combine(dir, BatchIndex.FileName);
        if (!Directory.Exists(formsDir)) return ([], [new Diagnostic(dir, "", "no forms/ folder: publish takes the output folder of `officetools batch`")]);
        var byFile = new Dictionary<string, string>(StringComparer.Ordinal);
        var notices = new List<PlannedFile>();
        if (File.Exists(index))
        {
            var (indexed, error) = BatchIndexJson.Read(index);
            if (error != null) errors.Add(new Diagnostic("", "", error));
            foreach (var f in indexed?.Files ?? [])
            {
                if (f is { Type: DocumentKind.Form, UnitId: { Length: > 0 } unit }) byFile.TryAdd(Path.GetFileName(f.Path), unit);
                if (f is not { Type: DocumentKind.Notice, UnitId: { Length: > 0 } to }) continue;
                var path = Path.Combine(dir, f.Path);
                if (File.Exists(path))
                    notices.Add(new PlannedFile(to, path, DocumentKind.Notice) { StoredName = $"{DocumentCatalogue.Notice.Title}-{f.Number}-{Path.GetFileName(path)}" });
                else errors.Add(new Diagnostic(path, "", $"index.json lists this notice of unit {to}, but the file is missing"));
            }
        }
        var forms = new List<PlannedFile>();
        foreach (var path in Directory.EnumerateFiles(formsDir, "*.docx").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(path);
            if (byFile.TryGetValue(name, out var unit)) { forms.Add(new PlannedFile(unit, path, DocumentKind.Form)); continue; }
            var read = FormReader.Read(path);
            if (read.UnitId is { } id) forms.Add(new PlannedFile(id, path, DocumentKind.Form));
            else errors.Add(new Diagnostic(path, "", string.Join("; ", read.Problems.Select(p => p.Line))));
        }
        if (forms.Count == 0 && errors.Count == 0) errors.Add(new Diagnostic(formsDir, "", "no forms to publish"));
        return ([.. forms, .. notices.OrderBy(n => n.Path, StringComparer.Ordinal)], errors);
    }

    /// <summary>Publishes every planned file with at most <paramref name="parallelism"/> uploads at once.</summary>
    public static async Task<PublishReport> PublishAsync(IReadOnlyList<PlannedFile> files, IFormStore store,
        int parallelism = 4, IProgress<int>? progress = null, CancellationToken cancellationToken = default)
    {
        int uploaded = 0, replaced = 0, unchanged = 0, done = 0;
        var errors = new ConcurrentBag<Diagnostic>();
        await Parallel.ForEachAsync(files, new ParallelOptions { MaxDegreeOfParallelism = parallelism, CancellationToken = cancellationToken },
            async (f, ct) =>
            {
                try
                {
                    var bytes = await File.ReadAllBytesAsync(f.Path, ct).ConfigureAwait(false);
                    // a notice goes where the form goes, and like it is sent again only when its bytes changed
                    var outcome = await store.UploadFormAsync(f.UnitId, f.StoredName, bytes, ct).ConfigureAwait(false);
                    Interlocked.Increment(ref outcome == UploadOutcome.Uploaded ? ref uploaded : ref outcome == UploadOutcome.Replaced ? ref replaced : ref unchanged);
                }
                catch (StoreException e)
                {
                    errors.Add(new Diagnostic(f.Path, "", e.Message));
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    // Reading the file, or writing it into a local store: disk full, permission denied, path too long.
                    errors.Add(new Diagnostic(f.Path, "", $"cannot publish: {OfficeTools.Data.IoFailure.Reason(e)}"));
                }
                progress?.Report(Interlocked.Increment(ref done));
            }).ConfigureAwait(false);
        try
        {
            await store.CompleteUploadsAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (StoreException e)
        {
            errors.Add(new Diagnostic(store.Description, "", e.Message));
        }
        return new PublishReport(uploaded, replaced, unchanged, errors.OrderBy(e => e.ToString(), StringComparer.Ordinal).ToList());
    }
}
