using static OfficeTools.Templates.Tests.Ooxml;

namespace OfficeTools.Templates.Tests;

/// <summary>The 约谈记录 and the 诫勉谈话记录: the controls the talk is recorded in, each of its kind, once, after rendering too.</summary>
public class TalkRecordControlTests
{
    /// <summary>The two record templates.</summary>
    public static TheoryData<string> Records => new("talk-record", "admonition-record");

    static readonly (string Tag, TagContract.Kind Kind)[] Rows =
    [
        ("talker", TagContract.Kind.Plain), ("recorder", TagContract.Kind.Plain), ("talk_date", TagContract.Kind.Date),
        ("place", TagContract.Kind.Plain), ("content", TagContract.Kind.Rich), ("response", TagContract.Kind.Rich),
        ("undertaking", TagContract.Kind.Rich), ("signature", TagContract.Kind.Plain), ("talker_signature", TagContract.Kind.Plain),
    ];

    [Theory, MemberData(nameof(Records))]
    public void Every_field_of_the_talk_is_a_control_of_its_kind_in_the_template_and_the_rendered_record(string name)
    {
        foreach (var bytes in new[] { Samples.Template(name), Samples.Rendered(name) })
        {
            var controls = new Ooxml(bytes).Controls().ToList();
            Assert.Equal(Rows.Select(r => r.Tag).Order(), controls.Select(c => c.Tag).Order());
            foreach (var (tag, kind) in Rows)
            {
                var (_, props, sdt) = Assert.Single(controls, c => c.Tag == tag);
                TagContract.AssertKind(tag, props, kind, []);
                Assert.NotNull(props.Element(W + "showingPlcHdr"));
            }
        }
    }
}
