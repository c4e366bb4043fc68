using System.Text;
using System.Xml.Linq;
using OfficeTools.Packages;

namespace OfficeTools.Engine.Package;

/// <summary>Loads a .docx/.dotx into memory and refuses what must not be rendered (not a zip, .doc, macros, corrupt).</summary>
internal static class PackageReader
{
    const string MainType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
    const string TemplateType = "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml";
    const string RelNs = Ooxml.PackageRelationships;
    const string OfficeDocRel = Ooxml.RelationshipType + "officeDocument";
    const string StrictOfficeDocRel = "http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument";
    const string RelBase = Ooxml.RelationshipType;
    static readonly XNamespace Ct = Ooxml.ContentTypes;

    /// <summary>Reads and checks the package; on failure returns null and adds the reason to <paramref name="errors"/>.</summary>
    public static DocxPackage? Read(Stream stream, string fileName, List<Diagnostic> errors, PackageLimits? limits = null)
    {
        void Fail(string id, string message) =>
            errors.Add(new Diagnostic(id, DiagnosticSeverity.Error, fileName, "package", "file", "", message));
        byte[] data;
        try
        {
            using var ms = new MemoryStream();
            stream.CopyTo(ms);
            data = ms.ToArray();
        }
        catch (IOException ex)
        {
            Fail(DiagnosticIds.Corrupt, "the file could not be read: " + ex.Message);
            return null;
        }
        if (data.Length >= 4 && data[0] == 0xD0 && data[1] == 0xCF && data[2] == 0x11 && data[3] == 0xE0)
        {
            Fail(DiagnosticIds.LegacyDoc, "this is a legacy binary Word document (.doc); open it in Word and save it as .docx");
            return null;
        }
        if (data.Length < 4 || data[0] != (byte)'P' || data[1] != (byte)'K')
        {
            Fail(DiagnosticIds.NotZip, "this file is not a Word document (.docx): it is not a zip package");
            return null;
        }
        var ext = Path.GetExtension(fileName).ToLowerInvariant();
        if (ext is ".docm" or ".dotm")
        {
            Fail(DiagnosticIds.Macro, $"macro-enabled templates ({ext}) are refused; save the template as .docx or .dotx without macros");
            return null;
        }
        // Archive-level checks (caps while inflating, part names, DTDs, macros) are the shared inspector's.
        var contents = PackageInspector.Open(data, limits);
        if (contents.Problem is { Id: PackageProblemIds.Macro })
        {
            Fail(DiagnosticIds.Macro, "the document contains macros (vbaProject); macro-enabled templates are refused");
            return null;
        }
        if (contents.Problem is { } problem)
        {
            errors.Add(new Diagnostic(DiagnosticFor(problem.Id), DiagnosticSeverity.Error, fileName, "package", problem.Part.Length > 0 ? problem.Part : "file", "", problem.Message));
            return null;
        }
        var raw = RawZip.Read(data);
        var entries = new List<PackageEntry>(contents.Entries.Count);
        foreach (var e in contents.Entries)
        {
            var r = raw.GetValueOrDefault(e.Name);
            if (r != null && (r.Length != e.Bytes.Length || r.Crc != Crc32.Compute(e.Bytes))) r = null;
            entries.Add(new PackageEntry(e.Name, e.Bytes, r));
        }
        // Word reads a byte order mark before the package's content types and relationships, and never writes one:
        // outputs get those parts as Word writes them.
        for (var i = 0; i < entries.Count; i++)
        {
            var b = entries[i].Bytes;
            if ((entries[i].Name == "[Content_Types].xml" || entries[i].Name.EndsWith(".rels", StringComparison.Ordinal)) && b.Length >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF)
                entries[i] = new PackageEntry(entries[i].Name, b[3..]);
        }
        return Inspect(entries, fileName, errors, Fail);
    }

    static string DiagnosticFor(string id) => id switch
    {
        PackageProblemIds.NotZip => DiagnosticIds.NotZip,
        PackageProblemIds.Macro => DiagnosticIds.Macro,
        PackageProblemIds.Dtd => DiagnosticIds.Dtd,
        PackageProblemIds.UnsafeName or PackageProblemIds.DuplicateName => DiagnosticIds.UnsafePartName,
        _ when PackageProblemIds.IsLimit(id) => DiagnosticIds.PackageLimit,
        _ => DiagnosticIds.Corrupt,
    };

