using System.Xml.Linq;
using OfficeTools.Testing;
using static OfficeTools.Engine.Tests.Render;

namespace OfficeTools.Engine.Tests;

/// <summary>
/// Templates made for Power Automate's "Populate a Microsoft Word template": controls named by title, repeating
/// sections filled from lists, controls mapped to custom XML.
/// </summary>
public class RepeatingSectionTests
{
    static readonly XNamespace W15 = "http://schemas.microsoft.com/office/word/2012/wordml";
    const string W15Ns = "xmlns:w15=\"http://schemas.microsoft.com/office/word/2012/wordml\"";

    static string Control(string name, string text, bool titleOnly = false) =>
        $"<w:sdt><w:sdtPr><w:alias w:val=\"{name}\"/>{(titleOnly ? "" : $"<w:tag w:val=\"{name}\"/>")}<w:id w:val=\"{name.Length + 100}\"/><w:showingPlcHdr/></w:sdtPr>" +
        $"<w:sdtContent><w:r><w:rPr><w:rStyle w:val=\"PlaceholderText\"/></w:rPr><w:t>{text}</w:t></w:r></w:sdtContent></w:sdt>";

    static string Section(string name, string item) =>
        $"<w:sdt><w:sdtPr><w:alias w:val=\"{name}\"/><w:tag w:val=\"{name}\"/><w:id w:val=\"1\"/><w15:repeatingSection {W15Ns}/></w:sdtPr><w:sdtContent>" +
        $"<w:sdt><w:sdtPr><w:id w:val=\"2\"/><w15:repeatingSectionItem {W15Ns}/></w:sdtPr><w:sdtContent>{item}</w:sdtContent></w:sdt>" +
        "</w:sdtContent></w:sdt>";

    static string Row(params string[] cells) => "<w:tr>" + string.Concat(cells.Select(c =>
        $"<w:tc><w:tcPr><w:tcW w:w=\"3000\" w:type=\"dxa\"/></w:tcPr><w:p>{c}</w:p></w:tc>")) + "</w:tr>";

    const string Items = """{"单位":"青山县委办公室","items":[{"task":"建章立制","due":"2015年1月"},{"task":"专项整治","due":"2015年2月"}]}""";

    [Fact]
    public void A_control_without_a_tag_is_filled_by_its_title()
    {
        var doc = Ok(DocxFactory.Create($"<w:p><w:r><w:t xml:space=\"preserve\">单位：</w:t></w:r>{Control("单位", "单击输入", titleOnly: true)}</w:p>"), Items);
        Assert.Equal("单位：青山县委办公室", DocxText.Body(doc));
        Assert.Single(Part(doc, "word/document.xml").Descendants(W + "sdt"));
    }

    [Fact]
    public void A_repeating_section_of_paragraphs_repeats_its_item_per_element_with_the_items_fields()
    {
        var item = $"<w:p>{Control("task", "事项")}<w:r><w:t xml:space=\"preserve\">，时限：</w:t></w:r>{Control("due", "时限")}</w:p>";
        var doc = Ok(DocxFactory.Create(Section("items", item) + DocxFactory.P("完")), Items);
        Assert.Equal("建章立制，时限：2015年1月\n专项整治，时限：2015年2月\n完", DocxText.Body(doc));
        var xml = Part(doc, "word/document.xml");
        Assert.Single(xml.Descendants(W15 + "repeatingSection"));
        Assert.Equal(2, xml.Descendants(W15 + "repeatingSectionItem").Count());
        Assert.Empty(xml.Descendants(W + "showingPlcHdr"));
    }

    [Fact]
    public void A_repeating_section_of_table_rows_adds_a_row_per_element()
    {
        var table = "<w:tbl><w:tblPr><w:tblW w:w=\"0\" w:type=\"auto\"/></w:tblPr><w:tblGrid><w:gridCol w:w=\"3000\"/><w:gridCol w:w=\"3000\"/></w:tblGrid>" +
            Row("<w:r><w:t>事项</w:t></w:r>", "<w:r><w:t>时限</w:t></w:r>") + Section("items", Row(Control("task", "事项"), Control("due", "时限"))) + "</w:tbl><w:p/>";
        var doc = Ok(DocxFactory.Create(table), Items);
        var rows = Part(doc, "word/document.xml").Descendants(W + "tr").Select(r => string.Join("|", r.Descendants(W + "t").Select(t => t.Value))).ToList();
        Assert.Equal(["事项|时限", "建章立制|2015年1月", "专项整治|2015年2月"], rows);
    }

    [Fact]
    public void Without_a_list_or_with_an_empty_one_the_section_stays_as_the_template_has_it()
    {
        var item = $"<w:p>{Control("task", "事项")}</w:p>";
        foreach (var json in new[] { """{"items":[]}""", """{"other":1}""" })
        {
            var doc = Ok(DocxFactory.Create(Section("items", item)), json);
            var xml = Part(doc, "word/document.xml");
            Assert.Single(xml.Descendants(W15 + "repeatingSectionItem"));
            Assert.Equal("事项", DocxText.Body(doc));
            Assert.Single(xml.Descendants(W + "showingPlcHdr"));
        }
    }

    [Fact]
    public void A_filled_control_loses_its_custom_xml_mapping_so_word_shows_the_value()
    {
        var mapped = "<w:p><w:sdt><w:sdtPr><w:tag w:val=\"unit\"/><w:id w:val=\"9\"/><w:dataBinding w:xpath=\"/root[1]/unit[1]\" w:storeItemID=\"{00000000-0000-0000-0000-000000000001}\"/></w:sdtPr>" +
            "<w:sdtContent><w:r><w:t>旧值</w:t></w:r></w:sdtContent></w:sdt></w:p>" +
            "<w:p><w:sdt><w:sdtPr><w:tag w:val=\"missing\"/><w:id w:val=\"10\"/><w:dataBinding w:xpath=\"/root[1]/x[1]\" w:storeItemID=\"{00000000-0000-0000-0000-000000000001}\"/></w:sdtPr>" +
            "<w:sdtContent><w:r><w:t>留</w:t></w:r></w:sdtContent></w:sdt></w:p>";
        var doc = Ok(DocxFactory.Create(mapped), """{"unit":"甲"}""");
        var sdts = Part(doc, "word/document.xml").Descendants(W + "sdt").ToList();
        Assert.Null(sdts[0].Element(W + "sdtPr")!.Element(W + "dataBinding"));
        Assert.NotNull(sdts[1].Element(W + "sdtPr")!.Element(W + "dataBinding"));
        Assert.Equal("甲\n留", DocxText.Body(doc));
    }
}
