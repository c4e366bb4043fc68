using System.Text;
using OfficeTools.Documents.Batch;
using OfficeTools.Documents.Ledger;
using OfficeTools.Testing;

namespace OfficeTools.Documents.Tests;

/// <summary>Batch behaviour on small ledgers: re-runs, failures, awkward names, rules and PDF options.</summary>
public class BatchRunTests
{
    static (string Dir, string Ledger) Mini(params (string Id, string Name, string Kind)[] units)
    {
        var dir = TestLedgers.TempDir("batch");
        return (dir, MiniLedgerFile.Write(dir, units, MiniLedgerFile.DoneAndUnsatisfied));
    }

    static BatchResult Run(BatchOptions options) => BatchRunner.Run(options, null, TestContext.Current.CancellationToken);

    // The output's files, without the manifest of what OfficeTools wrote.
    static string[] Files(string dir) => [.. Directory.GetFiles(dir, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(dir, f).Replace('\\', '/'))
        .Where(f => f != ".officetools-files").Order()];

    [Fact]
    public void Rerun_replaces_the_previous_output_cleanly()
    {
        var (dir, ledger) = Mini(("U1", "甲单位", UnitKinds.Leadership), ("U2", "乙村党支部", UnitKinds.Grassroots));
        var output = Path.Combine(dir, "out");
        Assert.True(Run(new BatchOptions { Ledger = ledger, Output = output }).Success);
        File.WriteAllText(Path.Combine(output, "forms", "stray.docx"), "left over");
        var (_, smaller) = Mini(("U1", "甲单位", UnitKinds.Leadership));
        var second = Run(new BatchOptions { Ledger = smaller, Output = output });
        Assert.True(second.Success, string.Join("\n", second.Errors));
        // The previous run's documents of U2 go; the stray file it did not write stays.
        Assert.Equal(["briefing.docx", "forms/stray.docx", "forms/甲单位-U1.docx", "index.json", "notices/甲单位-U1.docx"], Files(output));
        Assert.Equal(["ledger.json", "out"], Directory.GetFileSystemEntries(dir).Select(Path.GetFileName).Order().ToArray());
    }

    [Fact]
    public void Failed_run_writes_nothing_and_keeps_the_old_output()
    {
        var (dir, ledger) = Mini(("U1", "甲单位", UnitKinds.Leadership));
        var output = Path.Combine(dir, "out");
        Assert.True(Run(new BatchOptions { Ledger = ledger, Output = output }).Success);
        var before = Files(output).Select(f => (f, File.ReadAllBytes(Path.Combine(output, f)).Length)).ToList();
        File.WriteAllText(ledger, File.ReadAllText(ledger).Replace("\"整改到位\"", "\"差不多\""));
        var failed = Run(new BatchOptions { Ledger = ledger, Output = output });
        Assert.False(failed.Success);
        Assert.Contains(failed.Errors.Select(d => d.ToString()), e => System.Text.RegularExpressions.Regex.IsMatch(e, @"ledger\.json: line \d+, record items\[0\], field 整改状态 \(status\)"));
        Assert.Equal(before, Files(output).Select(f => (f, File.ReadAllBytes(Path.Combine(output, f)).Length)).ToList());
        Assert.Equal(["ledger.json", "out"], Directory.GetFileSystemEntries(dir).Select(Path.GetFileName).Order().ToArray());
    }

    [Fact]
    public void An_input_where_the_output_goes_is_refused_and_other_files_stay()
    {
        var (dir, ledger) = Mini(("U1", "甲单位", UnitKinds.Leadership));
        var clash = Path.Combine(dir, "out", "index.json");
        Directory.CreateDirectory(Path.GetDirectoryName(clash)!);
        File.Copy(ledger, clash);
        var r = Run(new BatchOptions { Ledger = clash, Output = Path.Combine(dir, "out") });
        Assert.Contains(r.Errors.Select(d => d.ToString()), e => e.Contains("is where the batch writes its output"));
        var other = Path.Combine(dir, "documents");
        Directory.CreateDirectory(other);
        File.WriteAllText(Path.Combine(other, "keep.txt"), "mine");
        r = Run(new BatchOptions { Ledger = ledger, Output = other });
        Assert.True(r.Success, string.Join("\n", r.Errors));
        Assert.Equal("mine", File.ReadAllText(Path.Combine(other, "keep.txt")));
        Assert.True(File.Exists(ledger));
    }

