using System.Diagnostics;
using OfficeTools.Testing;

namespace OfficeTools.Cli.Tests;

/// <summary>A few runs of the built program as its own process: exit codes and streams as a script sees them.</summary>
public class ProcessTests
{
    static (int Code, string Out, string Err) Officetools(params string[] args)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "officetools.dll"));
        foreach (var a in args) info.ArgumentList.Add(a);
        info.Environment.Remove("OFFICETOOLS_DEBUG");
        using var p = Process.Start(info)!;
        var stdout = p.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var stderr = p.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        p.WaitForExit();
        return (p.ExitCode, stdout.Result, stderr.Result);
    }

    [Fact]
    public void Render_list_as_a_process_writes_documents_and_a_quiet_summary()
    {
        var dir = CliHarness.TempDir();
        CaseFixtures.WriteAll(dir);
        var outDir = Path.Combine(dir, "out");
        var run = Officetools("render", Path.Combine(dir, "notice.docx"), Path.Combine(dir, "units.json"), "-o", outDir, "--name", "notice-{{ no }}.docx");
        Assert.True(run.Code == 0, run.Err);
        Assert.Equal("", run.Err);
        Assert.StartsWith("rendered 2 documents", run.Out);
        DocxValidation.AssertValidFile(Path.Combine(outDir, "notice-17.docx"));
        DocxValidation.AssertValidFile(Path.Combine(outDir, "notice-18.docx"));
    }

    [Fact]
    public void Exit_codes_are_2_for_usage_and_1_for_bad_input_without_a_stack_trace()
    {
        Assert.Equal(2, Officetools("render", "--no-such-option").Code);
        var dir = CliHarness.TempDir();
        CaseFixtures.WriteAll(dir);
        var bad = Officetools("render", Path.Combine(dir, "truncated.docx"), Path.Combine(dir, "units.json"), "-o", Path.Combine(dir, "out"));
        Assert.Equal(1, bad.Code);
        Assert.Contains("truncated.docx", bad.Err);
        Assert.DoesNotContain("   at ", bad.Err);
        Assert.False(Directory.Exists(Path.Combine(dir, "out")));
    }
}
