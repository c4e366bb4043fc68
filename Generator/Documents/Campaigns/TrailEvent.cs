namespace OfficeTools.Documents.Campaigns;

/// <summary>What one entry of the audit trail records. The trail is append-only; the state of every item is its replay.</summary>
public enum TrailAction
{
    /// <summary>A round was opened from a ledger (Reference: the ledger file; Detail: its content hash).</summary>
    RoundOpened,
    /// <summary>The rules were run for the round (Detail: the rules file).</summary>
    RulesRun,
    /// <summary>A notice was issued to a unit (Reference: its number; Value: its 限期 yyyy-MM-dd; Detail: the item ids, comma-separated).</summary>
    NoticeIssued,
    /// <summary>A unit's self-inspection form came back (Reference: the file or store version).</summary>
    FormReceived,
    /// <summary>A notice's 办理结果 return slip came back (Reference: the notice's number).</summary>
    SlipReceived,
    /// <summary>An item's self-reported progress (Value: a <see cref="ItemStage"/> word; Detail: 群众评价).</summary>
    ItemReported,
    /// <summary>A 复核 verdict on an item (Value: 通过 / 退回重办; Detail: the reason).</summary>
    VerdictGiven,
    /// <summary>An item was closed (销号).</summary>
    ItemClosed,
    /// <summary>A unit was reminded (催办) (Reference: the day, yyyy-MM-dd; Value: the colour 红 / 黄; Detail: the level it escalated to).</summary>
    Reminded,
    /// <summary>A new problem a unit reported, proposed as a ledger item (Item: its proposed id; Detail: the problem).</summary>
    ItemProposed,
    /// <summary>The clerk confirmed a proposed item: it is in the ledger from now on.</summary>
    ItemConfirmed,
    /// <summary>A 抽查 was drawn (Reference: the size, 共5个 / 每层2个; Value: the seed; Detail: the unit ids drawn, comma-separated).</summary>
    SampleDrawn,
    /// <summary>A lower level's forwarded result was imported (Unit: its subtree's root; Reference: the forward's time, ISO 8601;
    /// Value: the entries it held; Detail: the file).</summary>
    ForwardImported,
}

/// <summary>
/// One entry of a campaign's audit trail: who did what, when, in which round, to which unit and item. <see cref="Key"/> makes
/// appending idempotent (the same step recorded twice is one entry), so a rerun of a command never doubles the history.
/// </summary>
public sealed record TrailEvent(string Key, DateTimeOffset At, string Actor, TrailAction Action, int Round)
{
    /// <summary>The unit the step concerns, or null for the campaign as a whole.</summary>
    public string? Unit { get; init; }
    /// <summary>The ledger item, or null.</summary>
    public string? Item { get; init; }
    /// <summary>The document the step came from or made (a notice's number, a form's file, a sheet).</summary>
    public string? Reference { get; init; }
    /// <summary>The step's value (a stage, a verdict, a date), as text.</summary>
    public string? Value { get; init; }
    /// <summary>Free text: a reason, a satisfaction, a list of ids.</summary>
    public string? Detail { get; init; }
}
