using System.Collections.Concurrent;
using OfficeTools.Data;
using OfficeTools.Engine;

namespace OfficeTools.Cli.Rendering;

public sealed partial class RenderJob
{
    int RenderList(DocxTemplate template, RecordSet data, ParsedNames parsedNames)
    {
        var outDir = _request.Output;
        if (File.Exists(outDir))
        {
            _error.WriteLine($"{outDir}: output: error: is a file; a list of records renders one document per record into a folder");
            return ExitCodes.InputErrors;
        }
        if (!Directory.Exists(outDir) && Path.GetExtension(outDir).ToLowerInvariant() is ".docx" or ".dotx" or ".doc" or ".docm")
        {
            _error.WriteLine($"{outDir}: output: error: the data is a list of records (one document each), so the output is a folder, " +
                "but this is named like a document; give a folder (for example -o notices), or data with a single record");
            return ExitCodes.InputErrors;
        }
        var names = parsedNames.Template;
        if (_request.Name != null && names == null)
        {
            foreach (var e in parsedNames.Errors) _error.WriteLine($"--name: error: {e}");
            return ExitCodes.InputErrors;
        }
        if (WritableProblem(Path.GetFullPath(outDir), mayCreate: true) is { } problem)
        {
            _error.WriteLine($"{outDir}: output: error: {problem}");
            return ExitCodes.InputErrors;
        }
        // Documents are staged in a hidden folder inside the output and moved in only when every record rendered;
        // files of the folder that this tool did not write stay (see StagedOutput).
        StagedOutput staged;
        try { staged = StagedOutput.Begin(outDir); }
        catch (Exception e) when (IoFailure.Is(e))
        {
            _error.WriteLine($"{outDir}: output: error: cannot write: {IoFailure.Reason(e)}; nothing written");
            return ExitCodes.InputErrors;
        }
        using (staged)
        {
            Outcome outcome;
            try
            {
                // Ctrl+C stops the run cleanly so the staging folder is removed and nothing half-done is left.
                using var cancel = new CancellationTokenSource();
                ConsoleCancelEventHandler onCancel = (_, e) =>
                {
                    e.Cancel = true;
                    cancel.Cancel();
                };
                Console.CancelKeyPress += onCancel;
                try
                {
                    outcome = RenderAll(template, data, names, staged, cancel.Token);
                }
                finally
                {
                    Console.CancelKeyPress -= onCancel;
                }
            }
            catch (OperationCanceledException)
            {
                _error.WriteLine("cancelled; nothing written");
                return ExitCodes.InputErrors;
            }
            if (outcome.Errors.Count > 0 || outcome.Count == 0)
            {
                foreach (var e in outcome.Errors.OrderBy(e => e.Record).ThenBy(e => e.Message, StringComparer.Ordinal))
                    _error.WriteLine(e.Message);
                _error.WriteLine(outcome.Count == 0
                    ? $"{_request.Data}: data: error: no records to render; nothing written"
                    : $"{outcome.Errors.Count} error(s) in {outcome.Count} record(s); nothing written");
                return ExitCodes.InputErrors;
            }
            var commit = staged.Commit([.. outcome.Names.Select(n => n.Name)], replaceSet: false);
            if (commit.Errors.Count > 0)
            {
                foreach (var e in commit.Errors) _error.WriteLine(e);
                _error.WriteLine("nothing written");
                return ExitCodes.InputErrors;
            }
            foreach (var k in commit.Kept) _output.WriteLine(k);
            return Done(outcome.Count, outDir);
        }
    }

    int Done(int count, string outDir)
    {
        var seconds = _clock.Elapsed.TotalSeconds;
        _output.WriteLine($"rendered {count} documents into {outDir} in {seconds:0.0} s ({count / Math.Max(seconds, 0.001):0} docs/s)");
        return ExitCodes.Ok;
    }

    // Reference types throughout: generic collections over them run precompiled shared code, where value tuples and
    // int keys would be JIT-compiled at every start of the program.

    /// <summary>How the records went: the highest record number, every error, and the documents by record number.</summary>
    sealed record Outcome(int Count, List<RecordError> Errors, List<NamedRecord> Names);

