using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace OfficeTools.Testing;

/// <summary>Edits a zip package in memory, for hostile-package tests: extra entries, replaced parts, bombs, lying sizes.</summary>
public static class ZipEdits
{
    /// <summary>A copy of <paramref name="zip"/> after <paramref name="edit"/> ran on it.</summary>
    public static byte[] Edit(byte[] zip, Action<ZipArchive> edit)
    {
        using var ms = new MemoryStream();
        ms.Write(zip);
        using (var archive = new ZipArchive(ms, ZipArchiveMode.Update, leaveOpen: true)) edit(archive);
        return ms.ToArray();
    }

    /// <summary>A copy with one more entry.</summary>
    public static byte[] Add(byte[] zip, string name, byte[] content) => Edit(zip, z =>
    {
        using var s = z.CreateEntry(name, CompressionLevel.Fastest).Open();
        s.Write(content);
    });

    /// <summary>A copy with one more entry of UTF-8 text.</summary>
    public static byte[] Add(byte[] zip, string name, string text) => Add(zip, name, Encoding.UTF8.GetBytes(text));

    /// <summary>A copy with the part <paramref name="name"/> rewritten as bytes.</summary>
    public static byte[] Replace(byte[] zip, string name, byte[] content) => Edit(zip, z =>
    {
        z.GetEntry(name)?.Delete();
        using var s = z.CreateEntry(name, CompressionLevel.Fastest).Open();
        s.Write(content);
    });

    /// <summary>The text of the part <paramref name="name"/>.</summary>
    public static string Text(byte[] zip, string name)
    {
        using var archive = new ZipArchive(new MemoryStream(zip), ZipArchiveMode.Read);
        using var reader = new StreamReader(archive.GetEntry(name)!.Open());
        return reader.ReadToEnd();
    }

    /// <summary>
    /// A copy with an entry of <paramref name="size"/> bytes repeating <paramref name="pattern"/> (zeros when
    /// empty), deflated while written in 1 MB chunks: 2 GB of zeros becomes about 2 MB in a few seconds at most.
    /// </summary>
    public static byte[] AddBomb(byte[] zip, string name, long size, byte[]? pattern = null)
    {
        var chunk = new byte[1024 * 1024];
        if (pattern is { Length: > 0 })
            for (var i = 0; i < chunk.Length; i++) chunk[i] = pattern[i % pattern.Length];
        // Create mode streams each entry out deflated (Update mode would hold it inflated in memory).
        using var ms = new MemoryStream();
        using (var target = new ZipArchive(ms, ZipArchiveMode.Create, leaveOpen: true))
        {
            using (var source = new ZipArchive(new MemoryStream(zip), ZipArchiveMode.Read))
                foreach (var entry in source.Entries)
                {
                    using var from = entry.Open();
                    using var to = target.CreateEntry(entry.FullName, CompressionLevel.Fastest).Open();
                    from.CopyTo(to);
                }
            using var s = target.CreateEntry(name, CompressionLevel.Fastest).Open();
            for (long left = size; left > 0; left -= chunk.Length) s.Write(chunk, 0, (int)Math.Min(left, chunk.Length));
        }
        return ms.ToArray();
    }

    /// <summary>A copy whose central directory and local header declare <paramref name="declared"/> bytes for the entry <paramref name="name"/> (a lying bomb).</summary>
    public static byte[] LieAboutSize(byte[] zip, string name, uint declared)
    {
        var bytes = (byte[])zip.Clone();
        var span = bytes.AsSpan();
        var encoded = Encoding.UTF8.GetBytes(name);
        for (var i = 0; i + 46 <= bytes.Length; i++)
        {
            var signature = BinaryPrimitives.ReadUInt32LittleEndian(span[i..]);
            if (signature == 0x02014b50 && span.Slice(i + 46).StartsWith(encoded) && BinaryPrimitives.ReadUInt16LittleEndian(span[(i + 28)..]) == encoded.Length)
                BinaryPrimitives.WriteUInt32LittleEndian(span[(i + 24)..], declared);
            else if (signature == 0x04034b50 && span.Slice(i + 30).StartsWith(encoded) && BinaryPrimitives.ReadUInt16LittleEndian(span[(i + 26)..]) == encoded.Length)
                BinaryPrimitives.WriteUInt32LittleEndian(span[(i + 22)..], declared);
        }
        return bytes;
    }
}
