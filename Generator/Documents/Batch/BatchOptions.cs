namespace OfficeTools.Documents.Batch;

/// <summary>What one batch run does; immutable.</summary>
public sealed record BatchOptions
{
    /// <summary>The ledger: .json, .xlsx or a folder of CSV files.</summary>
    public required string Ledger { get; init; }
    /// <summary>The output folder; what the previous run wrote is replaced when the run succeeds, other files stay.</summary>
    public required string Output { get; init; }
    /// <summary>A rules file overriding the shipped default rules.</summary>
    public string? Rules { get; init; }
    /// <summary>A folder with notice.docx, form-*.docx and briefing.docx overriding the shipped templates.</summary>
    public string? Templates { get; init; }
    /// <summary>Also write PDFs through LibreOffice.</summary>
    public bool Pdf { get; init; }
    /// <summary>The LibreOffice executable for --pdf; null finds soffice on PATH.</summary>
    public string? Soffice { get; init; }
    /// <summary>Caps on every archive the run opens: the templates and an .xlsx ledger.</summary>
    public OfficeTools.Packages.PackageLimits Limits { get; init; } = OfficeTools.Packages.PackageLimits.Default;
    /// <summary>The campaign's history (the trail of the store): the round, the stages and closures; null for the first round.</summary>
    public Campaigns.CampaignHistory? History { get; init; }
    /// <summary>The unit whose subtree the batch makes the documents of (--under; null: every unit).</summary>
    public string? Under { get; init; }
    /// <summary>The date of this round's notices (null: the ledger's notice date).</summary>
    public DateOnly? NoticeDate { get; init; }
    /// <summary>A Gotenberg service converting for --pdf instead of LibreOffice here (its address).</summary>
    public Uri? PdfService { get; init; }
    /// <summary>LibreOffice workers (or requests to the service) at once for --pdf (default: processor count).</summary>
    public int PdfJobs { get; init; } = Environment.ProcessorCount;
    /// <summary>Also write the forms and the notices each into one print file (print/forms.docx, print/notices.docx).</summary>
    public bool Merge { get; init; }
    /// <summary>Units rendered at once (default: processor count).</summary>
    public int MaxParallelism { get; init; } = Environment.ProcessorCount;
}

/// <summary>Progress of a run: documents done out of total, and what is being done.</summary>
public sealed record BatchProgress(int Done, int Total, string Current)
{
    /// <summary>The <see cref="Current"/> of the PDF phase: <see cref="Done"/> documents have their PDF.</summary>
    public const string Pdf = "PDF (LibreOffice)";

    /// <summary>True in the PDF phase.</summary>
    public bool IsPdf => Current == Pdf;
}

/// <summary>
/// The result of a run: the summary when it worked, else every error (nothing written). Both when the documents were written
/// but some PDFs could not be made: every .docx is there, the errors name the documents without a PDF.
/// </summary>
public sealed record BatchResult(IReadOnlyList<Diagnostic> Errors, BatchSummary? Summary)
{
    /// <summary>True when the output was written whole.</summary>
    public bool Success => Errors.Count == 0 && Summary != null;
}

/// <summary>What a successful run wrote.</summary>
public sealed record BatchSummary(int Units, int Items, int Forms, int Notices, int Pdfs, IReadOnlyDictionary<string, int> Outcomes,
    string Output, TimeSpan Elapsed)
{
    /// <summary>The round the documents are for.</summary>
    public int Round { get; init; } = 1;
    /// <summary>PDFs taken over from the previous run because their document had not changed.</summary>
    public int PdfsReused { get; init; }
    /// <summary>Items closed (已销号) before this round, which left its forms and notices.</summary>
    public int Closed { get; init; }
    /// <summary>Files that were in the way and were not written by OfficeTools as they are (one line each, naming where they were kept).</summary>
    public IReadOnlyList<string> Kept { get; init; } = [];
    /// <summary>The print files `--merge` wrote (relative to the output folder).</summary>
    public IReadOnlyList<string> PrintFiles { get; init; } = [];
}
