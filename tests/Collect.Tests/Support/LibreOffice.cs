using OfficeTools.Testing;
using System.Diagnostics;

namespace OfficeTools.Collect.Tests.Support;

/// <summary>Re-saves a .docx through LibreOffice (as a unit without Word would), with a private profile.</summary>
public static class LibreOffice
{
    /// <summary>Converts <paramref name="docx"/> to "MS Word 2007 XML" and returns the re-saved bytes.</summary>
    public static byte[] Resave(byte[] docx)
    {
        var dir = Path.Combine(Path.GetTempPath(), "collect-lo-" + Guid.NewGuid().ToString("N"));
        var outDir = Path.Combine(dir, "out");
        Directory.CreateDirectory(outDir);
        try
        {
            var input = Path.Combine(dir, "form.docx");
            File.WriteAllBytes(input, docx);
            var psi = new ProcessStartInfo(SystemTools.Soffice)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            foreach (var a in new[] { $"-env:UserInstallation=file://{dir}/profile", "--headless", "--convert-to", "docx:MS Word 2007 XML", "--outdir", outDir, input })
                psi.ArgumentList.Add(a);
            using var p = Process.Start(psi)!;
            var stderr = p.StandardError.ReadToEndAsync();
            var stdout = p.StandardOutput.ReadToEnd();
            if (!p.WaitForExit(TimeSpan.FromMinutes(2))) { p.Kill(true); throw new TimeoutException("soffice did not finish in 2 minutes"); }
            var result = Path.Combine(outDir, "form.docx");
            if (!File.Exists(result)) throw new InvalidOperationException($"soffice wrote nothing (exit {p.ExitCode}): {stdout} {stderr.Result}");
            return File.ReadAllBytes(result);
        }
        finally
        {
            try { Directory.Delete(dir, true); } catch (IOException) { }
        }
    }
}
