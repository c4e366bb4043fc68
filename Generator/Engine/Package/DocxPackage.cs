namespace OfficeTools.Engine.Package;

/// <summary>One entry of the template package, kept as bytes (and as stored in the zip, when it can be copied as is).</summary>
internal sealed record PackageEntry(string Name, byte[] Bytes, RawEntry? Raw = null);

/// <summary>A part whose XML holds template code, with the name people know it by (body, header1…).</summary>
internal sealed record TemplatedPart(string EntryName, string Label);

/// <summary>A loaded and checked template package.</summary>
internal sealed class DocxPackage
{
    /// <summary>Every entry, in the original order.</summary>
    public required IReadOnlyList<PackageEntry> Entries { get; init; }

    /// <summary>The main document part's entry name (e.g. word/document.xml).</summary>
    public required string MainPart { get; init; }

    /// <summary>Parts that may hold tags: main, headers, footers, footnotes, endnotes.</summary>
    public required IReadOnlyList<TemplatedPart> Templated { get; init; }

    /// <summary>The numbering part's entry name, when the document has one.</summary>
    public string? NumberingPart { get; init; }

    /// <summary>The styles part's entry name, when the document has one.</summary>
    public string? StylesPart { get; init; }

    /// <summary>Finds an entry by name.</summary>
    public PackageEntry? Find(string name) => Entries.FirstOrDefault(e => e.Name == name);
}
