using OfficeTools.Documents.Catalogue;
using OfficeTools.Documents.Ledger;
using OfficeTools.Documents.Models;

namespace OfficeTools.Documents.Batch;

/// <summary>One document to render: its type in the catalogue, relative path, unit and how to build its model.</summary>
internal sealed record PlannedDocument(DocumentType Type, string Path, Unit? Unit, string? Number, Func<object?> Model)
{
    /// <summary>For a form or a notice: how it is rendered and stamped (<see cref="ModelBuilder.RenderForm"/>, <see cref="ModelBuilder.RenderNotice"/>).</summary>
    public Func<Engine.DocxTemplate, CancellationToken, Engine.RenderResult>? Form { get; init; }

    /// <summary>The kind of document (form, notice, briefing).</summary>
    public DocumentKind Kind => Type.Kind;

    /// <summary>The template file it is rendered from.</summary>
    public string Template => Type.Template;

    public string Who => Unit == null ? "briefing" : $"unit {Unit.Id} {Unit.Name}";
}

/// <summary>Every document of a run, with unique safe file names, in a deterministic order.</summary>
internal sealed record BatchPlan(IReadOnlyList<PlannedDocument> Documents)
{
    public int Forms => Documents.Count(d => d.Kind == DocumentKind.Form);
    public int Notices => Documents.Count(d => d.Kind == DocumentKind.Notice);

    public static BatchPlan Make(ModelBuilder models)
    {
        var docs = new List<PlannedDocument>();
        var used = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        string Unique(DocumentType type, Unit u)
        {
            var name = type.PathFor(u);
            for (var n = 2; !used.Add(name); n++) name = type.PathFor(u, n);
            return name;
        }
        foreach (var u in models.Ledger.Units)
        {
            var form = DocumentCatalogue.FormFor(u.Kind);
            docs.Add(new PlannedDocument(form, Unique(form, u), u, null, () => form.ModelOf(models, u))
            {
                Form = (template, ct) => models.RenderForm(template, u, ct),
            });
        }
        var notice = DocumentCatalogue.Notice;
        foreach (var (u, number) in models.NoticeUnits())
            docs.Add(new PlannedDocument(notice, Unique(notice, u), u, number, () => notice.ModelOf(models, u, number))
            {
                Form = (template, ct) => models.RenderNotice(template, u, number, ct),
            });
        var briefing = DocumentCatalogue.Briefing;
        docs.Add(new PlannedDocument(briefing, briefing.PathFor(null), null, null, () => briefing.ModelOf(models)));
        return new BatchPlan(docs);
    }
}
