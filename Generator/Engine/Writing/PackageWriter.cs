using System.IO.Compression;
using System.Text;
using OfficeTools.Engine.Compile;
using OfficeTools.Engine.Package;
using OfficeTools.Engine.Rendering.Pictures;

namespace OfficeTools.Engine.Writing;

/// <summary>
/// Writes output packages: unchanged entries are deflated once (at compile time) and copied byte for byte; templated
/// parts are rendered into a buffer and deflated at the fastest level.
/// </summary>
internal sealed class PackageWriter
{
    static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
    readonly List<PackageEntrySlot> _entries = [];
    readonly IReadOnlyDictionary<string, CompiledPart> _parts;
    readonly IdBases? _idBases;
    readonly List<HeldEntry> _held = [];
    readonly string? _styles;
    readonly string _main;

    /// <summary>Prepares the unchanged entries of <paramref name="pkg"/>; templated parts render last-named last.</summary>
    public PackageWriter(DocxPackage pkg, IReadOnlyDictionary<string, CompiledPart> parts, string? renderLast)
    {
        _parts = parts;
        // Ids repeated by loops are renumbered above every id the package already holds.
        if (parts.Values.Any(p => p.Ids != null)) _idBases = IdBases.Of(pkg.Entries.Select(e => (e.Name, e.Bytes)));
        _styles = pkg.StylesPart;
        _main = pkg.MainPart;
        foreach (var e in pkg.Entries.Where(e => e.Name != renderLast).Concat(pkg.Entries.Where(e => e.Name == renderLast)))
            if (!parts.ContainsKey(e.Name) && MediaWriter.Changes(e.Name, _styles))
                _held.Add(new HeldEntry(e.Name, e.Bytes, e.Raw is { } r ? PreparedEntry.FromStored(e.Name, r.Data, r.Crc, r.Length, r.Method) : PreparedEntry.Create(e.Name, e.Bytes)));
            else _entries.Add(new PackageEntrySlot(e.Name, parts.ContainsKey(e.Name) ? null
                : e.Raw is { } r ? PreparedEntry.FromStored(e.Name, r.Data, r.Crc, r.Length, r.Method)
                : PreparedEntry.Create(e.Name, e.Bytes)));
    }

    /// <summary>
    /// Writes one package into this thread's buffer and hands it to <paramref name="package"/> (valid only during the
    /// call); <paramref name="render"/> writes a templated part's XML and returns false on failure, and then nothing
    /// is handed over.
    /// </summary>
    public bool Write(Func<CompiledPart, TextWriter, bool> render, Action<ReadOnlyMemory<byte>> package, RenderedMedia? media = null)
    {
        var buffers = _buffers ??= new Buffers();
        buffers.Output.SetLength(0);
        using (var zip = new PrecompressedZipWriter(buffers.Output))
        {
            var ok = true;
            RenderedIds? ids = null;
            foreach (var (name, prepared) in _entries)
            {
                if (prepared != null)
                {
                    zip.Add(prepared);
                    continue;
                }
                var part = _parts[name];
                buffers.Part.SetLength(0);
                try
                {
                    ok &= render(part, buffers.Writer);
                }
                finally
                {
                    buffers.Writer.Flush();
                }
                if (!ok) continue;
                var content = buffers.Part.GetBuffer().AsMemory(0, (int)buffers.Part.Length);
                if (part.Ids is { } renumberer)
                {
                    buffers.Renumbered.SetLength(0);
                    renumberer.Write(content.Span, buffers.Renumbered, ids ??= new RenderedIds(_idBases!));
                    content = buffers.Renumbered.GetBuffer().AsMemory(0, (int)buffers.Renumbered.Length);
                }
                // Small parts are stored: starting a deflater costs more than the bytes it would save.
                zip.Add(content.Length < StoreBelow ? PreparedEntry.Stored(name, content) : PreparedEntry.Create(name, content.Span, CompressionLevel.Fastest));
            }
            if (!ok) return false;
            // Relationships, content types and styles come last: the render's pictures and links may change them.
            MediaWriter.Write(zip, _held, media, _styles, _main);
        }
        package(buffers.Output.GetBuffer().AsMemory(0, (int)buffers.Output.Length));
        buffers.Trim();
        return true;
    }

    const int StoreBelow = 64 * 1024;

    [ThreadStatic] static Buffers? _buffers;

    /// <summary>Per-thread buffers reused by every render on that thread (nothing is shared between threads).</summary>
    sealed class Buffers
    {
        public readonly MemoryStream Part = new();
        public readonly MemoryStream Output = new();
        public readonly MemoryStream Renumbered = new();
        public readonly StreamWriter Writer;

        public Buffers() => Writer = new StreamWriter(Part, Utf8, 1 << 14, leaveOpen: true);

        /// <summary>Drops buffers a huge render grew, so memory does not stay high.</summary>
        public void Trim()
        {
            if (Part.Capacity > 16 << 20) { Part.SetLength(0); Part.Capacity = 0; }
            if (Output.Capacity > 16 << 20) { Output.SetLength(0); Output.Capacity = 0; }
            if (Renumbered.Capacity > 16 << 20) { Renumbered.SetLength(0); Renumbered.Capacity = 0; }
        }
    }
}

/// <summary>One entry of the output in order: prepared once, or null for a part rendered each time.</summary>
internal sealed record PackageEntrySlot(string Name, PreparedEntry? Prepared);
