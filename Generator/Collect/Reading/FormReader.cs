using System.Xml;
using System.Xml.Linq;
using OfficeTools.Packages;
using static OfficeTools.Collect.Reading.WordNames;

namespace OfficeTools.Collect.Reading;

/// <summary>
/// Reads every tagged content control of a filled form straight from the package's XML (no Open XML SDK, so
/// thousands of forms a second). Never throws for bad input: a damaged or foreign file becomes a problem.
/// </summary>
public static partial class FormReader
{
    /// <summary>The tag holding the unit's id, which tells forms apart.</summary>
    public const string UnitTag = "unit.id";

    /// <summary>Reads a form from disk.</summary>
    public static FormReadResult Read(string path)
    {
        try
        {
            return Read(File.ReadAllBytes(path), path);
        }
        catch (IOException e)
        {
            return Failed(path, FormProblem.Corrupt, "cannot read the file: " + e.Message);
        }
        catch (UnauthorizedAccessException e)
        {
            return Failed(path, FormProblem.Corrupt, "cannot read the file: " + e.Message);
        }
    }

    /// <summary>
    /// Reads a form from its bytes; <paramref name="file"/> names it in problems. When the form's tags were
    /// stripped (a LibreOffice re-save), <paramref name="layouts"/> (the blank forms sent out) recover them by place.
    /// </summary>
    public static FormReadResult Read(byte[] content, string file, FormLayouts? layouts = null, PackageLimits? limits = null)
    {
        // The same package inspection as every other door (bombs, part names, DTDs, macros) before any XML is read.
        var package = PackageInspector.Open(content, limits);
        if (package.Problem is { } refused) return new(file, null, [], [Refusal(refused)]);
        var result = ReadControls(package, file, layouts);
        // The identity is a document property, outside the body: it survives a re-save that strips the tags.
        return result.Problems.Any(p => p.Id is FormProblem.NotDocx)
            ? result : result with { Identity = ReadIdentity(package) };
    }

    static string? ReadIdentity(PackageContents package)
    {
        try { return Documents.Identity.FormStamp.Read(name => package.Find(name)?.Bytes); }
        catch (System.Xml.XmlException) { return null; }
    }

    static FormReadResult ReadControls(PackageContents package, string file, FormLayouts? layouts)
    {
        // The streaming pass materialises only the controls; the whole tree is built only to recover lost tags.
        var result = ReadStreaming(package, file);
        if (result.IsForm || layouts is null || layouts.Count == 0 || result.Problems.Any(p => p.Id is FormProblem.NotDocx or FormProblem.Corrupt))
            return result;
        var document = LoadMain(package, out _);
        return document is null ? result : LayoutRecovery.Recover(document, file, layouts) ?? result;
    }

    /// <summary>A refused package as a form problem: zip damage is "not a .docx", the rest names the part.</summary>
    static Diagnostic Refusal(Diagnostic p) => p.Id switch
    {
        PackageProblemIds.NotZip or PackageProblemIds.Corrupt when p.Part.Length == 0 =>
            FormProblem.At(FormProblem.NotDocx, null, "not a .docx file (not a readable zip package): " + p.Message),
        PackageProblemIds.Corrupt => FormProblem.At(FormProblem.Corrupt, null, $"{p.Part}: {p.Message}"),
        _ => FormProblem.At(FormProblem.Refused, null, p.Part.Length == 0 ? p.Message : $"{p.Part}: {p.Message}"),
    };

    /// <summary>The main document part's XML, or null with the problem.</summary>
    internal static XDocument? LoadMain(byte[] content, out Diagnostic? failure)
    {
        var package = PackageInspector.Open(content);
        if (package.Problem is { } refused)
        {
            failure = Refusal(refused);
            return null;
        }
        return LoadMain(package, out failure);
    }

    static XDocument? LoadMain(PackageContents zip, out Diagnostic? failure)
    {
        failure = null;
        try
        {
            var entry = MainPart(zip);
            if (entry is null)
            {
                failure = FormProblem.At(FormProblem.NotDocx, null, "a zip package without a Word document inside: not a .docx form");
                return null;
            }
            using var reader = XmlReader.Create(new MemoryStream(entry.Bytes, writable: false), ReaderSettings);
            return XDocument.Load(reader);
        }
        catch (XmlException e)
        {
            failure = FormProblem.At(FormProblem.Corrupt, null, $"the document XML is damaged (line {e.LineNumber}, column {e.LinePosition}): {e.Message}");
        }
        return null;
    }

    static FormReadResult Failed(string file, string code, string message) =>
        new(file, null, [], [FormProblem.At(code, null, message)]);

    static PackageEntry? MainPart(PackageContents zip)
    {
        var rels = zip.Find("_rels/.rels");
        if (rels is not null)
        {
            using var reader = XmlReader.Create(new MemoryStream(rels.Bytes, writable: false), ReaderSettings);
            var x = XDocument.Load(reader);
            XNamespace pr = "http://schemas.openxmlformats.org/package/2006/relationships";
            var target = x.Root?.Elements(pr + "Relationship")
                .FirstOrDefault(r => ((string?)r.Attribute("Type"))?.EndsWith("/officeDocument", StringComparison.Ordinal) == true)
                ?.Attribute("Target")?.Value;
            if (target is not null && zip.Find(target.TrimStart('/')) is { } main) return main;
        }
        return zip.Find("word/document.xml");
    }

    static FormReadResult Finish(string file, List<FormControl> controls, List<Diagnostic> problems, bool untaggedControls)
    {
        var unitId = controls.Where(c => c.Tag == UnitTag).Select(c => (c.Value as string)?.Trim()).FirstOrDefault(id => !string.IsNullOrEmpty(id));
        if (unitId is null)
            problems.Insert(0, FormProblem.At(FormProblem.NotOurForm, UnitTag, controls.Count == 0 && untaggedControls
                ? "the form's content controls have lost their tags (re-saved by LibreOffice?): give collect the blank forms that were sent out (--forms DIR) to read it by place"
                : "no unit.id content control with a value: this is not one of the office's forms"));
        foreach (var dup in controls.GroupBy(c => c.Tag).Where(g => g.Count() > 1))
            problems.Add(FormProblem.At(FormProblem.ControlDuplicated, dup.Key,
                $"the control «{dup.Key}» occurs {dup.Count()} times ({string.Join("; ", dup.Select(c => c.Location))})"));
        return new FormReadResult(file, unitId, controls, problems);
    }
}
