using System.Globalization;
using OfficeTools.Collect.Stores;
using OfficeTools.Documents.Campaigns;
using OfficeTools.Documents.Campaigns.Steps;
using OfficeTools.Documents.Reminders;

namespace OfficeTools.Collect.Commands;

/// <summary>What `officetools remind` was asked: the ledger, the store whose trail it follows, the day, the days ahead, the folder for 催办通知.</summary>
public sealed record RemindRequest(string Ledger)
{
    /// <summary>local or sharepoint.</summary>
    public string? Store { get; init; }
    /// <summary>Root of the local store.</summary>
    public string? To { get; init; }
    /// <summary>appsettings.json path.</summary>
    public string? Settings { get; init; }
    /// <summary>Store setting overrides.</summary>
    public IReadOnlyDictionary<string, string?> Overrides { get; init; } = new Dictionary<string, string?>();
    /// <summary>A rules file (its <c>reminders</c> section sets the thresholds).</summary>
    public string? Rules { get; init; }
    /// <summary>Days ahead that count as due soon, as typed (null: the rules file's).</summary>
    public string? Within { get; init; }
    /// <summary>The day to judge by, yyyy-MM-dd as typed (null: today).</summary>
    public string? Date { get; init; }
    /// <summary>Only this unit.</summary>
    public string? Unit { get; init; }
    /// <summary>The folder to write the 催办通知 into (null: only the table).</summary>
    public string? Output { get; init; }
    /// <summary>A folder with reminder.docx overriding the shipped template.</summary>
    public string? Templates { get; init; }
    /// <summary>Who issues the 催办 (default: the clerk's account).</summary>
    public string? By { get; init; }
    /// <summary>Caps on an .xlsx ledger.</summary>
    public OfficeTools.Packages.PackageLimits Limits { get; init; } = OfficeTools.Packages.PackageLimits.Default;
    /// <summary>The unit whose subtree the command acts on (--under; null: every unit).</summary>
    public string? Under { get; init; }
}

/// <summary>What a remind run found: the day, the settings used, every unit's row, and the lines to print after the table.</summary>
public sealed record RemindResult(DateOnly Date, ReminderSettings Settings, IReadOnlyList<ReminderRow> Rows, IReadOnlyList<string> Lines);

/// <summary>Runs 催办: reads the trail, judges every unit's deadlines, writes the 催办通知 and records them in the trail.</summary>
public static class RemindRun
{
    /// <summary>
    /// Exit code 0 with the result, or 1 with every problem on <paramref name="error"/> (a bad day, a bad number of days, an
    /// unknown unit, a bad ledger or store): then nothing is written or recorded.
    /// </summary>
    public static async Task<(int Exit, RemindResult? Result)> RunAsync(RemindRequest request, TextWriter error, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(error);
        var problems = new List<string>();
        var date = DateOption.Read(request.Date, problems);
        int? within = null;
        if (request.Within is { } w)
        {
            if (int.TryParse(w.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n <= ReminderSettings.MaxDays) within = n;
            else problems.Add($"--within «{w}»: not a number of days; give a whole number from 0 to {ReminderSettings.MaxDays} (e.g. --within 3)");
        }
        var (history, problem) = await TrailHistory.ReadAsync(request.Store, request.To, request.Settings, request.Overrides, cancellationToken).ConfigureAwait(false);
        if (problem is not null) problems.Add(problem);
        var opened = Campaign.Open(new CampaignSource(request.Ledger) { Rules = request.Rules, History = history ?? CampaignHistory.Empty, Limits = request.Limits, Under = request.Under });
        problems.AddRange(opened.Diagnostics.Select(x => x.ToString()));
        if (opened.Campaign is { } c && request.Unit is { } u && c.Ledger.FindUnit(u) is null)
            problems.Add($"--unit {u}: no such unit in {request.Ledger}");
        if (problems.Count > 0 || opened.Campaign is not { } campaign || history is null) return Fail(problems, error);

        var settings = within is { } days ? campaign.Rules.Reminders with { Within = days } : campaign.Rules.Reminders;
        var rows = Reminder.Compute(campaign, date, settings, request.Unit);
        var lines = new List<string>();
        if (request.Output is { } output)
        {
            var written = ReminderDocuments.Write(campaign, rows, date, settings, output, request.Templates, cancellationToken);
            if (!written.Success) return Fail([.. written.Errors.Select(e => e.ToString())], error);
            lines.AddRange(written.Kept);
            lines.Add($"wrote {written.Written.Count} 催办通知 into {output}");
            var options = StoreRun.Options(request.Settings, request.Store, request.Overrides, request.To);
            await using var store = StoreRun.Open(options);
            try
            {
                var actor = string.IsNullOrWhiteSpace(request.By) ? TrailRecording.Clerk : request.By.Trim();
                var events = RemindSteps.Reminded(campaign, rows, date, actor, DateTimeOffset.UtcNow);
                var added = events.Count == 0 ? 0 : await store.AppendAsync(events, cancellationToken).ConfigureAwait(false);
                lines.Add(events.Count == 0 ? "no unit to chase: nothing recorded"
                    : added == 0 ? $"催办 of {Iso(date)} already in the campaign's trail; nothing new recorded"
                    : $"{added} 催办 recorded in the campaign's trail (round {Math.Max(1, campaign.History.Round)})");
            }
            catch (StoreException e)
            {
                error.WriteLine($"{store.Description}: error: {e.Message}");
                return (1, null);
            }
        }
        return (0, new RemindResult(date, settings, rows, lines));
    }

    static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    static (int, RemindResult?) Fail(IReadOnlyList<string> problems, TextWriter error)
    {
        foreach (var p in problems) error.WriteLine(p);
        error.WriteLine($"remind failed: {problems.Count} problem(s); nothing was written or recorded");
        return (1, null);
    }
}
