namespace OfficeTools.GraphEmulator;

/// <summary>What a fault does to a matching request.</summary>
public enum FaultKind
{
    /// <summary>429 Too Many Requests with Retry-After.</summary>
    Throttle,
    /// <summary>503 Service Unavailable with Retry-After.</summary>
    Unavailable,
    /// <summary>The connection is aborted after part of the request body was read (a broken upload slice).</summary>
    DropConnection,
    /// <summary>409 Conflict (nameAlreadyExists).</summary>
    Conflict,
    /// <summary>412 Precondition Failed (resourceModified), as if someone else changed the item.</summary>
    PreconditionFailed,
    /// <summary>The answer is delayed by <see cref="Fault.DelayMs"/>, then served normally.</summary>
    Slow,
}

/// <summary>
/// A fault to inject: requests whose method matches (or any when null) and whose decoded path contains
/// <see cref="PathContains"/> get <see cref="Kind"/>, <see cref="Times"/> times (then the fault is spent).
/// </summary>
public sealed class Fault
{
    /// <summary>The fault's effect.</summary>
    public FaultKind Kind { get; set; }
    /// <summary>HTTP method to match (GET, PUT, POST, PATCH), or null for any.</summary>
    public string? Method { get; set; }
    /// <summary>Substring of the decoded request path to match ("" matches all).</summary>
    public string PathContains { get; set; } = "";
    /// <summary>How many matching requests get the fault.</summary>
    public int Times { get; set; } = 1;
    /// <summary>Retry-After seconds for 429/503 (keep 0 or 1 in tests).</summary>
    public int RetryAfter { get; set; }
    /// <summary>Delay of a slow answer, in milliseconds.</summary>
    public int DelayMs { get; set; } = 200;
    /// <summary>
    /// Upload sessions only: the fault hits the slice that completes the file, as when another file of that name
    /// arrived while the session ran (https://learn.microsoft.com/graph/api/driveitem-createuploadsession: with
    /// conflictBehavior fail the final request answers 409).
    /// </summary>
    public bool LastSliceOnly { get; set; }

    internal bool Matches(string method, string path) =>
        (Method is null || string.Equals(Method, method, StringComparison.OrdinalIgnoreCase)) &&
        path.Contains(PathContains, StringComparison.Ordinal);
}

/// <summary>The armed faults; thread-safe.</summary>
public sealed class FaultSet
{
    readonly List<Fault> faults = [];

    /// <summary>Arms a fault.</summary>
    public void Add(Fault fault)
    {
        lock (faults) faults.Add(fault);
    }

    /// <summary>Disarms every fault.</summary>
    public void Clear()
    {
        lock (faults) faults.Clear();
    }

    /// <summary>How many injections are left over all faults.</summary>
    public int Remaining
    {
        get { lock (faults) return faults.Sum(f => f.Times); }
    }

    internal Fault? Take(string method, string path, Func<FaultKind, bool> applies, bool lastSlice = false)
    {
        lock (faults)
        {
            var f = faults.FirstOrDefault(f => f.Times > 0 && applies(f.Kind) && f.Matches(method, path) && (!f.LastSliceOnly || lastSlice));
            if (f is null) return null;
            f.Times--;
            if (f.Times == 0) faults.Remove(f);
            return f;
        }
    }
}
