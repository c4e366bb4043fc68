using OfficeTools.Testing;

namespace OfficeTools.Cli.Tests;

/// <summary>What the loop's tests through the command line share: a folder of their own, the sample ledger, and a run that must succeed.</summary>
public abstract class LoopTest : IDisposable
{
    readonly string _dir = CliHarness.TempDir();

    /// <summary>The bundled sample ledger.</summary>
    protected static string Sample => RepoPaths.Of("Templates", "samples", "ledger.json");

    /// <summary>A path in this test's folder.</summary>
    protected string P(params string[] parts) => Path.Combine([_dir, .. parts]);

    /// <summary>Runs officetools and fails the test, showing both streams, unless it exits 0.</summary>
    protected static CliHarness.Run Ok(params string[] args)
    {
        var run = CliHarness.Exec(args);
        Assert.True(run.Code == 0, $"officetools {string.Join(' ', args)} → {run.Code}\n{run.Err}\n{run.Out}");
        return run;
    }

    /// <summary>Removes this test's folder (the store's pooled SQLite connections first).</summary>
    public virtual void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, recursive: true);
        GC.SuppressFinalize(this);
    }
}
