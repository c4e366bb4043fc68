namespace OfficeTools.Documents.Ledger;

/// <summary>
/// The units as a tree through <see cref="Unit.Parent"/>: county → township → village or community, and the departments (and
/// the persons under a unit) below the county. The county itself is the campaign's 本级党委: a unit without a parent stands
/// right under it. The one home of subtree selection (<c>--under</c>), depth and the roll-up by level. The ledger reader
/// refuses unknown parents and cycles; the tree is built once per ledger.
/// </summary>
public sealed class UnitTree
{
    static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Ledger, UnitTree> Cache = new();
    readonly Ledger _ledger;
    readonly ILookup<string, Unit> _children;

    UnitTree(Ledger ledger)
    {
        _ledger = ledger;
        _children = ledger.Units.Where(u => u.Parent is { } p && p != u.Id).ToLookup(u => u.Parent!, StringComparer.Ordinal);
    }

    /// <summary>The tree of <paramref name="ledger"/>'s units.</summary>
    public static UnitTree Of(Ledger ledger)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        return Cache.GetValue(ledger, l => new UnitTree(l));
    }

    /// <summary>Where an unknown <c>--under</c> unit is located (the option).</summary>
    public const string UnderOption = "--under";

    /// <summary>The units right under <paramref name="unitId"/>, in ledger order.</summary>
    public IEnumerable<Unit> Children(string unitId) => _children[unitId];

    /// <summary>The unit and every unit below it, in ledger order (empty when there is no such unit).</summary>
    public IReadOnlyList<Unit> Subtree(string unitId)
    {
        var ids = _ledger.Subtree(unitId);
        return [.. _ledger.Units.Where(u => ids.Contains(u.Id))];
    }

    /// <summary>
    /// The ids of <paramref name="rootId"/> and of every unit below it among <paramref name="units"/> (id and parent, as a
    /// ledger or a batch's index.json gives them); empty when no unit has that id.
    /// </summary>
    public static IReadOnlySet<string> SubtreeIds(IEnumerable<(string Id, string? Parent)> units, string rootId)
    {
        ArgumentNullException.ThrowIfNull(units);
        var list = units.ToList();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        if (list.All(u => u.Id != rootId)) return ids;
        var children = list.Where(u => u.Parent is { } p && p != u.Id).ToLookup(u => u.Parent!, u => u.Id, StringComparer.Ordinal);
        ids.Add(rootId);
        var queue = new Queue<string>([rootId]);
        while (queue.TryDequeue(out var id))
            foreach (var c in children[id])
                if (ids.Add(c)) queue.Enqueue(c);
        return ids;
    }

    /// <summary>True when <paramref name="unitId"/> is <paramref name="rootId"/> or stands below it.</summary>
    public bool IsUnder(string unitId, string rootId) => _ledger.IsWithin(unitId, rootId);

    /// <summary>How deep a unit stands in its parent chain (0: no parent, right under the county).</summary>
    public int Depth(Unit unit)
    {
        ArgumentNullException.ThrowIfNull(unit);
        var depth = 0;
        // the ledger refuses cycles; the bound only keeps a bad one from looping
        for (var u = unit; u.Parent is { } p && _ledger.FindUnit(p) is { } parent && depth < _ledger.Units.Count; u = parent) depth++;
        return depth;
    }

    /// <summary>
    /// The level a unit stands at, by where it is in the tree: right under the county a 乡镇 (it has organisations under it) or a
    /// 县直部门; under a 乡镇 a 村（社区）, under a department 部门所属; deeper 第N级. A person stands at the level of the unit above it
    /// (县级 when none). <c>Depth</c> orders the levels.
    /// </summary>
    public (int Depth, string Name) Level(Unit unit)
    {
        ArgumentNullException.ThrowIfNull(unit);
        if (unit.IsPerson)
            return unit.Parent is { } p && p != unit.Id && _ledger.FindUnit(p) is { } above && !above.IsPerson ? Level(above) : (0, "县级");
        var depth = Depth(unit);
        var top = unit;
        for (var steps = 0; top.Parent is { } tp && _ledger.FindUnit(tp) is { } up && steps < _ledger.Units.Count; steps++) top = up;
        var township = _children[top.Id].Any(c => !c.IsPerson);
        return depth switch
        {
            0 => (0, township ? "乡镇" : "县直部门"),
            1 => (1, township ? "村（社区）" : "部门所属"),
            _ => (depth, $"第{depth + 1}级"),
        };
    }

    /// <summary>
    /// The roll-up by level: each unit that has organisations (units that are not persons) below it — a 乡镇 with its villages
    /// and communities — with those organisations, in ledger order; the persons under a unit are not a level of their own.
    /// </summary>
    public IReadOnlyList<(Unit Head, IReadOnlyList<Unit> Below)> Levels() =>
        [.. _ledger.Units.Where(u => !u.IsPerson && _children[u.Id].Any(c => !c.IsPerson))
            .Select(u => (u, (IReadOnlyList<Unit>)[.. Subtree(u.Id).Where(b => b.Id != u.Id && !b.IsPerson)]))];

    /// <summary>
    /// The ledger of the subtree under <paramref name="unitId"/>: its units, their items and rules made, with
    /// <see cref="Ledger.Whole"/> the ledger it was cut from; null when the ledger holds no such unit.
    /// </summary>
    public Ledger? Under(string unitId)
    {
        var units = Subtree(unitId);
        if (units.Count == 0) return null;
        var ids = units.Select(u => u.Id).ToHashSet(StringComparer.Ordinal);
        return _ledger with
        {
            Units = units, Items = [.. _ledger.Items.Where(i => ids.Contains(i.Unit))],
            RulesMade = [.. _ledger.RulesMade.Where(r => ids.Contains(r.Unit))],
            Whole = _ledger.Whole ?? _ledger, Root = units[0],
        };
    }

    /// <summary>
    /// <paramref name="ledger"/> cut to the subtree under <paramref name="unitId"/> (<c>--under</c>), the ledger itself when
    /// <paramref name="unitId"/> is null, or the located problem of a unit the ledger (read from <paramref name="file"/>) does not hold
    /// (a subtree's ledger holds its own units only).
    /// </summary>
    public static (Ledger? Ledger, Diagnostic? Problem) Cut(Ledger ledger, string? unitId, string file)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        if (unitId is null) return (ledger, null);
        var tree = Of(ledger.Whole ?? ledger);
        // a subtree cuts within itself only: a sibling's unit is as unknown to it as one the ledger does not hold
        var id = unitId.Trim();
        return ledger.FindUnit(id) is not null && tree.Under(id) is { } sub ? (sub, null) : (null, Of(ledger).UnknownRoot(file, id));
    }

    /// <summary>The problem of an <c>--under</c> naming no unit of the ledger in <paramref name="file"/>, with the ids nearest to hand.</summary>
    public Diagnostic UnknownRoot(string file, string unitId)
    {
        var known = Levels().Select(l => $"{l.Head.Id} {l.Head.Name}").Take(8).ToList();
        return new Diagnostic(file, $"{UnderOption} {unitId}", $"no unit '{unitId}' in this ledger; give a unit's 编号"
            + (known.Count > 0 ? $" (units with levels under them: {string.Join("，", known)})" : "")) { Id = "unknown-under" };
    }
}
