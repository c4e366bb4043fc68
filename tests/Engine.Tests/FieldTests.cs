using OfficeTools.Testing;

namespace OfficeTools.Engine.Tests;

/// <summary>The field list comes from Scriban's syntax trees: data paths as the data must hold them, nothing the template defines.</summary>
public class FieldTests
{
    static List<string> Variables(params string[] paragraphs)
    {
        var t = DocxTemplate.Compile(new MemoryStream(DocxFactory.Create(string.Concat(paragraphs.Select(p => DocxFactory.P(p))))), "f.docx");
        Assert.False(t.HasErrors, string.Join("\n", t.Diagnostics));
        return t.Fields.Where(f => f.Kind == FieldKind.Variable).Select(f => f.Name).Distinct().ToList();
    }

    [Fact]
    public void Chinese_field_names_from_spreadsheet_headers_are_listed()
    {
        Assert.Equal(["单位", "备注"], Variables("{{ 单位 }}：{{ if 备注 }}{{ 备注 }}{{ end }}"));
    }

    [Fact]
    public void A_loop_variable_reads_members_of_the_list_items()
    {
        Assert.Equal(["items", "items[].no", "items[].owners", "items[].owners[].name", "unit"],
            Variables("{{ for it in items }}", "{{ it.no }}{{ for o in it.owners }}{{ o.name }}{{ end }}{{ unit }}", "{{ end }}"));
    }

    [Fact]
    public void Names_inside_with_read_from_its_object()
    {
        Assert.Equal(["unit", "unit.name", "unit.head", "year"], Variables("{{ with unit }}{{ name }}{{ head }}{{ end }}{{ year }}"));
    }

    [Fact]
    public void Assigned_names_functions_parameters_captures_and_builtins_are_not_data()
    {
        Assert.Equal(["unit.name", "year", "count", "n"], Variables(
            "{{ x = unit.name + \"（\" + year + \"）\" }}{{ x }}{{ \"unit.fake\" }}{{ date.now | date.to_string \"%Y\" }}{{ gw.num count }}",
            "{{ func twice(p); ret p * 2; end }}{{ twice n }}{{ for.index }}",
            "{{ capture title }}标题{{ end }}{{ title }}{{ empty }}"));
    }

    [Fact]
    public void Indexes_and_conditions_of_else_if_and_when_are_read()
    {
        Assert.Equal(["d[0].e", "rows[]", "k", "a", "b", "status"], Variables(
            "{{ d[0].e }}{{ rows[k] }}",
            "{{ if a }}甲{{ else if b }}乙{{ end }}",
            "{{ case status }}{{ when \"x\" }}叉{{ end }}"));
    }

    [Fact]
    public void A_range_loop_variable_is_not_data_but_its_bound_is()
    {
        Assert.Equal(["n"], Variables("{{ for i in 1..n }}{{ i }}{{ end }}"));
    }
}
