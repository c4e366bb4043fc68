using System.Diagnostics;
using System.Globalization;

namespace OfficeTools.Documents.Batch;

/// <summary>
/// One LibreOffice worker: its own profile (so workers never collide, and the profile is made once), converting chunk after
/// chunk of documents copied under numbered names into a flat folder (forms/ and notices/ may hold equal names).
/// </summary>
internal sealed class PdfWorker(string soffice, string folder)
{
    int _runs;

    /// <summary>Converts <paramref name="chunk"/> (index, path under <paramref name="root"/>); per document, null or why it has no PDF.</summary>
    public IEnumerable<(int Index, string? Problem)> Convert(string root, IReadOnlyList<(int Index, string Path)> chunk, CancellationToken ct)
    {
        var results = new List<(int, string?)>();
        var missing = ConvertTogether(root, chunk, ct);
        if (missing.Count == 0) return chunk.Select(d => (d.Index, (string?)null));
        // LibreOffice gave up somewhere in the chunk: each document it left is tried alone, so that the one it cannot
        // convert is named with its own reason and the others still get their PDF
        foreach (var d in chunk)
        {
            if (!missing.ContainsKey(d.Index)) { results.Add((d.Index, null)); continue; }
            var alone = chunk.Count == 1 ? missing : ConvertTogether(root, [d], ct);
            results.Add((d.Index, alone.GetValueOrDefault(d.Index)));
        }
        return results;
    }

    // the chunk through LibreOffice, the 版记 probed and moved where it did not fit; what is missing, with the reason
    Dictionary<int, string> ConvertTogether(string root, IReadOnlyList<(int Index, string Path)> chunk, CancellationToken ct)
    {
        static string Name(int i) => i.ToString("00000", CultureInfo.InvariantCulture);
        byte[] Read(string path) => File.ReadAllBytes(Path.Combine(root, path));
        var copies = new List<(string Name, byte[] Bytes)>();
        var probed = new List<(int Index, string Path)>();
        var missing = new Dictionary<int, string>();
        foreach (var (i, path) in chunk)
        {
            try
            {
                var bytes = Read(path);
                var body = ColophonPages.WithoutColophon(bytes);
                copies.Add((Name(i), LibreOfficeInput.Prepare(bytes)));
                if (body is null) continue;
                copies.Add(("body-" + Name(i), LibreOfficeInput.Prepare(body)));
                probed.Add((i, path));
            }
            catch (Exception e) when (e is InvalidDataException or IOException or System.Xml.XmlException or DocumentFormat.OpenXml.Packaging.OpenXmlPackageException)
            {
                missing[i] = $"not a .docx that can be converted: {e.Message}";
                copies.RemoveAll(c => c.Name == Name(i));
            }
        }
        if (copies.Count == 0) return missing;
        var first = Run(copies, ct);
        foreach (var (i, _) in chunk)
            if (!missing.ContainsKey(i) && (first.Missing.Contains(Name(i)) || first.Missing.Contains("body-" + Name(i)))) missing[i] = first.Reason;
        var again = new List<(int Index, string Path)>();
        foreach (var (i, path) in probed.Where(p => !missing.ContainsKey(p.Index)))
        {
            var body = ColophonPages.PageCount(first.Pdf("body-" + Name(i)));
            if (ColophonPages.PageCount(first.Pdf(Name(i))) <= body) continue;
            // the 版记 went to a page of its own: it belongs on an even page, after a blank one when the body ends on an even page
            File.WriteAllBytes(Path.Combine(root, path), ColophonPages.OnOwnPage(Read(path), blankPageFirst: body % 2 == 0));
            again.Add((i, path));
        }
        var second = again.Count == 0 ? null : Run([.. again.Select(d => (Name(d.Index), LibreOfficeInput.Prepare(Read(d.Path))))], ct);
        foreach (var (i, path) in chunk)
        {
            if (missing.ContainsKey(i)) continue;
            var from = again.Any(a => a.Index == i) ? second! : first;
            if (from.Missing.Contains(Name(i))) { missing[i] = from.Reason; continue; }
            File.Move(from.Pdf(Name(i)), Path.Combine(root, Path.ChangeExtension(path, ".pdf")), overwrite: true);
        }
        foreach (var run in new[] { first, second }.OfType<Conversion>()) Directory.Delete(run.Folder, recursive: true);
        return missing;
    }

    sealed record Conversion(string Folder, IReadOnlySet<string> Missing, string Reason)
    {
        public string Pdf(string name) => Path.Combine(Folder, name + ".pdf");
    }

    // one soffice run over the named copies (already prepared for LibreOffice) in a folder of its own, with this worker's profile
    Conversion Run(IReadOnlyList<(string Name, byte[] Bytes)> documents, CancellationToken ct)
    {
        var flat = Path.Combine(folder, $"run{++_runs}");
        Directory.CreateDirectory(flat);
        var psi = new ProcessStartInfo(soffice) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        // The 公文 fonts, or their stand-ins, from the mapping shipped with the product (never the caller's environment).
        if (GongwenFonts.WriteFontConfig(folder) is { } fonts) psi.Environment["FONTCONFIG_FILE"] = fonts;
        foreach (var a in new[] { "--headless", "--norestore", $"-env:UserInstallation={new Uri(Path.Combine(folder, "profile")).AbsoluteUri}", "--convert-to", "pdf", "--outdir", flat })
            psi.ArgumentList.Add(a);
        foreach (var (name, bytes) in documents)
        {
            var copy = Path.Combine(flat, name + ".docx");
            File.WriteAllBytes(copy, bytes);
            psi.ArgumentList.Add(copy);
        }
        using var p = Process.Start(psi) ?? throw new InvalidOperationException("soffice did not start");
        var stderr = p.StandardError.ReadToEndAsync(ct);
        var stdout = p.StandardOutput.ReadToEndAsync(ct);
        p.WaitForExitAsync(ct).GetAwaiter().GetResult();
        var missing = documents.Where(d => !File.Exists(Path.Combine(flat, d.Name + ".pdf"))).Select(d => d.Name).ToHashSet(StringComparer.Ordinal);
        // what LibreOffice said, less its progress lines and the Java warning every headless run prints
        var said = string.Join(" ", new[] { stderr.Result, stdout.Result }.SelectMany(s => s.Split('\n')).Select(l => l.Trim())
            .Where(l => l.Length > 0 && !l.StartsWith("convert ", StringComparison.Ordinal) && !l.Contains("javaldx", StringComparison.Ordinal)));
        var reason = $"LibreOffice (exit {p.ExitCode}) made no PDF" + (said.Length > 0 ? $": {said}" : "");
        foreach (var d in documents.Where(d => !missing.Contains(d.Name))) File.Delete(Path.Combine(flat, d.Name + ".docx"));
        return new Conversion(flat, missing, reason);
    }
}
