namespace OfficeTools.GraphEmulator;

/// <summary>Request counters, for benchmarks and for tests that prove nothing was sent twice.</summary>
public sealed class Counters
{
    long total, uploads, batched, faults;

    /// <summary>Every HTTP request the emulator received.</summary>
    public long Total => Interlocked.Read(ref total);
    /// <summary>Requests that carried file content: content PUTs, upload-session creations and slice PUTs.</summary>
    public long Uploads => Interlocked.Read(ref uploads);
    /// <summary>Requests other than uploads (listings, list items, $batch envelopes…).</summary>
    public long Other => Total - Uploads;
    /// <summary>Requests carried inside $batch envelopes.</summary>
    public long Batched => Interlocked.Read(ref batched);
    /// <summary>Faults injected.</summary>
    public long Faults => Interlocked.Read(ref faults);

    internal void CountRequest(bool isUpload)
    {
        Interlocked.Increment(ref total);
        if (isUpload) Interlocked.Increment(ref uploads);
    }

    internal void CountBatched() => Interlocked.Increment(ref batched);
    internal void CountFault() => Interlocked.Increment(ref faults);

    /// <summary>Sets every counter back to zero.</summary>
    public void Reset()
    {
        Interlocked.Exchange(ref total, 0);
        Interlocked.Exchange(ref uploads, 0);
        Interlocked.Exchange(ref batched, 0);
        Interlocked.Exchange(ref faults, 0);
    }
}
