using OfficeTools.Documents.Batch;

namespace OfficeTools.Documents.Tests;

/// <summary>One batch run over the committed sample, shared by the tests that inspect its output.</summary>
public sealed class BatchFixture : IDisposable
{
    public BatchFixture()
    {
        Output = Path.Combine(TestLedgers.TempDir("batch-sample"), "out");
        Result = BatchRunner.Run(new BatchOptions { Ledger = TestLedgers.SampleJson, Output = Output }, null, CancellationToken.None);
        // beside it, the documents the outcomes call for (约谈, 诫勉, 表扬, the 民主生活会 pack), for the wording rules too
        Outcomes = Path.Combine(Path.GetDirectoryName(Output)!, "outcomes");
        var campaign = OfficeTools.Documents.Campaigns.Campaign.Open(new OfficeTools.Documents.Campaigns.CampaignSource(TestLedgers.SampleJson)).Campaign!;
        OutcomeResult = OfficeTools.Documents.Outcomes.OutcomeDocuments.Write(campaign, new Dictionary<string, IReadOnlyDictionary<string, object?>>(),
            new DateOnly(2015, 1, 10), Outcomes);
    }

    /// <summary>The folder of the outcome documents.</summary>
    public string Outcomes { get; }

    /// <summary>What writing them did.</summary>
    public OfficeTools.Documents.Batch.WrittenDocuments OutcomeResult { get; }

    public string Output { get; }
    public BatchResult Result { get; }

    public void Dispose()
    {
        try { Directory.Delete(Path.GetDirectoryName(Output)!, true); } catch (IOException) { }
    }
}
