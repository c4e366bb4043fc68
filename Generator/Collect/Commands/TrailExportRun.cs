using System.Globalization;
using System.Text;
using OfficeTools.Collect.Stores;
using OfficeTools.Data;
using OfficeTools.Documents.Campaigns;

namespace OfficeTools.Collect.Commands;

/// <summary>What `officetools export trail` was asked: the ledger (for names), the store whose trail to read, a filter, the file.</summary>
public sealed record TrailExportRequest(string Ledger)
{
    /// <summary>local or sharepoint.</summary>
    public string? Store { get; init; }
    /// <summary>Root of the local store.</summary>
    public string? To { get; init; }
    /// <summary>appsettings.json path.</summary>
    public string? Settings { get; init; }
    /// <summary>Store setting overrides.</summary>
    public IReadOnlyDictionary<string, string?> Overrides { get; init; } = new Dictionary<string, string?>();
    /// <summary>Only this unit's steps (its own and its items').</summary>
    public string? Unit { get; init; }
    /// <summary>Only this item's steps.</summary>
    public string? Item { get; init; }
    /// <summary>The file to write (.xlsx or .csv); null prints the steps.</summary>
    public string? Output { get; init; }
    /// <summary>Caps on an .xlsx ledger.</summary>
    public OfficeTools.Packages.PackageLimits Limits { get; init; } = OfficeTools.Packages.PackageLimits.Default;
    /// <summary>The unit whose subtree the command acts on (--under; null: every unit).</summary>
    public string? Under { get; init; }
}

/// <summary>Shows or exports a campaign's audit trail, all of it or per unit or item, in the clerk's words.</summary>
public static class TrailExportRun
{
    /// <summary>Exit codes: 0 written or printed, 1 bad input (an unknown unit or item, a file of another type, an unreadable store).</summary>
    public static async Task<int> RunAsync(TrailExportRequest request, TextWriter output, TextWriter error, CancellationToken cancellationToken = default)
    {
        var problems = new List<string>();
        if (request.Output is { } o && !o.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase) && !o.EndsWith(".csv", StringComparison.OrdinalIgnoreCase))
            problems.Add($"-o {o}: the trail is written as .xlsx or .csv");
        var (history, problem) = await TrailHistory.ReadAsync(request.Store, request.To, request.Settings, request.Overrides, cancellationToken).ConfigureAwait(false);
        if (problem is not null) problems.Add(problem);
        var loaded = Documents.Ledger.LedgerLoader.Load(request.Ledger, request.Limits);
        problems.AddRange(loaded.Errors.Select(e => e.ToString()));
        var (cut, outside) = loaded.Ledger is { } whole ? Documents.Ledger.UnitTree.Cut(whole, request.Under, request.Ledger) : (null, null);
        if (outside is not null) problems.Add(outside.ToString());
        if (cut is { } l && history is not null)
        {
            if (request.Unit is { } u && l.FindUnit(u) is null) problems.Add($"--unit {u}: no such unit in {request.Ledger}");
            if (request.Item is { } i && l.Items.All(x => x.Id != i) && history.Proposal(i) is null) problems.Add($"--item {i}: no such item in {request.Ledger} or among the new problems proposed");
        }
        if (problems.Count > 0 || history is null || cut is null)
        {
            foreach (var p in problems) error.WriteLine(p);
            return 1;
        }
        var rows = TrailView.Rows(history, cut, request.Unit, request.Item);
        if (request.Output is not { } path)
        {
            output.Write(Table(rows));
            return 0;
        }
        var temp = path + "." + Guid.NewGuid().ToString("N")[..8] + ".tmp";
        try
        {
            if (path.EndsWith(".csv", StringComparison.OrdinalIgnoreCase)) await File.WriteAllTextAsync(temp, Csv(rows), new UTF8Encoding(true), cancellationToken).ConfigureAwait(false);
            else XlsxWriter.Write(temp, [Sheet(rows)]);
            File.Move(temp, path, overwrite: true);
        }
        catch (Exception e) when (IoFailure.Is(e))
        {
            error.WriteLine($"{path}: cannot write: {IoFailure.Reason(e)}; nothing written");
            return 1;
        }
        finally
        {
            if (File.Exists(temp)) File.Delete(temp);
        }
        output.WriteLine($"wrote {path}: {rows.Count} step(s) of the campaign's trail");
        return 0;
    }

    static XlsxSheetData Sheet(IReadOnlyList<TrailRow> rows) =>
        new("督办记录", rows.Select(TrailView.Cells).Prepend([.. TrailView.Headers]))
        {
            Layout = new XlsxSheetLayout { ColumnWidths = [17, 5, 16, 9, 24, 9, 36, 20, 24, 12, 30], FrozenRows = 1 },
        };

    // UTF-8 with a BOM so that Excel and WPS read the Chinese; a cell a unit wrote that starts like a formula is quoted
    // with ' so that a spreadsheet shows it as text and never runs it
    static string Csv(IReadOnlyList<TrailRow> rows)
    {
        var w = new StringBuilder();
        foreach (var cells in rows.Select(TrailView.Cells).Prepend([.. TrailView.Headers]))
            w.Append(string.Join(",", cells.Select(c => Field(Convert.ToString(c, CultureInfo.InvariantCulture) ?? "")))).Append("\r\n");
        return w.ToString();
    }

    static string Field(string value)
    {
        if (value.Length > 0 && "=+-@\t\r".Contains(value[0], StringComparison.Ordinal)) value = "'" + value;
        return value.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }

    static string Table(IReadOnlyList<TrailRow> rows)
    {
        var w = new StringWriter(CultureInfo.InvariantCulture);
        w.WriteLine($"{rows.Count} step(s):");
        foreach (var r in rows)
            w.WriteLine(string.Join("  ", new[] { $"{r.At:yyyy-MM-dd HH:mm}", $"第{r.Round}轮", r.Action, r.UnitName, r.ItemId, r.Actor, r.Reference, r.Value, r.Detail }
                .Where(s => s.Length > 0)));
        return w.ToString();
    }
}
