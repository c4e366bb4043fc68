using System.Net.Http.Headers;
using System.Net.Http.Json;

namespace OfficeTools.AddIn.Tests;

/// <summary>
/// Who a signed token makes the caller, on the service running on loopback with tokens from the test issuer: only
/// the token's tid + oid, or its upn / preferred_username for the configured tenant, count — never email.
/// </summary>
public class IdentityTests(IdentityTests.App app) : IClassFixture<IdentityTests.App>
{
    public const string StaffOid = "6f1c2a43-9d0e-4b7a-8c55-3e2f1a0b9c7d";
    public const string UnitCOid = "a3b4c5d6-e7f8-4a1b-9c2d-3e4f5a6b7c8d";
    const string OtherTenant = "11111111-2222-3333-4444-555555555555";

    public sealed class App : LiveAddInApplication
    {
        protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
        {
            ["Auth:OfficeStaff:Users:1"] = StaffOid,
            [$"Auth:UnitUsers:{UnitCOid}"] = "U003",
        };
    }

    record Me(string Name, bool IsOffice, string? UnitId);
    record UnitRow(string Id);

    HttpClient Client(string token)
    {
        var client = new HttpClient { BaseAddress = new Uri(app.Address) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    async Task<Me> MeWith(string token)
    {
        using var client = Client(token);
        return (await client.GetFromJsonAsync<Me>("/api/me", TestContext.Current.CancellationToken))!;
    }

    static void AssertStranger(Me me)
    {
        Assert.False(me.IsOffice);
        Assert.Null(me.UnitId);
    }

    [Fact]
    public async Task An_email_claim_naming_a_clerk_does_not_make_the_caller_staff()
    {
        var ct = TestContext.Current.CancellationToken;
        var token = AddInApplication.Token("mallory@evil.example", claimsEdit: c =>
        {
            c["email"] = "clerk@county.gov";
            c["unique_name"] = "clerk@county.gov";
        });
        AssertStranger(await MeWith(token));
        using var client = Client(token);
        Assert.Empty((await client.GetFromJsonAsync<UnitRow[]>("/api/units", ct))!);
    }

    [Fact]
    public async Task An_email_claim_is_not_read_even_when_it_is_the_only_name()
    {
        var token = AddInApplication.Token(claimsEdit: c =>
        {
            c.Remove("preferred_username");
            c["email"] = "clerk@county.gov";
        });
        AssertStranger(await MeWith(token));
        var unit = AddInApplication.Token(claimsEdit: c =>
        {
            c.Remove("preferred_username");
            c["email"] = "unit-a@county.gov";
        });
        AssertStranger(await MeWith(unit));
    }

    [Fact]
    public async Task A_configured_object_id_matches_only_with_the_configured_tenant()
    {
        var staff = await MeWith(AddInApplication.Token("renamed@county.gov", claimsEdit: c => c["oid"] = StaffOid));
        Assert.True(staff.IsOffice);
        var unit = await MeWith(AddInApplication.Token("someone@county.gov", claimsEdit: c => c["oid"] = UnitCOid));
        Assert.Equal("U003", unit.UnitId);
        AssertStranger(await MeWith(AddInApplication.Token("x@other.example", claimsEdit: c => { c["oid"] = StaffOid; c["tid"] = OtherTenant; })));
    }

    [Fact]
    public async Task Names_and_roles_of_another_tenant_count_for_nothing()
    {
        AssertStranger(await MeWith(AddInApplication.Token(roles: ["Office.Staff"], claimsEdit: c => c["tid"] = OtherTenant)));
        AssertStranger(await MeWith(AddInApplication.Token("unit-a@county.gov", claimsEdit: c => c["tid"] = OtherTenant)));
        AssertStranger(await MeWith(AddInApplication.Token(claimsEdit: c => c.Remove("tid"))));
    }

    [Fact]
    public async Task A_guest_is_not_matched_by_the_name_its_home_directory_gave_it()
    {
        AssertStranger(await MeWith(AddInApplication.Token(claimsEdit: c => c["idp"] = $"https://sts.windows.net/{OtherTenant}/")));
        // the tenant's own member, with the upn claim of a v1 token: matched
        var member = await MeWith(AddInApplication.Token("ignored@county.gov", claimsEdit: c =>
        {
            c["upn"] = "unit-b@county.gov";
            c["idp"] = AddInApplication.Issuer;
        }));
        Assert.Equal("U002", member.UnitId);
    }

    [Fact]
    public async Task The_recorded_name_is_the_upn_never_the_email()
    {
        var me = await MeWith(AddInApplication.Token("unit-a@county.gov", claimsEdit: c => c["email"] = "clerk@county.gov"));
        Assert.Equal("unit-a@county.gov", me.Name);
        Assert.Equal("U001", me.UnitId);
        Assert.False(me.IsOffice);
    }
}
