using System.Collections.Concurrent;
using OfficeTools.Documents.Catalogue;
using OfficeTools.Documents.Models;
using Microsoft.Extensions.Options;
using OfficeTools.AddIn.Server.Hosting;
using OfficeTools.Engine;

namespace OfficeTools.AddIn.Server.Services;

/// <summary>The shipped templates of the <see cref="DocumentCatalogue"/> (embedded in OfficeTools.Documents), each compiled once on first use.</summary>
public sealed class TemplateLibrary(IOptions<AddInOptions> options, IWebHostEnvironment environment)
{
    readonly TemplateOptions _options = TemplateOptions.Default with { Pictures = PictureOptions.Default with { Root = Folder(options.Value.PictureFolder, environment) } };

    /// <summary>The configured picture folder (AddIn:PictureFolder) as a full path, or null when none is set.</summary>
    public string? PictureFolder => _options.Pictures.Root;

    static string? Folder(string? folder, IWebHostEnvironment environment) =>
        string.IsNullOrWhiteSpace(folder) ? null : Path.GetFullPath(folder, environment.ContentRootPath);

    readonly ConcurrentDictionary<string, Lazy<DocxTemplate>> compiled = new(StringComparer.Ordinal);

    /// <summary>True when <paramref name="file"/> is one of the shipped templates.</summary>
    public static bool Exists(string file) => DocumentCatalogue.ByTemplate(file) != null;

    /// <summary>The compiled template; its diagnostics say whether it can render.</summary>
    public DocxTemplate Get(string file) => compiled.GetOrAdd(file, f => new Lazy<DocxTemplate>(() =>
    {
        using var stream = typeof(ModelBuilder).Assembly.GetManifestResourceStream("Templates/" + f)
            ?? throw new InvalidOperationException($"{f}: template is not built into OfficeTools.Documents.");
        return DocxTemplate.Compile(stream, f, _options);
    })).Value;
}
