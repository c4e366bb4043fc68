using System.IO.Compression;
using System.Xml;
using System.Xml.Linq;

namespace OfficeTools.Packages;

/// <summary>
/// The one place an Office zip package is opened: entry count, part names, every entry inflated through a capped
/// reader (real bytes out, never the declared sizes), DTDs in any XML part, macros. Every door (templates, .xlsx
/// data, collected forms, add-in uploads) calls it before its own reader sees a byte.
/// </summary>
public static partial class PackageInspector
{
    const int Mb = 1024 * 1024;
    static readonly XNamespace ContentTypesNs = "http://schemas.openxmlformats.org/package/2006/content-types";

    /// <summary>Checks the package and returns its inflated entries, or the first problem found.</summary>
    public static PackageContents Open(byte[] data, PackageLimits? limits = null) => Run(data, limits ?? PackageLimits.Default, keep: true);

    /// <summary>Checks the package without keeping its contents; null when it is acceptable.</summary>
    public static Diagnostic? Inspect(byte[] data, PackageLimits? limits = null) => Run(data, limits ?? PackageLimits.Default, keep: false).Problem;

    static PackageContents Run(byte[] data, PackageLimits limits, bool keep)
    {
        ArgumentNullException.ThrowIfNull(data);
        if (data.Length < 4 || data[0] != 'P' || data[1] != 'K')
            return Refused(PackageProblemIds.NotZip, null, "the file is not a zip package");
        try
        {
            using var zip = new ZipArchive(new MemoryStream(data, writable: false), ZipArchiveMode.Read);
            return Check(zip, data.Length, limits, keep);
        }
        catch (Exception e) when (e is InvalidDataException or IOException or NotSupportedException or ArgumentException
            or IndexOutOfRangeException or OverflowException or System.Text.DecoderFallbackException)
        {
            return Refused(PackageProblemIds.Corrupt, null, "the package is corrupt or truncated: " + e.Message);
        }
    }

