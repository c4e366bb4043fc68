using System.Text;
using System.Text.Json;
using OfficeTools.Testing;

namespace OfficeTools.Engine.Tests;

/// <summary>
/// Golden cases: each folder under Cases/NNN-area/NNN-case holds a template (template.xml body snippet plus optional
/// header/footer/footnotes/endnotes/numbering .xml, or template.docx), data.json, optional options.json, and the
/// expected text (expected.txt) or diagnostics (expected-errors.txt). UPDATE_GOLDEN=1 rewrites the expectations.
/// </summary>
public class GoldenTests
{
    static readonly string CasesDir = RepoPaths.Of("tests", "Engine.Tests", "Cases");

    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var dir in Directory.GetDirectories(CasesDir).SelectMany(Directory.GetDirectories).Order(StringComparer.Ordinal))
            data.Add(Path.GetRelativePath(CasesDir, dir).Replace('\\', '/'));
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Case(string name)
    {
        var dir = Path.Combine(CasesDir, name);
        var (actual, isError) = Run(dir);
        var expectedFile = Path.Combine(dir, isError ? "expected-errors.txt" : "expected.txt");
        if (Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1")
        {
            File.Delete(Path.Combine(dir, "expected.txt"));
            File.Delete(Path.Combine(dir, "expected-errors.txt"));
            File.WriteAllText(expectedFile, actual + "\n");
            return;
        }
        Assert.True(File.Exists(expectedFile), $"{name}: expected {(isError ? "success" : "errors")} but got:\n{actual}");
        Assert.Equal(File.ReadAllText(expectedFile).TrimEnd('\n').ReplaceLineEndings("\n"), actual);
    }

    /// <summary>Compiles and renders one case; returns the document text, or the diagnostics.</summary>
    internal static (string Text, bool IsError) Run(string dir)
    {
        var template = PropertyParts.With(dir, Template(dir));
        var options = TemplateOptions.Default;
        var optionsFile = Path.Combine(dir, "options.json");
        if (File.Exists(optionsFile)) options = JsonSerializer.Deserialize<TemplateOptions>(File.ReadAllText(optionsFile)) ?? options;
        // Pictures from files are read in the case's folder, as the CLI reads them in the data file's folder.
        options = options with { Pictures = options.Pictures with { Root = options.Pictures.Root ?? dir } };
        var compiled = DocxTemplate.Compile(new MemoryStream(template), Path.GetFileName(TemplateName(dir)), options);
        if (compiled.HasErrors) return (string.Join("\n", compiled.Diagnostics), true);
        var dataFile = Path.Combine(dir, "data.json");
        using var json = JsonDocument.Parse(File.Exists(dataFile) ? File.ReadAllText(dataFile) : "{}");
        var result = compiled.Render(json.RootElement.Clone());
        if (!result.Success) return (string.Join("\n", result.Diagnostics), true);
        DocxValidation.AssertValid(result.Document!, dir);
        // Peer-pattern cases are about where breaks, sections and pictures end up: their text shows them.
        if (dir.Replace('\\', '/').Contains("/090-peer-patterns/", StringComparison.Ordinal)) return (MarkedText.Body(result.Document!), false);
        if (dir.Replace('\\', '/').Contains("/100-pictures/", StringComparison.Ordinal)) return (PictureText.Of(result.Document!), false);
        if (dir.Replace('\\', '/').Contains("/120-column-loops/", StringComparison.Ordinal)) return (ColumnText.Of(result.Document!), false);
        return (DocxText.Part(result.Document!, "all") + PropertyParts.Text(dir, result.Document!), false);
    }

    static string TemplateName(string dir)
    {
        foreach (var n in new[] { "template.docx", "template.dotx", "template.docm", "template.doc", "template.bin" })
            if (File.Exists(Path.Combine(dir, n))) return n;
        return "template.docx";
    }

    static byte[] Template(string dir)
    {
        var named = Path.Combine(dir, TemplateName(dir));
        if (File.Exists(named)) return File.ReadAllBytes(named);
        string? Read(string n) => File.Exists(Path.Combine(dir, n)) ? File.ReadAllText(Path.Combine(dir, n), Encoding.UTF8) : null;
        return DocxFactory.Create(Read("template.xml") ?? "", Read("header.xml"), Read("footer.xml"), Read("footnotes.xml"),
            Read("endnotes.xml"), Read("numbering.xml"));
    }
}
