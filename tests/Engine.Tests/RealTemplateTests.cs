using System.Text.Json;
using OfficeTools.Testing;

namespace OfficeTools.Engine.Tests;

/// <summary>The benchmark notice and the product's own templates compile cleanly and render valid documents.</summary>
public class RealTemplateTests
{
    [Fact]
    public void Bench_notice_renders_valid_document_with_all_items()
    {
        var bench = Path.Combine(RepoPaths.Shared, "bench");
        using var stream = File.OpenRead(Path.Combine(bench, "bench-scriban.docx"));
        var t = DocxTemplate.Compile(stream, "bench-scriban.docx");
        Assert.False(t.HasErrors, string.Join("\n", t.Diagnostics));
        using var data = JsonDocument.Parse(File.ReadAllText(Path.Combine(bench, "bench-data.json")));
        var r = t.Render(data.RootElement, TestContext.Current.CancellationToken);
        Assert.True(r.Success, string.Join("\n", r.Diagnostics));
        DocxValidation.AssertValid(r.Document!);
        var text = DocxText.Part(r.Document!, "all");
        Assert.Contains("某某县委组织部", text);
        Assert.Contains("整改措施落实不力，群众不满意 <&> \"引号\"", text);
        Assert.DoesNotContain("{{", text);
    }

    [Theory]
    [InlineData("notice.docx", "notice-model.json")]
    [InlineData("form-leadership.docx", "form-leadership-model.json")]
    [InlineData("form-grassroots.docx", "form-grassroots-model.json")]
    [InlineData("form-member.docx", "form-member-model.json")]
    [InlineData("briefing.docx", "briefing-model.json")]
    public void Product_templates_render_their_sample_models(string name, string model)
    {
        var path = RepoPaths.Of("Templates", name);
        var modelPath = RepoPaths.Of("Templates", "samples", model);
        Assert.SkipUnless(File.Exists(path) && File.Exists(modelPath), $"{name} or its sample model is not built yet");
        using var stream = File.OpenRead(path);
        var t = DocxTemplate.Compile(stream, name);
        Assert.False(t.HasErrors, string.Join("\n", t.Diagnostics));
        Assert.NotEmpty(t.Fields);
        using var data = JsonDocument.Parse(File.ReadAllText(modelPath));
        var r = t.Render(data.RootElement, TestContext.Current.CancellationToken);
        Assert.True(r.Success, string.Join("\n", r.Diagnostics));
        DocxValidation.AssertValid(r.Document!, name);
        Assert.DoesNotContain("{{", DocxText.Part(r.Document!, "all"));
    }
}
