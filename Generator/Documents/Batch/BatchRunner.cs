using System.Collections.Concurrent;
using System.Diagnostics;
using OfficeTools.Data;
using OfficeTools.Documents.Ledger;
using OfficeTools.Documents.Models;
using OfficeTools.Documents.Rules;
using OfficeTools.Engine;

namespace OfficeTools.Documents.Batch;

/// <summary>
/// The whole job of <c>officetools batch</c>: load and check the ledger, apply the rules, render every form, the notices
/// and the briefing into a staging folder, then swap it into place. Nothing is written when anything fails.
/// </summary>
public static partial class BatchRunner
{
    /// <summary>Runs the batch; errors come back as located messages, never as exceptions.</summary>
    public static BatchResult Run(BatchOptions options, IProgress<BatchProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var clock = Stopwatch.StartNew();
        var errors = new List<string>();
        var output = Path.GetFullPath(options.Output);
        if (File.Exists(output)) return Fail($"{options.Output}: the output must be a folder, but a file has that name");
        if (UnsafeOutput(options, output) is { } why) return Fail($"{options.Output}: {why}");

        var loaded = LedgerLoader.Load(options.Ledger);
        errors.AddRange(loaded.Errors.Select(e => e.ToString()));
        var rules = options.Rules != null ? RuleSet.Load(options.Rules) : RuleSet.Default();
        errors.AddRange(rules.Errors.Select(e => e.ToString()));
        var templates = TemplateSet.Load(options.Templates, errors);
        string? soffice = null;
        if (options.Pdf && (soffice = options.Soffice != null ? (File.Exists(options.Soffice) ? options.Soffice : null) : PdfConverter.FindSoffice()) == null)
            errors.Add($"--pdf: LibreOffice ({options.Soffice ?? "soffice"}) was not found{(options.Soffice == null ? " on PATH" : "")}; install LibreOffice or run without --pdf");
        if (errors.Count > 0 || loaded.Ledger == null || rules.RuleSet == null || templates == null) return new BatchResult(errors, null);

        var ledger = loaded.Ledger;
        var evaluation = rules.RuleSet.Evaluate(ledger);
        if (evaluation.Errors.Count > 0) return new BatchResult([.. evaluation.Errors.Select(e => e.ToString())], null);
        var models = new ModelBuilder(ledger, evaluation.Outcomes);
        var plan = BatchPlan.Make(models);
        // The campaign key is had (or made) before anything is rendered, so a key problem stops the run cleanly.
        try { Identity.CampaignKeys.ForGenerating(ledger.Campaign.CampaignId); }
        catch (Identity.CampaignKeyException e) { return Fail($"{options.Ledger}: {e.Message}"); }

        var parent = Path.GetDirectoryName(output) ?? ".";
        RemoveLeftovers(parent, Path.GetFileName(output));
        var staging = Path.Combine(parent, $".{Path.GetFileName(output)}.staging-{Guid.NewGuid():N}");
        try
        {
            Directory.CreateDirectory(parent);
            Directory.CreateDirectory(Path.Combine(staging, "forms"));
            Directory.CreateDirectory(Path.Combine(staging, "notices"));
            var renderErrors = Render(plan, templates, staging, options.MaxParallelism, progress, cancellationToken);
            if (renderErrors.Count > 0) return new BatchResult(renderErrors, null);
            var pdfs = 0;
            if (soffice != null)
            {
                progress?.Report(new BatchProgress(plan.Documents.Count, plan.Documents.Count, "PDF (LibreOffice)"));
                var pdf = PdfConverter.Convert(soffice, staging, plan.Documents.Select(d => d.Path).ToList(), cancellationToken);
                if (pdf.Errors.Count > 0) return new BatchResult(pdf.Errors, null);
                pdfs = pdf.Count;
            }
            IndexWriter.Write(Path.Combine(staging, "index.json"), options.Ledger, plan, models, soffice != null);
            Swap(staging, output);
            var outcomeCounts = evaluation.Outcomes.Values.SelectMany(o => o).GroupBy(o => o.Kind)
                .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
            return new BatchResult([], new BatchSummary(ledger.Units.Count, ledger.Items.Count, plan.Forms, plan.Notices, pdfs,
                outcomeCounts, output, clock.Elapsed));
        }
        catch (OperationCanceledException) { return Fail("batch cancelled; the previous output is unchanged"); }
        catch (IOException e) { return Fail($"{options.Output}: cannot write the output: {e.Message}"); }
        catch (UnauthorizedAccessException e) { return Fail($"{options.Output}: cannot write the output: {e.Message}"); }
        finally
        {
            if (Directory.Exists(staging)) TryDelete(staging);
        }
    }

