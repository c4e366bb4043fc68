using OfficeTools.Documents.Ledger;
using OfficeTools.Documents.Models;

namespace OfficeTools.Documents.Batch;

/// <summary>One document to render: its relative path, template, unit and how to build its model.</summary>
internal sealed record PlannedDocument(string Kind, string Path, string Template, Unit? Unit, string? Number, Func<object?> Model)
{
    /// <summary>For a form: how it is rendered and stamped (<see cref="ModelBuilder.RenderForm"/>).</summary>
    public Func<Engine.DocxTemplate, CancellationToken, Engine.RenderResult>? Form { get; init; }

    public string Who => Unit == null ? "briefing" : $"unit {Unit.Id} {Unit.Name}";
}

/// <summary>Every document of a run, with unique safe file names, in a deterministic order.</summary>
internal sealed record BatchPlan(IReadOnlyList<PlannedDocument> Documents)
{
    public int Forms => Documents.Count(d => d.Kind == "form");
    public int Notices => Documents.Count(d => d.Kind == "notice");

    public static BatchPlan Make(ModelBuilder models)
    {
        var docs = new List<PlannedDocument>();
        var used = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        string Unique(string folder, string stem)
        {
            var name = $"{folder}/{stem}.docx";
            for (var n = 2; !used.Add(name); n++) name = $"{folder}/{stem}~{n}.docx";
            return name;
        }
        string Stem(Unit u) => $"{SafeFileName.Of(u.Name)}-{SafeFileName.Of(u.Id, 40, "id")}";
        foreach (var u in models.Ledger.Units)
            docs.Add(new PlannedDocument("form", Unique("forms", Stem(u)), ModelBuilder.FormTemplate(u.Kind), u, null, () => models.Form(u))
            {
                Form = (template, ct) => models.RenderForm(template, u, ct),
            });
        foreach (var (u, number) in models.NoticeUnits())
            docs.Add(new PlannedDocument("notice", Unique("notices", Stem(u)), "notice.docx", u, number, () => models.Notice(u, number)));
        docs.Add(new PlannedDocument("briefing", "briefing.docx", "briefing.docx", null, null, models.Briefing));
        return new BatchPlan(docs);
    }
}
