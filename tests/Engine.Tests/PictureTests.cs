using System.Diagnostics;
using System.IO.Compression;
using System.Text.Json;
using System.Xml.Linq;
using CsCheck;
using OfficeTools.Testing;

namespace OfficeTools.Engine.Tests;

/// <summary>Pictures, QR codes and hyperlinks from data: package bookkeeping, random data, and LibreOffice's rendering.</summary>
public class PictureTests
{
    static readonly string Assets = RepoPaths.Of("tests", "Engine.Tests", "Cases", "100-pictures", "018-paragraph-loop-ids");
    static readonly XNamespace Wp = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing";
    static readonly XNamespace Pr = "http://schemas.openxmlformats.org/package/2006/relationships";
    static TemplateOptions InAssets => TemplateOptions.Default with { Pictures = PictureOptions.Default with { Root = Assets } };

    static string DataUri(string file) => "data:image/png;base64," + Convert.ToBase64String(File.ReadAllBytes(Path.Combine(Assets, file)));

    [Fact]
    public void Drawing_ids_are_unique_over_body_header_and_loops_and_every_relationship_resolves()
    {
        var docx = DocxFactory.Create(DocxFactory.P("{{ for s in seals }}") + DocxFactory.P("{{ image s width: \"1cm\" }}{{ image s float: \"behind\" width: \"1cm\" }}") + DocxFactory.P("{{ end }}"),
            headerXml: DocxFactory.P("{{ image seals[0] width: \"1cm\" }}"));
        var doc = Render.Ok(docx, """{"seals":["seal.png","banner.png","seal.png","seal.png"]}""", InAssets);
        using var zip = new ZipArchive(new MemoryStream(doc), ZipArchiveMode.Read);
        var ids = new List<string>();
        foreach (var part in new[] { "word/document.xml", "word/header1.xml" })
        {
            var xml = Load(zip, part);
            ids.AddRange(xml.Descendants(Wp + "docPr").Select(d => (string)d.Attribute("id")!));
            var rels = Load(zip, part.Replace("word/", "word/_rels/") + ".rels").Root!.Elements(Pr + "Relationship").ToDictionary(r => (string)r.Attribute("Id")!, r => (string)r.Attribute("Target")!);
            foreach (var embed in xml.Descendants().Attributes().Where(a => a.Name.LocalName == "embed"))
                Assert.NotNull(zip.GetEntry("word/" + rels[embed.Value]));
        }
        Assert.Equal(9, ids.Count);
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.Equal(2, zip.Entries.Count(e => e.FullName.StartsWith("word/media/", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_symbolic_link_in_the_picture_folder_that_leads_out_of_it_is_refused_and_one_that_stays_inside_is_read()
    {
        var root = Directory.CreateTempSubdirectory("ot-pic-root-").FullName;
        var outside = Directory.CreateTempSubdirectory("ot-pic-outside-").FullName;
        try
        {
            File.Copy(Path.Combine(Assets, "seal.png"), Path.Combine(outside, "secret.png"));
            File.Copy(Path.Combine(Assets, "seal.png"), Path.Combine(root, "seal.png"));
            File.CreateSymbolicLink(Path.Combine(root, "link.png"), Path.Combine(outside, "secret.png"));
            Directory.CreateSymbolicLink(Path.Combine(root, "linked"), outside);
            Directory.CreateSymbolicLink(Path.Combine(root, "same"), root);
            File.CreateSymbolicLink(Path.Combine(root, "inside.png"), "seal.png");
            var options = TemplateOptions.Default with { Pictures = PictureOptions.Default with { Root = root } };
            var template = DocxTemplate.Compile(new MemoryStream(DocxFactory.Create(DocxFactory.P("{{ for p in pics }}{{ image p width: \"1cm\" }}{{ end }}"))), "t.docx", options);
            var bad = template.Render(JsonDocument.Parse("""{"pics":["seal.png","link.png","linked/secret.png"]}""").RootElement, TestContext.Current.CancellationToken);
            Assert.False(bad.Success);
            var errors = bad.Diagnostics.Where(d => d.Id == DiagnosticIds.Picture).Select(d => d.Message).ToList();
            Assert.Equal(2, errors.Count);
            Assert.Contains(errors, m => m.Contains("'link.png' is a symbolic link", StringComparison.Ordinal) && m.Contains("item 2", StringComparison.Ordinal));
            Assert.Contains(errors, m => m.Contains("'linked/secret.png' is a symbolic link", StringComparison.Ordinal) && m.Contains("item 3", StringComparison.Ordinal));
            var good = template.Render(JsonDocument.Parse("""{"pics":["seal.png","inside.png","same/seal.png"]}""").RootElement, TestContext.Current.CancellationToken);
            Assert.True(good.Success, string.Join("\n", good.Diagnostics));
            DocxValidation.AssertValid(good.Document!, "links inside");
        }
        finally
        {
            Directory.Delete(root, recursive: true);
            Directory.Delete(outside, recursive: true);
        }
    }

    [Fact]
    public void A_hyperlink_adds_the_Hyperlink_style_when_the_package_has_no_styles()
    {
        var doc = Render.Ok(DocxFactory.Create(DocxFactory.P("{{ hyperlink \"网站\" \"https://example.org\" }}")), "{}");
        using var zip = new ZipArchive(new MemoryStream(doc), ZipArchiveMode.Read);
        Assert.Contains("w:styleId=\"Hyperlink\"", Load(zip, "word/styles.xml").ToString(SaveOptions.DisableFormatting), StringComparison.Ordinal);
        var link = Load(zip, "word/_rels/document.xml.rels").Root!.Elements(Pr + "Relationship").Single(r => ((string)r.Attribute("Type")!).EndsWith("/hyperlink", StringComparison.Ordinal));
        Assert.Equal("External", (string?)link.Attribute("TargetMode"));
        Assert.Equal("https://example.org/", (string?)link.Attribute("Target"));
    }

    [Fact]
    public void A_hyperlink_keeps_the_tag_runs_formatting_and_so_does_the_text_after_it()
    {
        var doc = Render.Ok(DocxFactory.Create("<w:p><w:r><w:rPr><w:rStyle w:val=\"Strong\"/><w:i/></w:rPr><w:t xml:space=\"preserve\">见{{ hyperlink \"网站\" \"https://example.org\" }}尾</w:t></w:r></w:p>"), "{}");
        var p = Render.Part(doc, "word/document.xml").Descendants(Render.W + "p").First();
        var link = p.Element(Render.W + "hyperlink")!;
        var linkPr = link.Element(Render.W + "r")!.Element(Render.W + "rPr")!;
        Assert.Equal("Hyperlink", (string?)linkPr.Element(Render.W + "rStyle")!.Attribute(Render.W + "val"));
        Assert.NotNull(linkPr.Element(Render.W + "i"));
        var tail = link.ElementsAfterSelf(Render.W + "r").Single(r => r.Value == "尾");
        Assert.Equal("Strong", (string?)tail.Element(Render.W + "rPr")!.Element(Render.W + "rStyle")!.Attribute(Render.W + "val"));
        Assert.Equal("见网站尾", DocxText.Body(doc));
    }

    [Fact]
    public void A_template_without_pictures_keeps_its_relationships_and_content_types_byte_for_byte()
    {
        var template = DocxFactory.Create(DocxFactory.P("{{ x }}"), headerXml: DocxFactory.P("h"));
        var doc = Render.Ok(template, """{"x":"1"}""");
        using var a = new ZipArchive(new MemoryStream(template), ZipArchiveMode.Read);
        using var b = new ZipArchive(new MemoryStream(doc), ZipArchiveMode.Read);
        foreach (var name in new[] { "[Content_Types].xml", "word/_rels/document.xml.rels", "_rels/.rels" })
            Assert.Equal(Bytes(a, name), Bytes(b, name));
        Assert.DoesNotContain(b.Entries, e => e.FullName.Contains("media", StringComparison.Ordinal));
    }

    [Fact]
    public void The_field_list_names_the_data_a_picture_reads_and_not_the_functions()
    {
        var t = DocxTemplate.Compile(new MemoryStream(DocxFactory.Create(DocxFactory.P("{{ image photo width: \"4cm\" }}{{ qr form.url }}{{ hyperlink site.name site.url }}"))), "t.docx");
        Assert.False(t.HasErrors, string.Join("\n", t.Diagnostics));
        Assert.Equal(["form.url", "photo", "site.name", "site.url"], t.Fields.Where(f => f.Kind == FieldKind.Variable).Select(f => f.Name).Distinct().Order(StringComparer.Ordinal));
    }

    static readonly string[] Pictures = ["seal.png", "banner.png"];

    [Fact]
    public void Random_pictures_in_body_tables_headers_and_loops_give_valid_packages()
    {
        var template = DocxTemplate.Compile(new MemoryStream(DocxFactory.Create(
            DocxFactory.P("{{ for p in pics }}") + DocxFactory.P("{{ p.name }}{{ image p.src width: p.w float: p.float }}{{ if p.link }}{{ hyperlink p.name p.link }}{{ end }}") + DocxFactory.P("{{ end }}") +
            "<w:tbl><w:tblPr><w:tblW w:w=\"0\" w:type=\"auto\"/></w:tblPr><w:tblGrid><w:gridCol w:w=\"2000\"/></w:tblGrid><w:tr><w:tc><w:p><w:r><w:t>{{ for p in pics }}{{ qr p.name size: \"10mm\" }}{{ end }}</w:t></w:r></w:p></w:tc></w:tr></w:tbl>" +
            DocxFactory.P("完"),
            headerXml: DocxFactory.P("{{ if pics.size > 0 }}{{ image pics[0].src height: \"8mm\" }}{{ end }}"))), "t.docx", InAssets);
        Assert.False(template.HasErrors, string.Join("\n", template.Diagnostics));
        var pic = Gen.Select(Gen.Int[0, 1], Gen.Bool, Gen.Int[1, 80], Gen.Int[0, 2], Gen.String[1, 12], Gen.Bool).Select((i, asData, w, f, name, link) => new Dictionary<string, object?>
        {
            ["name"] = name.Trim().Length == 0 ? "x" : name,
            ["src"] = asData ? DataUri(Pictures[i]) : Pictures[i],
            ["w"] = $"{w}mm",
            ["float"] = f switch { 0 => null, 1 => "behind", _ => "front" },
            ["link"] = link ? "https://example.org/?q=" + Uri.EscapeDataString(name) : null,
        });
        pic.List[0, 6].Sample(pics =>
        {
            var r = template.Render(new Dictionary<string, object?> { ["pics"] = pics }, TestContext.Current.CancellationToken);
            Assert.True(r.Success, string.Join("\n", r.Diagnostics));
            DocxValidation.AssertValid(r.Document!);
            using var zip = new ZipArchive(new MemoryStream(r.Document!), ZipArchiveMode.Read);
            var distinct = pics.Select(p => Pictures.Single(f => ((string)p["src"]!).EndsWith(f, StringComparison.Ordinal) || (string)p["src"]! == DataUri(f))).Distinct().Count();
            var qrs = pics.Select(p => (string)p["name"]!).Distinct().Count();
            Assert.True(zip.Entries.Count(e => e.FullName.StartsWith("word/media/", StringComparison.Ordinal)) <= distinct + qrs);
            var ids = Load(zip, "word/document.xml").Descendants(Wp + "docPr").Select(d => (string)d.Attribute("id")!).ToList();
            Assert.Equal(ids.Count, ids.Distinct().Count());
        }, iter: 40, threads: 1);
    }

    [Fact]
    public void LibreOffice_shows_the_seal_and_the_QR_code_with_the_text_in_order()
    {
        var soffice = SystemTools.Soffice;
        SystemTools.Poppler("pdfimages");
        SystemTools.Poppler("pdftotext");
        var dir = Directory.CreateTempSubdirectory("ot-lo-pic-").FullName;
        try
        {
            var doc = Render.Ok(SealNotice(), """{"unit":"某某县人民政府办公室","date":"2026年12月4日","url":"https://forms.example.gov.cn/n/17","seal":"seal.png"}""", InAssets);
            var docx = Path.Combine(dir, "notice.docx");
            File.WriteAllBytes(docx, doc);
            Run(soffice, dir, "--headless", $"-env:UserInstallation=file://{dir}/profile", "--convert-to", "pdf", "--outdir", dir, docx);
            var pdf = Path.Combine(dir, "notice.pdf");
            Assert.True(File.Exists(pdf), "LibreOffice could not open notice.docx");
            // OT_PICTURE_PDF=path keeps the PDF, to look at it (pdftoppm -r 60 -png).
            if (Environment.GetEnvironmentVariable("OT_PICTURE_PDF") is { Length: > 0 } keep) File.Copy(pdf, keep, overwrite: true);
            var images = Run("pdfimages", dir, "-list", pdf).Split('\n').Skip(2).Count(l => l.Trim().Length > 0 && !l.Contains(" smask ", StringComparison.Ordinal));
            Assert.True(images >= 2, $"expected the seal and the QR code in the PDF, found {images} pictures");
            // pdftotext spaces out CJK and digits: compare without whitespace.
            var text = string.Concat(Run("pdftotext", dir, "-layout", pdf, "-").Where(c => !char.IsWhiteSpace(c)));
            var position = 0;
            foreach (var want in new[] { "关于填报整改情况的通知", "扫码填报", "某某县人民政府办公室", "2026年12月4日" })
            {
                var at = text.IndexOf(want, position, StringComparison.Ordinal);
                Assert.True(at >= 0, $"«{want}» missing or out of order in:\n{text}");
                position = at;
            }
        }
        finally
        {
            try { Directory.Delete(dir, recursive: true); } catch (IOException) { }
        }
    }

    /// <summary>A notice with a QR code in the text and the seal behind the signature and date.</summary>
    internal static byte[] SealNotice() => DocxFactory.Create(
        DocxFactory.P("关于填报整改情况的通知") + DocxFactory.P("请于月底前完成填报。扫码填报：{{ qr url size: \"25mm\" }}") + DocxFactory.P("") +
        "<w:p><w:pPr><w:jc w:val=\"right\"/></w:pPr><w:r><w:t xml:space=\"preserve\">{{ unit }}{{ image seal width: \"40mm\" float: \"behind\" x: \"-30mm\" y: \"-12mm\" }}</w:t></w:r></w:p>" +
        "<w:p><w:pPr><w:jc w:val=\"right\"/></w:pPr><w:r><w:t xml:space=\"preserve\">{{ date }}</w:t></w:r></w:p>");

    static bool OnPath(string tool) => (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator).Any(d => File.Exists(Path.Combine(d, tool)));

    static string Run(string exe, string dir, params string[] args)
    {
        var psi = new ProcessStartInfo(exe, args) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = dir };
        using var p = Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        p.StandardError.ReadToEnd();
        Assert.True(p.WaitForExit(TimeSpan.FromMinutes(3)), $"{exe} did not finish");
        return stdout.Result;
    }

    static XDocument Load(ZipArchive zip, string name)
    {
        using var s = zip.GetEntry(name)!.Open();
        return XDocument.Load(s);
    }

    static byte[] Bytes(ZipArchive zip, string name)
    {
        using var s = zip.GetEntry(name)!.Open();
        using var ms = new MemoryStream();
        s.CopyTo(ms);
        return ms.ToArray();
    }
}
