namespace OfficeTools.Documents.Ledger;

/// <summary>The four kinds of unit the seed names.</summary>
public static class UnitKinds
{
    /// <summary>党委（党组）领导班子.</summary>
    public const string Leadership = "领导班子";
    /// <summary>村、社区等基层党组织.</summary>
    public const string Grassroots = "基层党组织";
    /// <summary>党员干部.</summary>
    public const string Member = "党员干部";
    /// <summary>党员领导干部.</summary>
    public const string Leader = "党员领导干部";

    /// <summary>All kinds, in display order.</summary>
    public static IReadOnlyList<string> All { get; } = [Leadership, Grassroots, Member, Leader];
}

/// <summary>The two status vocabularies and satisfaction values the seed and the forms use.</summary>
public static class Statuses
{
    /// <summary>
    /// The ledger's words for progress, and the choices of every completion dropdown (focus.N.status, item.ID.status):
    /// what a unit picks goes into the ledger as it is.
    /// </summary>
    public static string[] Progress => ["整改到位", "部分整改到位", "尚未启动"];

    /// <summary>Ledger vocabulary, then the words forms made before 2015 offered for focus points (still read back).</summary>
    public static IReadOnlyList<string> All { get; } = [.. Progress, "已完成", "基本完成", "未完成"];

    /// <summary>群众评价 values (the choices of every satisfaction dropdown).</summary>
    public static string[] Satisfaction => ["满意", "基本满意", "不满意"];

    /// <summary>Folds a status onto done / partial / not_started.</summary>
    public static string StateOf(string status) => status switch
    {
        "整改到位" or "已完成" => "done",
        "部分整改到位" or "基本完成" => "partial",
        _ => "not_started",
    };
}
