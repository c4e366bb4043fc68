using OfficeTools.Collect.Reading;
using OfficeTools.Collect.Tests.Support;
using OfficeTools.Testing;

namespace OfficeTools.Collect.Tests;

public class ReaderTests
{
    static byte[] Blank(bool checkbox = false) => TestForms.Blank("U001", "基层党组织", 3, SampleLedger.ItemIds(1), checkbox);

    [Fact]
    public void Blank_form_is_valid_and_reads_every_control_as_empty_except_the_locked_ids()
    {
        var blank = Blank();
        DocxValidation.AssertValid(blank, "blank test form");
        var r = FormReader.Read(blank, "blank.docx");
        Assert.Equal("U001", r.UnitId);
        Assert.Equal("基层党组织", r.Values["form.kind"]);
        Assert.Null(r.Values["filler"]);
        Assert.Null(r.Values["fill_date"]);
        Assert.Null(r.Values["focus.2.status"]);
        Assert.Null(r.Values["item.I001-1.status"]);
        Assert.Equal(5 + 21 + 6 + 2, r.Controls.Count);
        Assert.Empty(r.Problems);
    }

    [Fact]
    public void Filled_values_come_back_typed_and_equal()
    {
        var answers = SampleLedger.Answers(1);
        answers["confirmed"] = true;
        var filled = FormFiller.Fill(Blank(checkbox: true), answers);
        DocxValidation.AssertValid(filled, "filled test form");
        var r = FormReader.Read(filled, "filled.docx");
        Assert.Empty(r.Problems);
        foreach (var (tag, expected) in answers)
            Assert.Equal(expected is "" ? null : expected, r.Values[tag]);
        Assert.Equal(ControlKind.Date, r.Controls.Single(c => c.Tag == "fill_date").Kind);
        Assert.Equal(ControlKind.DropDown, r.Controls.Single(c => c.Tag == "focus.1.status").Kind);
        Assert.Equal(ControlKind.RichText, r.Controls.Single(c => c.Tag == "new_problems").Kind);
        Assert.Equal(ControlKind.CheckBox, r.Controls.Single(c => c.Tag == "confirmed").Kind);
        Assert.Equal("发现一：会风不实\n发现二：台账不全", r.Values["new_problems"]);
        Assert.Equal(["整改到位", "部分整改到位", "尚未启动"], r.Controls.Single(c => c.Tag == "focus.1.status").Choices);
    }

    [Fact]
    public void A_date_without_fullDate_is_parsed_from_its_text_and_bad_text_is_a_problem()
    {
        var typed = FormFiller.ForceText(Blank(), "fill_date", "2026年3月5日");
        Assert.Equal(new DateTime(2026, 3, 5), FormReader.Read(typed, "f.docx").Values["fill_date"]);
        var bad = FormFiller.ForceText(Blank(), "fill_date", "下周一");
        var r = FormReader.Read(bad, "f.docx");
        Assert.Null(r.Values["fill_date"]);
        Assert.Contains(r.Problems, p => p.Id == FormProblem.BadDate && p.Tag == "fill_date" && p.Message.Contains("下周一"));
    }

    [Fact]
    public void A_dropdown_value_outside_its_choices_is_a_problem_with_the_choices_listed()
    {
        var forced = FormFiller.ForceText(Blank(), "focus.1.status", "差不多");
        var p = Assert.Single(FormReader.Read(forced, "f.docx").Problems);
        Assert.Equal(FormProblem.NotAChoice, p.Id);
        Assert.Contains("整改到位 / 部分整改到位 / 尚未启动", p.Message);
        Assert.Contains("table 2, row", p.Message);
    }

    [Fact]
    public void A_combo_box_accepts_typed_text()
    {
        var doc = DocxFactory.Create("<w:p>" + TestForms.Text("unit.id", "U001") + TestForms.Combo("c", ["甲", "乙"]) + "</w:p>");
        var r = FormReader.Read(FormFiller.Fill(doc, new Dictionary<string, object?> { ["c"] = "丙" }), "c.docx");
        Assert.Equal("丙", r.Values["c"]);
        Assert.Empty(r.Problems);
    }

    [Fact]
    public void Duplicated_controls_are_reported_with_both_places()
    {
        var dup = FormFiller.DuplicateRow(Blank(), "item.I001-1.status");
        var r = FormReader.Read(dup, "d.docx");
        var p = Assert.Single(r.Problems, p => p.Id == FormProblem.ControlDuplicated);
        Assert.Equal("item.I001-1.status", p.Tag);
        Assert.Contains("2 times", p.Message);
    }

    [Fact]
    public void A_word_document_without_unit_id_is_not_one_of_our_forms()
    {
        var r = FormReader.Read(DocxFactory.Create(DocxFactory.P("会议纪要")), "minutes.docx");
        Assert.False(r.IsForm);
        Assert.Equal(FormProblem.NotOurForm, Assert.Single(r.Problems).Id);
    }

    [Theory]
    [InlineData("text")]
    [InlineData("empty")]
    [InlineData("truncated")]
    [InlineData("zip-without-word")]
    [InlineData("bad-xml")]
    public void Damaged_or_foreign_files_are_problems_never_exceptions(string kind)
    {
        var bytes = kind switch
        {
            "text" => "这不是一个Word文件"u8.ToArray(),
            "empty" => [],
            "truncated" => Blank()[..600],
            "zip-without-word" => ZipWith("readme.txt", "hello"),
            _ => ZipWith("word/document.xml", "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p>"),
        };
        var r = FormReader.Read(bytes, kind + ".docx");
        Assert.False(r.IsForm);
        var p = Assert.Single(r.Problems);
        Assert.Contains(p.Id, new[] { FormProblem.NotDocx, FormProblem.Corrupt });
        Assert.False(string.IsNullOrWhiteSpace(p.Message));
    }

    static byte[] ZipWith(string name, string content)
    {
        using var ms = new MemoryStream();
        using (var zip = new System.IO.Compression.ZipArchive(ms, System.IO.Compression.ZipArchiveMode.Create, true))
        using (var w = new StreamWriter(zip.CreateEntry(name).Open())) w.Write(content);
        return ms.ToArray();
    }
}
