using OfficeTools.Testing;
using static OfficeTools.Templates.Tests.Ooxml;

namespace OfficeTools.Templates.Tests;

/// <summary>The notice's 办理结果 return slip: per item the controls collect reads back, tied to the notice by locked controls.</summary>
public class SlipControlTests
{
    static readonly string[] Progress = ["整改到位", "部分整改到位", "尚未启动"];
    static readonly string[] Satisfaction = ["满意", "基本满意", "不满意"];

    /// <summary>The slip's per-item tags (ID the item) with their kinds, then its fixed tags.</summary>
    public static readonly (string Tag, TagContract.Kind Kind, string[] Choices)[] Rows =
    [
        ("item.ID.measure", TagContract.Kind.Plain, []), ("item.ID.status", TagContract.Kind.DropDown, Progress),
        ("item.ID.done_date", TagContract.Kind.Date, []), ("item.ID.evidence", TagContract.Kind.Plain, []),
        ("item.ID.satisfaction", TagContract.Kind.DropDown, Satisfaction),
        ("signature", TagContract.Kind.Plain, []), ("fill_date", TagContract.Kind.Date, []),
        ("unit.id", TagContract.Kind.Locked, []), ("form.kind", TagContract.Kind.Locked, []),
        ("notice.number", TagContract.Kind.Locked, []), ("notice.round", TagContract.Kind.Locked, []),
    ];

    [Fact]
    public void Rendered_sample_has_each_slip_control_once_per_item_and_validates()
    {
        var bytes = Samples.Rendered("notice");
        DocxValidation.AssertValid(bytes, "notice sample");
        var controls = new Ooxml(bytes).Controls().ToList();
        var ids = Samples.Json("notice")["items"]!.AsArray().Select(i => (string)i!["id"]!).ToList();
        Assert.Equal(5, ids.Count);
        foreach (var (tag, kind, choices) in Rows)
        {
            foreach (var id in tag.Contains(".ID.", StringComparison.Ordinal) ? ids : [""])
            {
                var t = tag.Replace(".ID.", $".{id}.", StringComparison.Ordinal);
                var (_, props, _) = Assert.Single(controls, c => c.Tag == t);
                TagContract.AssertKind(t, props, kind, choices);
            }
        }
        Assert.Equal("青教督〔2015〕3号", Text(Assert.Single(controls, c => c.Tag == "notice.number").Sdt));
        Assert.Equal("1", Text(Assert.Single(controls, c => c.Tag == "notice.round").Sdt));
        Assert.Equal("督办通知单", Text(Assert.Single(controls, c => c.Tag == "form.kind").Sdt));
    }

    [Fact]
    public void The_machine_values_are_hidden_and_the_slip_shows_no_id()
    {
        var x = new Ooxml(Samples.Rendered("notice"));
        foreach (var tag in new[] { "unit.id", "form.kind", "notice.round" })
        {
            var (_, _, sdt) = Assert.Single(x.Controls(), c => c.Tag == tag);
            Assert.All(sdt.Descendants(W + "r"), r => Assert.NotNull(r.Element(W + "rPr")?.Element(W + "vanish")));
        }
        var pdf = LibreOffice.Of("notice");
        foreach (var id in Samples.Json("notice")["items"]!.AsArray().Select(i => (string)i!["id"]!).Append("U003"))
            Assert.DoesNotContain(id, pdf.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void An_item_sent_back_is_marked_for_rework_in_the_items_and_the_slip()
    {
        var pdf = LibreOffice.Of("notice");
        var text = string.Concat(pdf.Text.Where(c => !char.IsWhiteSpace(c)));
        Assert.Equal(2, text.Split("（回炉）").Length - 1);
        Assert.Contains("退回原因：佐证材料不足", text, StringComparison.Ordinal);
    }
}
