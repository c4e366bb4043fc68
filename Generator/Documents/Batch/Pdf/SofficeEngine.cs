using System.Diagnostics;

namespace OfficeTools.Documents.Batch;

/// <summary>LibreOffice on this machine: one soffice run a call, with this worker's own profile and the shipped 公文 font mapping.</summary>
internal sealed class SofficeEngine(string soffice, string workerFolder) : IPdfEngine
{
    public PdfConversion Convert(string folder, IReadOnlyList<(string Name, byte[] Bytes)> documents, CancellationToken ct)
    {
        var psi = new ProcessStartInfo(soffice) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        // The 公文 fonts, or their stand-ins, from the mapping shipped with the product (never the caller's environment).
        if (GongwenFonts.WriteFontConfig(workerFolder) is { } fonts) psi.Environment["FONTCONFIG_FILE"] = fonts;
        foreach (var a in new[] { "--headless", "--norestore", $"-env:UserInstallation={new Uri(Path.Combine(workerFolder, "profile")).AbsoluteUri}", "--convert-to", "pdf", "--outdir", folder })
            psi.ArgumentList.Add(a);
        foreach (var (name, bytes) in documents)
        {
            var copy = Path.Combine(folder, name + ".docx");
            File.WriteAllBytes(copy, bytes);
            psi.ArgumentList.Add(copy);
        }
        using var p = Process.Start(psi) ?? throw new InvalidOperationException("soffice did not start");
        var stderr = p.StandardError.ReadToEndAsync(ct);
        var stdout = p.StandardOutput.ReadToEndAsync(ct);
        p.WaitForExitAsync(ct).GetAwaiter().GetResult();
        // what LibreOffice said, less its progress lines and the Java warning every headless run prints
        var said = string.Join(" ", new[] { stderr.Result, stdout.Result }.SelectMany(s => s.Split('\n')).Select(l => l.Trim())
            .Where(l => l.Length > 0 && !l.StartsWith("convert ", StringComparison.Ordinal) && !l.Contains("javaldx", StringComparison.Ordinal)));
        var reason = $"LibreOffice (exit {p.ExitCode}) made no PDF" + (said.Length > 0 ? $": {said}" : "");
        var missing = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, _) in documents)
        {
            if (!File.Exists(Path.Combine(folder, name + ".pdf"))) missing[name] = reason;
            else File.Delete(Path.Combine(folder, name + ".docx"));
        }
        return new PdfConversion(folder, missing);
    }
}
