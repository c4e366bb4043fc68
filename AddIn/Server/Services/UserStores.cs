using OfficeTools.Collect.Stores;

namespace OfficeTools.AddIn.Server.Services;

/// <summary>
/// One SharePoint store per signed-in user (key: tenant id and object id from the validated token, never a name),
/// reused until the token it was made with expires, at most <c>capacity</c> users at once (the least recently used
/// goes first). A store is disposed only when it is out of the cache and no request holds it any more.
/// </summary>
public sealed class UserStores(int capacity, TimeProvider clock) : IAsyncDisposable
{
    sealed class Entry(IFormStore store, DateTimeOffset expires)
    {
        public IFormStore Store { get; } = store;
        public DateTimeOffset Expires { get; } = expires;
        public int Leases;
        public bool Evicted;
        public bool Disposed;
        public long LastUsed;
    }

    readonly Dictionary<string, Entry> entries = new(StringComparer.Ordinal);
    readonly Lock gate = new();
    long tick;

    /// <summary>How many users have a store now.</summary>
    public int Count
    {
        get { lock (gate) return entries.Count; }
    }

    /// <summary>The user's store (made by <paramref name="create"/> when none is cached or it has expired), lent until the lease is disposed.</summary>
    public StoreLease Lease(string user, DateTimeOffset tokenExpires, Func<IFormStore> create)
    {
        var retired = new List<Entry>();
        Entry entry;
        lock (gate)
        {
            var now = clock.GetUtcNow();
            if (!entries.TryGetValue(user, out entry!) || entry.Expires <= now)
            {
                if (entry is not null) retired.Add(Evict(user, entry));
                entry = new Entry(create(), tokenExpires);
                entries[user] = entry;
                foreach (var (k, e) in entries.Where(kv => kv.Value.Expires <= now).ToList()) retired.Add(Evict(k, e));
                while (entries.Count > Math.Max(1, capacity))
                {
                    var oldest = entries.Where(kv => kv.Value != entry).MinBy(kv => kv.Value.LastUsed);
                    retired.Add(Evict(oldest.Key, oldest.Value));
                }
            }
            entry.Leases++;
            entry.LastUsed = ++tick;
        }
        DisposeIdle(retired);
        return new StoreLease(entry.Store, () => Return(entry));
    }

    Entry Evict(string key, Entry e)
    {
        entries.Remove(key);
        e.Evicted = true;
        return e;
    }

    void Return(Entry e)
    {
        lock (gate) e.Leases--;
        DisposeIdle([e]);
    }

    // Out of the cache and held by no request: disposed, exactly once.
    void DisposeIdle(List<Entry> retired)
    {
        foreach (var e in retired)
        {
            bool dispose;
            lock (gate)
            {
                dispose = e.Evicted && e.Leases == 0 && !e.Disposed;
                if (dispose) e.Disposed = true;
            }
            if (dispose) _ = e.Store.DisposeAsync().AsTask();
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        List<Entry> all;
        lock (gate)
        {
            all = [.. entries.Values];
            entries.Clear();
        }
        foreach (var e in all) await e.Store.DisposeAsync();
    }
}
