using System.Text;
using System.Text.Json.Nodes;

namespace OfficeTools.GraphEmulator;

/// <summary>
/// Access tokens for the emulator, shaped like Entra's Graph tokens (JWT with aud, tid, exp and either roles for an
/// app or scp + oid for a user). They are not signed: the emulator checks the claims Graph checks, not Microsoft's
/// signature, which no test can produce.
/// </summary>
public static class EmulatorTokens
{
    /// <summary>The test app's client id.</summary>
    public const string TestAppId = "6f1c7a52-0000-4000-8000-00000000a99e";
    /// <summary>The test tenant.</summary>
    public const string TenantId = "72f988bf-0000-4000-8000-0000000ten1";
    /// <summary>Graph's audience.</summary>
    public const string GraphAudience = "https://graph.microsoft.com";

    /// <summary>An app-only token (client credentials) with <paramref name="roles"/> (default Sites.Selected).</summary>
    public static string App(string appId = TestAppId, string[]? roles = null, string audience = GraphAudience, DateTimeOffset? expires = null) =>
        Jwt(new JsonObject
        {
            ["aud"] = audience, ["tid"] = TenantId, ["appid"] = appId, ["idtyp"] = "app",
            ["roles"] = new JsonArray((roles ?? ["Sites.Selected"]).Select(r => (JsonNode)r).ToArray()),
            ["exp"] = (expires ?? DateTimeOffset.UtcNow.AddHours(1)).ToUnixTimeSeconds(),
        });

    /// <summary>A delegated token of user <paramref name="objectId"/> with <paramref name="scopes"/>.</summary>
    public static string User(string objectId, string upn, string[]? scopes = null, string appId = TestAppId) =>
        Jwt(new JsonObject
        {
            ["aud"] = GraphAudience, ["tid"] = TenantId, ["appid"] = appId, ["oid"] = objectId, ["upn"] = upn,
            ["scp"] = string.Join(' ', scopes ?? ["Sites.ReadWrite.All"]),
            ["exp"] = DateTimeOffset.UtcNow.AddHours(1).ToUnixTimeSeconds(),
        });

    static string Jwt(JsonObject payload) =>
        $"{B64("""{"typ":"JWT","alg":"none"}""")}.{B64(payload.ToJsonString())}.";

    static string B64(string s) => Convert.ToBase64String(Encoding.UTF8.GetBytes(s)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    /// <summary>The payload of a JWT, or null when <paramref name="token"/> is not one.</summary>
    public static JsonObject? Claims(string token)
    {
        var parts = token.Split('.');
        if (parts.Length != 3) return null;
        try
        {
            var p = parts[1].Replace('-', '+').Replace('_', '/');
            p = p.PadRight(p.Length + (4 - p.Length % 4) % 4, '=');
            return System.Text.Json.Nodes.JsonNode.Parse(Convert.FromBase64String(p)) as JsonObject;
        }
        catch (Exception e) when (e is FormatException or System.Text.Json.JsonException)
        {
            return null;
        }
    }
}
