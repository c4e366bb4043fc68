namespace OfficeTools.Documents.Rules;

/// <summary>One rung of the accountability ladder, as written in a rules file.</summary>
public sealed record Rule
{
    /// <summary>Stable id, used in error messages and index.json.</summary>
    public required string Id { get; init; }
    /// <summary>The outcome's name (督办通知单, 约谈提醒, …).</summary>
    public required string Outcome { get; init; }
    /// <summary>penalty, praise or requirement: penalties count towards <c>penalties</c> for later rules.</summary>
    public string Category { get; init; } = "penalty";
    /// <summary>Scriban expression over unit, items, stats, campaign, penalties and outcomes; true selects the unit.</summary>
    public required string When { get; init; }
    /// <summary>Scriban expression over <c>item</c> choosing the items that are the reason; empty means all items.</summary>
    public string Items { get; init; } = "";
    /// <summary>Why, in the seed's words (e.g. 整改效果不理想、群众不满意).</summary>
    public required string Reason { get; init; }
    /// <summary>What is done (e.g. 对单位主要负责人进行约谈提醒).</summary>
    public string Action { get; init; } = "";
    /// <summary>The action in a few words, as a briefing's table and lists say it (下发督办通知单, 约谈提醒); the outcome's name when empty.</summary>
    public string Step { get; init; } = "";
    /// <summary>True when the outcome issues a supervision notice (督办通知单).</summary>
    public bool Notice { get; init; }
    /// <summary>Requirements the notice or briefing states (回炉/补课, 限期整改到位, 一事一报 …).</summary>
    public IReadOnlyList<string> Requirements { get; init; } = [];
    /// <summary>The documents the outcome calls for (a rules file's <c>document</c>: talk, admonition, commendation).</summary>
    public OutcomeDocument Document { get; init; }
}

/// <summary>An item named as the reason of an outcome: its id and a short text.</summary>
public sealed record ReasonItem(string Id, string Text);

/// <summary>What a rule decided for one unit, with the items that triggered it.</summary>
public sealed record Outcome(string RuleId, string Kind, string Category, string Reason, string Action, bool Notice,
    IReadOnlyList<string> Requirements, IReadOnlyList<ReasonItem> Items, string Step = "")
{
    /// <summary>The documents the outcome calls for (约谈提醒通知 and 约谈记录, 诫勉谈话记录, 表扬通报), from its rule.</summary>
    public OutcomeDocument Document { get; init; }

    /// <summary>The action in a few words (下发督办通知单, 约谈提醒): the rule's step, else the outcome's name.</summary>
    public string InShort => Step.Length > 0 ? Step : Kind;

    /// <summary>The reason as one line: the rule's reason, then the first triggering items (id and short text).</summary>
    public string ReasonText => Items.Count == 0 ? Reason
        : $"{Reason}：{string.Join("；", Items.Take(3).Select(i => $"{i.Id}「{i.Text}」"))}{(Items.Count > 3 ? $"等{Items.Count}项" : "")}";
}
