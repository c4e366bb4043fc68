using OfficeTools.Testing;

namespace OfficeTools.Engine.Tests;

/// <summary>Limits: the defaults carry a 20,000-row table; a loop past a lowered limit is a located error.</summary>
public class LimitTests
{
    static readonly string Table =
        "<w:tbl><w:tblPr><w:tblW w:w=\"0\" w:type=\"auto\"/></w:tblPr><w:tblGrid><w:gridCol w:w=\"2000\"/><w:gridCol w:w=\"2000\"/></w:tblGrid>" +
        "<w:tr><w:tc><w:p><w:r><w:t>{{ for r in rows }}{{ r.no }}</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>{{ r.text }}{{ end }}</w:t></w:r></w:p></w:tc></w:tr></w:tbl><w:p/>";

    static Dictionary<string, object?> Rows(int n) => new()
    {
        ["rows"] = Enumerable.Range(1, n).Select(i => (object?)new Dictionary<string, object?> { ["no"] = (long)i, ["text"] = "第" + i + "行" }).ToList(),
    };

    [Fact]
    public void Twenty_thousand_row_table_renders_with_default_limits()
    {
        var t = DocxTemplate.Compile(new MemoryStream(DocxFactory.Create(Table)), "big.docx");
        var r = t.Render(Rows(20_000), TestContext.Current.CancellationToken);
        Assert.True(r.Success, string.Join("\n", r.Diagnostics));
        var x = Render.Part(r.Document!, "word/document.xml");
        Assert.Equal(20_000, x.Descendants(Render.W + "tr").Count());
        Assert.Equal("第20000行", x.Descendants(Render.W + "tr").Last().Elements(Render.W + "tc").Last().Value);
    }

    [Fact]
    public void A_loop_over_the_limit_is_an_error_and_no_document()
    {
        var t = DocxTemplate.Compile(new MemoryStream(DocxFactory.Create(Table)), "big.docx", TemplateOptions.Default with { LoopLimit = 100 });
        var r = t.Render(Rows(101), TestContext.Current.CancellationToken);
        Assert.Null(r.Document);
        var d = Assert.Single(r.Diagnostics);
        Assert.Equal(DiagnosticIds.Limit, d.Id);
        Assert.Equal("table 1, row 1, cell 1", d.Location);
    }

    [Fact]
    public void Output_size_limit_stops_a_runaway_template()
    {
        var body = DocxFactory.P("{{ for i in 1..100000 }}0123456789{{ end }}");
        var t = DocxTemplate.Compile(new MemoryStream(DocxFactory.Create(body)), "big.docx", TemplateOptions.Default with { MaxOutputChars = 100_000 });
        var r = t.Render(null, TestContext.Current.CancellationToken);
        Assert.Null(r.Document);
        Assert.Contains(r.Diagnostics, d => d.Id == DiagnosticIds.Limit);
    }

    [Fact]
    public void Recursion_limit_stops_runaway_functions()
    {
        var body = DocxFactory.P("{{ func f(x); ret f(x + 1); end }}{{ f 1 }}");
        var t = DocxTemplate.Compile(new MemoryStream(DocxFactory.Create(body)), "r.docx", TemplateOptions.Default with { RecursionLimit = 50 });
        var r = t.Render(null, TestContext.Current.CancellationToken);
        Assert.Null(r.Document);
        Assert.Contains(r.Diagnostics, d => d.Id == DiagnosticIds.Limit);
    }

    [Fact]
    public void Cancellation_is_reported_as_a_timeout_error()
    {
        var body = DocxFactory.P("{{ for i in 1..900000 }}{{ i }}{{ end }}");
        var t = DocxTemplate.Compile(new MemoryStream(DocxFactory.Create(body)), "slow.docx");
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        var r = t.Render(null, cts.Token);
        Assert.Null(r.Document);
        Assert.Contains(r.Diagnostics, d => d.Id == DiagnosticIds.Timeout);
    }

    [Fact]
    public void Include_cannot_reach_the_file_system()
    {
        var body = DocxFactory.P("{{ include '/etc/passwd' }}");
        var t = DocxTemplate.Compile(new MemoryStream(DocxFactory.Create(body)), "inc.docx");
        var r = t.Render(null, TestContext.Current.CancellationToken);
        Assert.Null(r.Document);
        Assert.NotEmpty(r.Diagnostics);
    }
}
