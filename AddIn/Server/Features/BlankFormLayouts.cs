using OfficeTools.AddIn.Server.Services;
using OfficeTools.Collect.Reading;
using OfficeTools.Documents.Catalogue;
using OfficeTools.Documents.Ledger;

namespace OfficeTools.AddIn.Server.Features;

/// <summary>
/// The layout of the blank form a unit downloads (the portal's render of it, as the trail now leaves it), so a form whose
/// content controls lost their tags (re-saved by LibreOffice or WPS) is read back by place, as <c>collect --forms</c>
/// reads it. The blank is rendered once per trail state (<see cref="RenderCache"/>).
/// </summary>
public static class BlankFormLayouts
{
    /// <summary>The unit's blank-form layout, or null when its form cannot be rendered (the submission is then read by tag only).</summary>
    public static FormLayouts? For(Unit unit, OfficeTools.Documents.Campaigns.Campaign campaign, TemplateLibrary library, RenderCache cache, CancellationToken ct)
    {
        var blank = cache.GetOrRender(RenderCache.StateOf(campaign.History), $"blank-layout|{unit.Id}", () =>
        {
            var form = DocumentCatalogue.FormFor(unit.Kind);
            return Render.Docx(library, form.Template, t => campaign.Models.RenderForm(t, unit, ct)).Bytes;
        });
        if (blank is null) return null;
        var layouts = new FormLayouts();
        return layouts.Add(blank) ? layouts : null;
    }
}
