using System.Collections.Concurrent;
using System.Diagnostics;
using OfficeTools.Data;
using OfficeTools.Documents.Catalogue;
using OfficeTools.Documents.Ledger;
using OfficeTools.Documents.Models;
using OfficeTools.Documents.Rules;
using OfficeTools.Engine;

namespace OfficeTools.Documents.Batch;

/// <summary>
/// The whole job of <c>officetools batch</c>: load and check the ledger, apply the rules, render every form, the notices
/// and the briefing into a staging folder, then move them into place (<see cref="StagedOutput"/>). Nothing is written
/// when anything fails, and files of the folder that OfficeTools did not write are kept.
/// </summary>
public static partial class BatchRunner
{
    /// <summary>Runs the batch; errors come back as located messages, never as exceptions.</summary>
    public static BatchResult Run(BatchOptions options, IProgress<BatchProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var clock = Stopwatch.StartNew();
        var errors = new List<Diagnostic>();
        var output = Path.TrimEndingDirectorySeparator(Path.GetFullPath(options.Output));
        if (File.Exists(output)) return Fail(options.Output, "the output must be a folder, but a file has that name");
        if (UnsafeOutput(options, output) is { } why) return Fail(options.Output, why);

        var opened = Campaigns.Campaign.Open(new Campaigns.CampaignSource(options.Ledger)
        {
            Rules = options.Rules, History = options.History, NoticeDate = options.NoticeDate, Limits = options.Limits, Under = options.Under,
        });
        errors.AddRange(opened.Diagnostics);
        var templates = TemplateSet.Load(options.Templates, errors, options.Limits);
        string? soffice = null;
        if (options.Pdf && options.PdfService is null && (soffice = options.Soffice != null ? (File.Exists(options.Soffice) ? options.Soffice : null) : PdfConverter.FindSoffice()) == null)
            errors.Add(new Diagnostic("--pdf", "", $"LibreOffice ({options.Soffice ?? "soffice"}) was not found{(options.Soffice == null ? " on PATH" : "")}; install LibreOffice or run without --pdf"));
        if (errors.Count > 0 || opened.Campaign is not { } campaign || templates == null) return new BatchResult(errors, null);

        var ledger = campaign.Ledger;
        var models = campaign.Models;
        var plan = BatchPlan.Make(models);
        // The campaign key is had (or made) before anything is rendered, so a key problem stops the run cleanly.
        try { Identity.CampaignKeys.ForGenerating(ledger.Campaign.CampaignId); }
        catch (Identity.CampaignKeyException e) { return Fail(options.Ledger, e.Message); }

        StagedOutput staged;
        try { staged = StagedOutput.Begin(options.Output); }
        catch (Exception e) when (IoFailure.Is(e)) { return Fail(options.Output, $"cannot write the output: {IoFailure.Reason(e)}; nothing written"); }
        using (staged)
        {
            try
            {
                foreach (var folder in DocumentCatalogue.Folders) Directory.CreateDirectory(Path.Combine(staged.Folder, folder));
                var renderErrors = Render(plan, templates, staged, options.MaxParallelism, progress, cancellationToken);
                if (renderErrors.Count > 0) return new BatchResult(renderErrors, null);
                var files = plan.Documents.Select(d => d.Path).ToList();
                List<string> prints = [];
                if (options.Merge)
                {
                    var mergeErrors = new List<Diagnostic>();
                    files.AddRange(prints = PrintFiles.Write(plan, staged, mergeErrors));
                    if (mergeErrors.Count > 0) return new BatchResult([.. mergeErrors, new Diagnostic("", "", "nothing written")], null);
                }
                var pdf = !options.Pdf ? null : Pdfs(soffice, plan, staged, output, options, progress, cancellationToken);
                if (pdf is not null) files.AddRange(pdf.Converted.Select(d => Path.ChangeExtension(d, ".pdf")));
                try { IndexWriter.Write(Path.Combine(staged.Folder, BatchIndex.FileName), options.Ledger, plan, campaign, pdf?.Converted); }
                catch (Exception e) when (IoFailure.Is(e)) { return Fail(staged.Shown(BatchIndex.FileName), $"cannot write: {IoFailure.Reason(e)}; nothing written"); }
                files.Add(BatchIndex.FileName);
                // Files of the folder that OfficeTools did not write (a clerk's notes, returned forms) stay where they are.
                var commit = staged.Commit(files, replaceSet: true);
                if (commit.Errors.Count > 0) return new BatchResult(commit.Errors, null);
                var outcomeCounts = campaign.Outcomes.Values.SelectMany(o => o).GroupBy(o => o.Kind)
                    .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
                // a document LibreOffice could not convert fails the run, but every .docx and every other PDF is written
                return new BatchResult(pdf?.Errors ?? [], new BatchSummary(ledger.Units.Count, ledger.Items.Count, plan.Forms, plan.Notices, pdf?.Count ?? 0,
                    outcomeCounts, output, clock.Elapsed)
                {
                    Kept = commit.Kept, PrintFiles = prints, Round = campaign.Round, Closed = ledger.Items.Count(i => i.Closed), PdfsReused = pdf?.Reused ?? 0,
                });
            }
            catch (OperationCanceledException) { return Fail("", "batch cancelled; the previous output is unchanged"); }
            catch (Exception e) when (IoFailure.Is(e)) { return Fail(options.Output, $"cannot write the output: {IoFailure.Reason(e)}; nothing written"); }
        }
    }

