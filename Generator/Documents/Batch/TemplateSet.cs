using OfficeTools.Documents.Catalogue;
using OfficeTools.Engine;

namespace OfficeTools.Documents.Batch;

/// <summary>The templates of a batch, each compiled once; from the embedded resources or a folder.</summary>
internal sealed class TemplateSet
{
    /// <summary>The template files a batch renders (the <see cref="DocumentCatalogue.Round"/>).</summary>
    public static readonly string[] Files = [.. DocumentCatalogue.Round.Select(t => t.Template)];

    readonly Dictionary<string, DocxTemplate> _templates;

    TemplateSet(Dictionary<string, DocxTemplate> templates) => _templates = templates;

    public DocxTemplate this[string file] => _templates[file];

    public static TemplateSet? Load(string? folder, List<Diagnostic> errors, OfficeTools.Packages.PackageLimits? limits = null, PictureOptions? pictures = null) =>
        Load(Files, folder, errors, limits, pictures);

    /// <summary>
    /// The templates <paramref name="files"/>, each compiled once, pictures from files read under <paramref name="pictures"/>'
    /// root (none: only base64 pictures); null when any is missing or has errors.
    /// </summary>
    public static TemplateSet? Load(IReadOnlyList<string> files, string? folder, List<Diagnostic> errors, OfficeTools.Packages.PackageLimits? limits = null,
        PictureOptions? pictures = null)
    {
        var templates = new Dictionary<string, DocxTemplate>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            using var stream = Open(folder, file, errors);
            if (stream == null) continue;
            var t = DocxTemplate.Compile(stream, file, TemplateOptions.Default with
            {
                Limits = limits ?? OfficeTools.Packages.PackageLimits.Default, Pictures = pictures ?? PictureOptions.Default,
            });
            if (t.HasErrors) errors.AddRange(t.Diagnostics.Where(d => d.IsError));
            else templates[file] = t;
        }
        return templates.Count == files.Count ? new TemplateSet(templates) : null;
    }

    static Stream? Open(string? folder, string file, List<Diagnostic> errors)
    {
        if (folder != null)
        {
            var path = Path.Combine(folder, file);
            if (File.Exists(path)) return File.OpenRead(path);
            errors.Add(new Diagnostic(file, "", $"template not found in {folder}"));
            return null;
        }
        var s = typeof(TemplateSet).Assembly.GetManifestResourceStream("Templates/" + file);
        if (s == null) errors.Add(new Diagnostic(file, "", $"template is not built into this program (embedded resource Templates/{file} missing); pass --templates DIR"));
        return s;
    }
}
