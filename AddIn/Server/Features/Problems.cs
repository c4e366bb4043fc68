using Microsoft.AspNetCore.Http.HttpResults;

namespace OfficeTools.AddIn.Server.Features;

/// <summary>Problem responses with a plain Chinese explanation in <c>detail</c>, which the task pane shows as is.</summary>
public static class Problems
{
    /// <summary>403: the caller may not touch this unit.</summary>
    public static ProblemHttpResult NotYourUnit(string unitId) =>
        TypedResults.Problem($"您只能访问本单位的数据，无权访问单位 {unitId}。", statusCode: 403, title: "无权访问");

    /// <summary>403: office staff only.</summary>
    public static ProblemHttpResult OfficeOnly() =>
        TypedResults.Problem("只有活动办公室人员可以进行此操作。", statusCode: 403, title: "无权访问");

    /// <summary>404: no such unit in the ledger.</summary>
    public static ProblemHttpResult NoUnit(string unitId) =>
        TypedResults.Problem($"台账中没有单位 {unitId}。", statusCode: 404, title: "单位不存在");

    /// <summary>A 4xx with <paramref name="detail"/>.</summary>
    public static ProblemHttpResult Bad(string detail, int status = 400, string title = "请求有误") =>
        TypedResults.Problem(detail, statusCode: status, title: title);
}
