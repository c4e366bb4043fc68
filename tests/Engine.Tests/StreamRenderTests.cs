using OfficeTools.Testing;

namespace OfficeTools.Engine.Tests;

/// <summary>Rendering into a stream: the same package as the byte[] render, one write, and nothing on errors.</summary>
public class StreamRenderTests
{
    static DocxTemplate Template() => DocxTemplate.Compile(new MemoryStream(DocxFactory.Create(
        DocxFactory.P("{{ for it in items }}") + DocxFactory.P("{{ it.name }}") + DocxFactory.P("{{ end }}"),
        headerXml: DocxFactory.P("页眉 {{ title }}"))), "s.docx");

    static Dictionary<string, object?> Model(string title, int n) => new()
    {
        ["title"] = title,
        ["items"] = Enumerable.Range(1, n).Select(i => (object?)new Dictionary<string, object?> { ["name"] = $"事项{i}" }).ToList(),
    };

    [Fact]
    public void A_stream_receives_exactly_the_bytes_of_the_array_render_in_one_write()
    {
        var t = Template();
        var expected = t.Render(Model("通知", 30), TestContext.Current.CancellationToken).Document!;
        var output = new CountingStream();
        var result = t.Render(Model("通知", 30), output, TestContext.Current.CancellationToken);
        Assert.True(result.Success);
        Assert.Null(result.Document);
        Assert.Empty(result.Diagnostics);
        Assert.Equal(expected, output.ToArray());
        Assert.Equal(1, output.Writes);
        DocxValidation.AssertValid(output.ToArray());
    }

    [Fact]
    public void On_errors_nothing_is_written_and_every_error_is_listed()
    {
        var t = Template();
        var output = new CountingStream();
        var result = t.Render(new Dictionary<string, object?> { ["items"] = new List<object?>() }, output, TestContext.Current.CancellationToken);
        Assert.False(result.Success);
        Assert.Contains(result.Diagnostics, d => d.Message.Contains("title", StringComparison.Ordinal));
        Assert.Equal(0, output.Length);
        Assert.Equal(0, output.Writes);
    }

    [Fact]
    public void A_big_render_after_a_small_one_on_the_same_thread_is_whole()
    {
        // The package is built in a buffer reused per thread: a bigger document must not carry bytes of a smaller one.
        var t = Template();
        var small = new CountingStream();
        t.Render(Model("小", 1), small, TestContext.Current.CancellationToken);
        var big = new CountingStream();
        t.Render(Model("大", 3000), big, TestContext.Current.CancellationToken);
        Assert.Equal(t.Render(Model("大", 3000), TestContext.Current.CancellationToken).Document!, big.ToArray());
        Assert.Contains("事项3000", DocxText.Part(big.ToArray(), "body"));
    }

    sealed class CountingStream : MemoryStream
    {
        public int Writes { get; private set; }

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            Writes++;
            base.Write(buffer.ToArray(), 0, buffer.Length);
        }

        public override void Write(byte[] buffer, int offset, int count)
        {
            Writes++;
            base.Write(buffer, offset, count);
        }
    }
}
