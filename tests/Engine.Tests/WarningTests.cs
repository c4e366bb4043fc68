using OfficeTools.Testing;

namespace OfficeTools.Engine.Tests;

/// <summary>Warnings point at likely mistakes without stopping the render.</summary>
public class WarningTests
{
    [Theory]
    [InlineData("单位：｛｛ unit ｝｝")]
    [InlineData("单位：{｛ unit }}")]
    [InlineData("单位：｛{ unit }}")]
    public void Full_width_braces_are_text_with_a_located_warning(string text)
    {
        var t = DocxTemplate.Compile(new MemoryStream(DocxFactory.Create(DocxFactory.P("标题") + DocxFactory.P(text))), "w.docx");
        Assert.False(t.HasErrors, string.Join("\n", t.Diagnostics));
        var warning = Assert.Single(t.Diagnostics);
        Assert.Equal(DiagnosticSeverity.Warning, warning.Severity);
        Assert.Equal(DiagnosticIds.FullWidthBraces, warning.Id);
        Assert.Equal("paragraph 2", warning.Location);
        Assert.Contains("unit", warning.Snippet);
        var r = t.Render(new Dictionary<string, object?> { ["unit"] = "甲" }, TestContext.Current.CancellationToken);
        Assert.True(r.Success, string.Join("\n", r.Diagnostics));
        Assert.Equal("标题\n" + text.Replace("{{ unit }}", "甲"), DocxText.Body(r.Document!));
    }

    [Fact]
    public void A_warning_does_not_stop_the_tags_of_the_same_part()
    {
        var t = DocxTemplate.Compile(new MemoryStream(DocxFactory.Create(DocxFactory.P("｛｛ x ｝｝") + DocxFactory.P("{{ unit }}"))), "w.docx");
        var r = t.Render(new Dictionary<string, object?> { ["unit"] = "甲" }, TestContext.Current.CancellationToken);
        Assert.Equal("｛｛ x ｝｝\n甲", DocxText.Body(r.Document!));
    }
}
