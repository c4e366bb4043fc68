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

    /// <summary>
    /// Converts the documents (paths relative to <paramref name="root"/>) in one LibreOffice run: they are copied to a flat
    /// folder under numbered names (forms/ and notices/ may hold equal names), converted, and each PDF moved beside its .docx.
    /// </summary>
    public static Result Convert(string soffice, string root, IReadOnlyList<string> documents, CancellationToken ct)
    {
        var work = Path.Combine(Path.GetTempPath(), $"lo-officetools-{Guid.NewGuid():N}");
        var profile = Path.Combine(work, "profile");
        var flat = Path.Combine(work, "docs");
        Directory.CreateDirectory(flat);
        try
        {
            var psi = new ProcessStartInfo(soffice) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            // The 公文 fonts, or their stand-ins, from the mapping shipped with the product (never the caller's environment).
            if (GongwenFonts.WriteFontConfig(work) is { } fonts) psi.Environment["FONTCONFIG_FILE"] = fonts;
            foreach (var a in new[] { "--headless", "--norestore", $"-env:UserInstallation={new Uri(profile).AbsoluteUri}", "--convert-to", "pdf", "--outdir", flat })
                psi.ArgumentList.Add(a);
            for (var i = 0; i < documents.Count; i++)
            {
                var copy = Path.Combine(flat, $"{i:00000}.docx");
                File.WriteAllBytes(copy, LibreOfficeInput.Prepare(File.ReadAllBytes(Path.Combine(root, documents[i]))));
                psi.ArgumentList.Add(copy);
            }
            using var p = Process.Start(psi) ?? throw new InvalidOperationException("soffice did not start");
            var stderr = p.StandardError.ReadToEndAsync(ct);
            _ = p.StandardOutput.ReadToEndAsync(ct);
            p.WaitForExitAsync(ct).GetAwaiter().GetResult();
            var missing = new List<string>();
            for (var i = 0; i < documents.Count; i++)
            {
                var pdf = Path.Combine(flat, $"{i:00000}.pdf");
                if (File.Exists(pdf)) File.Move(pdf, Path.Combine(root, Path.ChangeExtension(documents[i], ".pdf")));
                else missing.Add(documents[i]);
            }
            if (p.ExitCode != 0 || missing.Count > 0)
                return new Result(0, [$"--pdf: LibreOffice (exit {p.ExitCode}) did not convert {string.Join(", ", missing.DefaultIfEmpty("the documents"))}: {stderr.Result.Trim()}"]);
            return new Result(documents.Count, []);
        }
        finally
        {
            try { Directory.Delete(work, true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }
}
