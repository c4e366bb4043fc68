using OfficeTools.Data;
using OfficeTools.Documents.Batch;
using OfficeTools.Documents.Catalogue;

namespace OfficeTools.Documents.Sampling;

/// <summary>What writing a draw's documents did: the files written (relative to the output), those kept aside, or every error (then nothing was written).</summary>
public sealed record SampleOutput(IReadOnlyList<Diagnostic> Errors, IReadOnlyList<string> Written, IReadOnlyList<string> Kept)
{
    /// <summary>True when every document was written.</summary>
    public bool Success => Errors.Count == 0;
}

/// <summary>Writes a draw's 抽查名单 (<see cref="DocumentCatalogue.SampleList"/>) and its 抽查记录表 (one a sampled unit, sealed), all or nothing.</summary>
public static class SampleDocuments
{
    /// <summary>
    /// Renders the 抽查名单 of <paramref name="draw"/> into <paramref name="output"/> and a sealed 抽查记录表 per sampled unit into
    /// its records/ folder, from the shipped templates or those in <paramref name="templates"/>. Nothing is written when anything fails.
    /// </summary>
    public static SampleOutput Write(Campaigns.Campaign campaign, SampleDraw draw, DateOnly date, int serial, string output,
        string? templates = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        ArgumentNullException.ThrowIfNull(draw);
        var errors = new List<Diagnostic>();
        if (File.Exists(output)) return Fail(output, $"the output must be a folder, but a file has that name");
        // a batch's folder is replaced as a whole by the next batch: a sample written there would be removed with it
        if (File.Exists(Path.Combine(output, BatchIndex.FileName))) return Fail(output, $"is a batch's output (it holds {BatchIndex.FileName}); write the 抽查 documents into a folder of their own");
        var list = DocumentCatalogue.SampleList;
        var record = DocumentCatalogue.SampleRecord;
        var set = TemplateSet.Load([list.Template, record.Template], templates, errors);
        if (set is null) return new SampleOutput(errors, [], []);
        StagedOutput staged;
        try { staged = StagedOutput.Begin(output); }
        catch (Exception e) when (IoFailure.Is(e)) { return Fail(output, $"cannot write: {IoFailure.Reason(e)}; nothing written"); }
        using (staged)
        {
            var files = new List<string>();
            try
            {
                var listFile = list.PathFor(null);
                using (var stream = NewFile.Open(Path.Combine(staged.Folder, listFile)))
                {
                    var result = set[list.Template].Render(campaign.Models.SampleList(draw, date, serial), stream, cancellationToken);
                    errors.AddRange(result.Diagnostics.Select(d => d.While(listFile)));
                }
                files.Add(listFile);
                Directory.CreateDirectory(Path.Combine(staged.Folder, DocumentCatalogue.SampleRecordsFolder));
                foreach (var sampled in draw.Units)
                {
                    var file = record.PathFor(sampled.Unit);
                    var rendered = campaign.Models.RenderSampleRecord(set[record.Template], sampled, draw, date, cancellationToken);
                    errors.AddRange(rendered.Diagnostics.Select(d => d.While($"{file} ({sampled.Unit.DisplayName})")));
                    if (rendered.Document is { } bytes)
                        using (var stream = NewFile.Open(Path.Combine(staged.Folder, file))) stream.Write(bytes);
                    files.Add(file);
                }
                if (errors.Count > 0) return new SampleOutput(errors, [], []);
                var commit = staged.Commit(files, replaceSet: false);
                return commit.Errors.Count > 0 ? new SampleOutput(commit.Errors, [], []) : new SampleOutput([], files, commit.Kept);
            }
            catch (Identity.CampaignKeyException e) { return Fail(output, $"{e.Message}; nothing written"); }
            catch (Exception e) when (IoFailure.Is(e)) { return Fail(output, $"cannot write: {IoFailure.Reason(e)}; nothing written"); }
        }
    }

    static SampleOutput Fail(string file, string message) => new([new Diagnostic(file, "", message)], [], []);
}
