using System.Globalization;
using System.Security.Cryptography;
using OfficeTools.Collect.Stores;
using OfficeTools.Documents.Campaigns;
using OfficeTools.Documents.Campaigns.Steps;
using OfficeTools.Documents.Sampling;

namespace OfficeTools.Collect.Commands;

/// <summary>What `officetools sample` was asked: the ledger, the store whose trail records the draw, the seed, the size, the folder for the documents.</summary>
public sealed record SampleRequest(string Ledger)
{
    /// <summary>local or sharepoint.</summary>
    public string? Store { get; init; }
    /// <summary>Root of the local store.</summary>
    public string? To { get; init; }
    /// <summary>appsettings.json path.</summary>
    public string? Settings { get; init; }
    /// <summary>Store setting overrides.</summary>
    public IReadOnlyDictionary<string, string?> Overrides { get; init; } = new Dictionary<string, string?>();
    /// <summary>A rules file (its outcomes weigh a unit with penalties).</summary>
    public string? Rules { get; init; }
    /// <summary>The seed as typed (null: a new one, printed).</summary>
    public string? Seed { get; init; }
    /// <summary>The total size as typed.</summary>
    public string? Size { get; init; }
    /// <summary>The size per stratum as typed.</summary>
    public string? PerStratum { get; init; }
    /// <summary>The folder to write the 抽查名单 and the 抽查记录表 into (null: only the list on the console).</summary>
    public string? Output { get; init; }
    /// <summary>The documents' date, yyyy-MM-dd as typed (null: today).</summary>
    public string? Date { get; init; }
    /// <summary>A folder with sample-list.docx / sample-record.docx overriding the shipped templates.</summary>
    public string? Templates { get; init; }
    /// <summary>Who draws (default: the clerk's account).</summary>
    public string? By { get; init; }
    /// <summary>Caps on an .xlsx ledger.</summary>
    public OfficeTools.Packages.PackageLimits Limits { get; init; } = OfficeTools.Packages.PackageLimits.Default;
    /// <summary>The unit whose subtree the command acts on (--under; null: every unit).</summary>
    public string? Under { get; init; }
}

/// <summary>What a sample run drew, and the lines to print after the list.</summary>
public sealed record SampleRunResult(SampleDraw Draw, int Population, IReadOnlyList<string> Lines);

/// <summary>Runs 抽查: draws the sample, writes its documents, records the draw (its seed) in the trail.</summary>
public static class SampleRun
{
    /// <summary>The sample size when none is given: a tenth of the units, at least one.</summary>
    public static int DefaultSize(int units) => Math.Max(1, (units + 9) / 10);

    /// <summary>
    /// Exit code 0 with the draw, or 1 with every problem on <paramref name="error"/> (a bad seed, size or date, a size larger than its
    /// stratum, a bad ledger or store): then nothing is written or recorded.
    /// </summary>
    public static async Task<(int Exit, SampleRunResult? Result)> RunAsync(SampleRequest request, TextWriter error, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(error);
        var problems = new List<string>();
        var date = DateOption.Read(request.Date, problems);
        ulong seed;
        if (request.Seed is { } s)
        {
            if (!ulong.TryParse(s.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out seed))
                problems.Add($"--seed «{s}»: not a seed; give a whole number from 0 to {ulong.MaxValue} (e.g. --seed 20150120)");
        }
        else seed = BitConverter.ToUInt64(RandomNumberGenerator.GetBytes(8)) % 1_000_000_000_000UL;
        var total = Number(request.Size, SpotCheck.SizeOption, problems);
        var per = Number(request.PerStratum, SpotCheck.PerStratumOption, problems);
        // the draw is recorded, so it needs the campaign's store (unlike batch, which reads round 1 without one)
        var where = StoreRun.Options(request.Settings, request.Store, request.Overrides, request.To);
        var (history, problem) = StoreRun.Problems(where).Count == 0 && !where.IsSharePoint && !LocalFormStore.IsStore(where.LocalRoot)
            ? (null, $"{where.LocalRoot}: not a store: the draw is recorded in the store the batch was published to (--to)")
            : await TrailHistory.ReadAsync(request.Store, request.To, request.Settings, request.Overrides, cancellationToken).ConfigureAwait(false);
        if (problem is not null) problems.Add(problem);
        var opened = Campaign.Open(new CampaignSource(request.Ledger) { Rules = request.Rules, History = history ?? CampaignHistory.Empty, Limits = request.Limits, Under = request.Under });
        problems.AddRange(opened.Diagnostics.Select(x => x.ToString()));
        SampleDraw? draw = null;
        if (opened.Campaign is { } c && (request.Size is null || total is not null) && (request.PerStratum is null || per is not null))
        {
            var size = total is null && per is null ? new SampleSize(DefaultSize(c.Ledger.Units.Count), null) : new SampleSize(total, per);
            var drawn = SpotCheck.Draw(c, seed, size);
            problems.AddRange(drawn.Problems.Select(p => p.ToString()));
            draw = drawn.Draw;
        }
        if (problems.Count > 0 || opened.Campaign is not { } campaign || history is null || draw is null) return Fail(problems, error);

        var lines = new List<string>();
        var actor = string.IsNullOrWhiteSpace(request.By) ? TrailRecording.Clerk : request.By.Trim();
        var step = SampleSteps.Drawn(campaign, draw, actor, DateTimeOffset.UtcNow);
        var earlier = history.Events.Where(e => e.Action == TrailAction.SampleDrawn).Select(e => e.Key).Distinct().ToList();
        var serial = earlier.Contains(step.Key) ? earlier.IndexOf(step.Key) + 1 : earlier.Count + 1;
        if (request.Output is { } output)
        {
            var written = SampleDocuments.Write(campaign, draw, date, serial, output, request.Templates, cancellationToken);
            if (!written.Success) return Fail([.. written.Errors.Select(e => e.ToString())], error);
            lines.AddRange(written.Kept);
            lines.Add($"wrote the 抽查名单 and {written.Written.Count - 1} 抽查记录表 into {output}; fill them and record them with verify --records {Path.Combine(output, Documents.Catalogue.DocumentCatalogue.SampleRecordsFolder)}");
        }
        var options = StoreRun.Options(request.Settings, request.Store, request.Overrides, request.To);
        await using var store = StoreRun.Open(options);
        try
        {
            var added = await store.AppendAsync([step], cancellationToken).ConfigureAwait(false);
            lines.Add(added == 0 ? $"this draw (seed {draw.Seed}, {draw.Size.Text}) is in the campaign's trail already; nothing new recorded"
                : $"the draw (seed {draw.Seed}) recorded in the campaign's trail (round {Math.Max(1, campaign.History.Round)})");
        }
        catch (StoreException e)
        {
            error.WriteLine($"{store.Description}: error: {e.Message}");
            return (1, null);
        }
        return (0, new SampleRunResult(draw, campaign.Ledger.Units.Count, lines));
    }

    static int? Number(string? text, string option, List<string> problems)
    {
        if (text is null) return null;
        if (int.TryParse(text.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n)) return n;
        problems.Add($"{option} «{text}»: not a number of units; give a whole number (e.g. {option} 5)");
        return null;
    }

    static (int, SampleRunResult?) Fail(IReadOnlyList<string> problems, TextWriter error)
    {
        foreach (var p in problems) error.WriteLine(p);
        error.WriteLine($"sample failed: {problems.Count} problem(s); nothing was written or recorded");
        return (1, null);
    }
}
