using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace OfficeTools.AddIn.Tests;

/// <summary>Uploads through the shared package inspector, over real HTTP: hostile packages the older checks let through.</summary>
public class UploadPackageTests(UploadPackageTests.App app) : IClassFixture<UploadPackageTests.App>
{
    public sealed class App : AddInApplication
    {
        protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
        {
            ["AddIn:MaxExpandedBytes"] = (4 * 1024 * 1024).ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["AddIn:MaxExpansionRatio"] = "100000",
        };
    }

    async Task<(HttpStatusCode Status, string Body)> Upload(byte[] bytes)
    {
        var ct = TestContext.Current.CancellationToken;
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        var response = await app.ClientWith(AddInApplication.Token()).PostAsync("/api/submissions/U001", content, ct);
        return (response.StatusCode, await response.Content.ReadAsStringAsync(ct));
    }

    async Task Refused(byte[] bytes, params string[] words)
    {
        var (code, body) = await Upload(bytes);
        Assert.Equal(HttpStatusCode.BadRequest, code);
        foreach (var w in words) Assert.Contains(w, body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_real_form_is_still_accepted() => Assert.Equal(HttpStatusCode.Created, (await Upload(Docs.Form("U001"))).Status);

    [Fact]
    public Task A_bomb_is_refused_naming_the_part_and_the_configuration_key() =>
        Refused(Docs.Edit(Docs.Form("U001"), z => Docs.Add(z, "word/media/zeros.bin", new byte[8 * 1024 * 1024])),
            "压缩炸弹", "word/media/zeros.bin", "AddIn:MaxExpandedBytes");

    [Fact]
    public Task A_utf16_dtd_in_a_part_not_named_xml_is_refused() =>
        Refused(Docs.Edit(Docs.Form("U001"), z => Docs.Add(z, "customXml/item1.bin",
            [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes("<?xml version=\"1.0\" encoding=\"utf-16\"?>\n<!-- x -->\n<!DOCTYPE r [<!ENTITY a \"b\">]><r/>")])),
            "DTD", "customXml/item1.bin");

    [Fact]
    public Task A_control_character_in_a_part_name_is_refused() =>
        Refused(Docs.Edit(Docs.Form("U001"), z => Docs.Add(z, "word/evil\u0001.xml", "<a/>"u8.ToArray())), "路径");

    [Fact]
    public Task A_second_document_part_under_another_case_is_refused() =>
        Refused(Docs.Edit(Docs.Form("U001"), z => Docs.Add(z, "Word/Document.xml", "<a/>"u8.ToArray())), "两次");
}
