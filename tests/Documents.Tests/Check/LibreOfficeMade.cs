using System.Diagnostics;
using OfficeTools.Documents.Batch;
using OfficeTools.Testing;

namespace OfficeTools.Documents.Tests.Check;

/// <summary>
/// The Word-made cases saved again by LibreOffice (soffice --convert-to docx): LibreOffice's own styles, run
/// properties and border and grid writing. Our own briefing and a notice from the sample batch go along (their
/// 版记 is a table). One soffice run converts them all.
/// </summary>
public sealed class LibreOfficeMade : IDisposable
{
    const string Soffice = "/usr/bin/soffice";
    /// <summary>The sample batch's briefing and first notice, by case name.</summary>
    public static readonly string[] Own = ["own-briefing", "own-notice"];

    readonly string _dir = TestLedgers.TempDir("check-lo");

    public LibreOfficeMade()
    {
        if (!File.Exists(Soffice)) return;
        var input = Directory.CreateDirectory(Path.Combine(_dir, "in")).FullName;
        foreach (var (name, options) in PlantedDeviations.Conforming) File.WriteAllBytes(Path.Combine(input, name + ".docx"), ForeignGongwen.Create(options));
        foreach (var c in PlantedDeviations.All) File.WriteAllBytes(Path.Combine(input, c.Name + ".docx"), ForeignGongwen.Create(c.Options));
        var batch = Path.Combine(_dir, "batch");
        BatchRunner.Run(new BatchOptions { Ledger = TestLedgers.SampleJson, Output = batch }, null, CancellationToken.None);
        File.Copy(Path.Combine(batch, "briefing.docx"), Path.Combine(input, Own[0] + ".docx"));
        File.Copy(Directory.GetFiles(Path.Combine(batch, "notices"), "*.docx").Order(StringComparer.Ordinal).First(), Path.Combine(input, Own[1] + ".docx"));
        var start = new ProcessStartInfo(Soffice)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var a in new[] { "-env:UserInstallation=file:///dev/shm/h3lo", "--headless", "--convert-to", "docx:MS Word 2007 XML", "--outdir", Path.Combine(_dir, "out") })
            start.ArgumentList.Add(a);
        foreach (var f in Directory.GetFiles(input).Order(StringComparer.Ordinal)) start.ArgumentList.Add(f);
        using var p = Process.Start(start)!;
        p.StandardOutput.ReadToEnd();
        p.StandardError.ReadToEnd();
        if (!p.WaitForExit(TimeSpan.FromMinutes(5))) p.Kill(entireProcessTree: true);
        Available = true;
    }

    /// <summary>True when LibreOffice is installed and ran.</summary>
    public bool Available { get; }

    /// <summary>The converted document of the case called <paramref name="name"/>.</summary>
    public byte[] Converted(string name) => File.ReadAllBytes(Path.Combine(_dir, "out", name + ".docx"));

    public void Dispose()
    {
        try { Directory.Delete(_dir, true); } catch (IOException) { }
    }
}

/// <summary>The planted deviations, in documents LibreOffice wrote.</summary>
public class LibreOfficeMadeTests(LibreOfficeMade lo) : IClassFixture<LibreOfficeMade>
{
    [Theory]
    [MemberData(nameof(PlantedDeviations.ConformingNames), MemberType = typeof(PlantedDeviations))]
    public void A_conforming_document_has_no_findings(string name)
    {
        if (!lo.Available) Assert.Skip("LibreOffice is not installed");
        // Not validated: LibreOffice 7.4 writes w:rFonts after w:sz in its field runs (its own schema slip); the
        // inputs it converted are validated in WordMadeTests.
        var docx = lo.Converted(name);
        var found = Findings.Of(docx);
        Assert.True(found.Count == 0, found.Show());
    }

    [Fact]
    public void Our_briefing_and_notice_saved_by_LibreOffice_have_no_findings()
    {
        if (!lo.Available) Assert.Skip("LibreOffice is not installed");
        foreach (var name in LibreOfficeMade.Own)
        {
            var found = Findings.Of(lo.Converted(name));
            Assert.True(found.Count == 0, $"{name}:\n{found.Show()}");
        }
    }

    [Theory]
    [MemberData(nameof(PlantedDeviations.Names), MemberType = typeof(PlantedDeviations))]
    public void Each_planted_deviation_is_found_and_nothing_else(string name)
    {
        if (!lo.Available) Assert.Skip("LibreOffice is not installed");
        var c = PlantedDeviations.Named(name);
        var docx = lo.Converted(name);
        Findings.AssertOnly(Findings.Of(docx), c);
    }
}
