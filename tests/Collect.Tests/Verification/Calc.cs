using System.Diagnostics;

namespace OfficeTools.Collect.Tests.Verification;

/// <summary>LibreOffice Calc, headless with a private profile: re-saves an .xlsx (as a clerk without Excel would) or prints it to PDF.</summary>
static class Calc
{
    /// <summary>Converts each file into <paramref name="outDir"/> (to "xlsx" or "pdf") and returns the outputs, in order.</summary>
    public static IReadOnlyList<string> Convert(string to, string outDir, params string[] files)
    {
        Directory.CreateDirectory(outDir);
        var profile = Path.Combine(Path.GetTempPath(), "calc-profile-" + Guid.NewGuid().ToString("N"));
        try
        {
            var filter = to == "xlsx" ? "xlsx:Calc MS Excel 2007 XML" : to;
            var psi = new ProcessStartInfo(OfficeTools.Testing.SystemTools.Calc, [$"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", filter, "--outdir", outDir, .. files])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            using var p = Process.Start(psi)!;
            var stderr = p.StandardError.ReadToEndAsync();
            var stdout = p.StandardOutput.ReadToEnd();
            if (!p.WaitForExit(TimeSpan.FromMinutes(3))) { p.Kill(true); throw new TimeoutException("soffice did not finish in 3 minutes"); }
            var outputs = files.Select(f => Path.Combine(outDir, Path.GetFileNameWithoutExtension(f) + "." + to)).ToList();
            var lost = outputs.FirstOrDefault(o => !File.Exists(o));
            if (lost != null) throw new InvalidOperationException($"soffice wrote no {lost} (exit {p.ExitCode}): {stdout} {stderr.Result}");
            return outputs;
        }
        finally
        {
            try { Directory.Delete(profile, true); } catch (IOException) { }
        }
    }

    /// <summary>The text of one page of a PDF (pdftotext), or null when poppler-utils is missing.</summary>
    public static string? PageText(string pdf, int page)
    {
        try
        {
            using var p = Process.Start(new ProcessStartInfo("pdftotext", ["-f", $"{page}", "-l", $"{page}", pdf, "-"]) { RedirectStandardOutput = true })!;
            var text = p.StandardOutput.ReadToEnd();
            p.WaitForExit();
            return text;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }
}