    [Fact]
    public void Cancelled_run_writes_nothing_and_killed_runs_leftovers_are_removed()
    {
        var (dir, ledger) = Mini(("U1", "甲单位", UnitKinds.Leadership));
        var output = Path.Combine(dir, "out");
        var cancelled = BatchRunner.Run(new BatchOptions { Ledger = ledger, Output = output }, null, new CancellationToken(true));
        Assert.Contains("cancelled", Assert.Single(cancelled.Errors).ToString());
        Assert.Equal(["ledger.json"], Directory.GetFileSystemEntries(dir).Select(Path.GetFileName).ToArray());
        var leftover = Directory.CreateDirectory(Path.Combine(dir, ".out.staging-0123"));
        leftover.LastWriteTimeUtc = DateTime.UtcNow.AddHours(-1);
        Assert.True(Run(new BatchOptions { Ledger = ledger, Output = output }).Success);
        Assert.Equal(["ledger.json", "out"], Directory.GetFileSystemEntries(dir).Select(Path.GetFileName).Order().ToArray());
    }

    [Fact]
    public void Output_is_deterministic()
    {
        var (dir, ledger) = Mini(("U1", "甲单位", UnitKinds.Leadership), ("U2", "乙村党支部", UnitKinds.Grassroots));
        Assert.True(Run(new BatchOptions { Ledger = ledger, Output = Path.Combine(dir, "a") }).Success);
        // zip entries keep times in two-second steps: the second run falls in another step, so no clock time can hide
        Thread.Sleep(TimeSpan.FromSeconds(2.1));
        Assert.True(Run(new BatchOptions { Ledger = ledger, Output = Path.Combine(dir, "b"), MaxParallelism = 1 }).Success);
        Assert.Equal(Files(Path.Combine(dir, "a")), Files(Path.Combine(dir, "b")));
        foreach (var f in Files(Path.Combine(dir, "a")))
            Assert.True(File.ReadAllBytes(Path.Combine(dir, "a", f)).SequenceEqual(File.ReadAllBytes(Path.Combine(dir, "b", f))), f);
    }

    [Fact]
    public void Failed_first_run_creates_no_output_folder()
    {
        var dir = TestLedgers.TempDir("batch");
        var output = Path.Combine(dir, "out");
        Assert.False(Run(new BatchOptions { Ledger = Path.Combine(dir, "missing.json"), Output = output }).Success);
        Assert.False(Directory.Exists(output));
    }

    [Fact]
    public void Awkward_unit_names_give_safe_unique_file_names()
    {
        var longName = string.Concat(Enumerable.Repeat("青山县某某委员会", 25));
        var (dir, ledger) = Mini(("U1", "县教育局/县体育局联合党组", UnitKinds.Leadership), ("U2", "c:d*e?", UnitKinds.Grassroots),
            ("U3", "..隐藏", UnitKinds.Member), ("U4", longName, UnitKinds.Leader), ("U5", "同名单位", UnitKinds.Grassroots),
            ("U6", "同名单位", UnitKinds.Grassroots), ("U7", "CON", UnitKinds.Member));
        var output = Path.Combine(dir, "out");
        var result = Run(new BatchOptions { Ledger = ledger, Output = output });
        Assert.True(result.Success, string.Join("\n", result.Errors));
        var forms = Directory.GetFiles(Path.Combine(output, "forms")).Select(Path.GetFileName).Order().ToList();
        Assert.Equal(7, forms.Count);
        Assert.Contains("县教育局_县体育局联合党组-U1.docx", forms);
        Assert.Contains("c_d_e_-U2.docx", forms);
        Assert.Contains("隐藏-U3.docx", forms);
        Assert.Contains("同名单位-U5.docx", forms);
        Assert.Contains("同名单位-U6.docx", forms);
        Assert.Contains("_CON-U7.docx", forms);
        Assert.All(forms, f => Assert.True(Encoding.UTF8.GetByteCount(f!) < 200, f));
        Assert.Contains(forms, f => f!.StartsWith("青山县某某委员会", StringComparison.Ordinal) && f.EndsWith("-U4.docx", StringComparison.Ordinal));
        foreach (var f in Directory.GetFiles(output, "*.docx", SearchOption.AllDirectories)) DocxValidation.AssertValid(File.ReadAllBytes(f));
    }