    static List<string> Render(BatchPlan plan, TemplateSet templates, string staging, int parallelism,
        IProgress<BatchProgress>? progress, CancellationToken ct)
    {
        var errors = new ConcurrentBag<(int Order, string Message)>();
        var done = 0;
        Parallel.ForEach(plan.Documents.Select((d, i) => (d, i)),
            new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, parallelism), CancellationToken = ct },
            pair =>
            {
                var (doc, order) = pair;
                // Straight into the staging file; after an error the whole staging folder is dropped.
                RenderResult result;
                using (var file = NewFile.Open(Path.Combine(staging, doc.Path)))
                {
                    if (doc.Form is { } form)
                    {
                        // Forms carry their sealed identity: rendered whole, stamped, then written.
                        result = form(templates[doc.Template], ct);
                        if (result.Document is { } bytes) file.Write(bytes);
                    }
                    else result = templates[doc.Template].Render(doc.Model(), file, ct);
                }
                foreach (var d in result.Diagnostics) errors.Add((order, $"{doc.Path} ({doc.Who}): {d}"));
                progress?.Report(new BatchProgress(Interlocked.Increment(ref done), plan.Documents.Count, doc.Path));
            });
        return [.. errors.OrderBy(e => e.Order).Select(e => e.Message)];
    }

    // The output folder is replaced as a whole, so it must never be a folder holding anything else.
    static string? UnsafeOutput(BatchOptions options, string output)
    {
        static bool Inside(string path, string folder)
        {
            var rel = Path.GetRelativePath(folder, Path.GetFullPath(path));
            return rel == "." || (!rel.StartsWith("..", StringComparison.Ordinal) && !Path.IsPathRooted(rel));
        }
        if (Path.GetDirectoryName(output) == null) return "the output folder cannot be a file system root";
        foreach (var input in new[] { options.Ledger, options.Rules, options.Templates }.OfType<string>())
            if (Inside(input, output)) return $"the output folder contains the input {input}; it is replaced as a whole, so choose another folder";
        if (Directory.Exists(output) && Directory.EnumerateFileSystemEntries(output).Any() && !File.Exists(Path.Combine(output, "index.json")))
            return "the folder exists and is not the output of an earlier batch (no index.json); it would be replaced as a whole, so choose a new or empty folder";
        return null;
    }

    static void Swap(string staging, string output)
    {
        if (!Directory.Exists(output)) { Directory.Move(staging, output); return; }
        var old = Path.Combine(Path.GetDirectoryName(output)!, $".{Path.GetFileName(output)}.old-{Guid.NewGuid():N}");
        Directory.Move(output, old);
        try { Directory.Move(staging, output); }
        catch
        {
            Directory.Move(old, output);
            throw;
        }
        TryDelete(old);
    }

    // A run killed outright (no finally) leaves its hidden staging or old folder beside the output; the next run removes it.
    static void RemoveLeftovers(string parent, string name)
    {
        if (!Directory.Exists(parent)) return;
        foreach (var pattern in new[] { $".{name}.staging-*", $".{name}.old-*" })
            foreach (var dir in Directory.EnumerateDirectories(parent, pattern))
                if (Directory.GetLastWriteTimeUtc(dir) < DateTime.UtcNow.AddMinutes(-10)) TryDelete(dir);
    }

    static void TryDelete(string dir)
    {
        try { Directory.Delete(dir, recursive: true); }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
    }

    static BatchResult Fail(string message) => new([message], null);
}
