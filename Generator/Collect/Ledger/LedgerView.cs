using OfficeTools.Documents.Ledger;
using DocumentsLedger = OfficeTools.Documents.Ledger.Ledger;

namespace OfficeTools.Collect.Ledger;

/// <summary>
/// The ledger (整改台账) as collecting needs it: units in ledger order with their items, the reporting deadline; and
/// the same ledger with collected answers merged in, written back in the ledger's own format (<see cref="WriteBack"/>) so
/// <c>officetools batch</c> and the next round work from it.
/// A thin view over the Documents <see cref="DocumentsLedger"/>, so any format <see cref="LedgerLoader"/> reads works.
/// </summary>
public sealed partial class LedgerView
{
    readonly List<LedgerItem> items;
    readonly Dictionary<string, int> itemIndex = new(StringComparer.Ordinal);
    readonly List<Unit> units;
    readonly Dictionary<string, int> unitIndex = new(StringComparer.Ordinal);
    DocumentsLedger ledger;
    // Merges change the lists in place; the ledger record is made again once, when it is next asked for (a copy of every
    // item per merged form would make collecting a province's forms quadratic).
    bool stale;

    LedgerView(DocumentsLedger ledger, string file)
    {
        this.ledger = ledger;
        Original = ledger;
        File = file;
        items = [.. ledger.Items];
        for (var i = 0; i < items.Count; i++) itemIndex[items[i].Id] = i;
        units = [.. ledger.Units];
        for (var i = 0; i < units.Count; i++) unitIndex.TryAdd(units[i].Id, i);
        Units = [.. ledger.Units.Select(u => new LedgerUnit(u.Id, u.Name, u.Kind, [.. ledger.ItemsOf(u.Id).Select(i => i.Id)]))];
        ReportDeadline = ledger.Campaign.ReportDeadline.ToDateTime(TimeOnly.MinValue);
    }

    /// <summary>The file (or CSV folder) the ledger came from.</summary>
    public string File { get; }

    /// <summary>The units in ledger order.</summary>
    public IReadOnlyList<LedgerUnit> Units { get; }

    /// <summary>The campaign's reporting deadline (date).</summary>
    public DateTime? ReportDeadline { get; }

    /// <summary>The ledger as it was loaded, before any merge.</summary>
    public DocumentsLedger Original { get; }

    /// <summary>The ledger with whatever was merged so far.</summary>
    public DocumentsLedger Ledger
    {
        get
        {
            if (stale) (ledger, stale) = (ledger with { Units = [.. units], Items = [.. items] }, false);
            return ledger;
        }
    }

    /// <summary>A view over a ledger already loaded from <paramref name="file"/>; merging never changes <paramref name="loaded"/>.</summary>
    public static LedgerView Over(DocumentsLedger loaded, string file) => new(loaded, file);

    /// <summary>Loads a ledger (.json, .xlsx or a folder of CSV files); errors are returned as located messages, never thrown.</summary>
    public static (LedgerView? Ledger, IReadOnlyList<Diagnostic> Errors) Load(string path, OfficeTools.Packages.PackageLimits? limits = null)
    {
        var result = LedgerLoader.Load(path, limits);
        if (!result.Success) return (null, result.Errors);
        return (new LedgerView(result.Ledger!, path), []);
    }
}
