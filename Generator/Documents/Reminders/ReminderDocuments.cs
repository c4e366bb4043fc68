using OfficeTools.Documents.Batch;
using OfficeTools.Documents.Catalogue;

namespace OfficeTools.Documents.Reminders;

/// <summary>Writes a 催办通知 (<see cref="DocumentCatalogue.Reminder"/>) for each chased unit into a folder, all or nothing.</summary>
public static class ReminderDocuments
{
    /// <summary>
    /// Renders the 催办通知 of every chased row of <paramref name="rows"/> into <paramref name="output"/> (one NAME-ID.docx a unit),
    /// from the shipped template or the one in <paramref name="templates"/>. Files OfficeTools did not write stay; nothing is written
    /// when anything fails.
    /// </summary>
    public static WrittenDocuments Write(Campaigns.Campaign campaign, IReadOnlyList<ReminderRow> rows, DateOnly date, ReminderSettings settings,
        string output, string? templates = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        ArgumentNullException.ThrowIfNull(rows);
        var type = DocumentCatalogue.Reminder;
        var chased = rows.Where(r => r.Chased).ToList();
        if (chased.Count == 0) return new WrittenDocuments([], [], []);
        return DocumentSetWriter.Write(output, "the 催办通知", [type.Template], templates, () => [.. chased.Select(row =>
            DocumentJob.Rendered(Path.GetFileName(type.PathFor(row.Unit)), row.Unit.DisplayName, type.Template,
                () => campaign.Models.Reminder(row, date, settings)))], cancellationToken);
    }
}
