using OfficeTools.Collect.Stores;

namespace OfficeTools.Collect.Collecting;

/// <summary>Every submission a store holds, as the returned forms the collector reads, each downloaded when it is read.</summary>
public static class StoredForms
{
    /// <summary>
    /// Every version of every submission (which one counts is SubmissionService.Decide's rule, not simply the last), ordered by unit,
    /// version and time so that reports stay stable; with the records, in the same order. With <paramref name="unit"/>, the
    /// submissions of the units it takes only (collect --under: the subtree's, the campaign's other units' left unread). Nothing
    /// is downloaded here: a form's bytes are fetched when the collector reads it (a few at once) and dropped after, so a
    /// store's ten thousand forms are never all in memory.
    /// </summary>
    /// <exception cref="StoreException">the store cannot be read.</exception>
    public static async Task<(IReadOnlyList<SubmissionRecord> Listed, IReadOnlyList<ReturnedForm> Forms)> ReadAsync(
        IFormStore store, CancellationToken cancellationToken, Func<string, bool>? unit = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        var all = await store.ListSubmissionsAsync(cancellationToken).ConfigureAwait(false);
        var listed = all.Where(s => unit is null || unit(s.UnitId)).OrderBy(s => s.UnitId, StringComparer.Ordinal).ThenBy(s => s.Version).ThenBy(s => s.SubmittedAt).ToList();
        var forms = listed.Select(s => new ReturnedForm(s.Form, s.SubmittedAt, s.SubmittedBy,
            () => store.DownloadAsync(s, cancellationToken).GetAwaiter().GetResult()) { Version = s.Version, Unit = s.UnitId }).ToList();
        return (listed, forms);
    }

    /// <summary>A unit's published blank forms from <paramref name="store"/>, for the collector's units whose submissions lost their tags.</summary>
    public static Func<string, IReadOnlyList<byte[]>> Published(IFormStore store, CancellationToken cancellationToken) =>
        unit => store.PublishedFormsAsync(unit, cancellationToken).GetAwaiter().GetResult();
}
