using System.Buffers.Binary;

namespace OfficeTools.Engine.Rendering.Pictures;

/// <summary>What a picture's own header says: its format (by magic bytes, never by a name), size in pixels and dots per inch.</summary>
internal sealed record ImageInfo(string Extension, string ContentType, int Width, int Height, double DpiX, double DpiY);

/// <summary>Reads PNG, JPEG and GIF headers.</summary>
internal static class ImageHeader
{
    /// <summary>The picture's header, or null when the bytes are not a PNG, JPEG or GIF whose size can be read.</summary>
    public static ImageInfo? Read(ReadOnlySpan<byte> b)
    {
        if (b.Length >= 24 && b[..8].SequenceEqual((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])) return Png(b);
        if (b.Length >= 4 && b[0] == 0xFF && b[1] == 0xD8 && b[2] == 0xFF) return Jpeg(b);
        if (b.Length >= 10 && (b[..6].SequenceEqual("GIF87a"u8) || b[..6].SequenceEqual("GIF89a"u8)))
            return Sized("gif", "image/gif", BinaryPrimitives.ReadUInt16LittleEndian(b[6..]), BinaryPrimitives.ReadUInt16LittleEndian(b[8..]), 96, 96);
        return null;
    }

    static ImageInfo? Png(ReadOnlySpan<byte> b)
    {
        if (!b.Slice(12, 4).SequenceEqual("IHDR"u8)) return null;
        var w = BinaryPrimitives.ReadInt32BigEndian(b[16..]);
        var h = BinaryPrimitives.ReadInt32BigEndian(b[20..]);
        double dx = 96, dy = 96;
        // pHYs, when present, gives pixels per metre.
        for (var i = 8; i + 8 <= b.Length;)
        {
            var len = BinaryPrimitives.ReadInt32BigEndian(b[i..]);
            if (len < 0 || i + 12 + (long)len > b.Length) break;
            var type = b.Slice(i + 4, 4);
            if (type.SequenceEqual("pHYs"u8) && len >= 9 && b[i + 16] == 1)
            {
                dx = BinaryPrimitives.ReadUInt32BigEndian(b[(i + 8)..]) * 0.0254;
                dy = BinaryPrimitives.ReadUInt32BigEndian(b[(i + 12)..]) * 0.0254;
            }
            if (type.SequenceEqual("IDAT"u8)) break;
            i += 12 + len;
        }
        return Sized("png", "image/png", w, h, dx, dy);
    }

    static ImageInfo? Jpeg(ReadOnlySpan<byte> b)
    {
        double dx = 96, dy = 96;
        var i = 2;
        while (i + 4 <= b.Length)
        {
            if (b[i] != 0xFF) return null;
            var marker = b[i + 1];
            if (marker == 0xFF) { i++; continue; }
            var len = BinaryPrimitives.ReadUInt16BigEndian(b[(i + 2)..]);
            if (len < 2 || i + 2 + len > b.Length) return null;
            var seg = b.Slice(i + 4, len - 2);
            if (marker == 0xE0 && seg.Length >= 12 && seg[..5].SequenceEqual("JFIF\0"u8) && seg[7] is 1 or 2)
            {
                double fx = BinaryPrimitives.ReadUInt16BigEndian(seg[8..]), fy = BinaryPrimitives.ReadUInt16BigEndian(seg[10..]);
                if (fx > 0 && fy > 0) (dx, dy) = seg[7] == 1 ? (fx, fy) : (fx * 2.54, fy * 2.54);
            }
            // Start of frame (baseline, progressive, …; not DHT/JPG/DAC) holds height then width.
            if (marker is >= 0xC0 and <= 0xCF and not (0xC4 or 0xC8 or 0xCC) && seg.Length >= 5)
                return Sized("jpeg", "image/jpeg", BinaryPrimitives.ReadUInt16BigEndian(seg[3..]), BinaryPrimitives.ReadUInt16BigEndian(seg[1..]), dx, dy);
            i += 2 + len;
        }
        return null;
    }

    static ImageInfo? Sized(string ext, string type, int w, int h, double dx, double dy) =>
        w <= 0 || h <= 0 ? null : new ImageInfo(ext, type, w, h, dx is > 1 and < 10000 ? dx : 96, dy is > 1 and < 10000 ? dy : 96);
}