    static DocxPackage? Inspect(List<PackageEntry> entries, string fileName, List<Diagnostic> errors, Action<string, string> fail)
    {
        if (entries.Any(e => e.Name.Contains("vbaProject", StringComparison.OrdinalIgnoreCase) ||
                             e.Name.Contains("vbaData", StringComparison.OrdinalIgnoreCase)))
        {
            fail(DiagnosticIds.Macro, "the document contains macros (vbaProject); macro-enabled templates are refused");
            return null;
        }
        var types = entries.FirstOrDefault(e => e.Name == "[Content_Types].xml");
        var rootRels = entries.FirstOrDefault(e => e.Name == "_rels/.rels");
        if (types == null || rootRels == null)
        {
            fail(DiagnosticIds.NotWord, "the zip is not a Word document: [Content_Types].xml or _rels/.rels is missing");
            return null;
        }
        XDocument typesXml, relsXml;
        try
        {
            typesXml = XDocument.Parse(Text(types.Bytes));
            relsXml = XDocument.Parse(Text(rootRels.Bytes));
        }
        catch (System.Xml.XmlException ex)
        {
            fail(DiagnosticIds.Corrupt, "the package's content types or relationships are not well-formed: " + ex.Message);
            return null;
        }
        if (typesXml.Descendants().Any(t => ((string?)t.Attribute("ContentType") ?? "").Contains("macroEnabled", StringComparison.OrdinalIgnoreCase)))
        {
            fail(DiagnosticIds.Macro, "the document is macro-enabled (.docm/.dotm); macro-enabled templates are refused");
            return null;
        }
        var target = relsXml.Root?.Elements(XName.Get("Relationship", RelNs))
            .FirstOrDefault(r => (string?)r.Attribute("Type") == OfficeDocRel)?.Attribute("Target")?.Value;
        var main = target == null ? null : Resolve("", target);
        if (target == null && relsXml.Root?.Elements(XName.Get("Relationship", RelNs)).Any(r => (string?)r.Attribute("Type") == StrictOfficeDocRel) == true)
        {
            fail(DiagnosticIds.NotWord, "the document is saved as \"Strict Open XML Document\", which is not supported: in Word, use File > Save As > Word Document (*.docx)");
            return null;
        }
        if (main == null || entries.All(e => e.Name != main))
        {
            fail(DiagnosticIds.NotWord, "the zip is not a Word document: it has no main document part");
            return null;
        }
        var overrideEl = typesXml.Root?.Elements(Ct + "Override")
            .FirstOrDefault(o => string.Equals(((string?)o.Attribute("PartName"))?.TrimStart('/'), main, StringComparison.OrdinalIgnoreCase));
        var mainType = (string?)overrideEl?.Attribute("ContentType");
        // Word also opens a package whose main part is typed only by its extension's Default entry; the output
        // names it by an Override, as Word itself writes it.
        var byDefault = overrideEl == null ? DefaultType(typesXml, main) : null;
        if (mainType is TemplateType || byDefault is MainType or TemplateType)
        {
            if (overrideEl == null) typesXml.Root!.Add(overrideEl = new XElement(Ct + "Override", new XAttribute("PartName", "/" + main)));
            overrideEl.SetAttributeValue("ContentType", MainType);
            var idx = entries.IndexOf(types);
            entries[idx] = new PackageEntry(types.Name, Encoding.UTF8.GetBytes(typesXml.Declaration + typesXml.ToString(SaveOptions.DisableFormatting)));
        }
        else if (mainType != MainType)
        {
            fail(DiagnosticIds.NotWord, $"the zip is not a Word document: its main part has content type '{mainType ?? byDefault ?? "none"}'");
            return null;
        }
        return Parts(entries, main, fileName, errors);
    }

    static DocxPackage Parts(List<PackageEntry> entries, string main, string fileName, List<Diagnostic> errors)
    {
        var dir = main.Contains('/') ? main[..(main.LastIndexOf('/') + 1)] : "";
        var relsName = dir + "_rels/" + main[dir.Length..] + ".rels";
        var templated = new List<TemplatedPart> { new(main, "body") };
        string? numbering = null, styles = null;
        var rels = entries.FirstOrDefault(e => e.Name == relsName);
        if (rels != null)
        {
            try
            {
                var x = XDocument.Parse(Text(rels.Bytes));
                int h = 0, f = 0;
                foreach (var r in x.Root!.Elements(XName.Get("Relationship", RelNs)))
                {
                    if ((string?)r.Attribute("TargetMode") == "External") continue;
                    var type = ((string?)r.Attribute("Type") ?? "").Replace(RelBase, "", StringComparison.Ordinal);
                    var path = Resolve(dir, (string?)r.Attribute("Target") ?? "");
                    if (path == null || entries.All(e => e.Name != path)) continue;
                    switch (type)
                    {
                        case "header": templated.Add(new(path, "header" + ++h)); break;
                        case "footer": templated.Add(new(path, "footer" + ++f)); break;
                        case "footnotes": templated.Add(new(path, "footnotes")); break;
                        case "endnotes": templated.Add(new(path, "endnotes")); break;
                        case "numbering": numbering = path; break;
                        case "styles": styles = path; break;
                    }
                }
            }
            catch (System.Xml.XmlException ex)
            {
                errors.Add(new Diagnostic(DiagnosticIds.Corrupt, DiagnosticSeverity.Error, fileName, "package", relsName, "",
                    "the main part's relationships are not well-formed: " + ex.Message));
            }
        }
        return new DocxPackage { Entries = entries, MainPart = main, Templated = templated, NumberingPart = numbering, StylesPart = styles };
    }

    /// <summary>The part's text; a UTF-8 byte order mark (which Word accepts) is not part of it.</summary>
    static string Text(byte[] bytes) => Encoding.UTF8.GetString(bytes).TrimStart('\uFEFF');

    /// <summary>The content type a Default entry gives the part by its extension, if any.</summary>
    static string? DefaultType(XDocument types, string part)
    {
        var ext = Path.GetExtension(part).TrimStart('.');
        return (string?)types.Root?.Elements(Ct + "Default")
            .FirstOrDefault(d => string.Equals((string?)d.Attribute("Extension"), ext, StringComparison.OrdinalIgnoreCase))?.Attribute("ContentType");
    }

    /// <summary>Resolves a relationship target against the source part's folder, to a zip entry name.</summary>
    static string? Resolve(string dir, string target)
    {
        var parts = new List<string>();
        var full = target.StartsWith('/') ? target[1..] : dir + target;
        foreach (var seg in full.Split('/'))
        {
            if (seg == "..") { if (parts.Count == 0) return null; parts.RemoveAt(parts.Count - 1); }
            else if (seg != "." && seg.Length > 0) parts.Add(Uri.UnescapeDataString(seg));
        }
        return string.Join('/', parts);
    }
}
