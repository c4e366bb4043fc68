using OfficeTools.Testing;
using static OfficeTools.Engine.Tests.Render;

namespace OfficeTools.Engine.Tests;

/// <summary>Content controls filled by data path stay content controls, with their state set.</summary>
public class ContentControlTests
{
    static string Sdt(string tag, string pr, string content) =>
        $"<w:sdt><w:sdtPr><w:tag w:val=\"{tag}\"/><w:id w:val=\"7\"/>{pr}</w:sdtPr><w:sdtContent>{content}</w:sdtContent></w:sdt>";

    [Fact]
    public void Inline_control_is_filled_keeps_formatting_and_drops_placeholder_flag()
    {
        var doc = Ok(DocxFactory.Create($"<w:p>{Sdt("unit.name", "<w:showingPlcHdr/>", "<w:r><w:rPr><w:rStyle w:val=\"PlaceholderText\"/><w:b/></w:rPr><w:t>点击输入</w:t></w:r>")}</w:p>"),
            """{"unit":{"name":"甲 & 乙"}}""");
        var sdt = Part(doc, "word/document.xml").Descendants(W + "sdt").Single();
        Assert.Null(sdt.Element(W + "sdtPr")!.Element(W + "showingPlcHdr"));
        var run = sdt.Element(W + "sdtContent")!.Elements(W + "r").Single();
        Assert.NotNull(run.Element(W + "rPr")!.Element(W + "b"));
        Assert.Null(run.Element(W + "rPr")!.Element(W + "rStyle"));
        Assert.Equal("甲 & 乙", run.Element(W + "t")!.Value);
    }

    [Fact]
    public void Cell_control_stays_a_cell_level_control()
    {
        var cell = "<w:tc><w:tcPr><w:tcW w:w=\"2000\" w:type=\"dxa\"/></w:tcPr><w:p><w:r><w:t>待填</w:t></w:r></w:p></w:tc>";
        var body = $"<w:tbl><w:tblPr><w:tblW w:w=\"0\" w:type=\"auto\"/></w:tblPr><w:tblGrid><w:gridCol w:w=\"2000\"/></w:tblGrid><w:tr>{Sdt("items[1].owner", "", cell)}</w:tr></w:tbl><w:p/>";
        var doc = Ok(DocxFactory.Create(body), """{"items":[{"owner":"甲"},{"owner":"乙"}]}""");
        var sdt = Part(doc, "word/document.xml").Descendants(W + "tr").Single().Element(W + "sdt")!;
        Assert.Equal("乙", sdt.Element(W + "sdtContent")!.Element(W + "tc")!.Value);
    }

    [Fact]
    public void Checkbox_and_date_picker_take_their_state_from_data()
    {
        var box = Sdt("done", "<w14:checkbox><w14:checked w14:val=\"0\"/><w14:checkedState w14:val=\"2612\" w14:font=\"MS Gothic\"/><w14:uncheckedState w14:val=\"2610\" w14:font=\"MS Gothic\"/></w14:checkbox>", "<w:r><w:t>☐</w:t></w:r>");
        var date = Sdt("due_iso", "<w:date><w:dateFormat w:val=\"yyyy年M月d日\"/><w:lid w:val=\"zh-CN\"/><w:storeMappedDataAs w:val=\"dateTime\"/><w:calendar w:val=\"gregorian\"/></w:date>", "<w:r><w:t>选择日期</w:t></w:r>");
        var doc = Ok(DocxFactory.Create($"<w:p>{box}{date}</w:p>"), """{"done":true,"due_iso":"2014-12-15"}""");
        var x = Part(doc, "word/document.xml");
        Assert.Equal("1", x.Descendants(W14 + "checked").Single().Attribute(W14 + "val")!.Value);
        Assert.Contains("☒", x.Descendants(W + "sdt").First().Value);
        Assert.Equal("2014-12-15T00:00:00Z", x.Descendants(W + "date").Single().Attribute(W + "fullDate")!.Value);
        Assert.Equal("2014年12月15日", x.Descendants(W + "sdt").Last().Element(W + "sdtContent")!.Value);
    }

    [Fact]
    public void Unresolved_tags_are_left_untouched_even_in_strict_mode()
    {
        var doc = Ok(DocxFactory.Create($"<w:p>{Sdt("filler", "<w:showingPlcHdr/>", "<w:r><w:t>请输入</w:t></w:r>")}</w:p>"), "{}");
        var sdt = Part(doc, "word/document.xml").Descendants(W + "sdt").Single();
        Assert.NotNull(sdt.Element(W + "sdtPr")!.Element(W + "showingPlcHdr"));
        Assert.Equal("请输入", sdt.Value);
    }

    [Fact]
    public void Tags_inside_tag_and_alias_values_render_per_item()
    {
        var body = DocxFactory.P("{{ for it in items }}") +
            "<w:p><w:sdt><w:sdtPr><w:alias w:val=\"事项 {{ it.id }}\"/><w:tag w:val=\"item.{{ it.id }}.status\"/><w:id w:val=\"3\"/></w:sdtPr><w:sdtContent><w:r><w:t>未填</w:t></w:r></w:sdtContent></w:sdt></w:p>" +
            DocxFactory.P("{{ end }}");
        var doc = Ok(DocxFactory.Create(body), """{"items":[{"id":"U1-1"},{"id":"A&\"B"}]}""");
        var tags = Part(doc, "word/document.xml").Descendants(W + "tag").Select(t => t.Attribute(W + "val")!.Value).ToList();
        Assert.Equal(["item.U1-1.status", "item.A&\"B.status"], tags);
        var aliases = Part(doc, "word/document.xml").Descendants(W + "alias").Select(t => t.Attribute(W + "val")!.Value).ToList();
        Assert.Equal(["事项 U1-1", "事项 A&\"B"], aliases);
    }

    [Fact]
    public void Fields_list_content_controls_variables_loops_and_conditions_with_locations()
    {
        var body = DocxFactory.P("{{ for it in items }}") + DocxFactory.P("{{ it.due }} {{ unit.name }}") + DocxFactory.P("{{ if it.done }}是{{ end }}") +
            DocxFactory.P("{{ end }}") + $"<w:p>{Sdt("contact", "", "<w:r><w:t>x</w:t></w:r>")}</w:p>";
        var t = DocxTemplate.Compile(new MemoryStream(DocxFactory.Create(body)), "t.docx");
        Assert.Contains(t.Fields, f => f is { Kind: FieldKind.Loop, Name: "for it in items", Location: "paragraph 1" });
        Assert.Contains(t.Fields, f => f is { Kind: FieldKind.Variable, Name: "items[].due", Location: "paragraph 2" });
        Assert.Contains(t.Fields, f => f is { Kind: FieldKind.Variable, Name: "unit.name" });
        Assert.Contains(t.Fields, f => f is { Kind: FieldKind.Condition, Name: "if it.done", Location: "paragraph 3" });
        Assert.Contains(t.Fields, f => f is { Kind: FieldKind.ContentControl, Name: "contact", Location: "paragraph 5" });
    }
}
