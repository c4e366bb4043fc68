using OfficeTools.Cli.Rendering;

namespace OfficeTools.Cli.Tests;

public class NameTemplateTests
{
    static Dictionary<string, object?> Record(params (string Key, object? Value)[] fields) =>
        fields.ToDictionary(f => f.Key, f => f.Value, StringComparer.Ordinal);

    [Fact]
    public void Each_record_gets_its_own_name_even_after_a_failing_one()
    {
        // The Scriban context is reused per thread: nothing of one record (output, variables, errors) may reach the next.
        var names = NameTemplate.Parse("{{ x = no * 2 }}{{ unit }}-{{ x }}.docx", out var errors)!;
        Assert.Empty(errors);
        Assert.Equal("青山县委-2.docx", names.Render(Record(("no", 1L), ("unit", "青山县委")), out var e1));
        Assert.Null(e1);
        Assert.Null(names.Render(Record(("no", 2L)), out var e2));
        Assert.Contains("unit", e2);
        Assert.Equal("某某局-6.docx", names.Render(Record(("no", 3L), ("unit", "某某局")), out var e3));
        Assert.Null(e3);
        Assert.Null(names.Render(Record(("unit", "无编号")), out var e4));
        Assert.Contains("no", e4);
    }

    [Fact]
    public void Names_render_the_same_on_many_threads()
    {
        var names = NameTemplate.Parse("notice-{{ no }}-{{ unit }}.docx", out _)!;
        var results = new string?[2000];
        Parallel.For(0, results.Length, i => results[i] = names.Render(Record(("no", (long)i), ("unit", $"单位{i % 7}")), out _));
        Assert.Equal(Enumerable.Range(0, results.Length).Select(i => $"notice-{i}-单位{i % 7}.docx"), results);
    }

    [Fact]
    public void Names_can_use_scriban_builtin_functions()
    {
        var names = NameTemplate.Parse("{{ unit | string.replace \"县委\" \"\" }}-{{ math.format no \"000\" }}.docx", out var errors)!;
        Assert.Empty(errors);
        Assert.Equal("青山-007.docx", names.Render(Record(("no", 7L), ("unit", "青山县委")), out var error));
        Assert.Null(error);
    }
}