    static PdfConverter.Result Pdfs(string? soffice, BatchPlan plan, StagedOutput staged, string output, BatchOptions options,
        IProgress<BatchProgress>? progress, CancellationToken ct)
    {
        var total = plan.Documents.Count;
        var done = 0;
        progress?.Report(new BatchProgress(0, total, BatchProgress.Pdf));
        var jobs = new PdfJobs
        {
            Workers = options.PdfJobs, Service = options.PdfService, Previous = Directory.Exists(output) ? output : null,
            Progress = progress is null ? null : new Counter(() => progress.Report(new BatchProgress(Interlocked.Increment(ref done), total, BatchProgress.Pdf))),
        };
        return PdfConverter.Convert(soffice, staged.Folder, [.. plan.Documents.Select(d => d.Path)], jobs, ct);
    }

    sealed class Counter(Action tick) : IProgress<int>
    {
        public void Report(int value) => tick();
    }

    static List<Diagnostic> Render(BatchPlan plan, TemplateSet templates, StagedOutput staged, int parallelism,
        IProgress<BatchProgress>? progress, CancellationToken ct)
    {
        var errors = new ConcurrentBag<(int Order, Diagnostic Problem)>();
        var done = 0;
        var ioFailed = false;
        Parallel.ForEach(plan.Documents.Select((d, i) => (d, i)),
            new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, parallelism), CancellationToken = ct },
            pair =>
            {
                var (doc, order) = pair;
                // Straight into the staging file; after an error the whole staging folder is dropped.
                // After a write failure (disk full, permission) nothing will be kept: do not report it once per document.
                if (Volatile.Read(ref ioFailed)) return;
                RenderResult result;
                try
                {
                    using var file = NewFile.Open(Path.Combine(staged.Folder, doc.Path));
                    if (doc.Form is { } form)
                    {
                        // Forms carry their sealed identity: rendered whole, stamped, then written.
                        result = form(templates[doc.Template], ct);
                        if (result.Document is { } bytes) file.Write(bytes);
                    }
                    else result = templates[doc.Template].Render(doc.Model(), file, ct);
                }
                catch (Exception e) when (IoFailure.Is(e))
                {
                    if (!Interlocked.Exchange(ref ioFailed, true))
                        errors.Add((order, new Diagnostic($"{staged.Shown(doc.Path)} ({doc.Who})", "", $"cannot write: {IoFailure.Reason(e)}")));
                    return;
                }
                foreach (var d in result.Diagnostics) errors.Add((order, d.While($"{doc.Path} ({doc.Who})")));
                progress?.Report(new BatchProgress(Interlocked.Increment(ref done), plan.Documents.Count, doc.Path));
            });
        return [.. errors.OrderBy(e => e.Order).Select(e => e.Problem)];
    }

    // Files of the output folder that OfficeTools did not write are kept, but an input must not be one of the outputs.
    static string? UnsafeOutput(BatchOptions options, string output)
    {
        if (Path.GetDirectoryName(output) == null) return "the output folder cannot be a file system root";
        var written = DocumentCatalogue.Outputs.Select(n => Path.Combine(output, n)).ToList();
        foreach (var input in new[] { options.Ledger, options.Rules, options.Templates }.OfType<string>())
        {
            var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(input));
            if (full == output || written.Any(w => full == w || full.StartsWith(w + Path.DirectorySeparatorChar, StringComparison.Ordinal)))
                return $"the input {input} is where the batch writes its output; choose another output folder";
        }
        return null;
    }

    static BatchResult Fail(string file, string message) => new([new Diagnostic(file, "", message)], null);
}
