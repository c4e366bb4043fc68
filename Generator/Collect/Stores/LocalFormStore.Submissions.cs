using System.Globalization;
using Microsoft.Data.Sqlite;

namespace OfficeTools.Collect.Stores;

public sealed partial class LocalFormStore
{
    /// <summary>
    /// Records a submission as the unit's next version. Its bytes are stored once per unit: a submission identical to
    /// an earlier one of the unit (the same hash) is recorded with its own version, time and submitter, pointing at the
    /// file already there. The same submission sent again (same bytes, time and submitter: a retried request) is not
    /// recorded twice. Submissions to one store are written one at a time, waiting in turn rather than on SQLite's lock.
    /// </summary>
    public async Task<SubmissionRecord> SubmitAsync(string unitId, string fileName, byte[] content, string submittedBy,
        DateTimeOffset submittedAt, CancellationToken cancellationToken = default)
    {
        var hash = StoreNames.Hash(content);
        var gate = WriteGates.GetOrAdd(root, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            using var c = Open();
            if (Recorded(c, unitId, hash, submittedAt, submittedBy) is { } again) return again;
            var relative = StoredCopy(c, unitId, hash);
            if (relative is null)
            {
                relative = Path.Combine(StoreNames.UnitFolder(unitId), StoreNames.SubmissionsFolder, StoreNames.SubmissionFile(unitId, submittedAt, hash))
                    .Replace('\\', '/');
                var path = Path.Combine(root, relative);
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                // The file lands before the record, so a record never points at a missing file.
                await WriteAtomicAsync(path, content, cancellationToken).ConfigureAwait(false);
            }
            using var tx = c.BeginTransaction(deferred: false);
            using var cmd = c.CreateCommand();
            cmd.Transaction = tx;
            cmd.CommandText = """
                INSERT INTO submissions(unit, form, status, submitted_at, submitted_by, version, hash)
                VALUES ($u, $f, $s, $at, $by, (SELECT COALESCE(MAX(version), 0) + 1 FROM submissions WHERE unit=$u), $h)
                RETURNING id, version
                """;
            cmd.Parameters.AddWithValue("$u", unitId);
            cmd.Parameters.AddWithValue("$f", relative);
            cmd.Parameters.AddWithValue("$s", Submissions.StoredStatus.Recorded);
            cmd.Parameters.AddWithValue("$at", Iso(submittedAt));
            cmd.Parameters.AddWithValue("$by", submittedBy);
            cmd.Parameters.AddWithValue("$h", hash);
            long id;
            int version;
            using (var r = cmd.ExecuteReader())
            {
                r.Read();
                id = r.GetInt64(0);
                version = r.GetInt32(1);
            }
            tx.Commit();
            return new SubmissionRecord(id.ToString(CultureInfo.InvariantCulture), unitId, relative, Submissions.StoredStatus.Recorded, submittedAt, submittedBy, version, hash);
        }
        finally
        {
            gate.Release();
        }
    }

    // One writer of submissions per store root in this process.
    static readonly System.Collections.Concurrent.ConcurrentDictionary<string, SemaphoreSlim> WriteGates = new(StringComparer.Ordinal);

    // The record of this very submission, when a retried request brings it again.
    static SubmissionRecord? Recorded(SqliteConnection c, string unitId, string hash, DateTimeOffset at, string by)
    {
        using var cmd = c.CreateCommand();
        cmd.CommandText = "SELECT id, form, status, version FROM submissions WHERE unit=$u AND hash=$h AND submitted_at=$at AND submitted_by=$by";
        cmd.Parameters.AddWithValue("$u", unitId);
        cmd.Parameters.AddWithValue("$h", hash);
        cmd.Parameters.AddWithValue("$at", Iso(at));
        cmd.Parameters.AddWithValue("$by", by);
        using var r = cmd.ExecuteReader();
        return r.Read()
            ? new SubmissionRecord(r.GetInt64(0).ToString(CultureInfo.InvariantCulture), unitId, r.GetString(1), r.GetString(2), at, by, r.GetInt32(3), hash)
            : null;
    }

    // The stored file of an earlier submission of the unit with these bytes, if it is still there whole.
    string? StoredCopy(SqliteConnection c, string unitId, string hash)
    {
        using var cmd = c.CreateCommand();
        cmd.CommandText = "SELECT form FROM submissions WHERE unit=$u AND hash=$h ORDER BY id DESC LIMIT 1";
        cmd.Parameters.AddWithValue("$u", unitId);
        cmd.Parameters.AddWithValue("$h", hash);
        if (cmd.ExecuteScalar() is not string form) return null;
        var path = Path.GetFullPath(Path.Combine(root, form));
        if (!path.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal) || !File.Exists(path)) return null;
        return StoreNames.Hash(File.ReadAllBytes(path)) == hash ? form : null;
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<SubmissionRecord>> ListSubmissionsAsync(CancellationToken cancellationToken = default)
    {
        using var c = Open();
        using var cmd = c.CreateCommand();
        cmd.CommandText = "SELECT id, unit, form, status, submitted_at, submitted_by, version, hash FROM submissions ORDER BY id";
        using var r = cmd.ExecuteReader();
        var list = new List<SubmissionRecord>();
        while (r.Read())
            list.Add(new SubmissionRecord(r.GetInt64(0).ToString(CultureInfo.InvariantCulture), r.GetString(1), r.GetString(2), r.GetString(3),
                DateTimeOffset.Parse(r.GetString(4), CultureInfo.InvariantCulture), r.GetString(5), r.GetInt32(6), r.GetString(7)));
        return Task.FromResult<IReadOnlyList<SubmissionRecord>>(list);
    }

    /// <inheritdoc />
    public Task SetStatusAsync(IReadOnlyList<StatusUpdate> updates, CancellationToken cancellationToken = default)
    {
        using var c = Open();
        using var tx = c.BeginTransaction(deferred: false);
        foreach (var u in updates)
        {
            using var cmd = c.CreateCommand();
            cmd.Transaction = tx;
            cmd.CommandText = "UPDATE submissions SET status=$s WHERE id=$id";
            cmd.Parameters.AddWithValue("$s", u.Status);
            cmd.Parameters.AddWithValue("$id", long.Parse(u.Submission.Id, CultureInfo.InvariantCulture));
            cmd.ExecuteNonQuery();
        }
        tx.Commit();
        return Task.CompletedTask;
    }
}
