using OfficeTools.Collect.Ledger;
using OfficeTools.Collect.Reading;
using OfficeTools.Collect.Stores;
using OfficeTools.Documents.Campaigns;
using OfficeTools.Documents.Identity;

namespace OfficeTools.Collect.Submissions;

/// <summary>What a returned file is once checked: a unit's form, a notice's 办理结果 return slip, or neither.</summary>
/// <param name="Read">What the reader found in it.</param>
/// <param name="Identity">Its sealed identity when it verified, else null.</param>
/// <param name="Problems">Every problem found: the identity's, the reader's, and the form's or the slip's check.</param>
/// <param name="Status">The status those problems give it (<see cref="SubmissionService.Classify"/>).</param>
/// <param name="IsForged">True when its identity failed: it counts for no unit.</param>
public sealed record CheckedReturn(FormReadResult Read, FormIdentity? Identity, IReadOnlyList<Diagnostic> Problems, SubmissionStatus Status,
    bool IsForged = false)
{
    /// <summary>True when it is a notice's return slip whose identity verified: it is never its unit's form.</summary>
    public bool IsSlip => Identity is { Number: not null };

    /// <summary>The status text a store keeps for it: <see cref="StoredStatus.Slip"/> for a slip, else the form's status as checked.</summary>
    public string Stored => IsSlip ? StoredStatus.Slip : Status == SubmissionStatus.Submitted ? StoredStatus.Checked : StoredStatus.ToStored(Status);
}

/// <summary>
/// The one check of a returned file, used by `officetools collect` and the add-in's submit and status alike: the sealed
/// identity first (a file whose identity fails counts for no unit), then a return slip against the notices the trail
/// issued (<see cref="SlipChecker"/>), or a form against its unit (<see cref="FormChecker"/>).
/// </summary>
public static class ReturnCheck
{
    /// <summary>
    /// Checks <paramref name="read"/>; <paramref name="unitOf"/> finds a ledger unit by id (null: not in the ledger),
    /// <paramref name="filedUnder"/> is the unit a store filed it under (null for a file in a folder), and
    /// <paramref name="history"/> the trail (null: a slip's notice is not checked).
    /// </summary>
    public static CheckedReturn Check(FormReadResult read, IdentityCheck identity, Func<string, LedgerUnit?> unitOf, string? filedUnder,
        CampaignHistory? history)
    {
        if (identity.Check(read, out var verified) is { } forged)
            return new CheckedReturn(read, null, [forged, .. read.Problems], SubmissionStatus.Rejected, IsForged: true);
        if (verified is { Number: not null })
        {
            // the slip's checker says again, with the item and the field, what the reader found wrong in an item's answer
            List<Diagnostic> problems = [.. read.Problems.Where(p => !(p.Id is FormProblem.NotAChoice or FormProblem.BadDate && p.Tag is { } t && ItemTag.TryParse(t, out _, out _))),
                .. SlipChecker.Check(read, verified, unitOf(verified.UnitId), filedUnder, history)];
            return new CheckedReturn(read, verified, problems, SubmissionService.Classify(problems));
        }
        List<Diagnostic> found = [.. read.Problems, .. FormChecker.Check(read, read.UnitId is { } id ? unitOf(id) : null)];
        return new CheckedReturn(read, verified, found, SubmissionService.Classify(found));
    }

    /// <summary>
    /// <paramref name="records"/> with every one recorded and never checked (a file put straight into the store, not through
    /// the add-in or collect) checked now, and its status kept in the store, so that a return slip never counts as its unit's
    /// form and a form's problems show before collect runs. A file that cannot be downloaded stays as it was.
    /// </summary>
    public static async Task<IReadOnlyList<SubmissionRecord>> SettleAsync(IFormStore store, IReadOnlyList<SubmissionRecord> records,
        IdentityCheck identity, Func<string, LedgerUnit?> unitOf, CampaignHistory? history, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(records);
        var settled = new List<SubmissionRecord>(records.Count);
        var updates = new List<StatusUpdate>();
        foreach (var record in records)
        {
            if (!StoredStatus.IsUnchecked(record.Status)) { settled.Add(record); continue; }
            byte[] bytes;
            try { bytes = await store.DownloadAsync(record, cancellationToken).ConfigureAwait(false); }
            catch (StoreException) { settled.Add(record); continue; }
            var check = Check(FormReader.Read(bytes, record.Form), identity, unitOf, record.UnitId, history);
            updates.Add(new StatusUpdate(record, check.Stored));
            settled.Add(record with { Status = check.Stored });
        }
        if (updates.Count > 0) await store.SetStatusAsync(updates, cancellationToken).ConfigureAwait(false);
        return settled;
    }
}
