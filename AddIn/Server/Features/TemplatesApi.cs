using Microsoft.AspNetCore.Http.HttpResults;
using OfficeTools.AddIn.Server.Services;
using OfficeTools.Documents.Catalogue;

namespace OfficeTools.AddIn.Server.Features;

/// <summary>The shipped templates and the fields each one uses.</summary>
public static class TemplatesApi
{
    /// <summary>One template.</summary>
    public sealed record TemplateInfo(string File, string Title, bool Ready, IReadOnlyList<string> Errors);

    /// <summary>One field of a template, with where it is.</summary>
    public sealed record FieldInfo(string Kind, string Name, string Part, string Location);

    /// <summary>Maps <c>GET /api/templates</c> and <c>GET /api/templates/{file}/fields</c>.</summary>
    public static RouteGroupBuilder MapTemplatesApi(this RouteGroupBuilder group)
    {
        var g = group.MapGroup("/templates");
        g.MapGet("/", Ok<TemplateInfo[]> (TemplateLibrary library) => TypedResults.Ok(DocumentCatalogue.All.Select(f =>
        {
            var t = library.Get(f.Template);
            return new TemplateInfo(f.Template, f.Title, !t.HasErrors, [.. t.Diagnostics.Select(d => d.ToString())]);
        }).ToArray()));
        g.MapGet("/{file}/fields", Results<Ok<FieldInfo[]>, ProblemHttpResult> (string file, TemplateLibrary library) =>
        {
            if (!TemplateLibrary.Exists(file)) return Problems.Bad($"没有名为 {file} 的模板。", 404, "模板不存在");
            return TypedResults.Ok(library.Get(file).Fields
                .Select(f => new FieldInfo(f.Kind.ToString(), f.Name, f.Part, f.Location)).ToArray());
        });
        return group;
    }
}
