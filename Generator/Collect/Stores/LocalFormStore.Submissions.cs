using System.Globalization;
using Microsoft.Data.Sqlite;

namespace OfficeTools.Collect.Stores;

public sealed partial class LocalFormStore
{
    /// <inheritdoc />
    public async Task<SubmissionRecord> SubmitAsync(string unitId, string fileName, byte[] content, string submittedBy,
        DateTimeOffset submittedAt, CancellationToken cancellationToken = default)
    {
        var hash = StoreNames.Hash(content);
        var relative = Path.Combine(StoreNames.UnitFolder(unitId), StoreNames.SubmissionsFolder, StoreNames.SubmissionFile(unitId, submittedAt, hash))
            .Replace('\\', '/');
        var path = Path.Combine(root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        // The file lands before the record, so a record never points at a missing file.
        if (!File.Exists(path) || StoreNames.Hash(await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false)) != hash)
            await WriteAtomicAsync(path, content, cancellationToken).ConfigureAwait(false);
        using var c = Open();
        using var tx = c.BeginTransaction(deferred: false);
        using (var existing = c.CreateCommand())
        {
            existing.Transaction = tx;
            existing.CommandText = "SELECT id, version, status, submitted_at, submitted_by FROM submissions WHERE unit=$u AND form=$f";
            existing.Parameters.AddWithValue("$u", unitId);
            existing.Parameters.AddWithValue("$f", relative);
            using var r = existing.ExecuteReader();
            if (r.Read())
                return new SubmissionRecord(r.GetInt64(0).ToString(CultureInfo.InvariantCulture), unitId, relative, r.GetString(2),
                    DateTimeOffset.Parse(r.GetString(3), CultureInfo.InvariantCulture), r.GetString(4), r.GetInt32(1), hash);
        }
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
