using System.Text;
using OfficeTools.Packages;
using OfficeTools.Testing;

namespace OfficeTools.Engine.Tests;

/// <summary>The shared package inspector on hostile packages: bombs, unsafe names, DTDs in any encoding, macros, entry counts.</summary>
public class PackageInspectorTests
{
    static readonly byte[] Good = DocxFactory.Create(DocxFactory.P("正文"));

    static Diagnostic Refused(byte[] zip, PackageLimits? limits = null)
    {
        var problem = PackageInspector.Inspect(zip, limits);
        Assert.NotNull(problem);
        return problem;
    }

    [Fact]
    public void A_real_docx_passes_and_keeps_every_entry()
    {
        var contents = PackageInspector.Open(Good);
        Assert.True(contents.Success);
        Assert.Equal(ZipEdits.Text(Good, "word/document.xml"), Encoding.UTF8.GetString(contents.Find("word/document.xml")!.Bytes));
    }

    [Fact]
    public void A_2_GB_part_of_zeros_is_a_located_part_limit_error()
    {
        var bomb = ZipEdits.AddBomb(Good, "word/media/zeros.bin", 2L * 1024 * 1024 * 1024);
        var problem = Refused(bomb);
        Assert.Equal(PackageProblemIds.PartTooLarge, problem.Id);
        Assert.Equal("word/media/zeros.bin", problem.Part);
        Assert.Contains("expands beyond 256 MB", problem.Message, StringComparison.Ordinal);
        Assert.Contains("--max-part-mb", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bomb_whose_headers_lie_about_its_size_never_inflates_past_the_cap()
    {
        const int cap = 8 * 1024 * 1024;
        var bomb = ZipEdits.LieAboutSize(ZipEdits.AddBomb(Good, "word/media/zeros.bin", 64L * 1024 * 1024), "word/media/zeros.bin", cap - 1);
        var contents = PackageInspector.Open(bomb, PackageLimits.Default with { MaxPartBytes = cap });
        // The zip reader may stop at the declared size itself; either way no more than the cap is ever inflated.
        if (contents.Problem is { } problem) Assert.True(problem.Id is PackageProblemIds.PartTooLarge or PackageProblemIds.Corrupt, problem.ToString());
        else Assert.True(contents.Find("word/media/zeros.bin")!.Bytes.Length <= cap);
    }

    [Fact]
    public void Many_parts_each_under_the_cap_cross_the_total()
    {
        var zip = Good;
        for (var i = 0; i < 3; i++) zip = ZipEdits.AddBomb(zip, $"customXml/big{i}.bin", 3 * 1024 * 1024);
        var problem = Refused(zip, PackageLimits.Default with { MaxPartBytes = 4 * 1024 * 1024, MaxTotalBytes = 8 * 1024 * 1024 });
        Assert.Equal(PackageProblemIds.TotalTooLarge, problem.Id);
        Assert.Contains("8 MB in total", problem.Message, StringComparison.Ordinal);
        Assert.Contains("--max-total-mb", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Too_many_entries_are_refused_before_inflating_naming_the_option()
    {
        var zip = ZipEdits.Edit(Good, z => { for (var i = 0; i < 30; i++) z.CreateEntry($"customXml/item{i}.xml"); });
        var problem = Refused(zip, PackageLimits.Default with { MaxEntries = 20 });
        Assert.Equal(PackageProblemIds.TooManyParts, problem.Id);
        Assert.Contains("limit of 20", problem.Message, StringComparison.Ordinal);
        Assert.Contains("--max-parts", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_setting_named_in_the_message_is_the_door_s_own()
    {
        var zip = ZipEdits.Edit(Good, z => { for (var i = 0; i < 30; i++) z.CreateEntry($"customXml/item{i}.xml"); });
        var problem = Refused(zip, PackageLimits.Default with { MaxEntries = 20, EntriesSetting = "AddIn:MaxZipEntries" });
        Assert.Contains("AddIn:MaxZipEntries", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("../evil.xml")]
    [InlineData("word/../../evil.xml")]
    [InlineData("./word/evil.xml")]
    [InlineData("/etc/passwd")]
    [InlineData("\\evil.xml")]
    [InlineData("word\\evil.xml")]
    [InlineData("C:/evil.xml")]
    [InlineData("c:evil.xml")]
    [InlineData("word/evil\0.xml")]
    [InlineData("word/\u0001evil.xml")]
    [InlineData("word//evil.xml")]
    public void Unsafe_part_names_are_refused_naming_the_part(string name)
    {
        var problem = Refused(ZipEdits.Add(Good, name, "<a/>"));
        Assert.Equal(PackageProblemIds.UnsafeName, problem.Id);
        Assert.Contains("is unsafe", problem.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\0', problem.Message);
        Assert.NotNull(problem.Part);
    }

    [Fact]
    public void The_same_name_twice_is_refused()
    {
        var problem = Refused(ZipEdits.Add(Good, "WORD/document.xml", "<a/>"));
        Assert.Equal(PackageProblemIds.DuplicateName, problem.Id);
    }

    public static TheoryData<string, byte[]> Dtds => new()
    {
        { "utf-8", Encoding.UTF8.GetBytes("<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x \"y\">]><r>&x;</r>") },
        { "utf-8 bom, comment and pi first", [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes("<?xml version=\"1.0\"?>\r\n<!-- <r/> --><?pi x?>\n  <!DOCTYPE r SYSTEM \"file:///etc/passwd\"><r/>")] },
        { "entity without doctype", Encoding.UTF8.GetBytes("<!ENTITY x \"y\"><r/>") },
        { "utf-16 le with bom", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes("<?xml version=\"1.0\" encoding=\"utf-16\"?><!DOCTYPE r><r/>")] },
        { "utf-16 be without bom", Encoding.BigEndianUnicode.GetBytes("<?xml version=\"1.0\" encoding=\"utf-16\"?><!DOCTYPE r><r/>") },
        { "utf-32 le", [.. Encoding.UTF32.GetPreamble(), .. Encoding.UTF32.GetBytes("<!DOCTYPE r><r/>")] },
    };

    [Theory]
    [MemberData(nameof(Dtds))]
    public void A_dtd_in_any_xml_part_is_refused_whatever_its_name_or_encoding(string what, byte[] xml)
    {
        var problem = Refused(ZipEdits.Add(Good, "customXml/item1.bin", xml));
        Assert.True(problem.Id == PackageProblemIds.Dtd, what);
        Assert.Equal("customXml/item1.bin", problem.Part);
    }

    [Fact]
    public void Doctype_text_after_the_root_element_is_not_a_dtd()
    {
        var zip = ZipEdits.Add(Good, "customXml/item1.xml", "<r><![CDATA[<!DOCTYPE x>]]> &lt;!DOCTYPE</r>");
        Assert.Null(PackageInspector.Inspect(zip));
    }

    [Fact]
    public void A_vba_project_is_refused_unless_macros_are_allowed()
    {
        var zip = ZipEdits.Add(Good, "word/vbaProject.bin", [0xD0, 0xCF, 0x11, 0xE0]);
        Assert.Equal(PackageProblemIds.Macro, Refused(zip).Id);
        Assert.Null(PackageInspector.Inspect(zip, PackageLimits.Default with { RefuseMacros = false }));
    }

    [Fact]
    public void A_macro_enabled_content_type_is_refused()
    {
        var types = ZipEdits.Text(Good, "[Content_Types].xml").Replace(
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
            "application/vnd.ms-word.document.macroEnabled.main+xml", StringComparison.Ordinal);
        var problem = Refused(ZipEdits.Replace(Good, "[Content_Types].xml", Encoding.UTF8.GetBytes(types)));
        Assert.Equal(PackageProblemIds.Macro, problem.Id);
        Assert.Equal("[Content_Types].xml", problem.Part);
    }

    [Fact]
    public void Not_a_zip_and_a_truncated_zip_are_problems_not_exceptions()
    {
        Assert.Equal(PackageProblemIds.NotZip, Refused("MZ not a zip"u8.ToArray()).Id);
        Assert.Equal(PackageProblemIds.Corrupt, Refused(Good[..(Good.Length / 2)]).Id);
    }
}
