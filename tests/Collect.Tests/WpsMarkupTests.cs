using OfficeTools.Collect.Reading;
using OfficeTools.Collect.Tests.Support;

namespace OfficeTools.Collect.Tests;

/// <summary>
/// No WPS Office runs here and no WPS-saved form could be had (Generator/Collect/README.md, "WPS"): a filled form given
/// the markup WPS is known to write reads back the same values, with its tags and, by position, without them.
/// </summary>
public class WpsMarkupTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_form_with_WPS_markup_reads_back_the_same_values(bool tagsDropped)
    {
        var answers = SampleLedger.Answers(1);
        var blank = TestForms.Blank("U001", "基层党组织", 3, SampleLedger.ItemIds(1));
        var wps = WpsMarkup.Apply(FormFiller.Fill(blank, answers), tagsDropped);
        var document = OfficeTools.Testing.ZipEdits.Text(wps, "word/document.xml");
        Assert.Contains("xmlns:wpsCustomData=\"http://www.wps.cn/officeDocument/2013/wpsCustomData\"", document, StringComparison.Ordinal);
        Assert.Equal(!tagsDropped, document.Contains("<w:tag ", StringComparison.Ordinal));
        Assert.Contains("KSOProductBuildVer", OfficeTools.Testing.ZipEdits.Text(wps, "docProps/custom.xml"), StringComparison.Ordinal);
        var layouts = new FormLayouts();
        Assert.True(layouts.Add(blank));
        Assert.True(layouts.Add(TestForms.Blank("U002", "基层党组织", 3, SampleLedger.ItemIds(2))));
        var r = FormReader.Read(wps, "wps.docx", layouts);
        Assert.Equal("U001", r.UnitId);
        Assert.Empty(r.Problems);
        var missing = answers.Keys.Where(t => !r.Values.ContainsKey(t)).ToList();
        Assert.True(missing.Count == 0, "tags not read back: " + string.Join(", ", missing));
        var different = answers.Where(kv => !Equals(kv.Value is "" ? null : kv.Value, r.Values[kv.Key]))
            .Select(kv => $"{kv.Key}: «{kv.Value}» → «{r.Values[kv.Key]}»").ToList();
        Assert.True(different.Count == 0, "values changed:\n" + string.Join("\n", different));
    }
}
