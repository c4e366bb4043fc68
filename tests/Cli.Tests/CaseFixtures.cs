using OfficeTools.Data;
using OfficeTools.Testing;

namespace OfficeTools.Cli.Tests;

/// <summary>Writes the generated inputs every golden case may name (templates good and bad, workbooks, a plain file).</summary>
static class CaseFixtures
{
    /// <summary>Creates the fixtures in <paramref name="dir"/>.</summary>
    public static void WriteAll(string dir)
    {
        var notice = CliHarness.NoticeTemplate();
        File.WriteAllBytes(Path.Combine(dir, "notice.docx"), notice);
        File.WriteAllBytes(Path.Combine(dir, "notice.dotx"), notice);
        File.WriteAllBytes(Path.Combine(dir, "macro.docm"), notice);
        File.WriteAllBytes(Path.Combine(dir, "macro.dotm"), notice);
        File.WriteAllBytes(Path.Combine(dir, "truncated.docx"), notice[..(notice.Length * 2 / 3)]);
        File.WriteAllText(Path.Combine(dir, "notzip.docx"), "这不是一个 Word 文件。\n");
        File.WriteAllBytes(Path.Combine(dir, "plain-zip.docx"), CliHarness.PlainZip());
        File.WriteAllBytes(Path.Combine(dir, "legacy.doc"), CliHarness.OleHeader());
        File.WriteAllBytes(Path.Combine(dir, "legacy-renamed.docx"), CliHarness.OleHeader());
        File.WriteAllBytes(Path.Combine(dir, "gongwen-ok.docx"), ForeignGongwen.Create());
        File.WriteAllBytes(Path.Combine(dir, "gongwen-di.docx"), ForeignGongwen.Create(new ForeignGongwen.Options { DocNumber = ["某政发", "〔2014〕", "第012号"] }));
        File.WriteAllText(Path.Combine(dir, "a-file"), "a regular file, so nothing can be created under it, not even by root\n");
        File.WriteAllText(Path.Combine(dir, "units.json"), """[{"unit":"某某县委组织部","no":17},{"unit":"某某乡党委","no":18}]""");
        XlsxWriter.Write(Path.Combine(dir, "noheader.xlsx"), [new XlsxSheetData("台账", [[], ["某某乡", 17L]])]);
        XlsxWriter.Write(Path.Combine(dir, "units.xlsx"), [new XlsxSheetData("台账",
            [["unit", "no"], ["某某县委组织部", 17L], ["某某乡党委", 18L]])]);
    }
}
