using System.Buffers.Binary;
using System.Text;

namespace OfficeTools.Engine.Package;

/// <summary>An entry's bytes exactly as stored in the template's zip (so unchanged parts are copied, never re-deflated).</summary>
internal sealed record RawEntry(byte[] Data, uint Crc, long Length, ushort Method);

/// <summary>Reads the stored (compressed) bytes of each entry from a zip's central directory.</summary>
internal static class RawZip
{
    /// <summary>Stored bytes by entry name; entries it cannot copy safely (zip64, encrypted, other methods) are left out.</summary>
    public static Dictionary<string, RawEntry> Read(byte[] zip)
    {
        try
        {
            return Scan(zip);
        }
        catch (Exception ex) when (ex is ArgumentException or IndexOutOfRangeException or OverflowException)
        {
            // A damaged directory: entries are then re-deflated from their checked contents instead.
            return [];
        }
    }

    static Dictionary<string, RawEntry> Scan(byte[] zip)
    {
        var result = new Dictionary<string, RawEntry>(StringComparer.Ordinal);
        var span = zip.AsSpan();
        var eocd = -1;
        for (var i = zip.Length - 22; i >= Math.Max(0, zip.Length - 22 - 65535); i--)
            if (BinaryPrimitives.ReadUInt32LittleEndian(span[i..]) == 0x06054b50) { eocd = i; break; }
        if (eocd < 0) return result;
        var count = BinaryPrimitives.ReadUInt16LittleEndian(span[(eocd + 10)..]);
        long pos = BinaryPrimitives.ReadUInt32LittleEndian(span[(eocd + 16)..]);
        for (var n = 0; n < count; n++)
        {
            if (pos + 46 > zip.Length || BinaryPrimitives.ReadUInt32LittleEndian(span[(int)pos..]) != 0x02014b50) break;
            var h = span[(int)pos..];
            var flags = BinaryPrimitives.ReadUInt16LittleEndian(h[8..]);
            var method = BinaryPrimitives.ReadUInt16LittleEndian(h[10..]);
            var crc = BinaryPrimitives.ReadUInt32LittleEndian(h[16..]);
            long compressed = BinaryPrimitives.ReadUInt32LittleEndian(h[20..]);
            long size = BinaryPrimitives.ReadUInt32LittleEndian(h[24..]);
            int nameLen = BinaryPrimitives.ReadUInt16LittleEndian(h[28..]), extraLen = BinaryPrimitives.ReadUInt16LittleEndian(h[30..]),
                commentLen = BinaryPrimitives.ReadUInt16LittleEndian(h[32..]);
            long local = BinaryPrimitives.ReadUInt32LittleEndian(h[42..]);
            var name = Encoding.UTF8.GetString(h.Slice(46, nameLen));
            pos += 46 + nameLen + extraLen + commentLen;
            if ((flags & 1) != 0 || method is not (0 or 8) || compressed == uint.MaxValue || size == uint.MaxValue || local + 30 > zip.Length) continue;
            var lh = span[(int)local..];
            if (BinaryPrimitives.ReadUInt32LittleEndian(lh) != 0x04034b50) continue;
            var dataStart = local + 30 + BinaryPrimitives.ReadUInt16LittleEndian(lh[26..]) + BinaryPrimitives.ReadUInt16LittleEndian(lh[28..]);
            if (dataStart + compressed > zip.Length) continue;
            result[name] = new RawEntry(zip.AsSpan((int)dataStart, (int)compressed).ToArray(), crc, size, method);
        }
        return result;
    }
}
