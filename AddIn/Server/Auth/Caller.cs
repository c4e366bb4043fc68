using System.Security.Claims;
using OfficeTools.Documents.Ledger;

namespace OfficeTools.AddIn.Server.Auth;

/// <summary>
/// Who is calling, and how far their reach goes by level (逐级): the county office (<see cref="IsOffice"/> with no
/// <see cref="Levels"/>) sees and acts on every unit; a level office (a township's staff, <see cref="Levels"/> naming the
/// township) on that unit's subtree only (<see cref="Ledger.Subtree"/>), never a sibling's; a unit's user on their own unit.
/// </summary>
public sealed record Caller(string Name, bool IsOffice, string? UnitId)
{
    /// <summary>The units whose subtrees an office caller covers; empty for the county office, which covers all.</summary>
    public IReadOnlyList<string> Levels { get; init; } = [];

    /// <summary>True for the office at the top: every unit, the whole campaign's briefing.</summary>
    public bool IsCountyOffice => IsOffice && Levels.Count == 0;

    /// <summary>True when the caller may read or write <paramref name="unitId"/> of <paramref name="ledger"/>.</summary>
    public bool CanAccess(Ledger ledger, string unitId)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        if (IsCountyOffice) return true;
        if (string.Equals(UnitId, unitId, StringComparison.Ordinal)) return true;
        return IsOffice && Levels.Any(level => ledger.Subtree(level).Contains(unitId));
    }

    /// <summary>
    /// True when the caller may give the 复核 verdict on <paramref name="unitId"/>'s items: the county office on every unit, a
    /// level office on the units below its own (对下一级查核把关) — its own unit's items are judged by the level above.
    /// </summary>
    public bool CanJudge(Ledger ledger, string unitId) =>
        IsCountyOffice || IsOffice && !Levels.Contains(unitId, StringComparer.Ordinal) && CanAccess(ledger, unitId);

    /// <summary>
    /// Works out the caller from a signed-in principal and the access settings. Only verified, tenant-scoped claims
    /// count (see <see cref="SignInIdentity"/>): never <c>email</c> or <c>unique_name</c>, which Entra does not verify.
    /// County staff (<see cref="AuthOptions.OfficeStaff"/>) win over a level entry (<see cref="AuthOptions.LevelStaff"/>).
    /// </summary>
    public static Caller From(ClaimsPrincipal user, AuthOptions options)
    {
        if (user.HasClaim(LocalAuthenticationHandler.LocalClaim, "true"))
            return new Caller(user.Identity?.Name ?? "local", IsOffice: true, UnitId: null);
        var identity = SignInIdentity.Of(user, options.TenantId);
        var staff = options.OfficeStaff;
        var groups = user.FindAll("groups").Select(c => c.Value).ToList();
        var isCounty = identity.InTenant && (
            user.FindAll("roles").Any(c => staff.Roles.Contains(c.Value, StringComparer.OrdinalIgnoreCase))
            || groups.Any(g => staff.Groups.Contains(g, StringComparer.OrdinalIgnoreCase))
            || staff.Users.Any(identity.Matches));
        var unit = options.UnitUsers.FirstOrDefault(e => identity.Matches(e.Key)).Value;
        if (isCounty) return new Caller(identity.DisplayName, IsOffice: true, unit);
        var level = options.LevelStaff;
        List<string> levels = identity.InTenant
            ? [.. level.Users.Where(e => identity.Matches(e.Key)).Select(e => e.Value)
                .Concat(level.Groups.Where(e => groups.Contains(e.Key, StringComparer.OrdinalIgnoreCase)).Select(e => e.Value))
                .Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v.Trim()).Distinct(StringComparer.Ordinal)]
            : [];
        return new Caller(identity.DisplayName, IsOffice: levels.Count > 0, unit) { Levels = levels };
    }
}
