using OfficeTools.Data;
using OfficeTools.Engine;

namespace OfficeTools.Documents.Batch;

/// <summary>What writing a set of documents did: the files written (relative to the output), those kept aside, or every error (then nothing was written).</summary>
public sealed record WrittenDocuments(IReadOnlyList<Diagnostic> Errors, IReadOnlyList<string> Written, IReadOnlyList<string> Kept)
{
    /// <summary>True when every file was written.</summary>
    public bool Success => Errors.Count == 0;

    /// <summary>Nothing written, for <paramref name="file"/>'s <paramref name="message"/>.</summary>
    public static WrittenDocuments Failed(string file, string message) => new([new Diagnostic(file, "", message)], [], []);
}

/// <summary>
/// One file of a set: its path in the output ('/'-separated), whom it is for (named in its errors; empty for none), and how
/// it is made: from the set's templates into the file's stream, giving the problems met.
/// </summary>
internal sealed record DocumentJob(string File, string Who, Func<TemplateSet, Stream, CancellationToken, IReadOnlyList<Diagnostic>> Make)
{
    /// <summary>A document rendered from <paramref name="template"/> with the model <paramref name="model"/> gives.</summary>
    public static DocumentJob Rendered(string file, string who, string template, Func<Dictionary<string, object?>> model) =>
        new(file, who, (set, stream, ct) => set[template].Render(model(), stream, ct).Diagnostics);

    /// <summary>A document made whole first (a sealed one), then written.</summary>
    public static DocumentJob Made(string file, string who, Func<TemplateSet, CancellationToken, RenderResult> make) =>
        new(file, who, (set, stream, ct) =>
        {
            var result = make(set, ct);
            if (result.Document is { } bytes) stream.Write(bytes);
            return result.Diagnostics;
        });

    /// <summary>A file that is no template's (a page): its bytes.</summary>
    public static DocumentJob Bytes(string file, Func<byte[]> bytes) => new(file, "", (_, stream, _) => { stream.Write(bytes()); return []; });
}

/// <summary>
/// The one way a command writes a set of documents beside a batch (催办通知, 抽查, 公示, the outcomes' documents): into a
/// folder of its own that is not a batch's, from the shipped templates or a folder's, staged and moved into place all or
/// nothing, every problem located by file and by whom it is for. Files of the folder OfficeTools did not write stay.
/// </summary>
internal static class DocumentSetWriter
{
    /// <summary>What else a set does once every file is made, in the staging folder: more files to write (PDFs), or problems.</summary>
    public delegate (IReadOnlyList<string> Files, IReadOnlyList<Diagnostic> Errors) Finish(string stagingFolder, IReadOnlyList<string> files);

    /// <summary>
    /// Writes <paramref name="jobs"/> (asked for once the templates <paramref name="templateFiles"/> are loaded) into
    /// <paramref name="output"/>; <paramref name="what"/> names the set in the refusal of a batch's folder ("the 公示").
    /// With <paramref name="replaceSet"/>, files an earlier run of the set wrote and this one did not are removed.
    /// </summary>
    public static WrittenDocuments Write(string output, string what, IReadOnlyList<string> templateFiles, string? templates,
        Func<IReadOnlyList<DocumentJob>> jobs, CancellationToken cancellationToken, bool replaceSet = false, Finish? finish = null)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(jobs);
        if (File.Exists(output)) return WrittenDocuments.Failed(output, "the output must be a folder, but a file has that name");
        // a batch's folder is replaced as a whole by the next batch: documents written there would be removed with it
        if (File.Exists(Path.Combine(output, BatchIndex.FileName)))
            return WrittenDocuments.Failed(output, $"is a batch's output (it holds {BatchIndex.FileName}); write {what} into a folder of its own");
        var errors = new List<Diagnostic>();
        var set = TemplateSet.Load(templateFiles, templates, errors);
        if (set is null) return new WrittenDocuments(errors, [], []);
        StagedOutput staged;
        try { staged = StagedOutput.Begin(output); }
        catch (Exception e) when (IoFailure.Is(e)) { return WrittenDocuments.Failed(output, $"cannot write: {IoFailure.Reason(e)}; nothing written"); }
        using (staged)
        {
            try
            {
                var list = jobs();
                foreach (var job in list)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    var path = Path.Combine(staged.Folder, job.File);
                    Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                    using var stream = NewFile.Open(path);
                    var where = job.Who.Length > 0 ? $"{job.File} ({job.Who})" : job.File;
                    errors.AddRange(job.Make(set, stream, cancellationToken).Where(d => d.IsError).Select(d => d.While(where)));
                }
                if (errors.Count > 0) return new WrittenDocuments(errors, [], []);
                var files = list.Select(j => j.File).ToList();
                if (finish is not null)
                {
                    var (more, failed) = finish(staged.Folder, files);
                    if (failed.Count > 0) return new WrittenDocuments(failed, [], []);
                    files.AddRange(more);
                }
                if (files.Count == 0 && !replaceSet) return new WrittenDocuments([], [], []);
                var commit = staged.Commit(files, replaceSet);
                return commit.Errors.Count > 0 ? new WrittenDocuments(commit.Errors, [], []) : new WrittenDocuments([], files, commit.Kept);
            }
            catch (Identity.CampaignKeyException e) { return WrittenDocuments.Failed(output, $"{e.Message}; nothing written"); }
            catch (Exception e) when (IoFailure.Is(e)) { return WrittenDocuments.Failed(output, $"cannot write: {IoFailure.Reason(e)}; nothing written"); }
        }
    }
}
