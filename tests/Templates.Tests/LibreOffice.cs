using System.Diagnostics;
using OfficeTools.Testing;

namespace OfficeTools.Templates.Tests;

/// <summary>Converts every rendered sample to PDF once (one soffice run for all five) and reads text and page counts.</summary>
public static class LibreOffice
{
    /// <summary>One converted sample: its PDF text, page count, the ink of its first and last pages, and its words.</summary>
    public sealed record Pdf(string Text, int Pages, PageInk FirstPage, PageInk LastPage, IReadOnlyList<PdfWord> Words);

    /// <summary>A word as pdftotext -bbox places it: its page (from 1) and its box in millimetres from the paper's top left.</summary>
    public sealed record PdfWord(string Word, int Page, double LeftMm, double RightMm, double BottomMm);

    static readonly Lazy<IReadOnlyDictionary<string, Pdf>> Converted = new(Convert);

    /// <summary>The PDF of a rendered sample (a failed test naming the missing program when soffice or poppler-utils is not installed).</summary>
    public static Pdf Of(string name) => Converted.Value[name];

    static IReadOnlyDictionary<string, Pdf> Convert()
    {
        var soffice = SystemTools.Soffice;
        SystemTools.Poppler("pdftotext");
        var dir = Directory.CreateTempSubdirectory("templates-pdf-").FullName;
        var profile = Directory.CreateTempSubdirectory("lo-templates-tests-").FullName;
        try
        {
            var inputs = Samples.Names.Select(n =>
            {
                var path = Path.Combine(dir, n + ".docx");
                File.WriteAllBytes(path, OfficeTools.Documents.Batch.LibreOfficeInput.Prepare(Samples.Rendered(n)));
                return path;
            }).ToList();
            var psi = new ProcessStartInfo(soffice)
            {
                RedirectStandardOutput = true, RedirectStandardError = true,
            };
            // the 公文 font mapping the product ships, as every PDF the product makes uses it
            if (OfficeTools.Documents.Batch.GongwenFonts.WriteFontConfig(profile) is { } fonts) psi.Environment["FONTCONFIG_FILE"] = fonts;
            foreach (var a in (string[])["-env:UserInstallation=" + new Uri(profile).AbsoluteUri, "--headless", "--convert-to", "pdf", "--outdir", dir, .. inputs])
                psi.ArgumentList.Add(a);
            Run(psi, TimeSpan.FromMinutes(4));
            // TEMPLATES_PREVIEW_DIR keeps the rendered samples and their PDFs for looking at them (or as CI artifacts)
            if (Environment.GetEnvironmentVariable("TEMPLATES_PREVIEW_DIR") is { Length: > 0 } keep)
            {
                Directory.CreateDirectory(keep);
                foreach (var f in Directory.EnumerateFiles(dir)) File.Copy(f, Path.Combine(keep, Path.GetFileName(f)), true);
            }
            return Samples.Names.ToDictionary(n => n, n =>
            {
                var pdf = Path.Combine(dir, n + ".pdf");
                Assert.True(File.Exists(pdf), "LibreOffice wrote no " + pdf);
                var text = Capture("pdftotext", pdf, "-");
                var info = Capture("pdfinfo", pdf);
                var pages = int.Parse(info.Split('\n').Single(l => l.StartsWith("Pages:", StringComparison.Ordinal))[6..].Trim(),
                    System.Globalization.CultureInfo.InvariantCulture);
                var last = pages.ToString(System.Globalization.CultureInfo.InvariantCulture);
                PageInk Ink(string page)
                {
                    var prefix = Path.Combine(dir, $"{n}-p{page}");
                    Capture("pdftoppm", "-r", PageInk.Dpi.ToString(System.Globalization.CultureInfo.InvariantCulture), "-f", page, "-l", page, "-singlefile", pdf, prefix);
                    return PageInk.FromPpm(File.ReadAllBytes(prefix + ".ppm"));
                }
                return new Pdf(text, pages, Ink("1"), Ink(last), Words(Capture("pdftotext", "-bbox", pdf, "-")));
            });
        }
        finally
        {
            foreach (var d in new[] { profile, dir })
            {
                try { Directory.Delete(d, true); } catch (IOException) { }
            }
        }
    }

    static List<PdfWord> Words(string bbox)
    {
        static double Mm(string pt) => double.Parse(pt, System.Globalization.CultureInfo.InvariantCulture) * 25.4 / 72;
        var words = new List<PdfWord>();
        var pages = bbox.Split("<page ").Skip(1).ToList();
        for (var i = 0; i < pages.Count; i++)
            words.AddRange(System.Text.RegularExpressions.Regex.Matches(pages[i],
                    "<word xMin=\"([0-9.]+)\" yMin=\"[0-9.]+\" xMax=\"([0-9.]+)\" yMax=\"([0-9.]+)\">([^<]*)</word>")
                .Select(m => new PdfWord(System.Net.WebUtility.HtmlDecode(m.Groups[4].Value), i + 1, Mm(m.Groups[1].Value), Mm(m.Groups[2].Value), Mm(m.Groups[3].Value))));
        return words;
    }

    static string Capture(string tool, params string[] args)
    {
        var psi = new ProcessStartInfo(SystemTools.Poppler(tool))
        { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args) psi.ArgumentList.Add(a);
        return Run(psi, TimeSpan.FromMinutes(1));
    }

    static string Run(ProcessStartInfo psi, TimeSpan limit)
    {
        using var p = Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        if (!p.WaitForExit(limit))
        {
            p.Kill(entireProcessTree: true);
            throw new TimeoutException($"{psi.FileName} did not finish within {limit}");
        }
        if (p.ExitCode != 0) throw new InvalidOperationException($"{psi.FileName} exited {p.ExitCode}: {stderr.Result}");
        return stdout.Result;
    }

}