    /// <summary>An error of one record (sorted by record when printed).</summary>
    sealed record RecordError(int Record, string Message);

    /// <summary>The file name a record's document gets.</summary>
    sealed record NamedRecord(int Number, string Name);

    Outcome RenderAll(DocxTemplate template, RecordSet data, NameTemplate? names, StagedOutput staged, CancellationToken cancel)
    {
        var errors = new ConcurrentQueue<RecordError>();
        var claimed = new ConcurrentDictionary<string, NamedRecord>(StringComparer.OrdinalIgnoreCase);
        var progress = new ProgressBar(_showProgress ? _error : null, data.Count, () => data.ReadFraction);
        var count = 0;
        var jobs = _request.Jobs > 0 ? _request.Jobs : Environment.ProcessorCount;
        var source = Partitioner.Create(data.Records, EnumerablePartitionerOptions.NoBuffering);
        Parallel.ForEach(source, new ParallelOptions { MaxDegreeOfParallelism = jobs, CancellationToken = cancel }, record =>
        {
            var n = record.Number;
            InterlockedMax(ref count, n);
            if (record.Error is { } dataError)
            {
                errors.Enqueue(new RecordError(n, dataError.ToString()));
                return;
            }
            var where = $"{_request.Data}: record {n}";
            if (record.Value is not IDictionary<string, object?>)
            {
                errors.Enqueue(new RecordError(n, $"{where}: error: not an object (each record must be an object of fields)"));
                return;
            }
            var name = ClaimName(record, names, where, errors, claimed);
            // Straight into the staging file (no copy of the document); after an error anywhere nothing will be
            // kept, so later records are only checked.
            RenderResult result;
            if (errors.IsEmpty && name != null)
            {
                try
                {
                    using var file = NewFile.Open(Path.Combine(staged.Folder, name.Name));
                    result = template.Render(record.Value, file, cancel);
                }
                catch (Exception e) when (IoFailure.Is(e))
                {
                    // Disk full, permission, path too long: named by the document it was writing; nothing will be kept.
                    errors.Enqueue(new RecordError(n, $"{staged.Shown(name.Name)}: cannot write: {IoFailure.Reason(e)}"));
                    progress.Tick();
                    return;
                }
            }
            else result = template.Render(record.Value, Stream.Null, cancel);
            foreach (var d in result.Diagnostics) errors.Enqueue(new RecordError(n, $"{where}: {d}"));
            progress.Tick();
        });
        progress.Finish();
        // Every claim that held is a document; the claims are the list of names.
        var inOrder = claimed.Values.ToList();
        inOrder.Sort((a, b) => a.Number.CompareTo(b.Number));
        return new Outcome(count, [.. errors], inOrder);
    }

    /// <summary>The record's file name, claimed for it alone; null (and the error queued) when it has none.</summary>
    NamedRecord? ClaimName(DataRecord record, NameTemplate? names, string where, ConcurrentQueue<RecordError> errors,
        ConcurrentDictionary<string, NamedRecord> claimed)
    {
        var n = record.Number;
        string? nameError = null;
        var raw = names == null ? $"{TemplateStem}-{n:D4}" : names.Render(record.Value, out nameError);
        if (raw == null)
        {
            errors.Enqueue(new RecordError(n, $"{where}: --name: error: {nameError}"));
            return null;
        }
        var safe = FileNames.Sanitize(raw);
        if (safe == null)
        {
            errors.Enqueue(new RecordError(n, $"{where}: --name: error: gives an empty file name (\"{raw}\")"));
            return null;
        }
        var mine = new NamedRecord(n, safe);
        var owner = claimed.GetOrAdd(safe, mine);
        if (owner == mine) return mine;
        var (first, second) = (Math.Min(owner.Number, n), Math.Max(owner.Number, n));
        errors.Enqueue(new RecordError(second, $"{_request.Data}: records {first} and {second}: --name: error: both give the file name \"{safe}\""));
        return null;
    }

    static void InterlockedMax(ref int target, int value)
    {
        var current = Volatile.Read(ref target);
        while (value > current)
        {
            var seen = Interlocked.CompareExchange(ref target, value, current);
            if (seen == current) return;
            current = seen;
        }
    }
}
