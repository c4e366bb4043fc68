using OfficeTools.Documents.Ledger;
using OfficeTools.Testing;

namespace OfficeTools.Documents.Tests;

/// <summary>Paths of the committed sample and helpers for temporary folders.</summary>
internal static class TestLedgers
{
    public static string SampleJson => RepoPaths.Of("Templates", "samples", "ledger.json");
    public static string SampleXlsx => RepoPaths.Of("Templates", "samples", "ledger.xlsx");

    public static Ledger.Ledger LoadOk(string path)
    {
        var r = LedgerLoader.Load(path);
        Assert.True(r.Success, string.Join("\n", r.Errors));
        return r.Ledger!;
    }

    // One folder per test run, removed when the run ends.
    static readonly string Root = CreateRoot();

    static string CreateRoot()
    {
        var root = Path.Combine(Path.GetTempPath(), "officetools-documents-tests-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(root);
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try { Directory.Delete(root, true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        };
        return root;
    }

    public static string TempDir(string name)
    {
        var dir = Path.Combine(Root, name + "-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(dir);
        return dir;
    }

    public static void AssertEqual(Ledger.Ledger expected, Ledger.Ledger actual)
    {
        Assert.Equal(expected.Campaign, actual.Campaign);
        Assert.Equal(expected.Units, actual.Units);
        Assert.Equal(expected.Items, actual.Items);
        Assert.Equal(expected.RulesMade, actual.RulesMade);
    }
}
