using OfficeTools.Testing;

namespace OfficeTools.Cli.Tests;

/// <summary>
/// Golden cases: each folder under Cases/ holds its inputs, args.txt (one argument a line), expected-exit.txt and
/// expected-stderr.txt (substrings, one a line). {dir} is the case's working copy, {out} the output path.
/// A failing case must leave nothing at {out}; a passing one lists its outputs in expected-files.txt.
/// </summary>
public class CaseTests
{
    static string CasesRoot => Path.Combine(RepoPaths.Of("tests", "Cli.Tests", "Cases"));

    /// <summary>The case folder names.</summary>
    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var dir in Directory.GetDirectories(CasesRoot).Order(StringComparer.Ordinal)) data.Add(Path.GetFileName(dir));
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Case(string name)
    {
        var source = Path.Combine(CasesRoot, name);
        var dir = CliHarness.TempDir();
        CaseFixtures.WriteAll(dir);
        foreach (var f in Directory.GetFiles(source, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(dir, Path.GetRelativePath(source, f));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(f, target, overwrite: true);
        }
        var outPath = Path.Combine(dir, "out");
        string Expand(string s) => s.Replace("{dir}", dir).Replace("{out}", outPath);
        var args = File.ReadAllLines(Path.Combine(source, "args.txt")).Where(l => l.Length > 0).Select(Expand).ToArray();

        try
        {
            Check(source, outPath, Expand, CliHarness.Exec(args));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    static void Check(string source, string outPath, Func<string, string> expand, CliHarness.Run run)
    {
        var expectedCode = int.Parse(File.ReadAllText(Path.Combine(source, "expected-exit.txt")).Trim());
        Assert.True(expectedCode == run.Code, $"exit {run.Code}, expected {expectedCode}\nstderr:\n{run.Err}\nstdout:\n{run.Out}");
        var stderrFile = Path.Combine(source, "expected-stderr.txt");
        if (File.Exists(stderrFile))
            foreach (var line in File.ReadAllLines(stderrFile).Where(l => l.Length > 0).Select(expand))
                Assert.True(run.Err.Contains(line, StringComparison.Ordinal), $"stderr lacks «{line}»:\n{run.Err}");
        Assert.DoesNotContain("   at ", run.Err);

        var filesFile = Path.Combine(source, "expected-files.txt");
        if (expectedCode != 0)
        {
            Assert.True(!Directory.Exists(outPath) || !Directory.EnumerateFileSystemEntries(outPath).Any(), "output written despite errors");
            Assert.False(File.Exists(outPath), "output file written despite errors");
        }
        else if (File.Exists(filesFile))
        {
            var expected = File.ReadAllLines(filesFile).Where(l => l.Length > 0).Order(StringComparer.Ordinal).ToArray();
            // The folder's manifest of what OfficeTools wrote is not a document.
            var documents = Directory.GetFiles(outPath).Where(f => Path.GetFileName(f) != ".officetools-files").ToList();
            var actual = documents.Select(Path.GetFileName).Order(StringComparer.Ordinal).ToArray();
            Assert.Equal(expected, actual);
            foreach (var f in documents) DocxValidation.AssertValidFile(f);
        }
    }
}
