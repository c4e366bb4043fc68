using System.Text;
using OfficeTools.Collect.Reading;
using OfficeTools.Collect.Tests.Support;
using OfficeTools.Packages;
using OfficeTools.Testing;

namespace OfficeTools.Collect.Tests;

/// <summary>Collect's door: a returned form goes through the same package inspection as an add-in upload.</summary>
public class FormPackageTests
{
    static byte[] Blank() => TestForms.Blank("U001", "基层党组织", 3, SampleLedger.ItemIds(1), false);

    static Diagnostic Refused(byte[] form)
    {
        var r = FormReader.Read(form, "U001.docx");
        Assert.False(r.IsForm);
        return Assert.Single(r.Problems);
    }

    [Fact]
    public void A_real_form_still_reads()
    {
        Assert.True(FormReader.Read(Blank(), "U001.docx").IsForm);
    }

    [Fact]
    public void A_zip_bomb_form_is_refused_naming_the_part()
    {
        var p = Refused(ZipEdits.AddBomb(Blank(), "word/media/zeros.bin", 1L * 1024 * 1024 * 1024));
        Assert.Equal(FormProblem.Refused, p.Id);
        Assert.Contains("word/media/zeros.bin: the part expands beyond 256 MB", p.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_caps_can_be_raised_or_lowered_per_call()
    {
        var form = ZipEdits.AddBomb(Blank(), "word/media/zeros.bin", 3L * 1024 * 1024);
        var low = FormReader.Read(form, "U001.docx", limits: PackageLimits.Default with { MaxPartBytes = 1024 * 1024 });
        Assert.Equal(FormProblem.Refused, Assert.Single(low.Problems).Id);
        Assert.True(FormReader.Read(form, "U001.docx").IsForm);
    }

    [Fact]
    public void A_dtd_in_the_document_part_is_refused_before_any_xml_reader_sees_it()
    {
        var document = ZipEdits.Text(Blank(), "word/document.xml");
        var utf16 = Encoding.Unicode.GetBytes(document.Replace("encoding=\"UTF-8\"", "encoding=\"UTF-16\"", StringComparison.OrdinalIgnoreCase)
            .Replace("?>", "?><!DOCTYPE w:document [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>", StringComparison.Ordinal));
        var p = Refused(ZipEdits.Replace(Blank(), "word/document.xml", [.. Encoding.Unicode.GetPreamble(), .. utf16]));
        Assert.Equal(FormProblem.Refused, p.Id);
        Assert.Contains("word/document.xml: the XML part declares a DTD", p.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("../../../etc/cron.d/evil")]
    [InlineData("word\\evil.xml")]
    [InlineData("D:/evil.xml")]
    public void A_form_with_an_unsafe_part_name_is_refused(string name)
    {
        var p = Refused(ZipEdits.Add(Blank(), name, "<a/>"));
        Assert.Equal(FormProblem.Refused, p.Id);
        Assert.Contains("is unsafe", p.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_macro_form_is_refused()
    {
        var p = Refused(ZipEdits.Add(Blank(), "word/vbaProject.bin", [0xD0, 0xCF, 0x11, 0xE0]));
        Assert.Equal(FormProblem.Refused, p.Id);
        Assert.Contains("macros", p.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_truncated_form_is_still_not_a_docx()
    {
        var blank = Blank();
        Assert.Equal(FormProblem.NotDocx, Refused(blank[..(blank.Length / 2)]).Id);
    }
}
