namespace OfficeTools.Documents.Ledger;

public sealed partial record Ledger
{
    /// <summary>
    /// The ids of <paramref name="unitId"/> and every unit below it by <see cref="Unit.Parent"/> (a township and its villages
    /// and communities); empty when the ledger has no such unit. The walk is <see cref="UnitTree.SubtreeIds"/>'s (the one home of
    /// the tree); a cycle in a ledger built by hand still ends, each unit counted once.
    /// </summary>
    public IReadOnlySet<string> Subtree(string unitId)
    {
        ArgumentNullException.ThrowIfNull(unitId);
        return SubtreeIndex.Of(this).Subtrees.GetOrAdd(unitId, id => UnitTree.SubtreeIds(Units.Select(u => (u.Id, u.Parent)), id));
    }

    /// <summary>True when <paramref name="unitId"/> is <paramref name="ancestorId"/> or lies below it.</summary>
    public bool IsWithin(string unitId, string ancestorId) => Subtree(ancestorId).Contains(unitId);

    // the subtrees asked for, once per ledger (kept apart from the record so equality stays about the data)
    sealed class SubtreeIndex
    {
        static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Ledger, SubtreeIndex> Cache = new();

        public System.Collections.Concurrent.ConcurrentDictionary<string, IReadOnlySet<string>> Subtrees { get; } = new(StringComparer.Ordinal);

        public static SubtreeIndex Of(Ledger ledger) => Cache.GetValue(ledger, _ => new SubtreeIndex());
    }
}
