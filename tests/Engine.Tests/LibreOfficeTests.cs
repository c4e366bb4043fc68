using System.Diagnostics;
using OfficeTools.Testing;

namespace OfficeTools.Engine.Tests;

/// <summary>A template written by LibreOffice (converted from HTML in the test) renders like the Word-style one.</summary>
public class LibreOfficeTests
{
    const string Data = """{"unit":{"name":"某某县委"},"items":[{"no":1,"problem":"会风不实","owner":"张三"},{"no":2,"problem":"文山会海","owner":"李四"}]}""";

    [Fact]
    public void Html_converted_by_LibreOffice_renders_like_the_word_template()
    {
        var soffice = SystemTools.Soffice;
        var dir = Directory.CreateTempSubdirectory("ot-lo-").FullName;
        try
        {
            var html = Path.Combine(dir, "template.html");
            File.Copy(RepoPaths.Of("tests", "Engine.Tests", "LibreOffice", "template.html"), html);
            Convert(soffice, dir, ["--infilter=HTML (StarWriter)", "--convert-to", "docx:MS Word 2007 XML"], [html]);
            var converted = Path.Combine(dir, "template.docx");
            Assert.True(File.Exists(converted), "soffice produced no .docx");
            var fromLibreOffice = Render.Ok(File.ReadAllBytes(converted), Data);

            var word = DocxFactory.Create(
                DocxFactory.P("单位：{{ unit.", "name }}") + DocxFactory.P("{{ for it in items }}") + DocxFactory.P("{{ it.no }}. ", "{{ it.problem }}") +
                DocxFactory.P("{{ end }}") +
                "<w:tbl><w:tblPr><w:tblW w:w=\"0\" w:type=\"auto\"/></w:tblPr><w:tblGrid><w:gridCol w:w=\"2000\"/><w:gridCol w:w=\"2000\"/></w:tblGrid><w:tr>" +
                "<w:tc><w:p><w:r><w:t>{{ for it in items }}{{ it.no }}</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>{{ it.owner }}{{ end }}</w:t></w:r></w:p></w:tc></w:tr></w:tbl>" +
                DocxFactory.P("完"));
            var fromWord = Render.Ok(word, Data);
            Assert.Equal(DocxText.Body(fromWord), DocxText.Body(fromLibreOffice));
        }
        finally
        {
            try { Directory.Delete(dir, recursive: true); } catch (IOException) { }
        }
    }

    [Fact]
    public void Outputs_with_removed_paragraphs_and_tables_and_renumbered_ids_open_in_LibreOffice()
    {
        var soffice = SystemTools.Soffice;
        var dir = Directory.CreateTempSubdirectory("ot-lo-out-").FullName;
        try
        {
            // Each case's visible text as LibreOffice should show it, in order.
            var expected = new Dictionary<string, string[]>
            {
                ["020-blocks/012-blank-paragraphs-removed"] = ["开头", "真", "乙", "留下：", "甲单位", "备注：已整改", "乙单位", "结尾"],
                ["020-blocks/014-tables-without-rows-removed"] = ["前", "中", "甲：", "行1", "行2", "合计2", "乙：", "表头", "后"],
                ["030-parts/005-drawings-and-bookmarks-in-loops"] = ["第一项", "第二项", "第三项", "尾"],
                // Paragraphs cut at block tags, a section break kept before a loop, a table closed at its last cell.
                ["090-peer-patterns/005-tails-repeat-with-the-items"] = ["名单：", "（", "张三", "）", "（", "李四", "）", "完毕"],
                ["090-peer-patterns/012-page-break-each-item"] = ["甲", "乙", "丙"],
                ["090-peer-patterns/018-section-break-on-open-with-text"] = ["第一节", "甲", "乙", "丙"],
                ["090-peer-patterns/026-end-typed-in-the-last-cell"] = ["附表：", "序号", "会风不实", "序号", "文山会海"],
            };
            var cases = expected.Keys.ToArray();
            foreach (var c in cases)
            {
                var source = RepoPaths.Of("tests", "Engine.Tests", "Cases", c);
                var doc = Render.Ok(DocxFactory.Create(File.ReadAllText(Path.Combine(source, "template.xml"))), File.ReadAllText(Path.Combine(source, "data.json")));
                File.WriteAllBytes(Path.Combine(dir, c.Replace('/', '_') + ".docx"), doc);
            }
            Convert(soffice, dir, ["--convert-to", "txt:Text (encoded):UTF8"], cases.Select(c => Path.Combine(dir, c.Replace('/', '_') + ".docx")));
            foreach (var (c, texts) in expected)
            {
                var name = c.Replace('/', '_');
                var txt = Path.Combine(dir, name + ".txt");
                Assert.True(File.Exists(txt), $"LibreOffice could not open {name}.docx");
                var lines = File.ReadAllLines(txt).Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
                var position = 0;
                foreach (var want in texts)
                {
                    var found = lines.FindIndex(position, l => l.Contains(want, StringComparison.Ordinal));
                    Assert.True(found >= 0, $"{name}: «{want}» missing or out of order in LibreOffice's text:\n{string.Join("\n", lines)}");
                    position = found;
                }
            }
        }
        finally
        {
            try { Directory.Delete(dir, recursive: true); } catch (IOException) { }
        }
    }

    // Runs a headless conversion of files with its own profile in dir, writing into dir (--outdir must follow --convert-to).
    internal static void Convert(string soffice, string dir, string[] conversion, IEnumerable<string> files)
    {
        var psi = new ProcessStartInfo(soffice, ["--headless", $"-env:UserInstallation=file://{dir}/profile", .. conversion, "--outdir", dir, .. files])
        {
            RedirectStandardOutput = true, RedirectStandardError = true,
        };
        using var p = Process.Start(psi)!;
        p.StandardOutput.ReadToEnd();
        p.StandardError.ReadToEnd();
        Assert.True(p.WaitForExit(TimeSpan.FromMinutes(3)), "soffice did not finish");
    }

}
