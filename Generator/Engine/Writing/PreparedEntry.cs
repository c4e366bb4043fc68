using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace OfficeTools.Engine.Writing;

/// <summary>
/// A zip entry whose deflated bytes and CRC are computed once, so every rendered package can copy it as is:
/// unchanged parts (styles, fonts, images) are never re-parsed, re-serialised or re-compressed per render.
/// </summary>
internal sealed class PreparedEntry
{
    PreparedEntry(string name, ReadOnlyMemory<byte> data, uint crc, long length, ushort method)
    {
        Name = name;
        NameBytes = Encoding.UTF8.GetBytes(name);
        Data = data;
        Crc = crc;
        Length = length;
        Method = method;
    }

    /// <summary>The entry name inside the package (no leading slash).</summary>
    public string Name { get; }
    internal byte[] NameBytes { get; }
    /// <summary>The bytes as stored (deflated unless <see cref="Method"/> is 0).</summary>
    internal ReadOnlyMemory<byte> Data { get; }
    internal uint Crc { get; }
    internal long Length { get; }
    internal ushort Method { get; }

    /// <summary>Deflates <paramref name="content"/> once; already-compressed media are stored as they are.</summary>
    public static PreparedEntry Create(string name, ReadOnlySpan<byte> content, CompressionLevel level = CompressionLevel.Optimal)
    {
        uint crc = Crc32.Compute(content);
        if (IsCompressedMedia(name)) return new PreparedEntry(name, content.ToArray(), crc, content.Length, 0);
        return new PreparedEntry(name, Deflate(content, level), crc, content.Length, 8);
    }

    /// <summary>
    /// An entry stored (not deflated) that borrows <paramref name="content"/> instead of copying it: for a rendered
    /// part written at once from a reused buffer.
    /// </summary>
    public static PreparedEntry Stored(string name, ReadOnlyMemory<byte> content) =>
        new(name, content, Crc32.Compute(content.Span), content.Length, 0);

    /// <summary>An entry copied exactly as another zip stored it (data, CRC, sizes already known and checked).</summary>
    public static PreparedEntry FromStored(string name, byte[] data, uint crc, long length, ushort method) =>
        new(name, data, crc, length, method);

    internal static byte[] Deflate(ReadOnlySpan<byte> content, CompressionLevel level)
    {
        using var ms = new MemoryStream(content.Length / 4 + 64);
        using (var deflate = new DeflateStream(ms, level, leaveOpen: true)) deflate.Write(content);
        return ms.ToArray();
    }

    static bool IsCompressedMedia(string name) =>
        name.EndsWith(".jpeg", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".jpg", StringComparison.OrdinalIgnoreCase) ||
        name.EndsWith(".png", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".gif", StringComparison.OrdinalIgnoreCase);
}
