using System.Text.Json;
using System.Text.Json.Serialization;

namespace OfficeTools.Documents.Ledger;

/// <summary>
/// The ledger JSON file as System.Text.Json's source generator writes it (Templates/schema/ledger.schema.json):
/// property names and order are the file's; a null is an optional left out.
/// </summary>
sealed record LedgerJsonFile(
    [property: JsonPropertyName("campaign")] LedgerJsonFile.CampaignJson Campaign,
    [property: JsonPropertyName("units")] IReadOnlyList<LedgerJsonFile.UnitJson> Units,
    [property: JsonPropertyName("items")] IReadOnlyList<LedgerJsonFile.ItemJson> Items,
    [property: JsonPropertyName("rules_made")] IReadOnlyList<LedgerJsonFile.RuleJson> RulesMade)
{
    /// <summary>The campaign object.</summary>
    internal sealed record CampaignJson(
        [property: JsonPropertyName("id")] string? Id,
        [property: JsonPropertyName("office")] string Office,
        [property: JsonPropertyName("office_short")] string OfficeShort,
        [property: JsonPropertyName("code")] string Code,
        [property: JsonPropertyName("briefing_code")] string BriefingCode,
        [property: JsonPropertyName("year")] int Year,
        [property: JsonPropertyName("notice_serial")] int NoticeSerial,
        [property: JsonPropertyName("briefing_serial")] int BriefingSerial,
        [property: JsonPropertyName("start_date")] string StartDate,
        [property: JsonPropertyName("report_deadline")] string ReportDeadline,
        [property: JsonPropertyName("as_of")] string AsOf,
        [property: JsonPropertyName("briefing_date")] string BriefingDate,
        [property: JsonPropertyName("notice_date")] string NoticeDate,
        [property: JsonPropertyName("notice_days")] int NoticeDays,
        [property: JsonPropertyName("meeting")] string Meeting,
        [property: JsonPropertyName("recipients")] string Recipients,
        [property: JsonPropertyName("contact")] string Contact,
        [property: JsonPropertyName("phone")] string Phone,
        [property: JsonPropertyName("signer")] string Signer,
        [property: JsonPropertyName("copy_to")] string CopyTo,
        [property: JsonPropertyName("printed_by")] string PrintedBy,
        [property: JsonPropertyName("print_date")] string PrintDate,
        [property: JsonPropertyName("feedback")] string Feedback,
        [property: JsonPropertyName("sealed")] bool? Sealed,
        [property: JsonPropertyName("committee")] string? Committee);

    /// <summary>One unit.</summary>
    internal sealed record UnitJson(
        [property: JsonPropertyName("id")] string Id,
        [property: JsonPropertyName("name")] string Name,
        [property: JsonPropertyName("kind")] string Kind,
        [property: JsonPropertyName("parent")] string? Parent,
        [property: JsonPropertyName("head")] string Head,
        [property: JsonPropertyName("deputy")] string? Deputy,
        [property: JsonPropertyName("contact")] string Contact,
        [property: JsonPropertyName("phone")] string Phone,
        [property: JsonPropertyName("title")] string? Title,
        [property: JsonPropertyName("org")] string? Org,
        [property: JsonPropertyName("reported")] string? Reported);

    /// <summary>One item; the loop fields it carries (stage, verdict, reason, closed_at, closed_by) come last, only those set.</summary>
    internal sealed record ItemJson(
        [property: JsonPropertyName("id")] string Id,
        [property: JsonPropertyName("unit")] string Unit,
        [property: JsonPropertyName("focus")] int? Focus,
        [property: JsonPropertyName("task")] int? Task,
        [property: JsonPropertyName("problem")] string Problem,
        [property: JsonPropertyName("measure")] string Measure,
        [property: JsonPropertyName("owner")] string Owner,
        [property: JsonPropertyName("due")] string Due,
        [property: JsonPropertyName("status")] string Status,
        [property: JsonPropertyName("satisfaction")] string Satisfaction,
        [property: JsonPropertyName("newly_found")] bool NewlyFound,
        [property: JsonPropertyName("evidence")] string Evidence,
        [property: JsonPropertyName("formalism")] bool Formalism,
        [property: JsonPropertyName("relapse")] bool Relapse,
        [property: JsonPropertyName("offender")] string Offender)
    {
        /// <summary>The loop fields, in their order.</summary>
        [JsonExtensionData]
        public Dictionary<string, JsonElement>? Loop { get; init; }
    }

    /// <summary>One 建章立制 entry.</summary>
    internal sealed record RuleJson(
        [property: JsonPropertyName("unit")] string Unit,
        [property: JsonPropertyName("title")] string Title,
        [property: JsonPropertyName("date")] string? Date);
}

/// <summary>The source-generated serialiser of <see cref="LedgerJsonFile"/>: no reflection, so trimmed builds write it too.</summary>
[JsonSourceGenerationOptions(WriteIndented = true, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(LedgerJsonFile))]
[JsonSerializable(typeof(LedgerJsonFile.ItemJson))]
[JsonSerializable(typeof(string))]
sealed partial class LedgerJsonContext : JsonSerializerContext;
