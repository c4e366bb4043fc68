using System.Text.Json;
using System.Text.Json.Nodes;
using OfficeTools.Engine.Merge;
using OfficeTools.Testing;

namespace OfficeTools.Engine.Tests.Merge;

/// <summary>Renders the product templates and merges documents, for the merge tests.</summary>
internal static class Merging
{
    /// <summary>A product template rendered with its sample model, <paramref name="edit"/> applied to the model first.</summary>
    public static byte[] Sample(string template, Action<JsonNode>? edit = null)
    {
        var t = DocxTemplate.Compile(File.OpenRead(RepoPaths.Of("Templates", template + ".docx")), template + ".docx");
        Assert.False(t.HasErrors, string.Join("\n", t.Diagnostics));
        var model = JsonNode.Parse(File.ReadAllText(RepoPaths.Of("Templates", "samples", template + "-model.json")))!;
        edit?.Invoke(model);
        using var json = JsonDocument.Parse(model.ToJsonString());
        var r = t.Render(json.RootElement);
        Assert.True(r.Success, string.Join("\n", r.Diagnostics));
        return r.Document!;
    }

    /// <summary>Merges <paramref name="documents"/>; asserts every one was taken.</summary>
    public static byte[] Merge(IEnumerable<byte[]> documents)
    {
        var output = new MemoryStream();
        using (var merger = new DocxMerger(output))
        {
            var n = 0;
            foreach (var d in documents) Assert.Null(merger.Add(d, $"record {++n}"));
            merger.Finish();
        }
        var bytes = output.ToArray();
        DocxValidation.AssertValid(bytes, "merged");
        return bytes;
    }
}
