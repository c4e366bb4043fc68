namespace OfficeTools.Collect.Stores;

/// <summary>
/// Where forms go out and come back: a folder per unit holding the published form, notice and its submissions, and a
/// submissions list (unit, form, status, submitted at/by, version; every version kept), and the campaign's audit trail.
/// </summary>
public interface IFormStore : ICampaignTrail, IAsyncDisposable
{
    /// <summary>A human description of the store (no secrets), for messages.</summary>
    string Description { get; }

    /// <summary>Creates the unit's folder when it does not exist.</summary>
    Task EnsureUnitFolderAsync(string unitId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Puts a published form (or notice) into the unit's folder. Idempotent by content: the same bytes already there → no
    /// upload, no new version.
    /// </summary>
    Task<UploadOutcome> UploadFormAsync(string unitId, string fileName, byte[] content, CancellationToken cancellationToken = default);

    /// <summary>
    /// Finishes what a run of <see cref="UploadFormAsync"/> calls left pending (the SharePoint store writes the files'
    /// hashes in $batches here); without it the next publish uploads those forms again.
    /// </summary>
    Task CompleteUploadsAsync(CancellationToken cancellationToken = default);

    /// <summary>Stores a filled form as a new submission of the unit and records it (status Submitted, next version).</summary>
    Task<SubmissionRecord> SubmitAsync(string unitId, string fileName, byte[] content, string submittedBy,
        DateTimeOffset submittedAt, CancellationToken cancellationToken = default);

    /// <summary>Every recorded submission, all versions, oldest first.</summary>
    Task<IReadOnlyList<SubmissionRecord>> ListSubmissionsAsync(CancellationToken cancellationToken = default);

    /// <summary>The bytes of a submitted form.</summary>
    Task<byte[]> DownloadAsync(SubmissionRecord submission, CancellationToken cancellationToken = default);

    /// <summary>The blank documents published to a unit's folder (its form and notice, not its submissions), to recover stripped tags by place.</summary>
    Task<IReadOnlyList<byte[]>> PublishedFormsAsync(string unitId, CancellationToken cancellationToken = default);

    /// <summary>Sets the status of recorded submissions (e.g. after collecting).</summary>
    Task SetStatusAsync(IReadOnlyList<StatusUpdate> updates, CancellationToken cancellationToken = default);
}

/// <summary>What an upload did.</summary>
public enum UploadOutcome
{
    /// <summary>A new file was stored.</summary>
    Uploaded,
    /// <summary>A file of that name with other content was replaced (a new version of it).</summary>
    Replaced,
    /// <summary>The same content was already there: nothing sent.</summary>
    Unchanged,
}

/// <summary>One recorded submission (ETag: the list item's version tag where the store has one).</summary>
public sealed record SubmissionRecord(string Id, string UnitId, string Form, string Status, DateTimeOffset SubmittedAt,
    string SubmittedBy, int Version, string Hash, string? ETag = null);

/// <summary>A new status for a recorded submission.</summary>
public sealed record StatusUpdate(SubmissionRecord Submission, string Status);

/// <summary>What kind of failure a <see cref="StoreException"/> is, so that each door (command line, add-in) can say it in its own words.</summary>
public enum StoreFailure
{
    /// <summary>Anything else: a refused operation, an answer that made no sense.</summary>
    Other,
    /// <summary>The store could not be reached (network, timeout).</summary>
    Unreachable,
    /// <summary>The store kept answering «busy» (429/503/504) after the retries.</summary>
    Busy,
    /// <summary>The store refused the account (401/403): missing rights on the site, a bad token.</summary>
    Denied,
    /// <summary>Signing in to the store failed (the app's credential, or the user's token exchange).</summary>
    SignIn,
    /// <summary>The site, library, list or a column is missing: the store needs `officetools setup`.</summary>
    NotSetUp,
}

/// <summary>A store operation that failed for good (retries exhausted, refused, misconfigured), with a clear message.</summary>
public sealed class StoreException(string message, Exception? inner = null, StoreFailure kind = StoreFailure.Other) : Exception(message, inner)
{
    /// <summary>The kind of failure.</summary>
    public StoreFailure Kind { get; } = kind;
}