    [Fact]
    public void Rules_file_overrides_the_default_and_bad_rules_stop_the_run()
    {
        var (dir, ledger) = Mini(("U1", "甲单位", UnitKinds.Leadership));
        var rules = Path.Combine(dir, "rules.json");
        File.WriteAllText(rules, """{"rules":[{"id":"all","outcome":"督办通知单","when":"stats.items > 0","reason":"全部督办","notice":true}]}""");
        var output = Path.Combine(dir, "out");
        var ok = Run(new BatchOptions { Ledger = ledger, Output = output, Rules = rules });
        Assert.True(ok.Success, string.Join("\n", ok.Errors));
        Assert.Equal(new Dictionary<string, int> { ["督办通知单"] = 1 }, ok.Summary!.Outcomes);
        File.WriteAllText(rules, """{"rules":[{"id":"bad","outcome":"x","when":"stats.items >","reason":"r"}]}""");
        var bad = Run(new BatchOptions { Ledger = ledger, Output = Path.Combine(dir, "out2"), Rules = rules });
        Assert.Contains(bad.Errors.Select(d => d.ToString()), e => e.StartsWith("rules.json: rule 1 (bad), when", StringComparison.Ordinal));
        Assert.False(Directory.Exists(Path.Combine(dir, "out2")));
    }

    [Fact]
    public void Templates_folder_overrides_and_missing_templates_are_named()
    {
        var (dir, ledger) = Mini(("U1", "甲单位", UnitKinds.Leadership));
        var templates = Path.Combine(dir, "templates");
        Directory.CreateDirectory(templates);
        foreach (var f in new[] { "notice.docx", "form-leadership.docx", "form-grassroots.docx", "form-member.docx" })
            File.Copy(RepoPaths.Of("Templates", f), Path.Combine(templates, f));
        var missing = Run(new BatchOptions { Ledger = ledger, Output = Path.Combine(dir, "out"), Templates = templates });
        Assert.Contains(missing.Errors.Select(d => d.ToString()), e => e.Contains("briefing.docx: template not found"));
        File.Copy(RepoPaths.Of("Templates", "briefing.docx"), Path.Combine(templates, "briefing.docx"));
        Assert.True(Run(new BatchOptions { Ledger = ledger, Output = Path.Combine(dir, "out"), Templates = templates }).Success);
    }

    [Fact]
    public void Pdf_without_LibreOffice_is_a_clear_error()
    {
        var (dir, ledger) = Mini(("U1", "甲单位", UnitKinds.Leadership));
        var r = Run(new BatchOptions { Ledger = ledger, Output = Path.Combine(dir, "out"), Pdf = true, Soffice = "/nonexistent/soffice" });
        Assert.Contains(r.Errors.Select(d => d.ToString()), e => e.Contains("--pdf: LibreOffice") && e.Contains("not found"));
        Assert.False(Directory.Exists(Path.Combine(dir, "out")));
    }

