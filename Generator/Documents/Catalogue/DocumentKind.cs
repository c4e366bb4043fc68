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
    /// <summary>约谈提醒通知, one per unit or person an outcome calls a 约谈 for (made by <c>officetools outcomes</c>).</summary>
    [JsonStringEnumMemberName("talk-notice")] TalkNotice,
    /// <summary>约谈记录, the form the 约谈 is recorded on, one per 约谈提醒通知.</summary>
    [JsonStringEnumMemberName("talk-record")] TalkRecord,
    /// <summary>诫勉谈话记录, one per unit or person an outcome calls a 诫勉 for.</summary>
    [JsonStringEnumMemberName("admonition-record")] AdmonitionRecord,
    /// <summary>表扬通报, one for every unit and person an outcome commends.</summary>
    [JsonStringEnumMemberName("commendation")] Commendation,
    /// <summary>个人整改措施落实情况报告, one per 班子成员 for the 民主生活会, drafted from the member's form or ledger items.</summary>
    [JsonStringEnumMemberName("member-report")] MemberReport,
}
