using System.Collections.Concurrent;

namespace OfficeTools.Documents.Batch;

/// <summary>
/// Converts .docx to PDF beside them with a pool of workers (<see cref="PdfJobs.Workers"/>, one per core by default), each
/// with LibreOffice and a profile of its own, or each sending to a Gotenberg service (<see cref="PdfJobs.Service"/>), fed in chunks so that no command line grows with the batch. A PDF the previous
/// run made from the same document is taken over instead of converted again (<see cref="PdfReuse"/>). A document
/// LibreOffice cannot convert is named with LibreOffice's reason, and the others are converted all the same.
/// </summary>
internal static class PdfConverter
{
    /// <summary>The soffice executable on PATH (or OFFICETOOLS_SOFFICE), or null.</summary>
    public static string? FindSoffice()
    {
        var env = Environment.GetEnvironmentVariable("OFFICETOOLS_SOFFICE");
        if (!string.IsNullOrEmpty(env)) return File.Exists(env) ? env : null;
        var names = OperatingSystem.IsWindows() ? new[] { "soffice.exe", "soffice.com" } : ["soffice", "libreoffice"];
        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
            foreach (var n in names)
                if (File.Exists(Path.Combine(dir, n))) return Path.Combine(dir, n);
        return null;
    }

    /// <summary>
    /// What a conversion did: the documents (paths as given) that have their PDF now, how many of them were taken over from the
    /// previous run, and one located error per document that has none.
    /// </summary>
    public sealed record Result(IReadOnlySet<string> Converted, int Reused, IReadOnlyList<Diagnostic> Errors)
    {
        /// <summary>Documents with a PDF.</summary>
        public int Count => Converted.Count;
    }

    /// <summary>Converts with one worker per core and nothing taken over.</summary>
    public static Result Convert(string soffice, string root, IReadOnlyList<string> documents, CancellationToken ct) =>
        Convert(soffice, root, documents, new PdfJobs(), ct);

    /// <summary>How long one document may take at the PDF service.</summary>
    static readonly TimeSpan ServiceTimeout = TimeSpan.FromMinutes(5);