    static PackageContents Check(ZipArchive zip, long compressed, PackageLimits limits, bool keep)
    {
        if (zip.Entries.Count > limits.MaxEntries)
            return Refused(PackageProblemIds.TooManyParts, null,
                $"the package has {zip.Entries.Count} parts, more than the limit of {limits.MaxEntries}; raise it with {limits.EntriesSetting}");
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in zip.Entries)
        {
            if (UnsafeName(entry.FullName))
                return Refused(PackageProblemIds.UnsafeName, Printable(entry.FullName),
                    $"the part name '{Printable(entry.FullName)}' is unsafe (a '..' or '.' segment, an absolute path, a backslash, a drive letter or a control character); the package is refused");
            if (!seen.Add(entry.FullName.TrimEnd('/')))
                return Refused(PackageProblemIds.DuplicateName, entry.FullName,
                    $"the part '{entry.FullName}' occurs twice in the zip; readers would disagree on which one counts, so the package is refused");
            if (limits.RefuseMacros && (entry.FullName.Contains("vbaProject", StringComparison.OrdinalIgnoreCase)
                || entry.FullName.Contains("vbaData", StringComparison.OrdinalIgnoreCase)))
                return Refused(PackageProblemIds.Macro, entry.FullName, "the package contains macros (a VBA project); macro-enabled files are refused");
        }
        var entries = new List<PackageEntry>(keep ? zip.Entries.Count : 0);
        long total = 0;
        var buffer = new byte[64 * 1024];
        foreach (var entry in zip.Entries)
        {
            if (entry.FullName.EndsWith('/')) continue;
            var bytes = Inflate(entry, limits, buffer, ref total, out var problem);
            if (problem is null && limits.MaxExpansionRatio > 0 && total > Math.Max(compressed, 1) * limits.MaxExpansionRatio)
                problem = PackageProblem.At(PackageProblemIds.Ratio, entry.FullName,
                    $"the package inflates more than {limits.MaxExpansionRatio:0} times its size of {Math.Max(compressed / 1024, 1)} KB (a zip bomb?)"
                    + (limits.RatioSetting.Length > 0 ? $"; raise the limit with {limits.RatioSetting}" : ""));
            if (problem is null && XmlProlog.HasDtd(bytes!))
                problem = PackageProblem.At(PackageProblemIds.Dtd, entry.FullName,
                    "the XML part declares a DTD (<!DOCTYPE> or <!ENTITY>), which Office never writes; the package is refused");
            if (problem is not null) return new([], problem);
            if (keep) entries.Add(new PackageEntry(entry.FullName, bytes!));
            if (limits.RefuseMacros && entry.FullName == "[Content_Types].xml"
                && MacroContentType(bytes!, zip.Entries.Select(e => e.FullName)) is { } refusal) return new([], refusal);
        }
        return new(entries, null);
    }

    // Counts what actually comes out and stops at the first byte past a cap, so a bomb costs at most the cap.
    // An honest declared size (the usual case) is read straight into an array of that size, without copies.
    static byte[]? Inflate(ZipArchiveEntry entry, PackageLimits limits, byte[] buffer, ref long total, out Diagnostic? problem)
    {
        problem = null;
        var declared = entry.Length;
        if (declared > limits.MaxPartBytes) { problem = PartTooLarge(entry.FullName, limits); return null; }
        if (total + declared > limits.MaxTotalBytes) { problem = TotalTooLarge(entry.FullName, limits); return null; }
        using var input = entry.Open();
        // deflate cannot expand more than ~1,032 times, so a lying size cannot make us allocate much for nothing
        var exact = new byte[Math.Min(Math.Max(declared, 0), Math.Min(16 * Mb, entry.CompressedLength * 1040 + 1024))];
        var filled = input.ReadAtLeast(exact, exact.Length, throwOnEndOfStream: false);
        total += filled;
        if (filled < exact.Length) return exact[..filled];
        var read = input.Read(buffer, 0, buffer.Length);
        if (read == 0) return exact;
        // More than declared (or a large part): go on counting into a growing buffer.
        using var output = new MemoryStream(exact.Length + buffer.Length);
        output.Write(exact);
        long size = filled;
        do
        {
            size += read;
            total += read;
            if (size > limits.MaxPartBytes) { problem = PartTooLarge(entry.FullName, limits); return null; }
            if (total > limits.MaxTotalBytes) { problem = TotalTooLarge(entry.FullName, limits); return null; }
            output.Write(buffer, 0, read);
        }
        while ((read = input.Read(buffer, 0, buffer.Length)) > 0);
        return output.ToArray();
    }

    static Diagnostic PartTooLarge(string part, PackageLimits limits) => PackageProblem.At(PackageProblemIds.PartTooLarge, part,
        $"the part expands beyond {Megabytes(limits.MaxPartBytes)} MB (a zip bomb?); raise the limit with {limits.PartSetting}");

    static Diagnostic TotalTooLarge(string part, PackageLimits limits) => PackageProblem.At(PackageProblemIds.TotalTooLarge, part,
        $"the package expands beyond {Megabytes(limits.MaxTotalBytes)} MB in total, crossed at this part (a zip bomb?); raise the limit with {limits.TotalSetting}");

    static string Megabytes(long bytes) => bytes % Mb == 0 ? (bytes / Mb).ToString(System.Globalization.CultureInfo.InvariantCulture)
        : (bytes / (double)Mb).ToString("0.##", System.Globalization.CultureInfo.InvariantCulture);

    // A macro-enabled main type anywhere, a VBA part named by an override, or a default extension mapped to VBA
    // that some part without an override actually has (Word writes bin→vbaProject defaults into plain .docx too).
    static Diagnostic? MacroContentType(byte[] bytes, IEnumerable<string> names)
    {
        try
        {
            using var reader = XmlReader.Create(new MemoryStream(bytes), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
            var root = XDocument.Load(reader).Root;
            if (root is null) return null;
            static bool Vba(XElement e) => ((string?)e.Attribute("ContentType"))?.Contains("vbaProject", StringComparison.OrdinalIgnoreCase) == true;
            var overrides = root.Elements(ContentTypesNs + "Override")
                .Select(o => (((string?)o.Attribute("PartName")) ?? "").TrimStart('/')).ToHashSet(StringComparer.OrdinalIgnoreCase);
            var vbaExtensions = root.Elements(ContentTypesNs + "Default").Where(Vba)
                .Select(d => "." + (string?)d.Attribute("Extension")).ToList();
            var macro = root.Elements().FirstOrDefault(e => ((string?)e.Attribute("ContentType"))?.Contains("macroEnabled", StringComparison.OrdinalIgnoreCase) == true)
                ?? root.Elements(ContentTypesNs + "Override").FirstOrDefault(Vba);
            if (macro is null && names.FirstOrDefault(n => !overrides.Contains(n) && vbaExtensions.Any(x => n.EndsWith(x, StringComparison.OrdinalIgnoreCase))) is { } vbaPart)
                return PackageProblem.At(PackageProblemIds.Macro, vbaPart, "the part is a VBA project by its content type; macro-enabled files are refused");
            return macro is null ? null : PackageProblem.At(PackageProblemIds.Macro, "[Content_Types].xml",
                $"the package is macro-enabled (content type '{(string?)macro.Attribute("ContentType")}'); macro-enabled files are refused");
        }
        catch (XmlException e)
        {
            return PackageProblem.At(PackageProblemIds.Corrupt, "[Content_Types].xml", "the package's content types are not well-formed XML: " + e.Message);
        }
    }

    /// <summary>True for a part name nobody may unpack or copy: traversal, absolute or drive paths, backslashes, control characters.</summary>
    public static bool UnsafeName(string name)
    {
        if (name.Length == 0 || name[0] == '/' || name.Contains('\\') || name.Contains(':')) return true;
        foreach (var c in name)
            if (char.IsControl(c)) return true;
        var segments = name.Split('/');
        for (var i = 0; i < segments.Length; i++)
            if (segments[i] is ".." or "." || (segments[i].Length == 0 && i < segments.Length - 1)) return true;
        return false;
    }

    static string Printable(string name) => string.Concat(name.Select(c => char.IsControl(c) ? $"\\u{(int)c:X4}" : c.ToString()));

    static PackageContents Refused(string id, string? part, string message) => new([], PackageProblem.At(id, part, message));
}
