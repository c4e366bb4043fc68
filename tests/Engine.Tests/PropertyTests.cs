using System.Text;
using CsCheck;
using OfficeTools.Testing;

namespace OfficeTools.Engine.Tests;

/// <summary>Random Unicode data never yields an invalid package, and text round-trips minus what XML forbids.</summary>
public class PropertyTests
{
    static readonly string[] Specials = ["😀", "👨‍👩‍👧", "שלום עולם", "مرحبا", "\u202Eabc\u202C", "&<>\"'", "{{ x }}", "}}", "\r\n", "\t", "\uFFFE", "\uD800", "\uDC00", "</w:t>", "]]>", "\u0000"];

    static readonly DocxTemplate Template = DocxTemplate.Compile(new MemoryStream(DocxFactory.Create(
        DocxFactory.P("{{ v }}") +
        "<w:tbl><w:tblPr><w:tblW w:w=\"0\" w:type=\"auto\"/></w:tblPr><w:tblGrid><w:gridCol w:w=\"2000\"/></w:tblGrid><w:tr><w:tc><w:p><w:r><w:t>{{ v }}</w:t></w:r></w:p></w:tc></w:tr></w:tbl>" +
        "<w:p><w:sdt><w:sdtPr><w:alias w:val=\"{{ v }}\"/><w:tag w:val=\"x.{{ v }}\"/><w:id w:val=\"1\"/></w:sdtPr><w:sdtContent><w:r><w:t>c</w:t></w:r></w:sdtContent></w:sdt></w:p>",
        headerXml: DocxFactory.P("{{ v }}"))), "prop.docx");

    static readonly Gen<string> Value = Gen.Frequency(
        (6, Gen.OneOf(
            Gen.Char[(char)0, (char)0xFFFF].Array[0, 40].Select(a => new string(a)),
            Gen.Int[0, Specials.Length - 1].Select(i => Specials[i]),
            Gen.String).Array[1, 6].Select(a => string.Concat(a))),
        (1, Gen.Char['\u4e00', '\u9fff'].Array[10_000, 10_000].Select(a => new string(a))));

    [Fact]
    public void Random_unicode_values_render_valid_packages_and_round_trip()
    {
        Assert.False(Template.HasErrors, string.Join("\n", Template.Diagnostics));
        Value.Sample(v =>
        {
            var r = Template.Render(new Dictionary<string, object?> { ["v"] = v }, TestContext.Current.CancellationToken);
            Assert.True(r.Success, string.Join("\n", r.Diagnostics));
            DocxValidation.AssertValid(r.Document!);
            var expected = Expected(v);
            Assert.Equal(expected + "\n" + expected + "\nc", DocxText.Body(r.Document!));
            Assert.Equal(expected.TrimEnd('\n'), DocxText.Part(r.Document!, "headers"));
        }, iter: 60, threads: 1);
    }

    static string Expected(string v)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < v.Length; i++)
        {
            var c = v[i];
            if (char.IsHighSurrogate(c) && i + 1 < v.Length && char.IsLowSurrogate(v[i + 1])) { sb.Append(c).Append(v[++i]); continue; }
            if (char.IsSurrogate(c) || c is '\uFFFE' or '\uFFFF' || (c < 0x20 && c is not ('\t' or '\n' or '\r'))) continue;
            if (c == '\r') { if (i + 1 < v.Length && v[i + 1] == '\n') i++; sb.Append('\n'); continue; }
            sb.Append(c);
        }
        return sb.ToString();
    }
}
