using Microsoft.Extensions.Options;
using OfficeTools.Collect.Ledger;
using OfficeTools.Documents.Ledger;
using OfficeTools.Documents.Models;
using OfficeTools.Documents.Rules;
using OfficeTools.AddIn.Server.Hosting;

namespace OfficeTools.AddIn.Server.Services;

/// <summary>The configured ledger, loaded and judged by the rules once: the models every render uses.</summary>
public sealed class LedgerSource(IOptions<AddInOptions> options, IWebHostEnvironment environment)
{
    readonly Lazy<LoadedLedger> loaded = new(() => Load(ResolvePath(options.Value, environment)));

    /// <summary>The ledger file in use.</summary>
    public string Path => loaded.Value.Path;

    /// <summary>The loaded ledger, or throws <see cref="LedgerUnavailableException"/> with every error.</summary>
    public LoadedLedger Current => loaded.Value.Errors.Count > 0 ? throw new LedgerUnavailableException(loaded.Value) : loaded.Value;

    static string ResolvePath(AddInOptions o, IWebHostEnvironment env)
    {
        if (!string.IsNullOrWhiteSpace(o.Ledger))
            return System.IO.Path.GetFullPath(o.Ledger, env.ContentRootPath);
        // the sample ledger ships beside the service's binaries
        return System.IO.Path.Combine(AppContext.BaseDirectory, "samples", "ledger.json");
    }

    static LoadedLedger Load(string path)
    {
        var result = LedgerLoader.Load(path);
        if (!result.Success) return new LoadedLedger(path, null!, null!, null, [.. result.Errors.Select(e => e.ToString())]);
        var rules = RuleSet.Default();
        if (!rules.Success) return new LoadedLedger(path, null!, null!, null, [.. rules.Errors.Select(e => e.ToString())]);
        var evaluation = rules.RuleSet!.Evaluate(result.Ledger!);
        if (evaluation.Errors.Count > 0) return new LoadedLedger(path, null!, null!, null, [.. evaluation.Errors.Select(e => e.ToString())]);
        var view = LedgerView.Over(result.Ledger!, path);
        return new LoadedLedger(path, result.Ledger!, new ModelBuilder(result.Ledger!, evaluation.Outcomes), view, []);
    }
}

/// <summary>A ledger ready for rendering: the parsed ledger, its model builder, its collect view.</summary>
public sealed record LoadedLedger(string Path, Ledger Ledger, ModelBuilder Models, LedgerView? View, IReadOnlyList<string> Errors);

/// <summary>The ledger could not be loaded; the message lists every error with its location.</summary>
public sealed class LedgerUnavailableException(LoadedLedger ledger)
    : Exception($"台账无法读取（{System.IO.Path.GetFileName(ledger.Path)}）：{string.Join("；", ledger.Errors.Take(10))}");
