using OfficeTools.Collect.Reading;
using OfficeTools.Collect.Tests.Support;

namespace OfficeTools.Collect.Tests;

public class LibreOfficeTests
{
    [Fact]
    public void A_form_resaved_by_LibreOffice_reads_back_the_same_values()
    {
        Assert.True(LibreOffice.Available, "soffice is needed (CI installs libreoffice-writer-nogui)");
        var answers = SampleLedger.Answers(1);
        var blank = TestForms.Blank("U001", "基层党组织", 3, SampleLedger.ItemIds(1));
        var filled = FormFiller.Fill(blank, answers);
        var resaved = LibreOffice.Resave(filled);
        File.WriteAllBytes(Path.Combine(Path.GetTempPath(), "collect-lo-resaved.docx"), resaved);
        var layouts = new FormLayouts();
        Assert.True(layouts.Add(blank));
        Assert.True(layouts.Add(TestForms.Blank("U002", "基层党组织", 3, SampleLedger.ItemIds(2))));
        var r = FormReader.Read(resaved, "resaved.docx", layouts);
        Assert.Equal("U001", r.UnitId);
        var missing = answers.Keys.Where(t => !r.Values.ContainsKey(t)).ToList();
        Assert.True(missing.Count == 0, "tags lost by LibreOffice: " + string.Join(", ", missing));
        var different = answers.Where(kv => !Equals(kv.Value is "" ? null : kv.Value, r.Values[kv.Key]))
            .Select(kv => $"{kv.Key}: «{kv.Value}» → «{r.Values[kv.Key]}»").ToList();
        Assert.True(different.Count == 0, "values changed by LibreOffice:\n" + string.Join("\n", different));
        Assert.Empty(r.Problems);
    }
}
