using OfficeTools.Documents.Batch;

namespace OfficeTools.Documents.Tests;

/// <summary>One batch run over the committed sample, shared by the tests that inspect its output.</summary>
public sealed class BatchFixture : IDisposable
{
    public BatchFixture()
    {
        Output = Path.Combine(TestLedgers.TempDir("batch-sample"), "out");
        Result = BatchRunner.Run(new BatchOptions { Ledger = TestLedgers.SampleJson, Output = Output }, null, CancellationToken.None);
    }

    public string Output { get; }
    public BatchResult Result { get; }

    public void Dispose()
    {
        try { Directory.Delete(Path.GetDirectoryName(Output)!, true); } catch (IOException) { }
    }
}
