using Microsoft.AspNetCore.Http.HttpResults;

namespace OfficeTools.AddIn.Server.Features;

/// <summary>Problem responses with a plain Chinese explanation in <c>detail</c>, which the task pane shows as is.</summary>
public static class Problems
{
    /// <summary>403: the caller may not touch this unit.</summary>
    public static ProblemHttpResult NotYourUnit(string unitId) =>
        TypedResults.Problem($"您只能访问本单位的数据，无权访问单位 {unitId}。", statusCode: 403, title: "无权访问");

    /// <summary>403 for <paramref name="caller"/> outside its reach: a unit's user outside its unit, a level office outside its subtree.</summary>
    public static ProblemHttpResult NotYours(Auth.Caller caller, string unitId) => caller.IsOffice
        ? TypedResults.Problem($"您只能访问本级及所辖下级单位的数据，单位 {unitId} 不在您的管辖范围内。", statusCode: 403, title: "无权访问")
        : NotYourUnit(unitId);

    /// <summary>403: office staff only.</summary>
    public static ProblemHttpResult OfficeOnly() =>
        TypedResults.Problem("只有活动办公室人员可以进行此操作。", statusCode: 403, title: "无权访问");

    /// <summary>404: no such unit in the ledger.</summary>
    public static ProblemHttpResult NoUnit(string unitId) =>
        TypedResults.Problem($"台账中没有单位 {unitId}。", statusCode: 404, title: "单位不存在");

    /// <summary>What the pane shows when the sign-in must be repeated with MFA or conditional access.</summary>
    public const string ClaimsChallengeText = "需要重新验证身份（多重身份验证或条件访问），请按提示完成验证后重试。";

    /// <summary>Status, title and plain Chinese explanation of a store failure of <paramref name="kind"/>.</summary>
    public static (int Status, string Title, string Detail) StoreFailure(Collect.Stores.StoreFailure kind) => kind switch
    {
        Collect.Stores.StoreFailure.Unreachable => (502, "文档库暂时无法访问", "暂时无法连接文档库（SharePoint），请稍后再试。"),
        Collect.Stores.StoreFailure.Busy => (503, "文档库繁忙", "文档库（SharePoint）当前繁忙，请过几分钟再试。已提交的内容不会丢失。"),
        Collect.Stores.StoreFailure.Denied => (502, "文档库拒绝访问", "文档库拒绝了本服务的访问，请联系管理员检查本服务在 SharePoint 站点上的权限。"),
        Collect.Stores.StoreFailure.SignIn => (502, "文档库登录失败", "本服务登录文档库（SharePoint）失败，请稍后再试；如仍失败请联系管理员检查应用凭据。"),
        Collect.Stores.StoreFailure.NotSetUp => (502, "文档库尚未设置", "文档库尚未设置完成（缺少文档库、列表或栏），请管理员运行 officetools setup 后再试。"),
        _ => (502, "文档库未能完成操作", "文档库未能完成此次操作，请稍后再试；如仍失败请联系管理员。"),
    };

    /// <summary>A 4xx with <paramref name="detail"/>.</summary>
    public static ProblemHttpResult Bad(string detail, int status = 400, string title = "请求有误") =>
        TypedResults.Problem(detail, statusCode: status, title: title);
}
