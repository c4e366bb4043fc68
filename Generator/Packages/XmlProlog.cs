namespace OfficeTools.Packages;

/// <summary>
/// Finds a DTD in an XML part by walking its prolog (declaration, comments, processing instructions) up to the
/// root element, in UTF-8, UTF-16 or UTF-32 of either byte order, so no XML parser ever sees the DTD.
/// </summary>
internal static class XmlProlog
{
    /// <summary>True when the bytes are XML whose prolog holds a markup declaration (&lt;!DOCTYPE, &lt;!ENTITY…).</summary>
    public static bool HasDtd(byte[] bytes)
    {
        var (start, width, big) = Encoding(bytes);
        var count = (bytes.Length - start) / width;
        int At(int i)
        {
            if (i >= count) return -1;
            var offset = start + i * width;
            var unit = 0;
            for (var k = 0; k < width; k++) unit |= bytes[offset + (big ? width - 1 - k : k)] << (8 * k);
            return unit;
        }
        var pos = 0;
        while (true)
        {
            while (At(pos) is ' ' or '\t' or '\r' or '\n') pos++;
            if (At(pos) != '<') return false;
            switch (At(pos + 1))
            {
                case '?':
                    pos = Skip(At, pos + 2, "?>");
                    break;
                case '!' when At(pos + 2) == '-' && At(pos + 3) == '-':
                    pos = Skip(At, pos + 4, "-->");
                    break;
                case '!':
                    return true;
                default:
                    return false; // the root element: no DTD can follow in well-formed XML
            }
            if (pos < 0) return false;
        }
    }

    static int Skip(Func<int, int> at, int pos, string end)
    {
        for (; at(pos) >= 0; pos++)
        {
            var k = 0;
            while (k < end.Length && at(pos + k) == end[k]) k++;
            if (k == end.Length) return pos + k;
        }
        return -1;
    }

    // (offset past the byte order mark, bytes per code unit, big-endian)
    static (int Start, int Width, bool Big) Encoding(ReadOnlySpan<byte> b)
    {
        if (b.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) return (3, 1, false);
        if (b.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0, 0])) return (4, 4, false);
        if (b.StartsWith((ReadOnlySpan<byte>)[0, 0, 0xFE, 0xFF])) return (4, 4, true);
        if (b.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])) return (2, 2, false);
        if (b.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])) return (2, 2, true);
        if (b.StartsWith((ReadOnlySpan<byte>)[(byte)'<', 0, 0, 0])) return (0, 4, false);
        if (b.StartsWith((ReadOnlySpan<byte>)[0, 0, 0, (byte)'<'])) return (0, 4, true);
        if (b.StartsWith((ReadOnlySpan<byte>)[(byte)'<', 0])) return (0, 2, false);
        if (b.StartsWith((ReadOnlySpan<byte>)[0, (byte)'<'])) return (0, 2, true);
        return (0, 1, false);
    }
}
