using OfficeTools.Packages;
using OfficeTools.Testing;

namespace OfficeTools.Engine.Tests;

/// <summary>The template door maps the shared inspector's refusals to located diagnostics, before any rendering.</summary>
public class TemplatePackageLimitTests
{
    static readonly byte[] Good = DocxFactory.Create(DocxFactory.P("{{ name }}"));

    static Diagnostic OnlyError(byte[] docx, TemplateOptions? options = null)
    {
        var t = DocxTemplate.Compile(new MemoryStream(docx), "通知.docx", options);
        Assert.True(t.HasErrors);
        return Assert.Single(t.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
    }

    [Fact]
    public void A_zip_bomb_template_is_a_located_package_limit_error()
    {
        var d = OnlyError(ZipEdits.AddBomb(Good, "word/media/zeros.bin", 2L * 1024 * 1024 * 1024));
        Assert.Equal(DiagnosticIds.PackageLimit, d.Id);
        Assert.Contains("通知.docx", d.ToString(), StringComparison.Ordinal);
        Assert.Contains("word/media/zeros.bin", d.ToString(), StringComparison.Ordinal);
        Assert.Contains("--max-part-mb", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Too_many_parts_are_refused_naming_the_template_and_a_raised_limit_accepts_it()
    {
        var many = ZipEdits.Edit(Good, z => { for (var i = 0; i < 40; i++) z.CreateEntry($"customXml/item{i}.xml"); });
        var limits = PackageLimits.Default with { MaxEntries = 30 };
        var d = OnlyError(many, TemplateOptions.Default with { Limits = limits });
        Assert.Equal(DiagnosticIds.PackageLimit, d.Id);
        Assert.Contains("通知.docx", d.ToString(), StringComparison.Ordinal);
        Assert.Contains("--max-parts", d.Message, StringComparison.Ordinal);
        var raised = DocxTemplate.Compile(new MemoryStream(many), "通知.docx", TemplateOptions.Default with { Limits = limits with { MaxEntries = 100 } });
        Assert.False(raised.HasErrors);
    }

    [Theory]
    [InlineData("../../evil.xml")]
    [InlineData("word\\..\\evil.xml")]
    [InlineData("C:/evil.xml")]
    [InlineData("word/evil\u0007.xml")]
    public void A_template_carrying_an_unsafe_part_name_is_refused_so_it_never_reaches_an_output(string name)
    {
        var d = OnlyError(ZipEdits.Add(Good, name, "<a/>"));
        Assert.Equal(DiagnosticIds.UnsafePartName, d.Id);
        Assert.Contains("is unsafe", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_dtd_in_a_template_part_is_refused()
    {
        var rels = ZipEdits.Text(Good, "_rels/.rels").Replace("?>", "?><!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>", StringComparison.Ordinal);
        var d = OnlyError(ZipEdits.Replace(Good, "_rels/.rels", System.Text.Encoding.UTF8.GetBytes(rels)));
        Assert.Equal(DiagnosticIds.Dtd, d.Id);
        Assert.Contains("_rels/.rels", d.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void An_accepted_template_renders_only_safe_part_names()
    {
        var t = DocxTemplate.Compile(new MemoryStream(ZipEdits.Add(Good, "customXml/item1.xml", "<a/>")), "通知.docx");
        var r = t.Render(new Dictionary<string, object?> { ["name"] = "张三" }, TestContext.Current.CancellationToken);
        Assert.True(r.Success);
        Assert.Null(PackageInspector.Inspect(r.Document!));
        DocxValidation.AssertValid(r.Document!);
    }
}
