namespace OfficeTools.Documents.Batch;

/// <summary>
/// A rerun of <c>batch --pdf</c> converts only what is missing or out of date: a document whose previous .docx is the same
/// (or the same with its 版记 moved to a page of its own, as the previous run laid it out) and whose PDF is not older than
/// that .docx keeps that PDF.
/// </summary>
internal static class PdfReuse
{
    /// <summary>
    /// When <paramref name="previous"/> holds an up-to-date PDF of the document <paramref name="path"/> just rendered under
    /// <paramref name="root"/>, copies it (and the previous .docx, when that is the laid-out form) beside it; true if it did.
    /// </summary>
    public static bool TakeOver(string previous, string root, string path)
    {
        var oldDocx = Path.Combine(previous, path);
        var oldPdf = Path.ChangeExtension(oldDocx, ".pdf");
        var fresh = Path.Combine(root, path);
        try
        {
            if (!File.Exists(oldDocx) || !File.Exists(oldPdf) || File.GetLastWriteTimeUtc(oldPdf) < File.GetLastWriteTimeUtc(oldDocx)) return false;
            var now = File.ReadAllBytes(fresh);
            var before = File.ReadAllBytes(oldDocx);
            if (!now.AsSpan().SequenceEqual(before))
            {
                if (ColophonPages.WithoutColophon(now) is null) return false;
                var laidOut = new[] { true, false }.Any(blank => SameParts(ColophonPages.OnOwnPage(now, blank), before));
                if (!laidOut) return false;
                File.WriteAllBytes(fresh, before);
            }
            var pdf = Path.ChangeExtension(fresh, ".pdf");
            File.Copy(oldPdf, pdf, overwrite: true);
            File.SetLastWriteTimeUtc(pdf, DateTime.UtcNow);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            return false;
        }
    }

    // larger than any part a batch writes: such a file is not compared, its PDF is made again
    const long MaxPart = 64L << 20;

    // the same parts with the same bytes, whatever times and compression the zip entries carry
    static bool SameParts(byte[] a, byte[] b)
    {
        using var x = new System.IO.Compression.ZipArchive(new MemoryStream(a));
        using var y = new System.IO.Compression.ZipArchive(new MemoryStream(b));
        if (x.Entries.Count != y.Entries.Count) return false;
        foreach (var e in x.Entries)
        {
            if (y.GetEntry(e.FullName) is not { } f || f.Length != e.Length || e.Length > MaxPart) return false;
            if (!Bytes(e).AsSpan().SequenceEqual(Bytes(f))) return false;
        }
        return true;
    }

    static byte[] Bytes(System.IO.Compression.ZipArchiveEntry entry)
    {
        using var s = entry.Open();
        using var m = new MemoryStream();
        s.CopyTo(m);
        return m.ToArray();
    }
}
