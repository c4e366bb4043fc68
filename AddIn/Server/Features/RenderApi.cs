using Microsoft.AspNetCore.Http.HttpResults;
using OfficeTools.AddIn.Server.Auth;
using OfficeTools.AddIn.Server.Services;
using OfficeTools.Documents.Ledger;
using OfficeTools.Documents.Models;

namespace OfficeTools.AddIn.Server.Features;

/// <summary>Renders a unit's form or notice: the values for the document's content controls, and/or the whole document.</summary>
public static class RenderApi
{
    /// <summary>What to render: <c>form</c> or <c>notice</c> for a unit; <c>include</c> is controls, document or both.</summary>
    public sealed record RenderRequest(string Template, string UnitId, string? Include);

    /// <summary>The rendered document (base64 .docx) and/or the values by content-control tag.</summary>
    public sealed record RenderResponse(string FileName, string? Document, IReadOnlyDictionary<string, string>? Controls);

    /// <summary>Maps <c>POST /api/render</c>.</summary>
    public static RouteGroupBuilder MapRenderApi(this RouteGroupBuilder group)
    {
        group.MapPost("/render", Results<Ok<RenderResponse>, ProblemHttpResult> (RenderRequest request, LedgerSource source,
            TemplateLibrary library, RenderCache cache, Caller caller, CancellationToken ct) =>
        {
            if (string.IsNullOrWhiteSpace(request.UnitId)) return Problems.Bad("请选择单位。");
            if (!caller.CanAccess(request.UnitId)) return Problems.NotYourUnit(request.UnitId);
            var ledger = source.Current;
            if (ledger.Ledger.FindUnit(request.UnitId) is not { } unit) return Problems.NoUnit(request.UnitId);
            var include = request.Include ?? "both";
            if (include is not ("both" or "controls" or "document")) return Problems.Bad("include 只能是 controls、document 或 both。");
            ProblemHttpResult? problem = null;
            var response = cache.GetOrRender($"{request.Template}|{unit.Id}|{include}", () =>
            {
                var r = Build(request.Template, unit, include, ledger, library, ct);
                problem = r.Problem;
                return r.Response;
            });
            if (response == null) return problem ?? Problems.Bad("生成文书失败，请重试。", 500, "生成失败");
            return TypedResults.Ok(response);
        });
        return group;
    }

    static (RenderResponse? Response, ProblemHttpResult? Problem) Build(string template, Unit unit, string include,
        LoadedLedger ledger, TemplateLibrary library, CancellationToken ct)
    {
        string file;
        Dictionary<string, object?> model;
        switch (template)
        {
            case "form":
                file = ModelBuilder.FormTemplate(unit.Kind);
                model = ledger.Models.Form(unit);
                break;
            case "notice":
                var numbered = ledger.Models.NoticeUnits().FirstOrDefault(n => n.Unit.Id == unit.Id);
                if (numbered.Unit == null)
                    return (null, Problems.Bad($"{unit.Name}没有需要督办的事项，按规则不出督办通知单。", 409, "无需督办"));
                file = "notice.docx";
                model = ledger.Models.Notice(unit, numbered.Number);
                break;
            default:
                return (null, Problems.Bad($"不认识的文书类型“{template}”：可选 form（自查报告表）或 notice（督办通知单）。"));
        }
        string? document = null;
        if (include != "controls")
        {
            var rendered = Render.Docx(library, file, model, ct);
            if (rendered.Problem != null) return (null, rendered.Problem);
            document = Convert.ToBase64String(rendered.Bytes!);
        }
        var controls = include == "document" ? null : ControlValues.For(model);
        return (new RenderResponse($"{unit.Id}-{unit.Name}-{Path.GetFileNameWithoutExtension(file)}.docx", document, controls), null);
    }
}
