using OfficeTools.Data;
using OfficeTools.Documents.Catalogue;
using OfficeTools.Engine.Merge;

namespace OfficeTools.Documents.Batch;

/// <summary>
/// `batch --merge`: the run's forms and its notices, each kind in one print file (print/forms.docx,
/// print/notices.docx), in the order of the ledger's units; the briefing is one document already and gets none.
/// </summary>
internal static class PrintFiles
{
    /// <summary>The folder of the print files inside the output.</summary>
    public const string Folder = "print";

    static readonly (DocumentKind Kind, string Name)[] Kinds = [(DocumentKind.Form, "forms.docx"), (DocumentKind.Notice, "notices.docx")];

    /// <summary>Writes the print files into the staging folder; returns their paths (relative) and any errors.</summary>
    public static List<string> Write(BatchPlan plan, StagedOutput staged, List<Diagnostic> errors)
    {
        var written = new List<string>();
        foreach (var (kind, name) in Kinds)
        {
            var documents = plan.Documents.Where(d => d.Kind == kind).ToList();
            if (documents.Count == 0) continue;
            var path = Path.Combine(Folder, name);
            Directory.CreateDirectory(Path.Combine(staged.Folder, Folder));
            using (var file = NewFile.Open(Path.Combine(staged.Folder, path)))
            using (var merger = new DocxMerger(file))
            {
                var before = errors.Count;
                foreach (var d in documents)
                    if (merger.Add(File.ReadAllBytes(Path.Combine(staged.Folder, d.Path)), $"{d.Path} ({d.Who})") is { } problem) errors.Add(problem);
                if (errors.Count > before) continue;
                merger.Finish();
            }
            written.Add(path);
        }
        return written;
    }
}
