using OfficeTools.Data;
using OfficeTools.Documents.Batch;
using OfficeTools.Documents.Catalogue;

namespace OfficeTools.Documents.Reminders;

/// <summary>What writing the 催办通知 did: the files written (relative to the output), those kept aside, or every error (then nothing was written).</summary>
public sealed record ReminderOutput(IReadOnlyList<Diagnostic> Errors, IReadOnlyList<string> Written, IReadOnlyList<string> Kept)
{
    /// <summary>True when every document was written.</summary>
    public bool Success => Errors.Count == 0;
}

/// <summary>Writes a 催办通知 (<see cref="DocumentCatalogue.Reminder"/>) for each chased unit into a folder, all or nothing.</summary>
public static class ReminderDocuments
{
    /// <summary>
    /// Renders the 催办通知 of every chased row of <paramref name="rows"/> into <paramref name="output"/> (one NAME-ID.docx a unit),
    /// from the shipped template or the one in <paramref name="templates"/>. Files OfficeTools did not write stay; nothing is written
    /// when anything fails.
    /// </summary>
    public static ReminderOutput Write(Campaigns.Campaign campaign, IReadOnlyList<ReminderRow> rows, DateOnly date, ReminderSettings settings,
        string output, string? templates = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        ArgumentNullException.ThrowIfNull(rows);
        var errors = new List<Diagnostic>();
        if (File.Exists(output)) return Fail(output, $"the output must be a folder, but a file has that name");
        // a batch's folder is replaced as a whole by the next batch: 催办通知 written there would be removed with it
        if (File.Exists(Path.Combine(output, BatchIndex.FileName))) return Fail(output, $"is a batch's output (it holds {BatchIndex.FileName}); write the 催办通知 into a folder of their own");
        var type = DocumentCatalogue.Reminder;
        var set = TemplateSet.Load([type.Template], templates, errors);
        if (set is null) return new ReminderOutput(errors, [], []);
        var chased = rows.Where(r => r.Chased).ToList();
        if (chased.Count == 0) return new ReminderOutput([], [], []);
        StagedOutput staged;
        try { staged = StagedOutput.Begin(output); }
        catch (Exception e) when (IoFailure.Is(e)) { return Fail(output, $"cannot write: {IoFailure.Reason(e)}; nothing written"); }
        using (staged)
        {
            var files = new List<string>();
            try
            {
                foreach (var row in chased)
                {
                    var file = Path.GetFileName(type.PathFor(row.Unit));
                    using (var stream = NewFile.Open(Path.Combine(staged.Folder, file)))
                    {
                        var result = set[type.Template].Render(campaign.Models.Reminder(row, date, settings), stream, cancellationToken);
                        errors.AddRange(result.Diagnostics.Select(d => d.While($"{file} ({row.Unit.DisplayName})")));
                    }
                    files.Add(file);
                }
                if (errors.Count > 0) return new ReminderOutput(errors, [], []);
                var commit = staged.Commit(files, replaceSet: false);
                return commit.Errors.Count > 0 ? new ReminderOutput(commit.Errors, [], []) : new ReminderOutput([], files, commit.Kept);
            }
            catch (Exception e) when (IoFailure.Is(e)) { return Fail(output, $"cannot write: {IoFailure.Reason(e)}; nothing written"); }
        }
    }

    static ReminderOutput Fail(string file, string message) => new([new Diagnostic(file, "", message)], [], []);
}
