using System.Security.Claims;

namespace OfficeTools.AddIn.Server.Auth;

/// <summary>Who is calling: office staff see every unit, a unit's user only their own.</summary>
public sealed record Caller(string Name, bool IsOffice, string? UnitId)
{
    /// <summary>True when the caller may read or write <paramref name="unitId"/>.</summary>
    public bool CanAccess(string unitId) => IsOffice || string.Equals(UnitId, unitId, StringComparison.OrdinalIgnoreCase);

    /// <summary>Works out the caller from a signed-in principal and the access settings.</summary>
    public static Caller From(ClaimsPrincipal user, AuthOptions options)
    {
        if (user.HasClaim(LocalAuthenticationHandler.LocalClaim, "true"))
            return new Caller(user.Identity?.Name ?? "local", IsOffice: true, UnitId: null);
        string[] names = [.. new[] { "preferred_username", "upn", "email", "unique_name", "oid" }
            .Select(t => user.FindFirst(t)?.Value).OfType<string>()];
        var name = names.FirstOrDefault() ?? "";
        var staff = options.OfficeStaff;
        var isOffice = user.FindAll("roles").Any(c => staff.Roles.Contains(c.Value, StringComparer.OrdinalIgnoreCase))
            || user.FindAll("groups").Any(c => staff.Groups.Contains(c.Value, StringComparer.OrdinalIgnoreCase))
            || names.Any(n => staff.Users.Contains(n, StringComparer.OrdinalIgnoreCase));
        var unit = names.Select(n => options.UnitUsers.GetValueOrDefault(n)).FirstOrDefault(u => u != null);
        return new Caller(name, isOffice, unit);
    }
}
