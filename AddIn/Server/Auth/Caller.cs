using System.Security.Claims;

namespace OfficeTools.AddIn.Server.Auth;

/// <summary>Who is calling: office staff see every unit, a unit's user only their own.</summary>
public sealed record Caller(string Name, bool IsOffice, string? UnitId)
{
    /// <summary>True when the caller may read or write <paramref name="unitId"/>.</summary>
    public bool CanAccess(string unitId) => IsOffice || string.Equals(UnitId, unitId, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Works out the caller from a signed-in principal and the access settings. Only verified, tenant-scoped claims
    /// count (see <see cref="SignInIdentity"/>): never <c>email</c> or <c>unique_name</c>, which Entra does not verify.
    /// </summary>
    public static Caller From(ClaimsPrincipal user, AuthOptions options)
    {
        if (user.HasClaim(LocalAuthenticationHandler.LocalClaim, "true"))
            return new Caller(user.Identity?.Name ?? "local", IsOffice: true, UnitId: null);
        var identity = SignInIdentity.Of(user, options.TenantId);
        var staff = options.OfficeStaff;
        var isOffice = identity.InTenant && (
            user.FindAll("roles").Any(c => staff.Roles.Contains(c.Value, StringComparer.OrdinalIgnoreCase))
            || user.FindAll("groups").Any(c => staff.Groups.Contains(c.Value, StringComparer.OrdinalIgnoreCase))
            || staff.Users.Any(identity.Matches));
        var unit = options.UnitUsers.FirstOrDefault(e => identity.Matches(e.Key)).Value;
        return new Caller(identity.DisplayName, isOffice, unit);
    }
}
