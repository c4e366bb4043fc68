using System.Collections.Concurrent;
using OfficeTools.Testing;

namespace OfficeTools.Engine.Tests;

/// <summary>Scriban's builtin groups are made on first use; templates see them exactly as before.</summary>
public class BuiltinsTests
{
    // Render.Ok compiles (asserting no errors), renders, validates the package.
    static string Body(string paragraph, string json = """{"x":"","n":[1,2,3],"v":1.6,"d":"2014-12-15","unit":"青山县委"}""") =>
        DocxText.Body(Render.Ok(DocxFactory.Create(DocxFactory.P(paragraph)), json));

    [Theory]
    [InlineData("{{ \"abc\" | string.upcase }}", "ABC")]
    [InlineData("{{ unit | string.replace \"县委\" \"区委\" }}", "青山区委")]
    [InlineData("{{ n | array.size }}", "3")]
    [InlineData("{{ math.round v }}", "2")]
    [InlineData("{{ if x == empty }}空{{ end }}", "空")]
    [InlineData("{{ if n != blank }}有{{ end }}", "有")]
    [InlineData("{{ object.typeof n }}", "array")]
    [InlineData("{{ n | array.join \"、\" }}", "1、2、3")]
    public void Builtin_groups_work_in_templates(string paragraph, string expected) => Assert.Equal(expected, Body(paragraph));

    [Fact]
    public void A_builtin_group_cannot_be_overwritten_and_include_is_not_there()
    {
        var t = DocxTemplate.Compile(new MemoryStream(DocxFactory.Create(DocxFactory.P("{{ string = 1 }}") + DocxFactory.P("{{ include \"x\" }}"))), "b.docx");
        var r = t.Render(new Dictionary<string, object?>(), TestContext.Current.CancellationToken);
        Assert.False(r.Success);
        Assert.Equal(2, r.Diagnostics.Count);
    }

    [Fact]
    public void Groups_first_used_on_many_threads_at_once_are_made_once_and_work()
    {
        var builtins = new ScribanBuiltins();
        var seen = new ConcurrentBag<object>();
        Parallel.For(0, 64, new ParallelOptions { MaxDegreeOfParallelism = 16 }, i =>
        {
            Assert.True(builtins.TryGetValue(null!, default, i % 2 == 0 ? "string" : "array", out var group));
            seen.Add(group);
        });
        Assert.Equal(2, seen.Distinct().Count());
        Assert.True(builtins.Contains("math"));
        Assert.False(builtins.CanWrite("string"));
        Assert.False(builtins.Contains("include"));
    }

    [Fact]
    public void A_gw_helper_called_with_the_wrong_number_of_arguments_is_a_located_error()
    {
        var t = DocxTemplate.Compile(new MemoryStream(DocxFactory.Create(DocxFactory.P("文号：{{ gw.docno \"某教督\" 2014 }}"))), "b.docx");
        var r = t.Render(new Dictionary<string, object?>(), TestContext.Current.CancellationToken);
        var error = Assert.Single(r.Diagnostics);
        Assert.Contains("docno", error.Message);
        Assert.Contains("paragraph 1", error.ToString());
    }
}
