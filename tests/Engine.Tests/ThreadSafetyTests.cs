using System.Collections.Concurrent;
using OfficeTools.Testing;

namespace OfficeTools.Engine.Tests;

/// <summary>One compiled template rendered from many threads at once gives the same bytes as a lone render.</summary>
public class ThreadSafetyTests
{
    [Fact]
    public void Parallel_renders_equal_sequential_renders()
    {
        // Held paragraphs (the if-only one) and renumbered bookmarks (in the loop) keep per-render state too.
        var body = DocxFactory.P("{{ for it in items }}") +
            "<w:p><w:bookmarkStart w:id=\"1\" w:name=\"条\"/><w:r><w:t xml:space=\"preserve\">{{ it.no }}. {{ it.name | string.upcase }} {{ gw.num it.no }}</w:t></w:r><w:bookmarkEnd w:id=\"1\"/></w:p>" +
            DocxFactory.P("{{ if it.no % 2 == 0 }}双{{ end }}") + DocxFactory.P("{{ end }}") + DocxFactory.P("{{ x = id * 2 }}{{ x }}");
        var t = DocxTemplate.Compile(new MemoryStream(DocxFactory.Create(body, headerXml: DocxFactory.P("页眉 {{ id }}"))), "p.docx");
        Dictionary<string, object?> Model(int id) => new()
        {
            ["id"] = (long)id,
            ["items"] = Enumerable.Range(1, id % 7 + 1).Select(i => (object?)new Dictionary<string, object?> { ["no"] = (long)i, ["name"] = $"n{id}-{i}" }).ToList(),
        };
        var expected = Enumerable.Range(0, 64).Select(i => t.Render(Model(i), TestContext.Current.CancellationToken).Document!).ToArray();
        var actual = new ConcurrentDictionary<int, byte[]>();
        Parallel.For(0, 256, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
            actual[i] = t.Render(Model(i % 64), TestContext.Current.CancellationToken).Document!);
        for (var i = 0; i < 256; i++) Assert.Equal(expected[i % 64], actual[i]);
        DocxValidation.AssertValid(expected[5]);
        Assert.Contains("页眉 5", DocxText.Part(expected[5], "headers"));
    }
}
