using System.CommandLine;
using OfficeTools.Cli.Rendering;
using OfficeTools.Collect.Commands;
using OfficeTools.Documents.Batch;

namespace OfficeTools.Cli.Commands;

/// <summary>`officetools batch LEDGER -o DIR`: every form, the notices the rules call for, the briefing and index.json.</summary>
public static class BatchCommand
{
    /// <summary>Builds the batch command.</summary>
    public static Command Create()
    {
        var ledger = new Argument<string>("LEDGER") { Description = "the ledger (整改台账): .json, .xlsx, or a folder of CSV files (活动.csv, 单位.csv, 整改事项.csv, 制度建设.csv)" };
        var output = new Option<string>("--output", "-o") { Description = "the output folder (what the last run wrote is replaced; files OfficeTools did not write stay)", Required = true };
        var rules = new Option<string?>("--rules") { Description = "a rules file overriding the shipped accountability rules" };
        var pdf = new Option<bool>("--pdf") { Description = "also write PDFs through LibreOffice (soffice); a rerun converts only what changed" };
        var pdfJobs = new Option<int?>("--pdf-jobs") { Description = "LibreOffice processes (or requests to --pdf-service) at once (default: one per core)" };
        var pdfService = new Option<string?>("--pdf-service") { Description = "convert with a Gotenberg service at URL (http(s)://host:3000) instead of LibreOffice here; implies --pdf" };
        var templates = new Option<string?>("--templates") { Description = "a folder with notice.docx, form-*.docx and briefing.docx overriding the shipped templates" };
        var noticeDate = new Option<string?>("--notice-date") { Description = "the date of this round's notices, yyyy-MM-dd (default: the ledger's; give it for round 2 and later)" };
        var merge = new Option<bool>("--merge") { Description = "also put the forms and the notices each into one print file: print/forms.docx, print/notices.docx (each document from a new odd page)" };
        var command = new Command("batch", "Generate all forms, the notices the rules call for and the briefing from a ledger; with --to (or --store), the next round of the campaign that store follows")
        {
            ledger, output, rules, pdf, pdfJobs, pdfService, templates, noticeDate, merge,
        };
        var selection = StoreSelection.AddTo(command, withLocalRoot: true);
        var limits = new LimitOptions().AddTo(command);
        var under = UnderOption.AddTo(command);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var config = parse.InvocationConfiguration;
            var errors = new List<string>();
            var (store, to, settings, overrides) = selection.Read(parse, errors);
            DateOnly? date = null;
            if (parse.GetValue(noticeDate) is { } d)
            {
                if (DateOnly.TryParseExact(d, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var parsed)) date = parsed;
                else errors.Add($"--notice-date «{d}» is not a date (yyyy-MM-dd)");
            }
            Uri? service = null;
            if (parse.GetValue(pdfService) is { } url)
            {
                if (Uri.TryCreate(url.EndsWith('/') ? url : url + "/", UriKind.Absolute, out var u) && u.Scheme is "http" or "https" && u.Query.Length == 0) service = u;
                else errors.Add($"--pdf-service «{url}» is not an http(s) address such as http://gotenberg:3000");
            }
            if (parse.GetValue(pdfJobs) is { } jobs && jobs is < 1 or > 64) errors.Add($"--pdf-jobs {jobs}: give 1 to 64 LibreOffice processes");
            if (errors.Count > 0)
            {
                foreach (var e in errors) config.Error.WriteLine(e);
                return ExitCodes.Usage;
            }
            var (history, problem) = await TrailHistory.ReadOrEmptyAsync(store, to, settings, overrides, cancellationToken).ConfigureAwait(false);
            if (problem is not null)
            {
                config.Error.WriteLine(problem);
                return 1;
            }
            var options = new BatchOptions
            {
                Ledger = parse.GetValue(ledger)!, Output = parse.GetValue(output)!, Rules = parse.GetValue(rules),
                Pdf = parse.GetValue(pdf) || service is not null, PdfService = service, Templates = parse.GetValue(templates), Limits = limits.Read(parse),
                History = history, NoticeDate = date, Under = parse.GetValue(under), Merge = parse.GetValue(merge), PdfJobs = parse.GetValue(pdfJobs) ?? Environment.ProcessorCount,
            };
            var terminal = ReferenceEquals(config.Error, Console.Error) && !Console.IsErrorRedirected;
            return Run(options, config.Output, config.Error, terminal, cancellationToken);
        });
        return command;
    }

    /// <summary>Runs a batch, reporting progress (a bar on a terminal, a few plain lines otherwise) and a summary.</summary>
    public static int Run(BatchOptions options, TextWriter output, TextWriter error, bool terminal, CancellationToken cancellationToken = default)
    {
        ProgressBar? bar = null;
        var lastQuarter = 0;
        var pdfPhase = false;
        var progress = new SyncProgress(p =>
        {
            if (p.IsPdf && !pdfPhase)
            {
                // the PDF phase has a bar (or quarter lines) of its own, with its own rate and time left
                pdfPhase = true;
                bar?.Finish();
                bar = null;
                lastQuarter = 0;
                output.WriteLine($"converting {p.Total} documents to PDF with {(options.PdfService is { } s ? $"the service at {s}" : "LibreOffice")} ({options.PdfJobs} at once)…");
                return;
            }
            if (terminal)
            {
                bar ??= new ProgressBar(error, p.Total);
                bar.Tick();
                return;
            }
            var quarter = p.Total == 0 ? 4 : p.Done * 4 / p.Total;
            if (quarter > Volatile.Read(ref lastQuarter) && Interlocked.Exchange(ref lastQuarter, quarter) < quarter)
                output.WriteLine(pdfPhase ? $"PDF {p.Done}/{p.Total}" : $"rendered {p.Done}/{p.Total} documents");
        });
        var result = BatchRunner.Run(options, progress, cancellationToken);
        bar?.Finish();
        if (result.Summary is null)
        {
            foreach (var e in result.Errors) error.WriteLine(e);
            error.WriteLine($"batch failed: {result.Errors.Count} error(s); nothing was written");
            return 1;
        }
        var s = result.Summary!;
        foreach (var k in s.Kept) output.WriteLine(k);
        if (s.Round > 1) output.WriteLine($"round {s.Round}: {s.Closed} item(s) closed (已销号) in earlier rounds are left out of the forms and notices");
        output.WriteLine($"{s.Units} units, {s.Items} items → {s.Forms} forms, {s.Notices} notices, 1 briefing" +
            (s.Pdfs > 0 ? $", {s.Pdfs} PDFs" + (s.PdfsReused > 0 ? $" ({s.PdfsReused} unchanged, kept)" : "") : "") + $" in {s.Output} ({s.Elapsed.TotalSeconds:0.0} s)");
        if (s.PrintFiles.Count > 0) output.WriteLine("print files: " + string.Join(", ", s.PrintFiles.Select(f => f.Replace('\\', '/'))));
        if (s.Outcomes.Count > 0)
            output.WriteLine("outcomes: " + string.Join("，", s.Outcomes.Select(o => $"{o.Key} {o.Value}")));
        if (result.Errors.Count == 0) return 0;
        foreach (var e in result.Errors) error.WriteLine(e);
        error.WriteLine($"batch incomplete: {result.Errors.Count} document(s) have no PDF; every .docx and the other PDFs were written, run again to retry");
        return 1;
    }

    // Progress<T> posts to the thread pool and may report after the run ends; this reports synchronously.
    sealed class SyncProgress(Action<BatchProgress> report) : IProgress<BatchProgress>
    {
        readonly Lock _gate = new();
        public void Report(BatchProgress value) { lock (_gate) report(value); }
    }
}
