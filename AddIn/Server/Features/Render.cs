using Microsoft.AspNetCore.Http.HttpResults;
using OfficeTools.AddIn.Server.Services;

namespace OfficeTools.AddIn.Server.Features;

/// <summary>One render through the engine, with template errors turned into a problem response.</summary>
public static class Render
{
    /// <summary>The bytes, or the problem that stopped them.</summary>
    public sealed record Outcome(byte[]? Bytes, ProblemHttpResult? Problem);

    /// <summary>Renders <paramref name="file"/> with <paramref name="model"/>.</summary>
    public static Outcome Docx(TemplateLibrary library, string file, object model, CancellationToken ct) =>
        Docx(library, file, template => template.Render(model, ct));

    /// <summary>Renders <paramref name="file"/> the way <paramref name="render"/> says (a form: rendered and stamped).</summary>
    public static Outcome Docx(TemplateLibrary library, string file, Func<OfficeTools.Engine.DocxTemplate, OfficeTools.Engine.RenderResult> render)
    {
        var template = library.Get(file);
        if (template.HasErrors)
            return new(null, Problems.Bad($"模板 {file} 有错误，无法生成：{string.Join("；", template.Diagnostics.Take(5))}", 500, "模板有误"));
        OfficeTools.Engine.RenderResult result;
        try
        {
            result = render(template);
        }
        catch (OfficeTools.Documents.Identity.CampaignKeyException e)
        {
            return new(null, Problems.Bad($"无法取得本活动的密钥，不能生成报表：{e.Message}", 500, "生成失败"));
        }
        if (result.Document == null)
            return new(null, Problems.Bad($"用台账数据生成 {file} 时出错：{string.Join("；", result.Diagnostics.Take(5))}", 500, "生成失败"));
        return new(result.Document, null);
    }
}
