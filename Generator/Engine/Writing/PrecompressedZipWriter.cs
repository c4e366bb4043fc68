using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace OfficeTools.Engine.Writing;

/// <summary>
/// Writes a zip archive sequentially to any stream (seekable or not): prepared entries are copied byte for
/// byte, fresh content is deflated once. No ZIP64: a part or archive past 4 GiB is refused.
/// </summary>
internal sealed class PrecompressedZipWriter : IDisposable
{
    // 1980-01-01 00:00, the zip epoch: outputs do not depend on the clock.
    const ushort DosTime = 0, DosDate = (0 << 9) | (1 << 5) | 1;
    const ushort Utf8Flag = 0x0800;

    readonly Stream _out;
    // Reference-type elements: generic code over them is shared and precompiled; a value tuple would be JIT-compiled
    // at every start.
    readonly List<WrittenEntry> _written = [];
    long _position;
    bool _finished;

    /// <summary>Starts an archive on <paramref name="output"/> (left open).</summary>
    public PrecompressedZipWriter(Stream output) => _out = output;

    /// <summary>Copies a prepared entry.</summary>
    public void Add(PreparedEntry entry)
    {
        ObjectDisposedException.ThrowIf(_finished, this);
        if (_position > uint.MaxValue) throw new IOException("the package exceeds 4 GiB, which plain zip cannot hold");
        long offset = _position;
        Span<byte> header = stackalloc byte[30];
        BinaryPrimitives.WriteUInt32LittleEndian(header, 0x04034b50);
        BinaryPrimitives.WriteUInt16LittleEndian(header[4..], 20);
        BinaryPrimitives.WriteUInt16LittleEndian(header[6..], Utf8Flag);
        BinaryPrimitives.WriteUInt16LittleEndian(header[8..], entry.Method);
        BinaryPrimitives.WriteUInt16LittleEndian(header[10..], DosTime);
        BinaryPrimitives.WriteUInt16LittleEndian(header[12..], DosDate);
        BinaryPrimitives.WriteUInt32LittleEndian(header[14..], entry.Crc);
        BinaryPrimitives.WriteUInt32LittleEndian(header[18..], checked((uint)entry.Data.Length));
        BinaryPrimitives.WriteUInt32LittleEndian(header[22..], checked((uint)entry.Length));
        BinaryPrimitives.WriteUInt16LittleEndian(header[26..], checked((ushort)entry.NameBytes.Length));
        BinaryPrimitives.WriteUInt16LittleEndian(header[28..], 0);
        Write(header);
        Write(entry.NameBytes);
        Write(entry.Data.Span);
        _written.Add(new WrittenEntry(entry, offset));
    }

    /// <summary>Deflates fresh content (a rendered part) with the fastest level and adds it.</summary>
    public void Add(string name, ReadOnlySpan<byte> content) =>
        Add(PreparedEntry.Create(name, content, CompressionLevel.Fastest));

    /// <summary>Writes the central directory; the archive is complete after this.</summary>
    public void Finish()
    {
        if (_finished) return;
        long start = _position;
        Span<byte> h = stackalloc byte[46];
        foreach (var (e, offset) in _written)
        {
            BinaryPrimitives.WriteUInt32LittleEndian(h, 0x02014b50);
            BinaryPrimitives.WriteUInt16LittleEndian(h[4..], 20);
            BinaryPrimitives.WriteUInt16LittleEndian(h[6..], 20);
            BinaryPrimitives.WriteUInt16LittleEndian(h[8..], Utf8Flag);
            BinaryPrimitives.WriteUInt16LittleEndian(h[10..], e.Method);
            BinaryPrimitives.WriteUInt16LittleEndian(h[12..], DosTime);
            BinaryPrimitives.WriteUInt16LittleEndian(h[14..], DosDate);
            BinaryPrimitives.WriteUInt32LittleEndian(h[16..], e.Crc);
            BinaryPrimitives.WriteUInt32LittleEndian(h[20..], (uint)e.Data.Length);
            BinaryPrimitives.WriteUInt32LittleEndian(h[24..], (uint)e.Length);
            BinaryPrimitives.WriteUInt16LittleEndian(h[28..], (ushort)e.NameBytes.Length);
            BinaryPrimitives.WriteUInt16LittleEndian(h[30..], 0);
            BinaryPrimitives.WriteUInt16LittleEndian(h[32..], 0);
            BinaryPrimitives.WriteUInt16LittleEndian(h[34..], 0);
            BinaryPrimitives.WriteUInt16LittleEndian(h[36..], 0);
            BinaryPrimitives.WriteUInt32LittleEndian(h[38..], 0);
            BinaryPrimitives.WriteUInt32LittleEndian(h[42..], checked((uint)offset));
            Write(h);
            Write(e.NameBytes);
        }
        long size = _position - start;
        if (_written.Count > ushort.MaxValue || _position > uint.MaxValue)
            throw new IOException("the package has too many parts or exceeds 4 GiB, which plain zip cannot hold");
        Span<byte> end = stackalloc byte[22];
        BinaryPrimitives.WriteUInt32LittleEndian(end, 0x06054b50);
        BinaryPrimitives.WriteUInt16LittleEndian(end[4..], 0);
        BinaryPrimitives.WriteUInt16LittleEndian(end[6..], 0);
        BinaryPrimitives.WriteUInt16LittleEndian(end[8..], (ushort)_written.Count);
        BinaryPrimitives.WriteUInt16LittleEndian(end[10..], (ushort)_written.Count);
        BinaryPrimitives.WriteUInt32LittleEndian(end[12..], (uint)size);
        BinaryPrimitives.WriteUInt32LittleEndian(end[16..], (uint)start);
        BinaryPrimitives.WriteUInt16LittleEndian(end[20..], 0);
        Write(end);
        _out.Flush();
        _finished = true;
    }

    /// <summary>Finishes the archive if not yet done.</summary>
    public void Dispose() => Finish();

    void Write(ReadOnlySpan<byte> bytes)
    {
        _out.Write(bytes);
        _position += bytes.Length;
    }
}

/// <summary>An entry already in the archive and where its local header starts.</summary>
internal sealed record WrittenEntry(PreparedEntry Entry, long Offset);
