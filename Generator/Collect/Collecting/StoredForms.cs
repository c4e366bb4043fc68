using OfficeTools.Collect.Stores;

namespace OfficeTools.Collect.Collecting;

/// <summary>Every submission a store holds, downloaded, as the returned forms the collector reads.</summary>
public static class StoredForms
{
    /// <summary>
    /// Every version of every submission (which one counts is SubmissionService.Decide's rule, not simply the last), ordered by unit,
    /// version and time so that reports stay stable; with the records and the bytes, in the same order. With <paramref name="unit"/>,
    /// the submissions of the units it takes only (collect --under: the subtree's, the campaign's other units' left unread).
    /// </summary>
    /// <exception cref="StoreException">the store cannot be read.</exception>
    public static async Task<(IReadOnlyList<SubmissionRecord> Listed, byte[][] Bytes, IReadOnlyList<ReturnedForm> Forms)> ReadAsync(
        IFormStore store, CancellationToken cancellationToken, Func<string, bool>? unit = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        var all = await store.ListSubmissionsAsync(cancellationToken).ConfigureAwait(false);
        var listed = all.Where(s => unit is null || unit(s.UnitId)).OrderBy(s => s.UnitId, StringComparer.Ordinal).ThenBy(s => s.Version).ThenBy(s => s.SubmittedAt).ToList();
        var bytes = new byte[listed.Count][];
        await Parallel.ForEachAsync(Enumerable.Range(0, listed.Count), new ParallelOptions { MaxDegreeOfParallelism = 4, CancellationToken = cancellationToken },
            async (i, ct) => bytes[i] = await store.DownloadAsync(listed[i], ct).ConfigureAwait(false)).ConfigureAwait(false);
        var forms = listed.Select((s, i) => new ReturnedForm(s.Form, s.SubmittedAt, s.SubmittedBy, () => bytes[i]) { Version = s.Version, Unit = s.UnitId }).ToList();
        return (listed, bytes, forms);
    }
}
