using OfficeTools.Engine.Compile;
using OfficeTools.Engine.Package;

namespace OfficeTools.Engine;

/// <summary>
/// A compiled .docx template: compile once with <see cref="Compile(Stream, string, TemplateOptions?)"/>, check
/// <see cref="Diagnostics"/>, then <see cref="Render"/> many times (thread-safe).
/// </summary>
public sealed partial class DocxTemplate
{
    readonly Dictionary<string, CompiledPart> _parts = [];
    readonly string? _renderLast;
    readonly NumberingPlan? _numbering;
    readonly Writing.PackageWriter? _writer;

    DocxTemplate(string fileName, TemplateOptions options, DocxPackage? package, Dictionary<string, CompiledPart> parts,
        NumberingPlan? numbering, List<Diagnostic> diagnostics, List<TemplateField> fields)
    {
        FileName = fileName;
        Options = options;
        _parts = parts;
        _numbering = numbering;
        _renderLast = numbering != null && package?.NumberingPart is { } n && parts.ContainsKey(n) ? n : null;
        Diagnostics = diagnostics;
        Fields = fields;
        if (package != null && !HasErrors) _writer = new Writing.PackageWriter(package, parts, _renderLast);
    }

    /// <summary>Compiles a .docx/.dotx template. Never throws for bad templates: problems are in <see cref="Diagnostics"/>.</summary>
    public static DocxTemplate Compile(Stream docx, string fileName, TemplateOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(docx);
        options ??= TemplateOptions.Default;
        var diagnostics = new List<Diagnostic>();
        var fields = new List<TemplateField>();
        var parts = new Dictionary<string, CompiledPart>();
        var name = Path.GetFileName(fileName);
        try
        {
            return CompileChecked(docx, name, options, diagnostics, fields, parts);
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException or ArgumentException or InvalidOperationException
            or IndexOutOfRangeException or FormatException or OverflowException or System.Xml.XmlException)
        {
            // A damaged package that got past the checks: report it rather than let it escape.
            diagnostics.Add(new Diagnostic(DiagnosticIds.Corrupt, DiagnosticSeverity.Error, name, "package", "file", "",
                "the template could not be read: " + ex.Message));
            return new DocxTemplate(name, options, null, [], null, diagnostics, fields);
        }
    }

    static DocxTemplate CompileChecked(Stream docx, string name, TemplateOptions options, List<Diagnostic> diagnostics,
        List<TemplateField> fields, Dictionary<string, CompiledPart> parts)
    {
        var package = PackageReader.Read(docx, name, diagnostics, options.Limits);
        if (package == null) return new DocxTemplate(name, options, null, parts, null, diagnostics, fields);
        var numbering = options.RestartNumbering ? NumberingPlan.Load(package) : null;
        var compiler = new PartCompiler(name, options, diagnostics, fields);
        foreach (var t in package.Templated)
        {
            if (package.Find(t.EntryName) is not { } entry) continue;
            if (compiler.Compile(t.EntryName, t.Label, entry.Bytes, numbering) is { } part) parts[t.EntryName] = part;
        }
        foreach (var (entryName, label) in Properties.PropertyParts.Parts)
            if (package.Find(entryName) is { } entry && Properties.PropertyParts.Compile(compiler, name, entryName, label, entry.Bytes, diagnostics) is { } part)
                parts[entryName] = part;
        if (numbering is { Used: true } && numbering.Compile(compiler) is { } numPart) parts[numPart.EntryName] = numPart;
        else numbering = null;
        return new DocxTemplate(name, options, package, parts, numbering, diagnostics, fields);
    }

    /// <summary>The template's file name, used in diagnostics.</summary>
    public string FileName { get; }

    /// <summary>The options it was compiled with.</summary>
    public TemplateOptions Options { get; }

    /// <summary>Every problem found while compiling (all at once, each with its location).</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    /// <summary>True when any diagnostic is an error; such a template cannot render.</summary>
    public bool HasErrors => Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);

    /// <summary>The variables, loops and content controls the template uses, with their locations.</summary>
    public IReadOnlyList<TemplateField> Fields { get; }
}
