using System.Net;
using System.Net.Http.Headers;
using OfficeTools.Collect.Stores;
using OfficeTools.Collect.Tests.Support;
using OfficeTools.GraphEmulator;

namespace OfficeTools.Collect.Tests;

/// <summary>
/// Who can read what, through Graph itself: the store writes app-only with a Sites.Selected grant on the one site; unit
/// users have no rights on that site, so their own tokens read nothing there — neither their unit's submissions nor another's.
/// </summary>
public class GraphAccessTests
{
    static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Missing_malformed_wrong_audience_and_expired_tokens_get_401_with_Graphs_error()
    {
        using var emu = new Emulated();
        var url = $"{emu.Server.BaseUrl}/sites/{emu.Server.State.SiteId}/drives";
        foreach (var (token, message) in new (string?, string)[]
                 {
                     (null, "Access token is empty."), ("not-a-jwt", "IDX14100"),
                     (EmulatorTokens.App(audience: "api://someone-else"), "Invalid audience"),
                     (EmulatorTokens.App(expires: DateTimeOffset.UtcNow.AddMinutes(-5)), "expired"),
                 })
        {
            using var http = new HttpClient();
            if (token is not null) http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
            var r = await http.GetAsync(url, Ct);
            Assert.Equal(HttpStatusCode.Unauthorized, r.StatusCode);
            var body = await r.Content.ReadAsStringAsync(Ct);
            Assert.Contains("InvalidAuthenticationToken", body);
            Assert.Contains(message, body);
        }
    }

    [Fact]
    public async Task A_store_with_a_bad_token_says_so()
    {
        using var emu = new Emulated();
        await using var store = emu.Store(o => o.StaticToken = EmulatorTokens.App(audience: "api://someone-else"));
        var e = await Assert.ThrowsAsync<StoreException>(() => store.ListSubmissionsAsync(Ct));
        Assert.Contains("HTTP 401 InvalidAuthenticationToken", e.Message);
    }

    [Fact]
    public async Task Unit_users_read_nothing_on_the_site_through_Graph_while_the_app_writes_for_them()
    {
        using var emu = new Emulated();
        await using (var app = emu.Store())
        {
            await app.SubmitAsync("U001", "f.docx", [1, 2, 3], "unit-a@county.gov", DateTimeOffset.UtcNow, Ct);
            await app.SubmitAsync("U002", "f.docx", [4, 5, 6], "unit-b@county.gov", DateTimeOffset.UtcNow, Ct);
        }
        var unitA = EmulatorTokens.User("0a0a0a0a-0000-4000-8000-00000000000a", "unit-a@county.gov", ["Sites.ReadWrite.All", "Files.ReadWrite.All"]);
        using var http = new HttpClient();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", unitA);
        var site = $"{emu.Server.BaseUrl}/sites/{emu.Server.State.SiteId}";
        foreach (var url in new[]
                 {
                     $"{site}/lists/{emu.List.Id}/items?$expand=fields", $"{emu.Server.BaseUrl}/drives/{emu.Library.Id}/root/children",
                     $"{emu.Server.BaseUrl}/drives/{emu.Library.Id}/root:/U002:/children", $"{emu.Server.BaseUrl}/drives/{emu.Library.Id}/root/delta",
                 })
            Assert.Equal(HttpStatusCode.Forbidden, (await http.GetAsync(url, Ct)).StatusCode);

        // the same user as a site member would see everything: why the design gives unit users no site rights at all
        emu.Server.State.Access.Members["0a0a0a0a-0000-4000-8000-00000000000a"] = "write";
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync($"{site}/lists/{emu.List.Id}/items?$expand=fields", Ct)).StatusCode);
    }

    [Fact]
    public async Task An_app_without_a_grant_on_the_site_is_refused()
    {
        using var emu = new Emulated();
        emu.Server.State.Access.AppGrants.Clear();
        await using var store = emu.Store();
        var e = await Assert.ThrowsAsync<StoreException>(() => store.ListSubmissionsAsync(Ct));
        Assert.Contains("403 accessDenied", e.Message);
    }
}
