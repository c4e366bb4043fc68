using System.Globalization;
using Microsoft.Data.Sqlite;

namespace OfficeTools.Collect.Stores;

/// <summary>
/// The default store, without Microsoft 365: a root folder with a folder per unit, and a SQLite database
/// (<c>submissions.db</c> in the root) as the submissions list. Versions are numbered inside one write
/// transaction, so concurrent submitters for one unit each get their own version.
/// </summary>
public sealed partial class LocalFormStore : IFormStore
{
    /// <summary>The database file name inside the root.</summary>
    public const string DatabaseName = "submissions.db";
    readonly string root;
    readonly string connectionString;

    /// <summary>Opens (creating when needed) the store at <paramref name="root"/>.</summary>
    public LocalFormStore(string root)
    {
        this.root = Path.GetFullPath(root);
        Directory.CreateDirectory(this.root);
        connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = Path.Combine(this.root, DatabaseName),
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = false,
            DefaultTimeout = 60,
        }.ToString();
        using var c = Open();
        Execute(c, """
            PRAGMA journal_mode=WAL;
            CREATE TABLE IF NOT EXISTS submissions (
              id INTEGER PRIMARY KEY AUTOINCREMENT,
              unit TEXT NOT NULL, form TEXT NOT NULL, status TEXT NOT NULL,
              submitted_at TEXT NOT NULL, submitted_by TEXT NOT NULL,
              version INTEGER NOT NULL, hash TEXT NOT NULL,
              UNIQUE(unit, version));
            CREATE INDEX IF NOT EXISTS submissions_unit_hash ON submissions(unit, hash);
            """);
        CreateTrail(c);
    }

    /// <summary>True when <paramref name="folder"/> is the root of a local store.</summary>
    public static bool IsStore(string folder) => File.Exists(Path.Combine(folder, DatabaseName));

    /// <inheritdoc />
    public Task CompleteUploadsAsync(CancellationToken cancellationToken = default) => Task.CompletedTask;

    /// <inheritdoc />
    public string Description => "local store " + root;

    /// <inheritdoc />
    public Task EnsureUnitFolderAsync(string unitId, CancellationToken cancellationToken = default)
    {
        Directory.CreateDirectory(UnitFolder(unitId));
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public async Task<UploadOutcome> UploadFormAsync(string unitId, string fileName, byte[] content, CancellationToken cancellationToken = default)
    {
        var folder = UnitFolder(unitId);
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, StoreNames.File(fileName));
        var existed = File.Exists(path);
        if (existed && StoreNames.Hash(await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false)) == StoreNames.Hash(content))
            return UploadOutcome.Unchanged;
        await WriteAtomicAsync(path, content, cancellationToken).ConfigureAwait(false);
        return existed ? UploadOutcome.Replaced : UploadOutcome.Uploaded;
    }

    /// <inheritdoc />
    public Task<byte[]> DownloadAsync(SubmissionRecord submission, CancellationToken cancellationToken = default)
    {
        var path = Path.GetFullPath(Path.Combine(root, submission.Form));
        if (!path.StartsWith(root, StringComparison.Ordinal)) throw new StoreException($"submission {submission.Id}: form path «{submission.Form}» leaves the store");
        if (!File.Exists(path)) throw new StoreException($"submission {submission.Id} of unit {submission.UnitId}: the file {submission.Form} is gone from {root}");
        return File.ReadAllBytesAsync(path, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<byte[]>> PublishedFormsAsync(string unitId, CancellationToken cancellationToken = default)
    {
        var folder = UnitFolder(unitId);
        var list = new List<byte[]>();
        if (!Directory.Exists(folder)) return list;
        foreach (var f in Directory.EnumerateFiles(folder, "*.docx").Order(StringComparer.Ordinal))
            list.Add(await File.ReadAllBytesAsync(f, cancellationToken).ConfigureAwait(false));
        return list;
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    string UnitFolder(string unitId) => Path.Combine(root, StoreNames.UnitFolder(unitId));

    SqliteConnection Open()
    {
        var c = new SqliteConnection(connectionString);
        c.Open();
        return c;
    }

    static void Execute(SqliteConnection c, string sql, SqliteTransaction? tx = null)
    {
        using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        cmd.Transaction = tx;
        cmd.ExecuteNonQuery();
    }

    static async Task WriteAtomicAsync(string path, byte[] content, CancellationToken cancellationToken)
    {
        var temp = path + "." + Guid.NewGuid().ToString("N")[..8] + ".tmp";
        await File.WriteAllBytesAsync(temp, content, cancellationToken).ConfigureAwait(false);
        File.Move(temp, path, overwrite: true);
    }

    static string Iso(DateTimeOffset t) => t.ToUniversalTime().ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture);
}
