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

    // settable properties, neither a positional record nor init-only ones: the source generator binds those through a
    // constructor, and extension data can be bound to no constructor
    /// <summary>One item; the loop fields it carries (stage, verdict, reason, closed_at, closed_by) come last, only those set.</summary>
    internal sealed record ItemJson
    {
        [JsonPropertyName("id")] public string Id { get; set; } = "";
        [JsonPropertyName("unit")] public string Unit { get; set; } = "";
        [JsonPropertyName("focus")] public int? Focus { get; set; }
        [JsonPropertyName("task")] public int? Task { get; set; }
        [JsonPropertyName("problem")] public string Problem { get; set; } = "";
        [JsonPropertyName("measure")] public string Measure { get; set; } = "";
        [JsonPropertyName("owner")] public string Owner { get; set; } = "";
        [JsonPropertyName("due")] public string Due { get; set; } = "";
        [JsonPropertyName("status")] public string Status { get; set; } = "";
        [JsonPropertyName("satisfaction")] public string Satisfaction { get; set; } = "";
        [JsonPropertyName("newly_found")] public bool NewlyFound { get; set; }
        [JsonPropertyName("evidence")] public string Evidence { get; set; } = "";
        [JsonPropertyName("formalism")] public bool Formalism { get; set; }
        [JsonPropertyName("relapse")] public bool Relapse { get; set; }
        [JsonPropertyName("offender")] public string Offender { get; set; } = "";

        /// <summary>The loop fields, in their order.</summary>
        [JsonExtensionData]
        public Dictionary<string, JsonElement>? Loop { get; set; }
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
