using System.Text.Json;
using System.Text.Json.Serialization;

namespace OfficeTools.Collect.Collecting;

/// <summary>
/// OUT.json as System.Text.Json's source generator writes it (Templates/schema/collect-report.schema.json):
/// property names and order are the file's; file, submittedAt and a problem's tag are written as null when unknown.
/// </summary>
sealed record ReportJsonFile(
    [property: JsonPropertyName("units")] IReadOnlyList<ReportJsonFile.UnitJson> Units,
    [property: JsonPropertyName("unmatched")] IReadOnlyList<ReportJsonFile.FormJson> Unmatched,
    [property: JsonPropertyName("slips")] IReadOnlyList<ReportJsonFile.SlipJson> Slips)
{
    /// <summary>One unit: its status, the form counted, its values and problems, and the newer forms not counted.</summary>
    internal sealed record UnitJson(
        [property: JsonPropertyName("id")] string Id,
        [property: JsonPropertyName("name")] string Name,
        [property: JsonPropertyName("status")] string Status,
        [property: JsonPropertyName("file")] string? File,
        [property: JsonPropertyName("submittedAt")] string? SubmittedAt,
        [property: JsonPropertyName("versions")] int Versions,
        [property: JsonPropertyName("values")] Dictionary<string, JsonElement> Values,
        [property: JsonPropertyName("problems")] IReadOnlyList<ProblemJson> Problems,
        [property: JsonPropertyName("notCounted"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<FormJson>? NotCounted);

    /// <summary>A form and its problems (unmatched, or not counted for its unit).</summary>
    internal sealed record FormJson(
        [property: JsonPropertyName("file")] string File,
        [property: JsonPropertyName("problems")] IReadOnlyList<ProblemJson> Problems);

    /// <summary>A return slip (办理结果报告单).</summary>
    internal sealed record SlipJson(
        [property: JsonPropertyName("unit")] string Unit,
        [property: JsonPropertyName("notice")] string Notice,
        [property: JsonPropertyName("round")] int Round,
        [property: JsonPropertyName("file")] string File,
        [property: JsonPropertyName("counted")] bool Counted,
        [property: JsonPropertyName("values")] Dictionary<string, JsonElement> Values,
        [property: JsonPropertyName("problems")] IReadOnlyList<ProblemJson> Problems);

    /// <summary>One problem: its code, the field's tag (null for the whole form) and the message.</summary>
    internal sealed record ProblemJson(
        [property: JsonPropertyName("code")] string Code,
        [property: JsonPropertyName("tag")] string? Tag,
        [property: JsonPropertyName("message")] string Message);
}

/// <summary>The source-generated serialiser of <see cref="ReportJsonFile"/>.</summary>
[JsonSourceGenerationOptions(WriteIndented = true)]
[JsonSerializable(typeof(ReportJsonFile))]
[JsonSerializable(typeof(string))]
[JsonSerializable(typeof(bool))]
sealed partial class ReportJsonContext : JsonSerializerContext;
