using System.Text;
using OfficeTools.Engine.Compile;
using OfficeTools.Engine.Package;

namespace OfficeTools.Engine.Writing;

/// <summary>
/// Writes output packages: unchanged entries are deflated once (at compile time) and copied byte for byte; templated
/// parts are rendered into a buffer and deflated at the fastest level.
/// </summary>
internal sealed class PackageWriter
{
    static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
    readonly List<(string Name, PreparedEntry? Prepared)> _entries = [];
    readonly IReadOnlyDictionary<string, CompiledPart> _parts;

    /// <summary>Prepares the unchanged entries of <paramref name="pkg"/>; templated parts render last-named last.</summary>
    public PackageWriter(DocxPackage pkg, IReadOnlyDictionary<string, CompiledPart> parts, string? renderLast)
    {
        _parts = parts;
        foreach (var e in pkg.Entries.Where(e => e.Name != renderLast).Concat(pkg.Entries.Where(e => e.Name == renderLast)))
            _entries.Add((e.Name, parts.ContainsKey(e.Name) ? null : PreparedEntry.Create(e.Name, e.Bytes)));
    }

    /// <summary>Writes one package; <paramref name="render"/> writes a templated part's XML and returns false on failure.</summary>
    public byte[]? Write(Func<CompiledPart, TextWriter, bool> render)
    {
        using var output = new MemoryStream();
        using var buffer = new MemoryStream();
        using (var zip = new PrecompressedZipWriter(output))
        {
            var ok = true;
            foreach (var (name, prepared) in _entries)
            {
                if (prepared != null)
                {
                    zip.Add(prepared);
                    continue;
                }
                buffer.SetLength(0);
                using (var w = new StreamWriter(buffer, Utf8, 1 << 16, leaveOpen: true)) ok &= render(_parts[name], w);
                if (ok) zip.Add(name, buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
            }
            if (!ok) return null;
        }
        return output.ToArray();
    }
}
