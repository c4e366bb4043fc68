using OfficeTools.Testing;

namespace OfficeTools.Engine.Tests;

/// <summary>Package handling beyond the golden cases: .dotx yields a .docx, unchanged parts are copied, bad bytes never throw.</summary>
public class PackageTests
{
    static string CasePath(string name) => RepoPaths.Of("tests", "Engine.Tests", "Cases", "080-packages", name);

    [Fact]
    public void Dotx_template_renders_a_document_content_type()
    {
        var t = DocxTemplate.Compile(File.OpenRead(CasePath("008-dotx-accepted/template.dotx")), "template.dotx");
        var r = t.Render(new Dictionary<string, object?> { ["name"] = "张三" }, TestContext.Current.CancellationToken);
        var types = Render.Text(r.Document!, "[Content_Types].xml");
        Assert.Contains("wordprocessingml.document.main+xml", types);
        Assert.DoesNotContain("template.main+xml", types);
        DocxValidation.AssertValid(r.Document!);
    }

    [Fact]
    public void Main_part_typed_by_default_gets_an_override_in_the_output()
    {
        var t = DocxTemplate.Compile(File.OpenRead(CasePath("013-main-part-typed-by-default/template.docx")), "template.docx");
        var r = t.Render(new Dictionary<string, object?> { ["name"] = "张三" }, TestContext.Current.CancellationToken);
        Assert.Contains("<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"",
            Render.Text(r.Document!, "[Content_Types].xml"));
        DocxValidation.AssertValid(r.Document!);
    }

    [Theory]
    [InlineData("011-bom-in-content-types")]
    [InlineData("012-bom-in-relationships")]
    public void Byte_order_marks_in_package_parts_are_read(string name)
    {
        var t = DocxTemplate.Compile(File.OpenRead(CasePath(name + "/template.docx")), "template.docx");
        Assert.False(t.HasErrors, string.Join("\n", t.Diagnostics));
        var r = t.Render(new Dictionary<string, object?> { ["name"] = "张三" }, TestContext.Current.CancellationToken);
        Assert.Equal("你好 张三\n页脚 张三", DocxText.Part(r.Document!, "all"));
        DocxValidation.AssertValid(r.Document!);
        using var zip = new System.IO.Compression.ZipArchive(new MemoryStream(r.Document!));
        foreach (var e in zip.Entries.Where(e => e.FullName == "[Content_Types].xml" || e.FullName.EndsWith(".rels", StringComparison.Ordinal)))
        {
            using var s = e.Open();
            Assert.True(s.ReadByte() == '<', $"{e.FullName} is written without a byte order mark");
        }
    }

    [Fact]
    public void Unchanged_parts_are_copied_byte_for_byte()
    {
        var source = DocxFactory.Create(DocxFactory.P("{{ a }}"), footerXml: DocxFactory.P("固定页脚"));
        var r = Render.Ok(source, """{"a":"x"}""");
        Assert.Equal(Render.Text(source, "word/footer1.xml"), Render.Text(r, "word/footer1.xml"));
        Assert.Equal(Render.Text(source, "_rels/.rels"), Render.Text(r, "_rels/.rels"));
    }

    [Fact]
    public void Random_corruption_gives_diagnostics_never_exceptions()
    {
        var good = File.ReadAllBytes(CasePath("008-dotx-accepted/template.dotx"));
        var rng = new Random(7);
        for (var i = 0; i < 200; i++)
        {
            var bad = (byte[])good.Clone();
            for (var k = 0; k < 1 + i % 5; k++) bad[rng.Next(bad.Length)] ^= (byte)(1 + rng.Next(255));
            var t = DocxTemplate.Compile(new MemoryStream(bad), "bad.docx");
            if (t.HasErrors) continue;
            var r = t.Render(new Dictionary<string, object?> { ["name"] = "x" }, TestContext.Current.CancellationToken);
            Assert.True(r.Success || r.Diagnostics.Count > 0);
        }
    }

    [Fact]
    public void Empty_stream_is_not_a_zip()
    {
        var t = DocxTemplate.Compile(new MemoryStream([]), "empty.docx");
        Assert.Equal(DiagnosticIds.NotZip, Assert.Single(t.Diagnostics).Id);
        Assert.Null(t.Render(null, TestContext.Current.CancellationToken).Document);
    }
}
