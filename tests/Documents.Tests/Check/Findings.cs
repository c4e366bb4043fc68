using OfficeTools.Documents.Check;

namespace OfficeTools.Documents.Tests.Check;

/// <summary>Runs the checker on bytes and files, and prints findings for assertion messages.</summary>
internal static class Findings
{
    public static IReadOnlyList<Finding> Of(byte[] docx, string name = "test.docx")
    {
        using var ms = new MemoryStream(docx, writable: false);
        return GongwenChecker.Check(ms, name);
    }

    public static IReadOnlyList<Finding> OfFile(string path)
    {
        using var s = File.OpenRead(path);
        return GongwenChecker.Check(s, Path.GetFileName(path));
    }

    public static IReadOnlyList<Finding> Errors(this IReadOnlyList<Finding> all) => [.. all.Where(f => f.Severity == FindingSeverity.Error)];

    public static string Show(this IEnumerable<Finding> all) => string.Join("\n", all.Select(f => $"{f.Code} [{f.Place.Part} p{f.Place.Paragraph} t{f.Place.Table}] {f}"));

    /// <summary>Asserts exactly one finding, of <paramref name="c"/>'s code at its place.</summary>
    public static void AssertOnly(IReadOnlyList<Finding> found, Planted c)
    {
        Assert.True(found.Count == 1, $"{c.Name}: expected only {c.Code}, found:\n{found.Show()}");
        var f = found[0];
        Assert.Equal(c.Code, f.Code);
        Assert.Equal(c.Part, f.Place.PartLabel);
        Assert.Equal(c.Paragraph, f.Place.Paragraph);
        Assert.Matches(@"^GB/T 9704-2012 §\d", f.Clause);
        Assert.Contains(f.Message, m => m >= '\u4e00' && m <= '\u9fff');
    }
}
