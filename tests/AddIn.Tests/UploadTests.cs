using System.Security.Cryptography;
using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace OfficeTools.AddIn.Tests;

public class UploadTests(UploadTests.App app) : IClassFixture<UploadTests.App>
{
    public sealed class App : AddInApplication
    {
        protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
        {
            ["AddIn:MaxUploadBytes"] = (512 * 1024).ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["AddIn:MaxZipEntries"] = "200",
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

    async Task Refused(byte[] bytes, HttpStatusCode status, string words)
    {
        var (code, body) = await Upload(bytes);
        Assert.Equal(status, code);
        Assert.Contains(words, body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_real_docx_is_accepted() => Assert.Equal(HttpStatusCode.Created, (await Upload(Docs.Form("U001"))).Status);

    [Fact]
    public Task Not_a_zip_is_refused() => Refused(Encoding.UTF8.GetBytes("MZ this is an executable, honest"), HttpStatusCode.BadRequest, "不是 Word 文档");

    [Fact]
    public Task Empty_body_is_refused() => Refused([], HttpStatusCode.BadRequest, "空的");

    [Fact]
    public Task A_zip_without_a_main_document_is_refused() =>
        Refused(Docs.Edit(Docs.Form("U001"), z => z.GetEntry("word/document.xml")!.Delete()), HttpStatusCode.BadRequest, "主文档部件");

    [Fact]
    public Task A_zip_without_content_types_is_refused() =>
        Refused(Docs.Edit(Docs.Form("U001"), z => z.GetEntry("[Content_Types].xml")!.Delete()), HttpStatusCode.BadRequest, "Content_Types");

    [Fact]
    public Task A_vba_project_is_refused() =>
        Refused(Docs.Edit(Docs.Form("U001"), z => Docs.Add(z, "word/vbaProject.bin", [0xD0, 0xCF, 0x11, 0xE0])), HttpStatusCode.BadRequest, "宏");

    [Fact]
    public Task A_macro_enabled_content_type_is_refused() =>
        Refused(Docs.Edit(Docs.Form("U001"), z => Docs.Replace(z, "[Content_Types].xml", t => t.Replace(
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
            "application/vnd.ms-word.document.macroEnabled.main+xml", StringComparison.Ordinal))), HttpStatusCode.BadRequest, "宏");

    [Fact]
    public Task Too_many_entries_is_refused() =>
        Refused(Docs.Edit(Docs.Form("U001"), z => { for (var i = 0; i < 250; i++) Docs.Add(z, $"customXml/item{i}.xml", "<a/>"u8.ToArray()); }),
            HttpStatusCode.BadRequest, "压缩炸弹");

    [Fact]
    public Task A_high_expansion_ratio_is_refused() =>
        Refused(Docs.Edit(Docs.Form("U001"), z => Docs.Add(z, "word/media/zeros.bin", new byte[30 * 1024 * 1024])), HttpStatusCode.BadRequest, "压缩炸弹");

    [Theory]
    [InlineData("../../evil.xml")]
    [InlineData("word/../../evil.xml")]
    [InlineData("/etc/passwd")]
    [InlineData("word\\..\\evil.xml")]
    [InlineData("C:/evil.xml")]
    public Task Path_traversal_in_entry_names_is_refused(string name) =>
        Refused(Docs.Edit(Docs.Form("U001"), z => Docs.Add(z, name, "<a/>"u8.ToArray())), HttpStatusCode.BadRequest, "路径");

    [Fact]
    public Task A_dtd_in_a_package_part_is_refused() =>
        Refused(Docs.Edit(Docs.Form("U001"), z => Docs.Replace(z, "_rels/.rels", t => t.Replace("?>",
            "?><!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>", StringComparison.Ordinal))), HttpStatusCode.BadRequest, "XML");

    [Fact]
    public Task Over_the_size_limit_is_413() =>
        Refused(Docs.Edit(Docs.Form("U001"), z => Docs.Add(z, "word/media/noise.bin", RandomNumberGenerator.GetBytes(600 * 1024))),
            HttpStatusCode.RequestEntityTooLarge, "文件太大");
}
