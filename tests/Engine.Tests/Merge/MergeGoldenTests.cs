using System.Text;
using System.Text.Json;
using OfficeTools.Testing;

namespace OfficeTools.Engine.Tests.Merge;

/// <summary>
/// Golden cases for the print file: each folder under Merge/Cases/NNN-case holds documents/NN-name folders, each a
/// template (template.xml body plus optional header.xml, footer.xml, numbering.xml) and data.json — an object for one
/// document, an array for one document per element — merged in folder order; expected.txt is <see cref="MergedText"/>
/// of the result, which must also be a valid package. UPDATE_GOLDEN=1 rewrites the expectations.
/// </summary>
public class MergeGoldenTests
{
    static readonly string CasesDir = RepoPaths.Of("tests", "Engine.Tests", "Merge", "Cases");

    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var dir in Directory.GetDirectories(CasesDir).Order(StringComparer.Ordinal)) data.Add(Path.GetFileName(dir));
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Case(string name)
    {
        var dir = Path.Combine(CasesDir, name);
        var documents = Directory.GetDirectories(Path.Combine(dir, "documents")).Order(StringComparer.Ordinal).SelectMany(Rendered).ToList();
        var actual = MergedText.Of(Merging.Merge(documents));
        var expectedFile = Path.Combine(dir, "expected.txt");
        if (Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1") { File.WriteAllText(expectedFile, actual + "\n"); return; }
        Assert.Equal(File.ReadAllText(expectedFile).TrimEnd('\n').ReplaceLineEndings("\n"), actual);
    }

    static IEnumerable<byte[]> Rendered(string dir)
    {
        string? Read(string n) => File.Exists(Path.Combine(dir, n)) ? File.ReadAllText(Path.Combine(dir, n), Encoding.UTF8) : null;
        var template = DocxTemplate.Compile(new MemoryStream(DocxFactory.Create(Read("template.xml") ?? "", Read("header.xml"),
            Read("footer.xml"), numberingXml: Read("numbering.xml"))), Path.GetFileName(dir) + ".docx");
        Assert.False(template.HasErrors, string.Join("\n", template.Diagnostics));
        using var data = JsonDocument.Parse(Read("data.json") ?? "{}");
        var models = data.RootElement.ValueKind == JsonValueKind.Array ? data.RootElement.EnumerateArray().ToList() : [data.RootElement];
        foreach (var model in models)
        {
            var result = template.Render(model.Clone());
            Assert.True(result.Success, string.Join("\n", result.Diagnostics));
            yield return result.Document!;
        }
    }
}
