using OfficeTools.Collect.Reading;
using OfficeTools.Documents.Batch;
using OfficeTools.Testing;

namespace OfficeTools.Collect.Tests.Support;

/// <summary>One real `officetools batch` run over the sample ledger (Templates/samples/ledger.json), shared by a test class.</summary>
public sealed class SampleBatch : IDisposable
{
    readonly Lazy<Dictionary<string, (string Name, byte[] Bytes)>> forms;

    // The batch runs on first use, so a class whose tests are all skipped (benchmarks) costs nothing.
    public SampleBatch()
    {
        Root = Path.Combine(Path.GetTempPath(), "collect-batch-" + Guid.NewGuid().ToString("N"));
        Ledger = RepoPaths.Of("Templates", "samples", "ledger.json");
        forms = new Lazy<Dictionary<string, (string, byte[])>>(Build, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    Dictionary<string, (string, byte[])> Build()
    {
        var output = Path.Combine(Root, "out");
        var result = BatchRunner.Run(new BatchOptions { Ledger = Ledger, Output = output, MaxParallelism = 2 }, null, TestContext.Current.CancellationToken);
        if (!result.Success) throw new InvalidOperationException("batch failed: " + string.Join("\n", result.Errors));
        var byUnit = new Dictionary<string, (string, byte[])>(StringComparer.Ordinal);
        foreach (var f in Directory.GetFiles(Path.Combine(output, "forms"), "*.docx"))
        {
            var bytes = File.ReadAllBytes(f);
            byUnit[FormReader.Read(bytes, f).UnitId!] = (Path.GetFileName(f), bytes);
        }
        return byUnit;
    }

    public string Root { get; }
    /// <summary>The batch output folder (forms/, notices/, briefing.docx, index.json).</summary>
    public string Dir
    {
        get
        {
            _ = forms.Value;
            return Path.Combine(Root, "out");
        }
    }
    /// <summary>The sample ledger.</summary>
    public string Ledger { get; }
    /// <summary>Blank forms by unit id: file name and bytes.</summary>
    public Dictionary<string, (string Name, byte[] Bytes)> Forms => forms.Value;

    /// <summary>A fresh temp folder under this fixture's root.</summary>
    public string NewFolder(string name)
    {
        var d = Path.Combine(Root, name + "-" + Guid.NewGuid().ToString("N")[..6]);
        Directory.CreateDirectory(d);
        return d;
    }

    public void Dispose()
    {
        try { Directory.Delete(Root, true); } catch (IOException) { }
    }
}

/// <summary>Answers for every fillable control of a real form, derived from its own controls (choices, kinds).</summary>
public static class GenericAnswers
{
    public static Dictionary<string, object?> For(byte[] blank, int seed)
    {
        var answers = new Dictionary<string, object?>();
        var i = seed;
        foreach (var c in FormReader.Read(blank, "blank").Controls)
        {
            if (c.Tag is "unit.id" or "form.kind") continue;
            i++;
            answers[c.Tag] = c.Kind switch
            {
                ControlKind.DropDown or ControlKind.ComboBox => c.Choices[i % c.Choices.Count],
                ControlKind.Date => new DateTime(2014, 12, 1 + i % 28),
                ControlKind.CheckBox => i % 2 == 0,
                ControlKind.RichText => $"{c.Tag}：第一段{seed}\n第二段",
                _ => $"{c.Tag}-{seed}",
            };
        }
        return answers;
    }
}
