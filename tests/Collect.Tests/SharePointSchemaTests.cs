using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using OfficeTools.Collect.Stores;
using OfficeTools.Collect.Tests.Support;
using OfficeTools.GraphEmulator;

namespace OfficeTools.Collect.Tests;

/// <summary>SharePoint refuses fields that are not columns: the store checks and makes its columns, or says exactly what is missing.</summary>
public class SharePointSchemaTests
{
    static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_field_that_is_no_column_or_has_the_wrong_type_is_refused_as_SharePoint_does()
    {
        using var emu = new Emulated();
        using var http = emu.Http();
        var items = $"{emu.Server.BaseUrl}/sites/{emu.Server.State.SiteId}/lists/{emu.List.Id}/items";
        var unknown = await http.PostAsJsonAsync(items, new Dictionary<string, object> { ["fields"] = new Dictionary<string, string> { ["Title"] = "x", ["OriginalName"] = "a.docx" } }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Equal("Field 'OriginalName' is not recognized", (string)JsonNode.Parse(await unknown.Content.ReadAsStringAsync(Ct))!["error"]!["message"]!);

        await using (var store = emu.Store()) await store.ListSubmissionsAsync(Ct); // first use makes the columns
        var wrongType = await http.PostAsJsonAsync(items, new Dictionary<string, object> { ["fields"] = new Dictionary<string, string> { ["Unit"] = "U001", ["Version"] = "one" } }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, wrongType.StatusCode);
        Assert.Contains("Edm.Double", await wrongType.Content.ReadAsStringAsync(Ct));
        Assert.Empty(emu.List.Items);
    }

    [Fact]
    public async Task First_use_makes_every_documented_column_and_indexes_Unit()
    {
        using var emu = new Emulated();
        await using var store = emu.Store();
        var record = await store.SubmitAsync("U001", "我的表.docx", TestForms.Blank("U001", "领导班子", 1, []), "a@county.gov", DateTimeOffset.UtcNow, Ct);
        Assert.Equal(SharePointSchema.Submissions.Select(c => c.Name).Order(), emu.List.Columns.Keys.Order());
        Assert.Equal(SharePointSchema.Library.Select(c => c.Name).Order(), emu.Library.List.Columns.Keys.Order());
        Assert.True(emu.List.IsIndexed("Unit"));
        Assert.Equal("number", emu.List.Columns["Version"].Type);
        Assert.Equal("dateTime", emu.List.Columns["SubmittedAt"].Type);
        var item = Assert.Single(emu.List.Items.Values);
        Assert.Equal("我的表.docx", item.Fields["OriginalName"]!.ToString());
        Assert.Equal(record.Hash, emu.Library.Items[record.Form].ListItem!.Fields["ContentHash"]!.ToString());
    }

    [Fact]
    public async Task An_account_that_may_only_write_gets_every_missing_column_named_and_nothing_is_uploaded()
    {
        using var emu = new Emulated();
        emu.Server.State.Access.AppGrants[EmulatorTokens.TestAppId] = "write";
        await using var store = emu.Store();
        var e = await Assert.ThrowsAsync<StoreException>(() => store.SubmitAsync("U001", "f.docx", [1, 2, 3], "x", DateTimeOffset.UtcNow, Ct));
        foreach (var c in SharePointSchema.Submissions.Concat(SharePointSchema.Library)) Assert.Contains($"column {c.Name} ", e.Message);
        Assert.Contains("officetools setup --store sharepoint", e.Message);
        Assert.Empty(emu.Library.Files);
        Assert.Empty(emu.List.Items);
    }

    [Fact]
    public async Task Once_set_up_by_a_manager_a_write_only_account_works()
    {
        using var emu = new Emulated();
        await using (var manager = emu.Store())
        {
            var report = await manager.SetUpAsync(Ct);
            Assert.Contains(report, l => l.Contains("column Unit (text, indexed)", StringComparison.Ordinal));
        }
        emu.Server.State.Access.AppGrants[EmulatorTokens.TestAppId] = "write";
        await using var writer = emu.Store();
        var record = await writer.SubmitAsync("U001", "f.docx", [1, 2, 3], "x", DateTimeOffset.UtcNow, Ct);
        Assert.Equal(1, record.Version);
        await using var again = emu.Store();
        Assert.Empty(await again.SetUpAsync(Ct).ContinueWith(t => t.Result, Ct));
    }

    [Fact]
    public async Task Setup_makes_a_missing_library_and_list_but_first_use_never_invents_one()
    {
        using var emu = new Emulated();
        await using (var typo = emu.Store(o => o.List = "Submisions"))
        {
            var e = await Assert.ThrowsAsync<StoreException>(() => typo.ListSubmissionsAsync(Ct));
            Assert.Contains("no list «Submisions»", e.Message);
        }
        Assert.DoesNotContain(emu.Server.State.Lists.Values, l => l.Name == "Submisions");
        await using var setup = emu.Store(o => { o.Library = "回头看表单"; o.List = "回头看报送"; });
        var report = await setup.SetUpAsync(Ct);
        Assert.Contains("created the document library «回头看表单»", report);
        Assert.Contains("created the list «回头看报送»", report);
        Assert.Equal(UploadOutcome.Uploaded, await setup.UploadFormAsync("U001", "f.docx", [1], Ct));
        Assert.Single(emu.Server.State.Drive("回头看表单").Files);
    }

    [Fact]
    public async Task A_column_of_the_wrong_type_is_refused_with_its_name()
    {
        using var emu = new Emulated();
        emu.List.Columns["Version"] = new EmuColumn { Name = "Version", Type = "text" };
        await using var store = emu.Store();
        var e = await Assert.ThrowsAsync<StoreException>(() => store.ListSubmissionsAsync(Ct));
        Assert.Contains("column Version is text, OfficeTools needs number", e.Message);
    }

    [Fact]
    public async Task The_setup_command_says_what_it_made_then_that_nothing_was_left_and_fails_clearly_without_rights()
    {
        using var emu = new Emulated();
        var request = new OfficeTools.Collect.Commands.SetupRequest { Store = OfficeTools.Collect.Commands.StoreChoice.None with { Kind = "sharepoint", Overrides = emu.Overrides } };
        var (out1, err1) = (new StringWriter(), new StringWriter());
        Assert.Equal(0, await OfficeTools.Collect.Commands.SetupRun.RunAsync(request, out1, err1, Ct));
        Assert.Contains("created the column Unit (text, indexed) in «Submissions»", out1.ToString());
        Assert.Contains("created the column ContentHash (text) in «Forms»", out1.ToString());
        var out2 = new StringWriter();
        Assert.Equal(0, await OfficeTools.Collect.Commands.SetupRun.RunAsync(request, out2, new StringWriter(), Ct));
        Assert.Contains("nothing to do", out2.ToString());

        using var fresh = new Emulated();
        fresh.Server.State.Access.AppGrants[EmulatorTokens.TestAppId] = "write";
        var err3 = new StringWriter();
        Assert.Equal(1, await OfficeTools.Collect.Commands.SetupRun.RunAsync(request with { Store = request.Store with { Overrides = fresh.Overrides } }, new StringWriter(), err3, Ct));
        Assert.Contains("has no column Unit", err3.ToString());
    }
}
