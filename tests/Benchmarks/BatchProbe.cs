using System.Diagnostics;
using OfficeTools.Documents.Campaigns;
using OfficeTools.Documents.Ledger;

namespace OfficeTools.Benchmarks;

/// <summary>The steps before rendering, one at a time: seconds, live managed heap after a full collection, and peak RSS so far.</summary>
static class BatchProbe
{
    public static void Run(string ledger)
    {
        var clock = Stopwatch.StartNew();
        void Step(string name)
        {
            var live = GC.GetTotalMemory(true) / 1048576.0;
            Console.WriteLine($"{name,-14} {clock.Elapsed.TotalSeconds,6:0.00} s  live {live,6:0} MiB  peak RSS {BatchBench.PeakRssMiB(),6:0} MiB");
            clock.Restart();
        }
        var loaded = LedgerLoader.Load(ledger);
        if (!loaded.Success) throw new InvalidOperationException(string.Join("\n", loaded.Errors.Take(10)));
        Step("ledger load");
        var rules = OfficeTools.Documents.Rules.RuleSet.Default().RuleSet!;
        var evaluation = rules.Evaluate(loaded.Ledger!);
        Step("rules");
        var campaign = OfficeTools.Documents.Campaigns.Campaign.From(loaded.Ledger!, rules, CampaignHistory.Empty).Campaign!;
        Step("campaign");
        GC.KeepAlive(evaluation);
        GC.KeepAlive(campaign);
    }
}
