namespace OfficeTools.Documents.Ledger;

public sealed partial record Ledger
{
    /// <summary>
    /// The ids of <paramref name="unitId"/> and every unit below it by <see cref="Unit.Parent"/> (a township and its villages
    /// and communities); empty when the ledger has no such unit. The parser refuses parent cycles; a cycle
    /// in a ledger built by hand still ends, each unit counted once.
    /// </summary>
    public IReadOnlySet<string> Subtree(string unitId)
    {
        ArgumentNullException.ThrowIfNull(unitId);
        var index = SubtreeIndex.Of(this);
        return index.Subtrees.GetOrAdd(unitId, id => Walk(id, index.Children));
    }

    IReadOnlySet<string> Walk(string unitId, ILookup<string, string> children)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        if (FindUnit(unitId) is null) return ids;
        var queue = new Queue<string>([unitId]);
        while (queue.Count > 0)
        {
            var id = queue.Dequeue();
            if (!ids.Add(id)) continue;
            foreach (var child in children[id]) queue.Enqueue(child);
        }
        return ids;
    }

    /// <summary>True when <paramref name="unitId"/> is <paramref name="ancestorId"/> or lies below it.</summary>
    public bool IsWithin(string unitId, string ancestorId) => Subtree(ancestorId).Contains(unitId);

    // children by parent id and the subtrees asked for, once per ledger (kept apart from the record so equality stays about the data)
    sealed class SubtreeIndex
    {
        static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Ledger, SubtreeIndex> Cache = new();

        public required ILookup<string, string> Children { get; init; }
        public System.Collections.Concurrent.ConcurrentDictionary<string, IReadOnlySet<string>> Subtrees { get; } = new(StringComparer.Ordinal);

        public static SubtreeIndex Of(Ledger ledger) => Cache.GetValue(ledger, l => new SubtreeIndex
        {
            Children = l.Units.Where(u => u.Parent != null && u.Parent != u.Id).ToLookup(u => u.Parent!, u => u.Id, StringComparer.Ordinal),
        });
    }
}
