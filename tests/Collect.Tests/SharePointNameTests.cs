using System.Net;
using OfficeTools.Collect.Stores;
using OfficeTools.Collect.Tests.Support;
using OfficeTools.GraphEmulator;

namespace OfficeTools.Collect.Tests;

/// <summary>Unit ids and file names SharePoint would refuse still get a folder and a file, distinct per id and within 400 characters.</summary>
public class SharePointNameTests
{
    static CancellationToken Ct => TestContext.Current.CancellationToken;

    static readonly string[] Awkward =
    [
        "CON", "prn", "Com0", "LPT9", "NUL.txt", "forms", "Forms", "~$锁", "a_vti_b", "desktop.ini", ".lock",
        "城关镇/社区", "城关镇:社区", "城关镇\\社区", " 前后空格 ", new string('党', 250), new string('党', 249) + "乙",
    ];

    [Fact]
    public void Every_awkward_id_gets_its_own_folder_within_the_limits()
    {
        var folders = Awkward.Select(StoreNames.UnitFolder).ToList();
        Assert.Equal(Awkward.Length, folders.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.All(folders, f => Assert.True(f.Length <= StoreNames.MaxUnitChars, f));
        Assert.All(folders, f => Assert.Null(SharePointNames.Refuses("/sites/Campaign", "Forms", f + "/x.docx")));
        Assert.Equal("U001", StoreNames.UnitFolder("U001"));
        Assert.Equal("青山县城关镇", StoreNames.UnitFolder("青山县城关镇"));
        var longest = $"/sites/{new string('s', 60)}/{new string('L', 60)}/{StoreNames.UnitFolder(Awkward[^1])}/{StoreNames.SubmissionsFolder}/" +
            StoreNames.SubmissionFile(Awkward[^1], DateTimeOffset.UtcNow, new string('a', 64));
        Assert.True(longest.Length <= 400, $"{longest.Length} characters");
        Assert.Equal("自查报告表.docx", StoreNames.File("自查报告表.docx"));
        Assert.EndsWith(".docx", StoreNames.File(new string('表', 400) + ".docx"));
        Assert.True(StoreNames.File(new string('表', 400) + ".docx").Length <= StoreNames.MaxFileChars);
    }

    [Fact]
    public async Task SharePoint_accepts_every_folder_and_file_the_store_makes_for_them()
    {
        using var emu = new Emulated();
        await using var store = emu.Store();
        foreach (var id in Awkward)
        {
            await store.EnsureUnitFolderAsync(id, Ct);
            Assert.Equal(UploadOutcome.Uploaded, await store.UploadFormAsync(id, "~$自查报告表.docx", [1, 2, 3], Ct));
            var record = await store.SubmitAsync(id, "desktop.ini", [4, 5, 6], "x", DateTimeOffset.UtcNow, Ct);
            Assert.Equal(id, record.UnitId);
            Assert.Equal([4, 5, 6], await store.DownloadAsync(record, Ct));
            Assert.Single(await store.PublishedFormsAsync(id, Ct));
        }
        Assert.Equal(2 * Awkward.Length, emu.Library.Files.Count());
        var e = await Assert.ThrowsAsync<StoreException>(() => store.SubmitAsync(new string('党', 256), "f.docx", [1], "x", DateTimeOffset.UtcNow, Ct));
        Assert.Contains("holds 255", e.Message);
        Assert.Equal(2 * Awkward.Length, emu.Library.Files.Count());
    }

    [Fact]
    public async Task The_emulator_refuses_what_SharePoint_refuses()
    {
        using var emu = new Emulated();
        using var http = emu.Http();
        foreach (var bad in new[] { "CON/a.docx", "forms/a.docx", "U1/~$a.docx", "U1/a_vti_.docx", "U1/" + new string('x', 390) + ".docx" })
        {
            var put = await http.PutAsync($"{emu.Server.BaseUrl}/drives/{emu.Library.Id}/root:/{Uri.EscapeDataString(bad).Replace("%2F", "/")}:/content", new ByteArrayContent([1]), Ct);
            Assert.True(put.StatusCode == HttpStatusCode.BadRequest, bad);
        }
        Assert.Empty(emu.Library.Files);
    }
}
