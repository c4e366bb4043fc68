namespace OfficeTools.Documents.Campaigns;

/// <summary>The Chinese names of <see cref="TrailAction"/>, as the trail's export and the pane show them. One home for them.</summary>
public static class TrailActions
{
    /// <summary>The action's name for the clerk.</summary>
    public static string Text(this TrailAction action) => action switch
    {
        TrailAction.RoundOpened => "开始本轮督办",
        TrailAction.RulesRun => "运行问责规则",
        TrailAction.NoticeIssued => "下发督办通知单",
        TrailAction.FormReceived => "收到自查报告表",
        TrailAction.SlipReceived => "收到办理结果报告单",
        TrailAction.ItemReported => "单位自报进展",
        TrailAction.VerdictGiven => "复核",
        TrailAction.ItemClosed => "销号",
        TrailAction.Reminded => "催办",
        TrailAction.ItemProposed => "报告新发现问题",
        TrailAction.ItemConfirmed => "确认新发现问题",
        TrailAction.SampleDrawn => "抽查",
        TrailAction.ForwardImported => "接收下级上报",
        _ => throw new ArgumentOutOfRangeException(nameof(action)),
    };
}
