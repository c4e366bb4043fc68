using OfficeTools.Documents.Catalogue;
using OfficeTools.Documents.Ledger;

namespace OfficeTools.Documents.Tests;

/// <summary>The document catalogue: a form variant for every unit kind, every template shipped, file names by the one rule.</summary>
public class DocumentCatalogueTests
{
    [Theory]
    [InlineData(UnitKinds.Leadership, "form-leadership.docx")]
    [InlineData(UnitKinds.Grassroots, "form-grassroots.docx")]
    [InlineData(UnitKinds.Member, "form-member.docx")]
    [InlineData(UnitKinds.Leader, "form-member.docx")]
    public void Every_unit_kind_has_its_form_variant(string kind, string template)
    {
        var form = DocumentCatalogue.FormFor(kind);
        Assert.Equal(template, form.Template);
        Assert.Equal(DocumentKind.Form, form.Kind);
        Assert.Contains(kind, form.UnitKinds);
    }

    [Fact]
    public void Every_template_is_built_into_the_library_and_named_once()
    {
        var templates = DocumentCatalogue.All.Select(t => t.Template).ToList();
        Assert.Equal(templates.Distinct(), templates);
        foreach (var t in templates)
        {
            using var s = typeof(DocumentCatalogue).Assembly.GetManifestResourceStream("Templates/" + t);
            Assert.NotNull(s);
            Assert.Same(DocumentCatalogue.All.Single(x => x.Template == t), DocumentCatalogue.ByTemplate(t));
        }
        Assert.Null(DocumentCatalogue.ByTemplate("letter.docx"));
    }

    [Fact]
    public void Paths_put_a_units_documents_in_their_folder_and_the_briefing_at_the_top()
    {
        var unit = new Unit("U/1", "甲:单位", UnitKinds.Leadership, null, "", "", "");
        Assert.Equal("forms/甲_单位-U_1.docx", DocumentCatalogue.FormLeadership.PathFor(unit));
        Assert.Equal("notices/甲_单位-U_1~2.docx", DocumentCatalogue.Notice.PathFor(unit, 2));
        Assert.Equal("briefing.docx", DocumentCatalogue.Briefing.PathFor(null));
        Assert.Equal(["forms", "notices", "briefing.docx", "index.json"], DocumentCatalogue.Outputs);
    }
}
