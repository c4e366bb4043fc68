using System.Diagnostics;

namespace OfficeTools.Documents.Batch;

/// <summary>Converts .docx to PDF beside them with LibreOffice, using a private profile so runs never collide.</summary>
internal static class PdfConverter
{
    /// <summary>The soffice executable on PATH (or OFFICETOOLS_SOFFICE), or null.</summary>
    public static string? FindSoffice()
    {
        var env = Environment.GetEnvironmentVariable("OFFICETOOLS_SOFFICE");
        if (!string.IsNullOrEmpty(env)) return File.Exists(env) ? env : null;
        var names = OperatingSystem.IsWindows() ? new[] { "soffice.exe", "soffice.com" } : ["soffice", "libreoffice"];
        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
            foreach (var n in names)
                if (File.Exists(Path.Combine(dir, n))) return Path.Combine(dir, n);
        return null;
    }

    public sealed record Result(int Count, IReadOnlyList<string> Errors);

    /// <summary>Converts the documents (paths relative to <paramref name="root"/>), one LibreOffice run per folder.</summary>
    public static Result Convert(string soffice, string root, IReadOnlyList<string> documents, CancellationToken ct)
    {
        var profile = Path.Combine(Path.GetTempPath(), $"lo-officetools-{Guid.NewGuid():N}");
        var errors = new List<string>();
        try
        {
            foreach (var group in documents.GroupBy(d => Path.GetDirectoryName(d) ?? ""))
            {
                var outDir = Path.Combine(root, group.Key);
                var psi = new ProcessStartInfo(soffice)
                {
                    RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
                };
                foreach (var a in new[] { "--headless", "--norestore", $"-env:UserInstallation={new Uri(profile).AbsoluteUri}", "--convert-to", "pdf", "--outdir", outDir })
                    psi.ArgumentList.Add(a);
                foreach (var d in group) psi.ArgumentList.Add(Path.Combine(root, d));
                using var p = Process.Start(psi) ?? throw new InvalidOperationException("soffice did not start");
                var stderr = p.StandardError.ReadToEndAsync(ct);
                _ = p.StandardOutput.ReadToEndAsync(ct);
                p.WaitForExitAsync(ct).GetAwaiter().GetResult();
                var missing = group.Where(d => !File.Exists(Path.Combine(root, Path.ChangeExtension(d, ".pdf")))).ToList();
                if (p.ExitCode != 0 || missing.Count > 0)
                    errors.Add($"--pdf: LibreOffice failed (exit {p.ExitCode}) for {string.Join(", ", missing.DefaultIfEmpty(group.Key))}: {stderr.Result.Trim()}");
            }
            return new Result(errors.Count == 0 ? documents.Count : 0, errors);
        }
        finally
        {
            try { if (Directory.Exists(profile)) Directory.Delete(profile, true); } catch (IOException) { }
        }
    }
}
