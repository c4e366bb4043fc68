using System.Text;
using OfficeTools.Data;
using OfficeTools.Documents.Batch;
using OfficeTools.Documents.Catalogue;

namespace OfficeTools.Documents.Bulletin;

/// <summary>What writing the 公示 did: the files written (relative to the output), those kept aside, or every error (then nothing was written).</summary>
public sealed record BulletinOutput(IReadOnlyList<Diagnostic> Errors, IReadOnlyList<string> Written, IReadOnlyList<string> Kept)
{
    /// <summary>True when both files were written.</summary>
    public bool Success => Errors.Count == 0;
}

/// <summary>Writes the 公示 (<see cref="DocumentCatalogue.Bulletin"/>) as 公示.docx and 公示.html, from one model, both or nothing.</summary>
public static class BulletinDocuments
{
    /// <summary>The document's file name.</summary>
    public const string DocxName = "公示.docx";

    /// <summary>The page's file name.</summary>
    public const string HtmlName = "公示.html";

    /// <summary>Renders the bulletin of <paramref name="campaign"/> dated <paramref name="date"/> into <paramref name="output"/>.</summary>
    public static BulletinOutput Write(Campaigns.Campaign campaign, DateOnly date, string output, string? templates = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        var errors = new List<Diagnostic>();
        if (File.Exists(output)) return Fail(output, $"the output must be a folder, but a file has that name");
        if (File.Exists(Path.Combine(output, BatchIndex.FileName))) return Fail(output, $"is a batch's output (it holds {BatchIndex.FileName}); write the 公示 into a folder of its own");
        var type = DocumentCatalogue.Bulletin;
        var set = TemplateSet.Load([type.Template], templates, errors);
        if (set is null) return new BulletinOutput(errors, [], []);
        var model = campaign.Models.Bulletin(date);
        StagedOutput staged;
        try { staged = StagedOutput.Begin(output); }
        catch (Exception e) when (IoFailure.Is(e)) { return Fail(output, $"cannot write: {IoFailure.Reason(e)}; nothing written"); }
        using (staged)
        {
            try
            {
                using (var stream = NewFile.Open(Path.Combine(staged.Folder, DocxName)))
                {
                    var result = set[type.Template].Render(model, stream, cancellationToken);
                    errors.AddRange(result.Diagnostics.Select(d => d.While(DocxName)));
                }
                NewFile.Write(Path.Combine(staged.Folder, HtmlName), new UTF8Encoding(false).GetBytes(BulletinPage.Html(model)));
                if (errors.Count > 0) return new BulletinOutput(errors, [], []);
                var commit = staged.Commit([DocxName, HtmlName], replaceSet: false);
                return commit.Errors.Count > 0 ? new BulletinOutput(commit.Errors, [], []) : new BulletinOutput([], [DocxName, HtmlName], commit.Kept);
            }
            catch (Exception e) when (IoFailure.Is(e)) { return Fail(output, $"cannot write: {IoFailure.Reason(e)}; nothing written"); }
        }
    }

    static BulletinOutput Fail(string file, string message) => new([new Diagnostic(file, "", message)], [], []);
}
