using static OfficeTools.Templates.Tests.Ooxml;

namespace OfficeTools.Templates.Tests;

/// <summary>The forms' fill-in controls follow the tag contract, in the template and after rendering the sample.</summary>
public class FormControlTests
{
    /// <summary>The three form templates.</summary>
    public static TheoryData<string> Forms => new(Samples.Forms);

    [Theory, MemberData(nameof(Forms))]
    public void Template_has_every_contract_tag_with_its_control_type(string name)
    {
        var controls = new Ooxml(Samples.Template(name)).Controls().ToList();
        foreach (var (tag, kind, choices) in TagContract.Rows)
        {
            var templated = tag.Replace(".N.", ".{{ f.no }}.", StringComparison.Ordinal).Replace(".ID.", ".{{ it.id }}.", StringComparison.Ordinal);
            var (_, props, _) = Assert.Single(controls, c => c.Tag == templated);
            TagContract.AssertKind(templated, props, kind, choices);
        }
    }

    [Theory, MemberData(nameof(Forms))]
    public void Empty_fill_in_controls_show_a_placeholder(string name)
    {
        var x = new Ooxml(Samples.Template(name));
        var fillIns = x.Controls().Where(c => c.Props.Element(W + "lock") == null).ToList();
        Assert.NotEmpty(fillIns);
        Assert.All(fillIns, c =>
        {
            Assert.NotNull(c.Props.Element(W + "showingPlcHdr"));
            // a signature shows a blank line to sign on (ideographic spaces, underlined), never a word
            var text = Text(c.Sdt);
            Assert.True(new[] { "点击此处填写", "请选择", "点击选择日期" }.Contains(text) || (text.Length > 0 && text.All(ch => ch == '　')), $"placeholder «{text}»");
        });
    }

    [Theory, MemberData(nameof(Forms))]
    public void Rendered_sample_has_one_control_per_focus_point_and_item(string name)
    {
        var model = Samples.Json(name);
        var x = new Ooxml(Samples.Rendered(name));
        var controls = x.Controls().ToList();
        var focusNos = model["focus"]!.AsArray().Select(f => (long)f!["no"]!).ToList();
        var itemIds = model["focus"]!.AsArray().SelectMany(f => f!["items"]!.AsArray()).Select(i => (string)i!["id"]!).ToList();
        Assert.NotEmpty(itemIds);
        foreach (var (tag, kind, choices) in TagContract.Rows)
        {
            IEnumerable<string> expanded = tag.Contains(".N.", StringComparison.Ordinal)
                ? focusNos.Select(n => tag.Replace(".N.", $".{n}.", StringComparison.Ordinal))
                : tag.Contains(".ID.", StringComparison.Ordinal)
                    ? itemIds.Select(id => tag.Replace(".ID.", $".{id}.", StringComparison.Ordinal))
                    : [tag];
            foreach (var t in expanded)
            {
                var (_, props, _) = Assert.Single(controls, c => c.Tag == t);
                TagContract.AssertKind(t, props, kind, choices);
            }
        }
        Assert.DoesNotContain(controls, c => c.Tag.Contains("{{", StringComparison.Ordinal));
    }

    [Theory, MemberData(nameof(Forms))]
    public void Rendered_sample_carries_the_unit_id_and_form_kind_in_locked_controls(string name)
    {
        var model = Samples.Json(name);
        var x = new Ooxml(Samples.Rendered(name));
        var id = x.Controls().Single(c => c.Tag == "unit.id");
        Assert.Equal((string)model["unit"]!["id"]!, Text(id.Sdt));
        var kind = x.Controls().Single(c => c.Tag == "form.kind");
        Assert.Equal((string)model["form"]!["kind"]!, Text(kind.Sdt));
    }
}
