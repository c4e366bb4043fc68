namespace OfficeTools.Documents.Ledger;

/// <summary>A rectification ledger (整改台账): the campaign, its units, their items and the rules they made.</summary>
public sealed partial record Ledger(Campaign Campaign, IReadOnlyList<Unit> Units, IReadOnlyList<LedgerItem> Items,
    IReadOnlyList<RuleMade> RulesMade)
{
    /// <summary>The unit with <paramref name="id"/>, or null.</summary>
    public Unit? FindUnit(string id) => LedgerIndex.Of(this).Units.GetValueOrDefault(id);

    /// <summary>The items of one unit, in ledger order.</summary>
    public IEnumerable<LedgerItem> ItemsOf(string unitId) => LedgerIndex.Of(this).Items[unitId];

    /// <summary>How many rules a unit made (制度建设).</summary>
    public int RulesMadeBy(string unitId) => LedgerIndex.Of(this).RulesMade[unitId].Count();

    /// <summary>The whole ledger this one was cut from by <see cref="UnitTree.Under"/> (<c>--under</c>), or null for a whole ledger.</summary>
    public Ledger? Whole { get; init; }

    /// <summary>The unit a subtree ledger is cut under (<c>--under</c>), or null for a whole ledger.</summary>
    public Unit? Root { get; init; }

    /// <summary>The unit <paramref name="id"/> anywhere in the whole ledger (a subtree's parent above its root too), or null.</summary>
    public Unit? FindInWhole(string id) => (Whole ?? this).FindUnit(id);
}

// Lookups built once per ledger, kept outside the record so that record equality stays about the data.
internal sealed class LedgerIndex
{
    static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Ledger, LedgerIndex> Cache = new();

