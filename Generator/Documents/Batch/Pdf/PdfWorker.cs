using System.Globalization;

namespace OfficeTools.Documents.Batch;

/// <summary>
/// One worker of the pool: its own engine (for LibreOffice its own profile, so workers never collide and the profile is
/// made once), converting chunk after chunk of documents copied under numbered names into flat folders (forms/ and notices/
/// may hold equal names), the 版记 probed and moved where it does not fit.
/// </summary>
internal sealed class PdfWorker(IPdfEngine engine, string folder)
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
            if (!missing.ContainsKey(i) && (first.Missing.TryGetValue(Name(i), out var why) || first.Missing.TryGetValue("body-" + Name(i), out why))) missing[i] = why;
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
            if (from.Missing.TryGetValue(Name(i), out var why)) { missing[i] = why; continue; }
            File.Move(from.Pdf(Name(i)), Path.Combine(root, Path.ChangeExtension(path, ".pdf")), overwrite: true);
        }
        foreach (var run in new[] { first, second }.OfType<PdfConversion>()) Directory.Delete(run.Folder, recursive: true);
        return missing;
    }

    // one engine call over the named copies (already prepared for LibreOffice) in a folder of its own
    PdfConversion Run(IReadOnlyList<(string Name, byte[] Bytes)> documents, CancellationToken ct)
    {
        var flat = Path.Combine(folder, $"run{++_runs}");
        Directory.CreateDirectory(flat);
        return engine.Convert(flat, documents, ct);
    }
}
