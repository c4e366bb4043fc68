using System.Text.Json.Nodes;

namespace OfficeTools.Documents.Tests.WriteBack;

/// <summary>A JSON ledger comes back as the same document: the clerk's own properties kept, the loop's added.</summary>
public class JsonWriteBackTests
{
    [Fact]
    public void Unknown_properties_stay_known_ones_change_and_the_copy_loads_back_with_the_updates()
    {
        var dir = TestLedgers.TempDir("wb-json");
        var source = Path.Combine(dir, "ledger.json");
        var doc = JsonNode.Parse(File.ReadAllText(TestLedgers.SampleJson))!;
        doc["campaign"]!["经办科室"] = "督查室";
        doc["units"]![0]!["备注"] = "重点单位";
        doc["items"]![0]!["备注"] = "已约谈";
        doc["items"]![1]!["附件"] = new JsonObject { ["name"] = "验收单.pdf", ["pages"] = 3 };
        File.WriteAllText(source, doc.ToJsonString());
        var original = TestLedgers.LoadOk(source);
        var updates = WriteBackCases.RoundOne(original);
        var target = Path.Combine(dir, "merged.json");

        WriteBackCases.WriteOk(source, updates, target);

        TestLedgers.AssertEqual(WriteBackCases.Apply(original, updates), TestLedgers.LoadOk(target));
        var back = JsonNode.Parse(File.ReadAllText(target))!;
        Assert.Equal("督查室", (string)back["campaign"]!["经办科室"]!);
        Assert.Equal("重点单位", (string)back["units"]![0]!["备注"]!);
        Assert.Equal("已报送", (string)back["units"]![0]!["reported"]!);
        Assert.Equal("已约谈", (string)back["items"]![0]!["备注"]!);
        Assert.Equal("退回重办", (string)back["items"]![0]!["stage"]!);
        Assert.Equal("佐证材料不足，需“回炉”", (string)back["items"]![0]!["reason"]!);
        Assert.Equal(3, (int)back["items"]![1]!["附件"]!["pages"]!);
        Assert.Equal("2014-12-20 15:30", (string)back["items"]![1]!["closed_at"]!);
        Assert.Equal("I9001", (string)back["items"]!.AsArray()[^1]!["id"]!);
        // everything not updated is the document as it came
        var expected = JsonNode.Parse(doc.ToJsonString())!;
        var (wantItems, gotItems) = (expected["items"]!.AsArray(), back["items"]!.AsArray());
        gotItems.RemoveAt(gotItems.Count - 1);
        for (var i = 0; i < 2; i++) { wantItems.RemoveAt(0); gotItems.RemoveAt(0); }
        Assert.True(JsonNode.DeepEquals(wantItems, gotItems));
        Assert.True(JsonNode.DeepEquals(expected["campaign"], back["campaign"]));
        Assert.True(JsonNode.DeepEquals(expected["rules_made"], back["rules_made"]));
        Assert.Contains("\"佐证材料不足，需“回炉”\"", File.ReadAllText(target)); // Chinese kept readable

        var loaded = TestLedgers.LoadOk(target);
        var second = Path.Combine(dir, "second.json");
        WriteBackCases.WriteOk(target, WriteBackCases.RoundTwo(loaded), second);
        TestLedgers.AssertEqual(WriteBackCases.Apply(loaded, WriteBackCases.RoundTwo(loaded)), TestLedgers.LoadOk(second));
        Assert.Equal("复核通过", (string)JsonNode.Parse(File.ReadAllText(second))!["items"]![0]!["stage"]!);
    }
}
