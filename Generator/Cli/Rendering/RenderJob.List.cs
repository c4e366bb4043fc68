using System.Collections.Concurrent;
using OfficeTools.Data;
using OfficeTools.Engine;

namespace OfficeTools.Cli.Rendering;

public sealed partial class RenderJob
{
    int RenderList(DocxTemplate template, RecordSet data)
    {
        var outDir = _request.Output;
        if (File.Exists(outDir))
        {
            _error.WriteLine($"{outDir}: output: error: is a file; a list of records renders one document per record into a folder");
            return ExitCodes.InputErrors;
        }
        NameTemplate? names = null;
        if (_request.Name is { } expr)
        {
            names = NameTemplate.Parse(expr, out var nameErrors);
            if (names == null)
            {
                foreach (var e in nameErrors) _error.WriteLine($"--name: error: {e}");
                return ExitCodes.InputErrors;
            }
        }
        if (WritableProblem(Path.GetFullPath(outDir), mayCreate: true) is { } problem)
        {
            _error.WriteLine($"{outDir}: output: error: {problem}");
            return ExitCodes.InputErrors;
        }
        var created = !Directory.Exists(outDir);
        var staging = Path.Combine(outDir, $".officetools-staging-{Guid.NewGuid():N}");
        var ok = false;
        var moved = 0;
        try
        {
            Directory.CreateDirectory(staging);
            // Ctrl+C stops the run cleanly so the staging folder is removed and nothing half-done is left.
            using var cancel = new CancellationTokenSource();
            ConsoleCancelEventHandler onCancel = (_, e) =>
            {
                e.Cancel = true;
                cancel.Cancel();
            };
            Console.CancelKeyPress += onCancel;
            Outcome outcome;
            try
            {
                outcome = RenderAll(template, data, names, staging, cancel.Token);
            }
            finally
            {
                Console.CancelKeyPress -= onCancel;
            }
            if (outcome.Errors.Count > 0 || outcome.Count == 0)
            {
                foreach (var (_, message) in outcome.Errors.OrderBy(e => e.Record).ThenBy(e => e.Message, StringComparer.Ordinal))
                    _error.WriteLine(message);
                _error.WriteLine(outcome.Count == 0
                    ? $"{_request.Data}: data: error: no records to render; nothing written"
                    : $"{outcome.Errors.Count} error(s) in {outcome.Count} record(s); nothing written");
                return ExitCodes.InputErrors;
            }
            var blocked = outcome.Names.Values.Where(n => Directory.Exists(Path.Combine(outDir, n))).Order(StringComparer.Ordinal).ToList();
            if (blocked.Count > 0)
            {
                foreach (var n in blocked) _error.WriteLine($"{Path.Combine(outDir, n)}: output: error: a folder has this name, so the document cannot be written");
                _error.WriteLine("nothing written");
                return ExitCodes.InputErrors;
            }
            foreach (var (number, name) in outcome.Names.OrderBy(p => p.Key))
            {
                File.Move(Path.Combine(staging, $"{number}.docx"), Path.Combine(outDir, name), overwrite: true);
                moved++;
            }
            ok = true;
            var seconds = _clock.Elapsed.TotalSeconds;
            _output.WriteLine($"rendered {outcome.Count} documents into {outDir} in {seconds:0.0} s ({outcome.Count / Math.Max(seconds, 0.001):0} docs/s)");
            return ExitCodes.Ok;
        }
        catch (OperationCanceledException)
        {
            _error.WriteLine("cancelled; nothing written");
            return ExitCodes.InputErrors;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            _error.WriteLine($"{outDir}: output: error: cannot write: {e.Message}; " +
                (moved == 0 ? "nothing written" : $"only {moved} document(s) were moved into place before this failure"));
            return ExitCodes.InputErrors;
        }
        finally
        {
            if (Directory.Exists(staging)) Directory.Delete(staging, recursive: true);
            if (!ok && created && Directory.Exists(outDir) && !Directory.EnumerateFileSystemEntries(outDir).Any()) Directory.Delete(outDir);
        }
    }

    sealed record Outcome(int Count, List<(int Record, string Message)> Errors, IDictionary<int, string> Names);

    Outcome RenderAll(DocxTemplate template, RecordSet data, NameTemplate? names, string staging, CancellationToken cancel)
    {
        var errors = new ConcurrentQueue<(int Record, string Message)>();
        var finalNames = new ConcurrentDictionary<int, string>();
        var claimed = new ConcurrentDictionary<string, int>(StringComparer.OrdinalIgnoreCase);
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
                errors.Enqueue((n, dataError.ToString()));
                return;
            }
            var where = $"{_request.Data}: record {n}";
            if (record.Value is not IDictionary<string, object?>)
            {
                errors.Enqueue((n, $"{where}: error: not an object (each record must be an object of fields)"));
                return;
            }
            ClaimName(record, names, where, errors, finalNames, claimed);
            // Straight into the staging file (no copy of the document); after an error anywhere nothing will be
            // kept, so later records are only checked.
            RenderResult result;
            if (errors.IsEmpty)
            {
                using var file = NewFile.Open(Path.Combine(staging, $"{n}.docx"));
                result = template.Render(record.Value, file, cancel);
            }
            else result = template.Render(record.Value, Stream.Null, cancel);
            foreach (var d in result.Diagnostics) errors.Enqueue((n, $"{where}: {d}"));
            progress.Tick();
        });
        progress.Finish();
        return new Outcome(count, [.. errors], finalNames);
    }

    void ClaimName(DataRecord record, NameTemplate? names, string where, ConcurrentQueue<(int, string)> errors,
        ConcurrentDictionary<int, string> finalNames, ConcurrentDictionary<string, int> claimed)
    {
        var n = record.Number;
        string? nameError = null;
        var raw = names == null ? $"{TemplateStem}-{n:D4}" : names.Render(record.Value, out nameError);
        if (raw == null)
        {
            errors.Enqueue((n, $"{where}: --name: error: {nameError}"));
            return;
        }
        var safe = FileNames.Sanitize(raw);
        if (safe == null)
        {
            errors.Enqueue((n, $"{where}: --name: error: gives an empty file name (\"{raw}\")"));
            return;
        }
        var owner = claimed.GetOrAdd(safe, n);
        if (owner != n)
            errors.Enqueue((Math.Max(owner, n), $"{_request.Data}: records {Math.Min(owner, n)} and {Math.Max(owner, n)}: --name: error: both give the file name \"{safe}\""));
        else finalNames[n] = safe;
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
