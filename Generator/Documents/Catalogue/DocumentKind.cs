using System.Text.Json.Serialization;

namespace OfficeTools.Documents.Catalogue;

/// <summary>The kinds of document a campaign makes; the JSON names are the <c>type</c> of index.json.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<DocumentKind>))]
public enum DocumentKind
{
    /// <summary>自查报告表, one per unit, in the variant of its unit kind.</summary>
    [JsonStringEnumMemberName("form")] Form,
    /// <summary>督办通知单, one per unit the rules call it for.</summary>
    [JsonStringEnumMemberName("notice")] Notice,
    /// <summary>会议通报, one per batch.</summary>
    [JsonStringEnumMemberName("briefing")] Briefing,
    /// <summary>催办通知, one per unit 催办 chases (made by <c>officetools remind</c>, not by a batch).</summary>
    [JsonStringEnumMemberName("reminder")] Reminder,
    /// <summary>抽查名单, one per 抽查 draw (made by <c>officetools sample</c>).</summary>
    [JsonStringEnumMemberName("sample-list")] SampleList,
    /// <summary>抽查记录表, one per sampled unit, filled by the checkers and read back as 复核 verdicts.</summary>
    [JsonStringEnumMemberName("sample-record")] SampleRecord,
    /// <summary>公示, the public progress bulletin at unit level (made by <c>officetools export bulletin</c>).</summary>
    [JsonStringEnumMemberName("bulletin")] Bulletin,
}
