using System.IO.Compression;
using OfficeTools.TemplateBuilder;
using OfficeTools.Testing;

namespace OfficeTools.Templates.Tests;

/// <summary>The committed .docx files are exactly what Templates/Builder produces (they are never edited by hand).</summary>
public class BuilderTests
{
    [Fact]
    public void Builder_lists_every_shipped_template() =>
        Assert.Equal(Samples.Names.Select(n => n + ".docx").Order(), Catalog.Files.Order());

    [Fact]
    public void Two_builds_are_byte_identical()
    {
        foreach (var file in Catalog.Files)
            Assert.True(Catalog.Build(file).AsSpan().SequenceEqual(Catalog.Build(file)), file + ": two builds differ");
    }

    // parts are compared uncompressed, so a different zlib on another machine cannot fail the test
    [Fact]
    public void Committed_templates_match_the_builder_part_for_part()
    {
        foreach (var file in Catalog.Files)
            Assert.True(Parts(Catalog.Build(file)).SequenceEqual(Parts(File.ReadAllBytes(RepoPaths.Of("Templates", file)))),
                $"Templates/{file} is not what the builder makes: run `dotnet run --project Templates/Builder -- Templates`");
    }

    static IEnumerable<string> Parts(byte[] docx)
    {
        using var zip = new ZipArchive(new MemoryStream(docx), ZipArchiveMode.Read);
        return zip.Entries.Select(e =>
        {
            using var s = e.Open();
            using var r = new StreamReader(s);
            return e.FullName + "\n" + r.ReadToEnd();
        }).ToList();
    }
}
