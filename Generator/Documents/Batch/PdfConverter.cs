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
    /// A document with a 版记 is also converted without it; when that shows the 版记 does not fit under the body, the
    /// .docx is given the 版记 on a page of its own (<see cref="ColophonPages"/>) and converted again.
    /// </summary>
    public static Result Convert(string soffice, string root, IReadOnlyList<string> documents, CancellationToken ct)
    {
        var work = Path.Combine(Path.GetTempPath(), $"lo-officetools-{Guid.NewGuid():N}");
        static string Name(int i) => i.ToString("00000", System.Globalization.CultureInfo.InvariantCulture);
        byte[] Read(int i) => File.ReadAllBytes(Path.Combine(root, documents[i]));
        try
        {
            var copies = new List<(string Name, byte[] Bytes)>();
            var probed = new List<int>();
            for (var i = 0; i < documents.Count; i++)
            {
                var bytes = Read(i);
                copies.Add((Name(i), bytes));
                if (ColophonPages.WithoutColophon(bytes) is not { } body) continue;
                copies.Add(("body-" + Name(i), body));
                probed.Add(i);
            }
            var first = Run(soffice, work, "docs", copies, ct);
            if (first.Failed) return new Result(0, [Failure(first, documents)]);
            var again = new List<int>();
            foreach (var i in probed)
            {
                var body = ColophonPages.PageCount(first.Pdf("body-" + Name(i)));
                if (ColophonPages.PageCount(first.Pdf(Name(i))) <= body) continue;
                // the 版记 went to a page of its own: it belongs on an even page, after a blank one when the body ends on an even page
                File.WriteAllBytes(Path.Combine(root, documents[i]), ColophonPages.OnOwnPage(Read(i), blankPageFirst: body % 2 == 0));
                again.Add(i);
            }
            var second = again.Count == 0 ? null : Run(soffice, work, "again", again.Select(i => (Name(i), Read(i))).ToList(), ct);
            if (second is { Failed: true }) return new Result(0, [Failure(second, documents)]);
            for (var i = 0; i < documents.Count; i++)
                File.Move((again.Contains(i) ? second! : first).Pdf(Name(i)), Path.Combine(root, Path.ChangeExtension(documents[i], ".pdf")), overwrite: true);
            return new Result(documents.Count, []);
        }
        finally
        {
            try { Directory.Delete(work, true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }

    // what LibreOffice did not convert, named by the documents the numbered copies stand for
    static string Failure(Conversion c, IReadOnlyList<string> documents)
    {
        var names = c.Missing.Select(m => int.TryParse(m.Replace("body-", "", StringComparison.Ordinal), out var i) && i < documents.Count ? documents[i] : m)
            .Distinct().ToList();
        return $"--pdf: LibreOffice (exit {c.ExitCode}) did not convert {(names.Count > 0 ? string.Join(", ", names) : "the documents")}: {c.Stderr}";
    }

    sealed record Conversion(string Folder, int ExitCode, string Stderr, IReadOnlyList<string> Missing)
    {
        public bool Failed => ExitCode != 0 || Missing.Count > 0;

        public string Pdf(string name) => Path.Combine(Folder, name + ".pdf");
    }

    // One soffice run over the named copies (each prepared for LibreOffice) in work/<folder>; its own profile per run.
    static Conversion Run(string soffice, string work, string folder, IReadOnlyList<(string Name, byte[] Bytes)> documents, CancellationToken ct)
    {
        var flat = Path.Combine(work, folder);
        Directory.CreateDirectory(flat);
        var psi = new ProcessStartInfo(soffice) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        // The 公文 fonts, or their stand-ins, from the mapping shipped with the product (never the caller's environment).
        if (GongwenFonts.WriteFontConfig(work) is { } fonts) psi.Environment["FONTCONFIG_FILE"] = fonts;
        foreach (var a in new[] { "--headless", "--norestore", $"-env:UserInstallation={new Uri(Path.Combine(work, "profile")).AbsoluteUri}", "--convert-to", "pdf", "--outdir", flat })
            psi.ArgumentList.Add(a);
        foreach (var (name, bytes) in documents)
        {
            var copy = Path.Combine(flat, name + ".docx");
            File.WriteAllBytes(copy, LibreOfficeInput.Prepare(bytes));
            psi.ArgumentList.Add(copy);
        }
        using var p = Process.Start(psi) ?? throw new InvalidOperationException("soffice did not start");
        var stderr = p.StandardError.ReadToEndAsync(ct);
        _ = p.StandardOutput.ReadToEndAsync(ct);
        p.WaitForExitAsync(ct).GetAwaiter().GetResult();
        var missing = documents.Where(d => !File.Exists(Path.Combine(flat, d.Name + ".pdf"))).Select(d => d.Name).ToList();
        return new Conversion(flat, p.ExitCode, stderr.Result.Trim(), missing);
    }
}