    [Fact]
    public void Pdf_option_writes_a_pdf_beside_every_document()
    {
        var soffice = SystemTools.Soffice;
        var (dir, ledger) = Mini(("U1", "甲单位", UnitKinds.Leadership));
        var output = Path.Combine(dir, "out");
        var r = Run(new BatchOptions { Ledger = ledger, Output = output, Pdf = true, Soffice = soffice });
        Assert.True(r.Success, string.Join("\n", r.Errors));
        Assert.Equal(3, r.Summary!.Pdfs);
        Assert.Equal(["briefing.docx", "briefing.pdf", "forms/甲单位-U1.docx", "forms/甲单位-U1.pdf", "index.json", "notices/甲单位-U1.docx", "notices/甲单位-U1.pdf"], Files(output));
        Assert.StartsWith("%PDF", File.ReadAllText(Path.Combine(output, "briefing.pdf"))[..4]);
        // Set in the 公文 faces' stand-ins from the mapping the product ships (CI installs fonts-arphic and fonts-noto-cjk),
        // whatever FONTCONFIG_FILE the caller has: 仿宋 → AR PL UMing, 小标宋 → bold Noto Serif CJK, 黑体 → Noto Sans CJK.
        var fonts = PdfFonts(Path.Combine(output, "briefing.pdf"));
        Assert.Contains("UMing", fonts);
        Assert.Contains("NotoSerifCJK", fonts);
        Assert.Contains("Bold", fonts);
    }

    [Fact]
    public void Pdf_with_merge_converts_the_print_files_too()
    {
        var soffice = SystemTools.Soffice;
        var (dir, ledger) = Mini(("U1", "甲单位", UnitKinds.Leadership), ("U2", "乙单位", UnitKinds.Leadership));
        var output = Path.Combine(dir, "out");
        var r = Run(new BatchOptions { Ledger = ledger, Output = output, Pdf = true, Merge = true, Soffice = soffice });
        Assert.True(r.Success, string.Join("\n", r.Errors));
        Assert.Equal(["print/forms.docx", "print/notices.docx"], r.Summary!.PrintFiles);
        foreach (var print in new[] { "print/forms.pdf", "print/notices.pdf" })
        {
            var pdf = Path.Combine(output, print);
            Assert.True(File.Exists(pdf), print + " was not written");
            Assert.StartsWith("%PDF", File.ReadAllText(pdf)[..4]);
            // Both units' documents are in the one PDF, in the ledger's order.
            var text = string.Concat(PdfText(pdf).Where(c => !char.IsWhiteSpace(c)));
            var (a, b) = (text.IndexOf("甲单位", StringComparison.Ordinal), text.IndexOf("乙单位", StringComparison.Ordinal));
            Assert.True(a >= 0 && b > a, $"{print}: 甲单位 at {a}, 乙单位 at {b}");
        }
        Assert.Equal(7, r.Summary.Pdfs);
    }

    [Fact]
    public void A_template_picture_path_is_read_in_the_ledger_folder_and_a_link_out_of_it_is_refused()
    {
        var (dir, ledger) = Mini(("U1", "甲单位", UnitKinds.Leadership));
        var templates = Path.Combine(dir, "templates");
        Directory.CreateDirectory(templates);
        foreach (var f in TemplateFiles) File.Copy(RepoPaths.Of("Templates", f), Path.Combine(templates, f));
        // The office's seal next to the ledger, placed by a clerk's own form template.
        WithPicture(Path.Combine(templates, "form-leadership.docx"), "{{ image \"seal.png\" width: \"30mm\" }}");
        var png = RepoPaths.Of("tests", "Engine.Tests", "Cases", "100-pictures", "018-paragraph-loop-ids", "seal.png");
        File.Copy(png, Path.Combine(dir, "seal.png"));
        var output = Path.Combine(dir, "out");
        var ok = Run(new BatchOptions { Ledger = ledger, Output = output, Templates = templates });
        Assert.True(ok.Success, string.Join("\n", ok.Errors));
        var form = File.ReadAllBytes(Path.Combine(output, "forms", "甲单位-U1.docx"));
        DocxValidation.AssertValid(form, "form with seal");
        using (var zip = new System.IO.Compression.ZipArchive(new MemoryStream(form)))
            Assert.Contains(zip.Entries, e => e.FullName.StartsWith("word/media/", StringComparison.Ordinal) && e.Length == new FileInfo(png).Length);

        var outside = Directory.CreateTempSubdirectory("ot-seal-outside-").FullName;
        try
        {
            File.Delete(Path.Combine(dir, "seal.png"));
            File.Copy(png, Path.Combine(outside, "seal.png"));
            File.CreateSymbolicLink(Path.Combine(dir, "seal.png"), Path.Combine(outside, "seal.png"));
            var bad = Run(new BatchOptions { Ledger = ledger, Output = Path.Combine(dir, "out2"), Templates = templates });
            Assert.False(bad.Success);
            Assert.Contains(bad.Errors, d => d.ToString().Contains("symbolic link", StringComparison.Ordinal) && (d.Id == "OT0306" || d.ToString().Contains("OT0306", StringComparison.Ordinal)));
            Assert.False(Directory.Exists(Path.Combine(dir, "out2")));
        }
        finally { Directory.Delete(outside, recursive: true); }
    }