    LedgerIndex(Ledger l)
    {
        Units = l.Units.GroupBy(u => u.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        Items = l.Items.ToLookup(i => i.Unit, StringComparer.Ordinal);
        RulesMade = l.RulesMade.ToLookup(r => r.Unit, StringComparer.Ordinal);
    }

    public Dictionary<string, Unit> Units { get; }
    public ILookup<string, LedgerItem> Items { get; }
    public ILookup<string, RuleMade> RulesMade { get; }

    public static LedgerIndex Of(Ledger ledger) => Cache.GetValue(ledger, l => new LedgerIndex(l));
}

/// <summary>The campaign: who issues the documents, their numbering and the dates that matter.</summary>
public sealed partial record Campaign
{
    /// <summary>
    /// The campaign's id as the ledger gives it (活动编号), or null; <see cref="CampaignId"/> is the one every form
    /// carries and the key store is keyed by.
    /// </summary>
    public string? Id { get; init; }
    /// <summary>发文机关全称.</summary>
    public required string Office { get; init; }
    /// <summary>发文机关标志 text (short name, without 文件).</summary>
    public required string OfficeShort { get; init; }
    /// <summary>机关代字 of supervision notices (e.g. 青教督).</summary>
    public required string Code { get; init; }
    /// <summary>机关代字 of briefings (e.g. 青教通).</summary>
    public required string BriefingCode { get; init; }
    /// <summary>Year used in document numbers.</summary>
    public required int Year { get; init; }
    /// <summary>Serial number of the first notice of this run.</summary>
    public int NoticeSerial { get; init; } = 1;
    /// <summary>Serial number of the briefing.</summary>
    public int BriefingSerial { get; init; } = 1;
    /// <summary>Start of the campaign; no item may fall due before it.</summary>
    public required DateOnly StartDate { get; init; }
    /// <summary>Deadline for units to send their self-inspection forms back.</summary>
    public required DateOnly ReportDeadline { get; init; }
    /// <summary>Date the ledger's statuses are judged at (overdue means due before this and not done).</summary>
    public required DateOnly AsOf { get; init; }
    /// <summary>Date of the briefing (成文日期).</summary>
    public required DateOnly BriefingDate { get; init; }
    /// <summary>Date of the notices (成文日期).</summary>
    public required DateOnly NoticeDate { get; init; }
    /// <summary>Days a unit gets to finish a supervised item, counted from the notice date.</summary>
    public int NoticeDays { get; init; } = 15;
    /// <summary>The meeting that hears the briefing (e.g. 县委常委会扩大会议).</summary>
    public required string Meeting { get; init; }
    /// <summary>主送机关 of the briefing.</summary>
    public string Recipients { get; init; } = "";
    /// <summary>联系人.</summary>
    public string Contact { get; init; } = "";
    /// <summary>联系电话.</summary>
    public string Phone { get; init; } = "";
    /// <summary>签发人.</summary>
    public string Signer { get; init; } = "";
    /// <summary>抄送.</summary>
    public string CopyTo { get; init; } = "";
    /// <summary>印发机关.</summary>
    public string PrintedBy { get; init; } = "";
    /// <summary>印发日期.</summary>
    public required DateOnly PrintDate { get; init; }
    /// <summary>反馈方式 text of notices.</summary>
    public string Feedback { get; init; } = "";
    /// <summary>Whether the notices and the briefing go out under the office's seal (加盖印章), which sets where
    /// 署名 and 成文日期 stand (GB/T 9704 §7.3.5); an empty cell means they do.</summary>
    public bool Sealed { get; init; } = true;
    /// <summary>本级党委 (e.g. 中共青山县委): the Party organisation above the units that have no parent.</summary>
    public string Committee { get; init; } = "";
}

/// <summary>A unit under inspection: a leadership team, a grassroots organisation or a person.</summary>
public sealed record Unit(string Id, string Name, string Kind, string? Parent, string Head, string Contact, string Phone,
    string Title = "", string Org = "", string Reported = "", string Deputy = "")
{
    /// <summary>True for 党员干部 and 党员领导干部 (a person-unit: its items are personal items).</summary>
    public bool IsPerson => Kind is UnitKinds.Member or UnitKinds.Leader;

    /// <summary>A person's name without the post; older ledgers write a person as 姓名（职务） in <see cref="Name"/>.</summary>
    public string PersonName => IsPerson && Title.Length == 0 && Name.IndexOf('（') is > 0 and var i ? Name[..i] : Name;

    /// <summary>A person's post (职务): <see cref="Title"/>, or the bracketed part of an older 姓名（职务） name.</summary>
    public string Post => Title.Length > 0 || !IsPerson ? Title
        : Name.IndexOf('（') is > 0 and var i && Name.EndsWith('）') ? Name[(i + 1)..^1] : "";

    /// <summary>How a list names the unit: a person as 姓名（职务）, any other unit by its name.</summary>
    public string DisplayName => IsPerson && Post.Length > 0 ? $"{PersonName}（{Post}）" : Name;

    /// <summary>The Party organisation's name (党组织名称): <see cref="Org"/>, else the unit's name.</summary>
    public string OrgName => Org.Length > 0 ? Org : Name;
}

/// <summary>The two values of a unit's <see cref="Unit.Reported"/> once forms were collected (empty before).</summary>
public static class Reporting
{
    /// <summary>The unit's form came back and counts.</summary>
    public const string Reported = "已报送";
    /// <summary>No usable form came back.</summary>
    public const string NotReported = "未报送";
    /// <summary>Both values.</summary>
    public static IReadOnlyList<string> All { get; } = [Reported, NotReported];
}

/// <summary>One rectification item of a unit.</summary>
public sealed record LedgerItem
{
    /// <summary>Stable id (e.g. I0001).</summary>
    public required string Id { get; init; }
    /// <summary>Id of the unit the item belongs to.</summary>
    public required string Unit { get; init; }
    /// <summary>Focus point of the unit's kind (1-based), or null.</summary>
    public int? Focus { get; init; }
    /// <summary>One of the 21 special tasks, or null.</summary>
    public int? Task { get; init; }
    /// <summary>The problem found.</summary>
    public required string Problem { get; init; }
    /// <summary>The measure promised.</summary>
    public string Measure { get; init; } = "";
    /// <summary>Person responsible.</summary>
    public string Owner { get; init; } = "";
    /// <summary>Due date.</summary>
    public required DateOnly Due { get; init; }
    /// <summary>Status as written in the ledger (either vocabulary of <see cref="Statuses"/>).</summary>
    public required string Status { get; init; }
    /// <summary>Mass satisfaction (满意/基本满意/不满意) or empty when not yet assessed.</summary>
    public string Satisfaction { get; init; } = "";
    /// <summary>Found during the look-back (新发现的问题).</summary>
    public bool NewlyFound { get; init; }
    /// <summary>Evidence of the rectification.</summary>
    public string Evidence { get; init; } = "";
    /// <summary>Inspection found formalism / going through the motions (搞形式、走过场).</summary>
    public bool Formalism { get; init; }
    /// <summary>四风 problem rebounded or discipline was defied (四风反弹回潮、顶风违纪).</summary>
    public bool Relapse { get; init; }
    /// <summary>当事人 of a relapse, when known.</summary>
    public string Offender { get; init; } = "";
    /// <summary>Where the item stands in the 督办 loop (阶段), when the ledger records it.</summary>
    public Campaigns.ItemStage? Stage { get; init; }
    /// <summary>The 复核 verdict of the level above (复核结论), when given.</summary>
    public Campaigns.Verdict? Verdict { get; init; }
    /// <summary>Why the item was sent back (退回原因), or empty.</summary>
    public string Reason { get; init; } = "";
    /// <summary>When the item was closed (销号时间), or null while open.</summary>
    public DateTime? ClosedAt { get; init; }
    /// <summary>Who closed the item (销号人), or empty.</summary>
    public string ClosedBy { get; init; } = "";

    /// <summary>True once the item is closed (已销号): it leaves later notices and forms.</summary>
    public bool Closed => Stage == Campaigns.ItemStage.Closed;

    /// <summary>True when the level above sent it back (退回重办): it goes into the unit's next notice, marked 回炉.</summary>
    public bool Rework => Stage == Campaigns.ItemStage.Returned;

    /// <summary>The status folded onto done / partial / not_started.</summary>
    public string State => Statuses.StateOf(Status);
}

/// <summary>A rule or regulation a unit made during the campaign (制度建设).</summary>
public sealed record RuleMade(string Unit, string Title, DateOnly? Date);
