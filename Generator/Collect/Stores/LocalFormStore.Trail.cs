using System.Globalization;
using Microsoft.Data.Sqlite;
using OfficeTools.Documents.Campaigns;

namespace OfficeTools.Collect.Stores;

public sealed partial class LocalFormStore
{
    // Append-only in the database itself: triggers refuse any UPDATE or DELETE of the trail, whoever opens the file.
    static void CreateTrail(SqliteConnection c) => Execute(c, """
        CREATE TABLE IF NOT EXISTS trail (
          seq INTEGER PRIMARY KEY AUTOINCREMENT,
          key TEXT NOT NULL UNIQUE, at TEXT NOT NULL, actor TEXT NOT NULL, action TEXT NOT NULL, round INTEGER NOT NULL,
          unit TEXT, item TEXT, reference TEXT, value TEXT, detail TEXT);
        CREATE INDEX IF NOT EXISTS trail_unit ON trail(unit);
        CREATE TRIGGER IF NOT EXISTS trail_no_update BEFORE UPDATE ON trail BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
        CREATE TRIGGER IF NOT EXISTS trail_no_delete BEFORE DELETE ON trail BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
        """);

    /// <inheritdoc />
    public Task<int> AppendAsync(IReadOnlyList<TrailEvent> events, CancellationToken cancellationToken = default)
    {
        using var c = Open();
        using var tx = c.BeginTransaction(deferred: false);
        var added = 0;
        foreach (var e in events)
        {
            cancellationToken.ThrowIfCancellationRequested();
            using var cmd = c.CreateCommand();
            cmd.Transaction = tx;
            cmd.CommandText = """
                INSERT INTO trail(key, at, actor, action, round, unit, item, reference, value, detail)
                VALUES ($k, $at, $by, $a, $r, $u, $i, $ref, $v, $d) ON CONFLICT(key) DO NOTHING
                """;
            cmd.Parameters.AddWithValue("$k", e.Key);
            cmd.Parameters.AddWithValue("$at", Iso(e.At));
            cmd.Parameters.AddWithValue("$by", e.Actor);
            cmd.Parameters.AddWithValue("$a", e.Action.ToString());
            cmd.Parameters.AddWithValue("$r", e.Round);
            cmd.Parameters.AddWithValue("$u", (object?)e.Unit ?? DBNull.Value);
            cmd.Parameters.AddWithValue("$i", (object?)e.Item ?? DBNull.Value);
            cmd.Parameters.AddWithValue("$ref", (object?)e.Reference ?? DBNull.Value);
            cmd.Parameters.AddWithValue("$v", (object?)e.Value ?? DBNull.Value);
            cmd.Parameters.AddWithValue("$d", (object?)e.Detail ?? DBNull.Value);
            added += cmd.ExecuteNonQuery();
        }
        tx.Commit();
        return Task.FromResult(added);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<TrailEvent>> ReadTrailAsync(CancellationToken cancellationToken = default)
    {
        using var c = Open();
        using var cmd = c.CreateCommand();
        cmd.CommandText = "SELECT key, at, actor, action, round, unit, item, reference, value, detail FROM trail ORDER BY seq";
        using var r = cmd.ExecuteReader();
        var list = new List<TrailEvent>();
        string? S(int i) => r.IsDBNull(i) ? null : r.GetString(i);
        while (r.Read())
        {
            // an action this version does not know (written by a newer one) is skipped, not guessed
            if (!Enum.TryParse<TrailAction>(r.GetString(3), out var action)) continue;
            list.Add(new TrailEvent(r.GetString(0), DateTimeOffset.Parse(r.GetString(1), CultureInfo.InvariantCulture), r.GetString(2), action, r.GetInt32(4))
            {
                Unit = S(5), Item = S(6), Reference = S(7), Value = S(8), Detail = S(9),
            });
        }
        return Task.FromResult<IReadOnlyList<TrailEvent>>(list);
    }
}
