using Microsoft.AspNetCore.Http.HttpResults;
using OfficeTools.AddIn.Server.Auth;
using OfficeTools.AddIn.Server.Services;
using OfficeTools.Documents.Catalogue;
using OfficeTools.Documents.Ledger;
using OfficeTools.Documents.Models;

namespace OfficeTools.AddIn.Server.Features;

/// <summary>Renders a unit's form or notice: the values for the document's content controls, and/or the whole document.</summary>
public static class RenderApi
{
    /// <summary>What to render: <c>form</c> or <c>notice</c> for a unit; <c>include</c> is controls, document or both.</summary>
    public sealed record RenderRequest(string Template, string UnitId, string? Include);

    /// <summary>The rendered document (base64 .docx) and/or the values by content-control tag.</summary>
    public sealed record RenderResponse(string FileName, string? Document, IReadOnlyDictionary<string, string>? Controls)
    {
        /// <summary>For a form: the sealed identity the task pane puts in the document's custom property <see cref="Property"/>.</summary>
        public string? Identity { get; init; }

        /// <summary>The custom document property holding the identity.</summary>
        public string? Property { get; init; }
    }

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
        string? number = null;
        switch (template)
        {
            case "form":
                var form = DocumentCatalogue.FormFor(unit.Kind);
                file = form.Template;
                model = form.ModelOf(ledger.Models, unit);
                break;
            case "notice":
                var numbered = ledger.Models.NoticeUnits().FirstOrDefault(n => n.Unit.Id == unit.Id);
                if (numbered.Unit == null)
                    return (null, Problems.Bad($"{unit.Name}没有需要督办的事项，按规则不出督办通知单。", 409, "无需督办"));
                file = DocumentCatalogue.Notice.Template;
                model = DocumentCatalogue.Notice.ModelOf(ledger.Models, unit, numbered.Number);
                number = numbered.Number;
                break;
            default:
                return (null, Problems.Bad($"不认识的文书类型“{template}”：可选 form（自查报告表）或 notice（督办通知单）。"));
        }
        string? document = null;
        if (include != "controls")
        {
            // A form is made the one way every form is made: rendered and stamped with its sealed identity.
            // a notice likewise, sealed with its number and round: its 办理结果 slip comes back like a form
            var rendered = template == "form" ? Render.Docx(library, file, t => ledger.Models.RenderForm(t, unit, ct))
                : number is not null ? Render.Docx(library, file, t => ledger.Models.RenderNotice(t, unit, number, ct))
                : Render.Docx(library, file, model, ct);
            if (rendered.Problem != null) return (null, rendered.Problem);
            document = Convert.ToBase64String(rendered.Bytes!);
        }
        var controls = include == "document" ? null : ControlValues.For(model);
        string? identity = null;
        if (template is "form" or "notice")
        {
            try { identity = number is null ? ledger.Models.SealedIdentityOf(unit) : ledger.Models.SealedNoticeIdentityOf(unit, number); }
            catch (OfficeTools.Documents.Identity.CampaignKeyException e)
            {
                return (null, Problems.Bad($"无法取得本活动的密钥，不能生成报表：{e.Message}", 500, "生成失败"));
            }
        }
        return (new RenderResponse($"{unit.Id}-{unit.Name}-{Path.GetFileNameWithoutExtension(file)}.docx", document, controls)
        {
            Identity = identity,
            Property = identity is null ? null : OfficeTools.Documents.Identity.FormStamp.PropertyName,
        }, null);
    }
}
