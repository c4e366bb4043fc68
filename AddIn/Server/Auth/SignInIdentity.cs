using System.Security.Claims;

namespace OfficeTools.AddIn.Server.Auth;

/// <summary>
/// The one identity a configured user entry is matched on. An entry that is a GUID is an object id: it matches the
/// token's <c>oid</c> when the token's <c>tid</c> is the configured tenant. Any other entry is a user principal name:
/// it matches <c>upn</c> or <c>preferred_username</c>, again only for a token of the configured tenant, and only for
/// the tenant's own (member) accounts — a guest's names are set by the guest's home directory (<c>idp</c> claim),
/// so guests are configured by object id. The <c>email</c> and <c>unique_name</c> claims are never read: Entra does
/// not verify them, so any account could claim a clerk's address.
/// </summary>
public sealed class SignInIdentity
{
    readonly string? oid;
    readonly string[] names;
    readonly bool namesCount;

    SignInIdentity(bool inTenant, string? oid, string[] names, bool namesCount)
    {
        InTenant = inTenant;
        this.oid = oid;
        this.names = names;
        this.namesCount = namesCount;
    }

    /// <summary>True when the token's <c>tid</c> is the configured tenant; nothing else about the caller counts otherwise.</summary>
    public bool InTenant { get; }

    /// <summary>The name shown and recorded as the submitter: the UPN, else the object id.</summary>
    public string DisplayName => names.FirstOrDefault() ?? oid ?? "";

    /// <summary>Reads the verified claims of <paramref name="user"/> for the tenant <paramref name="tenantId"/>.</summary>
    public static SignInIdentity Of(ClaimsPrincipal user, string? tenantId)
    {
        var tid = user.FindFirst("tid")?.Value;
        var inTenant = !string.IsNullOrWhiteSpace(tenantId) && string.Equals(tid, tenantId.Trim(), StringComparison.OrdinalIgnoreCase);
        var oid = user.FindFirst("oid")?.Value;
        string[] names = [.. new[] { "upn", "preferred_username" }.Select(t => user.FindFirst(t)?.Value)
            .OfType<string>().Where(n => n.Length > 0)];
        var idp = user.FindFirst("idp")?.Value;
        var member = idp == null || string.Equals(idp, user.FindFirst("iss")?.Value, StringComparison.OrdinalIgnoreCase);
        // shown as who it is, but a foreign tenant's or a guest's name never matches a configured entry
        return new SignInIdentity(inTenant, oid, names, namesCount: inTenant && member);
    }

    /// <summary>True when the configured <paramref name="entry"/> (object id or UPN) names this caller.</summary>
    public bool Matches(string entry)
    {
        if (!InTenant || string.IsNullOrWhiteSpace(entry)) return false;
        entry = entry.Trim();
        if (Guid.TryParse(entry, out var id)) return Guid.TryParse(oid, out var mine) && mine == id;
        return namesCount && names.Contains(entry, StringComparer.OrdinalIgnoreCase);
    }
}
