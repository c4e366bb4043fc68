using Microsoft.AspNetCore.Http.HttpResults;
using OfficeTools.AddIn.Server.Auth;
using OfficeTools.AddIn.Server.Services;
using OfficeTools.Documents.Campaigns;
using OfficeTools.Documents.Catalogue;
using OfficeTools.Documents.Ledger;

namespace OfficeTools.AddIn.Server.Features;

/// <summary>
/// Renders a unit's form or notice from the campaign as its trail leaves it: the values for the document's content controls,
/// and/or the whole document. A notice is the one the trail issued to the unit, with its number and round.
/// </summary>
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

        /// <summary>With the controls: each tag as the form shows it (<see cref="FormProblemText.NameOf"/>), for what the pane says.</summary>
        public IReadOnlyDictionary<string, string>? Labels { get; init; }
    }

    /// <summary>Maps <c>POST /api/render</c>.</summary>
    public static RouteGroupBuilder MapRenderApi(this RouteGroupBuilder group)
    {
        group.MapPost("/render", async Task<Results<Ok<RenderResponse>, ProblemHttpResult>> (RenderRequest request, HttpContext http,
            LedgerSource source, StoreAccess stores, TemplateLibrary library, RenderCache cache, Caller caller, CancellationToken ct) =>
        {
            if (string.IsNullOrWhiteSpace(request.UnitId)) return Problems.Bad("请选择单位。");
            if (!caller.CanAccess(source.Current.Ledger, request.UnitId)) return Problems.NotYours(caller, request.UnitId);
            if (source.Current.Ledger.FindUnit(request.UnitId) is null) return Problems.NoUnit(request.UnitId);
            var include = request.Include ?? "both";
            if (include is not ("both" or "controls" or "document")) return Problems.Bad("include 只能是 controls、document 或 both。");
            // the campaign as the trail leaves it: closed items leave the form, sent-back ones are marked 回炉, notices are the ones issued
            var campaign = (await source.CampaignAsync(stores, http, ct)).Campaign!;
            var unit = campaign.Ledger.FindUnit(request.UnitId)!;
            ProblemHttpResult? problem = null;
            var response = cache.GetOrRender(RenderCache.StateOf(campaign.History), $"{request.Template}|{unit.Id}|{include}", () =>
            {
                var r = Build(request.Template, unit, include, campaign, library, ct);
                problem = r.Problem;
                return r.Response;
            });
            if (response == null) return problem ?? Problems.Bad("生成文书失败，请重试。", 500, "生成失败");
            return TypedResults.Ok(response);
        });
        return group;
    }

    static (RenderResponse? Response, ProblemHttpResult? Problem) Build(string template, Unit unit, string include,
        OfficeTools.Documents.Campaigns.Campaign campaign, TemplateLibrary library, CancellationToken ct)
    {
        var models = campaign.Models;
        string file;
        Dictionary<string, object?> model;
        NoticeRecord? issued = null;
        string? number = null;
        switch (template)
        {
            case "form":
                var form = DocumentCatalogue.FormFor(unit.Kind);
                file = form.Template;
                model = form.ModelOf(models, unit);
                break;
            case "notice":
                // the notice the trail issued to the unit (the latest), with its number and round; before any round is
                // opened, the one the batch will issue
                issued = campaign.History.Notices.LastOrDefault(n => n.Unit == unit.Id);
                if (issued is null && campaign.History.Round > 0)
                    return (null, Problems.Bad($"尚未向{unit.Name}下发督办通知单。", 409, "未下发督办通知单"));
                if (issued is null && models.NoticeUnits().FirstOrDefault(n => n.Unit.Id == unit.Id) is { Unit: not null } planned) number = planned.Number;
                if (issued is null && number is null)
                    return (null, Problems.Bad($"{unit.Name}没有需要督办的事项，按规则不出督办通知单。", 409, "无需督办"));
                file = DocumentCatalogue.Notice.Template;
                model = issued is null ? DocumentCatalogue.Notice.ModelOf(models, unit, number) : models.Notice(unit, issued);
                if (issued is not null && model["items"] is List<object?> { Count: 0 })
                    return (null, Problems.Bad($"{unit.Name}的督办通知单（{issued.Number}）所列事项均已销号，无需再报办理结果。", 409, "督办事项已销号"));
                number ??= issued!.Number;
                break;
            default:
                return (null, Problems.Bad($"不认识的文书类型“{template}”：可选 form（自查报告表）或 notice（督办通知单）。"));
        }
        string? document = null;
        if (include != "controls")
        {
            // A form is made the one way every form is made: rendered and stamped with its sealed identity.
            // a notice likewise, sealed with its number and round: its 办理结果 slip comes back like a form
            var rendered = template == "form" ? Render.Docx(library, file, t => models.RenderForm(t, unit, ct))
                : issued is not null ? Render.Docx(library, file, t => models.RenderNotice(t, unit, issued, ct))
                : Render.Docx(library, file, t => models.RenderNotice(t, unit, number!, ct));
            if (rendered.Problem != null) return (null, rendered.Problem);
            document = Convert.ToBase64String(rendered.Bytes!);
        }
        var controls = include == "document" ? null : ControlValues.For(model);
        string identity;
        try { identity = number is null ? models.SealedIdentityOf(unit) : models.SealedNoticeIdentityOf(unit, number, issued?.Round); }
        catch (OfficeTools.Documents.Identity.CampaignKeyException e)
        {
            return (null, Problems.Bad($"无法取得本活动的密钥，不能生成报表：{e.Message}", 500, "生成失败"));
        }
        // the name a person saves the file under: the unit and the document in Chinese, no machine id (the identity is inside)
        var fileName = OfficeTools.Data.FileName.Safe($"{unit.Name}-{DocumentCatalogue.ByTemplate(file)!.Title}", 200) + ".docx";
        var problems = campaign.Ledger.ItemsOf(unit.Id).ToDictionary(i => i.Id, i => i.Problem, StringComparer.Ordinal);
        return (new RenderResponse(fileName, document, controls)
        {
            Labels = controls?.Keys.ToDictionary(t => t, t => FormProblemText.NameOf(t, problems, template == "notice"), StringComparer.Ordinal),
            Identity = identity,
            Property = OfficeTools.Documents.Identity.FormStamp.PropertyName,
        }, null);
    }
}
