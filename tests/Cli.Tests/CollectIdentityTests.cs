using System.Text.Json.Nodes;
using OfficeTools.Documents.Identity;
using OfficeTools.Testing;

namespace OfficeTools.Cli.Tests;

/// <summary>
/// <c>officetools batch</c> then <c>officetools collect</c> through the real command line: forms carry their identity
/// from one to the other; a copied, foreign or stripped identity counts for no unit.
/// </summary>
public class CollectIdentityTests
{
    static string Sample => RepoPaths.Of("Templates", "samples", "ledger.json");

    [Fact]
    public void Collect_counts_the_campaigns_own_forms_and_lists_forged_ones()
    {
        var dir = CliHarness.TempDir();
        var batch = CliHarness.Exec("batch", Sample, "-o", Path.Combine(dir, "out"));
        Assert.True(batch.Code == 0, batch.Err);
        var forms = Directory.GetFiles(Path.Combine(dir, "out", "forms")).Order(StringComparer.Ordinal).ToArray();
        Assert.True(forms.Length >= 3);

        // A second campaign (same office, its own id): its forms are foreign here.
        var other = JsonNode.Parse(File.ReadAllText(Sample))!;
        other["campaign"]!["id"] = "other-" + Guid.NewGuid().ToString("N")[..8];
        var otherLedger = Path.Combine(dir, "other.json");
        File.WriteAllText(otherLedger, other.ToJsonString());
        Assert.Equal(0, CliHarness.Exec("batch", otherLedger, "-o", Path.Combine(dir, "other")).Code);
        var foreign = Directory.GetFiles(Path.Combine(dir, "other", "forms")).Order(StringComparer.Ordinal).First();

        var returned = Directory.CreateDirectory(Path.Combine(dir, "returned")).FullName;
        File.Copy(forms[0], Path.Combine(returned, "own.docx"));
        // forms[1] with the identity of forms[2]: a valid seal, but not its unit's.
        File.WriteAllBytes(Path.Combine(returned, "copied.docx"),
            FormStamp.Write(File.ReadAllBytes(forms[1]), FormStamp.Read(File.ReadAllBytes(forms[2]))!));
        File.Copy(foreign, Path.Combine(returned, "foreign.docx"));

        var outJson = Path.Combine(dir, "out.json");
        var collect = CliHarness.Exec("collect", returned, "--ledger", Sample, "-o", outJson);
        Assert.True(collect.Code == 0, collect.Err);
        var report = JsonNode.Parse(File.ReadAllText(outJson))!;
        var counted = report["units"]!.AsArray().Where(u => u!["file"] is not null).Select(u => Path.GetFileName(u!["file"]!.ToString())).ToList();
        Assert.Equal(["own.docx"], counted);
        var unmatched = report["unmatched"]!.AsArray().ToDictionary(u => Path.GetFileName(u!["file"]!.ToString()), u => u!["problems"]![0]!["code"]!.ToString());
        Assert.Equal("identity-edited", unmatched["copied.docx"]);
        Assert.Equal("other-campaign", unmatched["foreign.docx"]);
    }
}