    static readonly string[] TemplateFiles = ["notice.docx", "form-leadership.docx", "form-grassroots.docx", "form-member.docx", "briefing.docx"];

    // Puts a paragraph holding <paramref name="tag"/> first in the template's body.
    static void WithPicture(string template, string tag)
    {
        using var zip = System.IO.Compression.ZipFile.Open(template, System.IO.Compression.ZipArchiveMode.Update);
        var entry = zip.GetEntry("word/document.xml")!;
        string xml;
        using (var r = new StreamReader(entry.Open())) xml = r.ReadToEnd();
        var at = xml.IndexOf("<w:body>", StringComparison.Ordinal) + "<w:body>".Length;
        xml = xml.Insert(at, $"<w:p><w:r><w:t>{tag}</w:t></w:r></w:p>");
        entry.Delete();
        using var w = new StreamWriter(zip.CreateEntry("word/document.xml").Open());
        w.Write(xml);
    }

    static string PdfText(string pdf)
    {
        var psi = new System.Diagnostics.ProcessStartInfo("pdftotext") { RedirectStandardOutput = true, UseShellExecute = false };
        psi.ArgumentList.Add(pdf);
        psi.ArgumentList.Add("-");
        using var p = System.Diagnostics.Process.Start(psi)!;
        var text = p.StandardOutput.ReadToEnd();
        p.WaitForExit();
        return text;
    }

    static string PdfFonts(string pdf)
    {
        var psi = new System.Diagnostics.ProcessStartInfo("pdffonts") { RedirectStandardOutput = true, UseShellExecute = false };
        psi.ArgumentList.Add(pdf);
        using var p = System.Diagnostics.Process.Start(psi)!;
        var text = p.StandardOutput.ReadToEnd();
        p.WaitForExit();
        return text;
    }

    [Fact]
    public void The_font_mapping_adds_stand_ins_only_for_families_the_machine_lacks()
    {
        var conf = GongwenFonts.FontConfig(new HashSet<string> { "仿宋_GB2312", "AR PL UMing CN", "Noto Serif CJK SC", "Noto Sans CJK SC" });
        var doc = System.Xml.Linq.XDocument.Parse(conf.Replace("<!DOCTYPE fontconfig SYSTEM \"urn:fontconfig:fonts.dtd\">", ""));
        var rules = doc.Root!.Elements("match").ToDictionary(m => m.Element("test")!.Value, m => m.Element("edit")!.Elements("string").Select(e => e.Value).ToList());
        Assert.DoesNotContain("仿宋_GB2312", rules.Keys); // installed: left alone
        Assert.Equal(["AR PL UMing CN", "Noto Serif CJK SC"], rules["仿宋"]);
        Assert.Equal(["Noto Serif CJK SC", "AR PL UMing CN"], rules["方正小标宋简体"]);
        Assert.Equal(["Noto Sans CJK SC"], rules["黑体"]);
        Assert.Equal(["Noto Serif CJK SC"], rules["楷体_GB2312"]);
    }
}
