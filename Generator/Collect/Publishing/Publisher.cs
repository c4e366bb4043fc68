using System.Collections.Concurrent;
using OfficeTools.Collect.Reading;
using OfficeTools.Collect.Stores;
using OfficeTools.Documents.Batch;
using OfficeTools.Documents.Catalogue;

namespace OfficeTools.Collect.Publishing;

/// <summary>
/// Puts a batch's forms (DIR/forms/*.docx, listed in DIR/index.json) into each unit's folder of a store. The unit
/// of a form is the one index.json names for it, else the form's own unit.id control.
/// </summary>
public static class Publisher
{
    /// <summary>The outcome of a publish: counts and every problem (file + message).</summary>
    public sealed record PublishReport(int Uploaded, int Replaced, int Unchanged, IReadOnlyList<string> Errors)
    {
        /// <summary>Forms that reached the store (uploaded, replaced or already there).</summary>
        public int Succeeded => Uploaded + Replaced + Unchanged;
        /// <summary>Forms that did not (each has its line in <see cref="Errors"/>).</summary>
        public int Failed => Errors.Count;
    }

    /// <summary>Checks the batch folder and lists (unit, file) pairs to publish; errors instead of throwing.</summary>
    public static (IReadOnlyList<(string UnitId, string Path)> Forms, IReadOnlyList<string> Errors) Plan(string dir)
    {
        var errors = new List<string>();
        var formsDir = Path.Combine(dir, DocumentCatalogue.FormsFolder);
        var index = Path.Combine(dir, BatchIndex.FileName);
        if (!Directory.Exists(formsDir)) return ([], [$"{dir}: no forms/ folder: publish takes the output folder of `officetools batch`"]);
        var byFile = new Dictionary<string, string>(StringComparer.Ordinal);
        if (File.Exists(index))
        {
            var (indexed, error) = BatchIndexJson.Read(index);
            if (error != null) errors.Add(error);
            foreach (var f in indexed?.Files ?? [])
                if (f is { Type: DocumentKind.Form, UnitId: { Length: > 0 } unit }) byFile.TryAdd(Path.GetFileName(f.Path), unit);
        }
        var forms = new List<(string, string)>();
        foreach (var path in Directory.EnumerateFiles(formsDir, "*.docx").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(path);
            if (byFile.TryGetValue(name, out var unit)) { forms.Add((unit, path)); continue; }
            var read = FormReader.Read(path);
            if (read.UnitId is { } id) forms.Add((id, path));
            else errors.Add($"{path}: {string.Join("; ", read.Problems)}");
        }
        if (forms.Count == 0 && errors.Count == 0) errors.Add($"{formsDir}: no forms to publish");
        return (forms, errors);
    }

    /// <summary>Publishes every planned form with at most <paramref name="parallelism"/> uploads at once.</summary>
    public static async Task<PublishReport> PublishAsync(IReadOnlyList<(string UnitId, string Path)> forms, IFormStore store,
        int parallelism = 4, IProgress<int>? progress = null, CancellationToken cancellationToken = default)
    {
        int uploaded = 0, replaced = 0, unchanged = 0, done = 0;
        var errors = new ConcurrentBag<string>();
        await Parallel.ForEachAsync(forms, new ParallelOptions { MaxDegreeOfParallelism = parallelism, CancellationToken = cancellationToken },
            async (f, ct) =>
            {
                try
                {
                    var bytes = await File.ReadAllBytesAsync(f.Path, ct).ConfigureAwait(false);
                    var outcome = await store.UploadFormAsync(f.UnitId, Path.GetFileName(f.Path), bytes, ct).ConfigureAwait(false);
                    Interlocked.Increment(ref outcome == UploadOutcome.Uploaded ? ref uploaded : ref outcome == UploadOutcome.Replaced ? ref replaced : ref unchanged);
                }
                catch (StoreException e)
                {
                    errors.Add($"{f.Path}: {e.Message}");
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    // Reading the form, or writing it into a local store: disk full, permission denied, path too long.
                    errors.Add($"{f.Path}: cannot publish: {OfficeTools.Data.IoFailure.Reason(e)}");
                }
                progress?.Report(Interlocked.Increment(ref done));
            }).ConfigureAwait(false);
        try
        {
            await store.CompleteUploadsAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (StoreException e)
        {
            errors.Add($"{store.Description}: {e.Message}");
        }
        return new PublishReport(uploaded, replaced, unchanged, errors.Order(StringComparer.Ordinal).ToList());
    }
}