    /// <summary>
    /// Converts the documents (paths relative to <paramref name="root"/>); each PDF is written beside its .docx. A document
    /// with a 版记 is also converted without it; when that shows the 版记 does not fit under the body, the .docx is given the
    /// 版记 on a page of its own (<see cref="ColophonPages"/>) and converted again.
    /// </summary>
    /// <remarks><paramref name="soffice"/> may be null when <see cref="PdfJobs.Service"/> converts.</remarks>
    public static Result Convert(string? soffice, string root, IReadOnlyList<string> documents, PdfJobs jobs, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(jobs);
        var done = new ConcurrentDictionary<int, bool>();
        var errors = new ConcurrentBag<(int Order, Diagnostic Problem)>();
        var reused = 0;
        var todo = new List<int>();
        for (var i = 0; i < documents.Count; i++)
        {
            if (jobs.Previous is { } previous && PdfReuse.TakeOver(previous, root, documents[i]))
            {
                done[i] = true;
                reused++;
                jobs.Progress?.Report(1);
            }
            else todo.Add(i);
        }
        var workers = Math.Clamp(jobs.Workers, 1, Math.Max(1, todo.Count));
        var queue = new ConcurrentQueue<IReadOnlyList<int>>(Chunks(todo, root, documents, workers, jobs.ChunkSize));
        var work = Path.Combine(Path.GetTempPath(), $"lo-officetools-{Guid.NewGuid():N}");
        using var client = jobs.Service is null ? null : new HttpClient { Timeout = ServiceTimeout };
        client?.DefaultRequestHeaders.UserAgent.ParseAdd("officetools");
        IPdfEngine Engine(string folder) => client is not null ? new GotenbergEngine(client, jobs.Service!)
            : new SofficeEngine(soffice ?? throw new ArgumentNullException(nameof(soffice), "LibreOffice or a PDF service is needed"), folder);
        try
        {
            var threads = Enumerable.Range(0, workers).Select(n => Task.Factory.StartNew(() =>
            {
                var folder = Path.Combine(work, $"w{n}");
                var worker = new PdfWorker(Engine(folder), folder);
                while (!ct.IsCancellationRequested && queue.TryDequeue(out var chunk))
                {
                    foreach (var (i, problem) in worker.Convert(root, chunk.Select(i => (i, documents[i])).ToList(), ct))
                    {
                        if (problem is null) { done[i] = true; jobs.Progress?.Report(1); }
                        else errors.Add((i, new Diagnostic(documents[i], "", problem)));
                    }
                }
            }, ct, TaskCreationOptions.LongRunning, TaskScheduler.Default)).ToArray();
            Task.WaitAll(threads, ct);
        }
        finally
        {
            try { Directory.Delete(work, true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
        ct.ThrowIfCancellationRequested();
        var converted = done.Keys.Select(i => documents[i]).ToHashSet(StringComparer.Ordinal);
        return new Result(converted, reused, [.. errors.OrderBy(e => e.Order).Select(e => e.Problem)]);
    }

    /// <summary>Documents in one soffice run at most: a run that fails is retried document by document, and progress moves a chunk at a time.</summary>
    const int MostPerChunk = 40;

    // Every soffice run costs about a second of CPU before it converts anything (most of it system time: mapping and
    // faulting in LibreOffice), so the documents go in as few runs as keep the workers busy: one per worker, or more
    // when a worker would get more than MostPerChunk. The chunks are balanced by size (a 公文 with its 版记 costs two
    // conversions, a long briefing more): largest document first, each to the chunk with the least so far, the
    // heaviest chunks queued first. A fixed size when asked.
    static IEnumerable<IReadOnlyList<int>> Chunks(List<int> todo, string root, IReadOnlyList<string> documents, int workers, int? wanted)
    {
        var order = todo.Select(i => (Index: i, Size: new FileInfo(Path.Combine(root, documents[i])).Length))
            .OrderByDescending(d => d.Size).ThenBy(d => d.Index).ToList();
        if (wanted is > 0)
        {
            for (var at = 0; at < order.Count; at += wanted.Value)
                yield return order.GetRange(at, Math.Min(wanted.Value, order.Count - at)).Select(d => d.Index).ToList();
            yield break;
        }
        var rounds = (order.Count + workers * MostPerChunk - 1) / (workers * MostPerChunk);
        var chunks = Enumerable.Range(0, Math.Max(1, Math.Min(order.Count, rounds * workers))).Select(_ => (Load: 0L, Items: new List<int>())).ToList();
        foreach (var (index, size) in order)
        {
            var least = 0;
            for (var c = 1; c < chunks.Count; c++)
                if (chunks[c].Items.Count < MostPerChunk && (chunks[least].Items.Count >= MostPerChunk || chunks[c].Load < chunks[least].Load)) least = c;
            chunks[least].Items.Add(index);
            chunks[least] = (chunks[least].Load + size, chunks[least].Items);
        }
        foreach (var chunk in chunks.Where(c => c.Items.Count > 0).OrderByDescending(c => c.Load)) yield return chunk.Items;
    }
}

/// <summary>How <c>--pdf</c> converts: the workers, the chunk size, the previous run's output to take PDFs over from, progress.</summary>
internal sealed record PdfJobs
{
    /// <summary>LibreOffice processes at once (default: one per core).</summary>
    public int Workers { get; init; } = Environment.ProcessorCount;
    /// <summary>Documents per soffice run (null: chosen from the count and the workers).</summary>
    public int? ChunkSize { get; init; }
    /// <summary>The output folder of the previous run, whose up-to-date PDFs are taken over; null converts everything.</summary>
    public string? Previous { get; init; }
    /// <summary>A Gotenberg service to convert with instead of LibreOffice here (its address; the route is appended).</summary>
    public Uri? Service { get; init; }
    /// <summary>Told of each document that has its PDF.</summary>
    public IProgress<int>? Progress { get; init; }
}
