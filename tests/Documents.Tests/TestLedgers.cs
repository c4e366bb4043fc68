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

    public static string TempDir(string name)
    {
        var dir = Path.Combine(Path.GetTempPath(), "officetools-documents-tests", name + "-" + Guid.NewGuid().ToString("N")[..8]);
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
