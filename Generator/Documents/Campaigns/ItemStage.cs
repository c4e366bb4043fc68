namespace OfficeTools.Documents.Campaigns;

/// <summary>
/// Where a ledger item stands on the ladder of the loop (下发 → 办理 → 复核 → 销号): what the unit reported, what the
/// level above found, and whether the item is closed. One home for the stages and their Chinese names.
/// </summary>
public enum ItemStage
{
    /// <summary>未启动: the unit reports nothing done.</summary>
    NotStarted,
    /// <summary>整改中: partly done (部分整改到位).</summary>
    InProgress,
    /// <summary>已整改: the unit reports it done (整改到位); not yet verified.</summary>
    Reported,
    /// <summary>复核通过: the level above verified it.</summary>
    Passed,
    /// <summary>退回重办: the level above sent it back (回炉); it goes into the unit's next notice.</summary>
    Returned,
    /// <summary>已销号: closed; it leaves later notices and forms.</summary>
    Closed,
}

/// <summary>The Chinese names of <see cref="ItemStage"/> and the mapping from the ledger's progress words.</summary>
public static class ItemStages
{
    /// <summary>The stage's name as documents and the pane show it.</summary>
    public static string Text(this ItemStage stage) => stage switch
    {
        ItemStage.NotStarted => "未启动",
        ItemStage.InProgress => "整改中",
        ItemStage.Reported => "已整改",
        ItemStage.Passed => "复核通过",
        ItemStage.Returned => "退回重办",
        ItemStage.Closed => "已销号",
        _ => throw new ArgumentOutOfRangeException(nameof(stage)),
    };

    /// <summary>Every stage in ladder order.</summary>
    public static IReadOnlyList<ItemStage> All { get; } = Enum.GetValues<ItemStage>();

    /// <summary>The stage of a Chinese name or of the enum's own word, or null.</summary>
    public static ItemStage? Parse(string? text)
    {
        var t = text?.Trim() ?? "";
        foreach (var s in All)
            if (s.Text() == t || string.Equals(s.ToString(), t, StringComparison.OrdinalIgnoreCase)) return s;
        return null;
    }

    /// <summary>The self-reported stage of a progress word of the ledger or a form (整改到位 → 已整改, 部分整改到位 → 整改中, else 未启动).</summary>
    public static ItemStage OfProgress(string status) => Ledger.Statuses.StateOf(status) switch
    {
        "done" => ItemStage.Reported,
        "partial" => ItemStage.InProgress,
        _ => ItemStage.NotStarted,
    };

    /// <summary>True once the unit has reported the item done (and after: verified, returned, closed all passed through it).</summary>
    public static bool IsOpen(this ItemStage stage) => stage != ItemStage.Closed;
}
