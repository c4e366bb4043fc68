using System.Security.Cryptography;
using System.Text;

namespace OfficeTools.Documents.Identity;

/// <summary>
/// Who a generated form is for — campaign, unit, form kind — sealed with an HMAC-SHA256 under the campaign's key
/// (<see cref="CampaignKeys"/>). The sealed text, <c>v1.&lt;campaign&gt;.&lt;unit&gt;.&lt;kind&gt;.&lt;mac&gt;</c> (each part
/// base64url), lives in a custom document property (<see cref="FormStamp"/>), never on the page.
/// </summary>
public sealed record FormIdentity(string CampaignId, string UnitId, string Kind)
{
    const string Version = "v1";

    /// <summary>The sealed text for <paramref name="key"/>.</summary>
    public string Seal(byte[] key)
    {
        var body = $"{Version}.{B64(CampaignId)}.{B64(UnitId)}.{B64(Kind)}";
        return body + "." + Base64Url(Mac(key, body));
    }

    /// <summary>What checking a form's sealed identity found.</summary>
    public enum Verdict
    {
        /// <summary>Sealed by this campaign's key, for this campaign.</summary>
        Valid,
        /// <summary>No identity, or not one this tool writes.</summary>
        Missing,
        /// <summary>Readable, but the seal does not match: something in it was changed.</summary>
        Edited,
        /// <summary>Sealed for another campaign.</summary>
        OtherCampaign,
    }

    /// <summary>
    /// Checks <paramref name="sealedText"/> against the campaign; <paramref name="identity"/> is what it claims
    /// (null when unreadable). The seal is compared in constant time.
    /// </summary>
    public static Verdict Verify(string? sealedText, string campaignId, byte[] key, out FormIdentity? identity)
    {
        identity = null;
        var parts = sealedText?.Trim().Split('.');
        if (parts is not { Length: 5 } || parts[0] != Version) return Verdict.Missing;
        var values = new string?[3];
        for (var i = 0; i < 3; i++) values[i] = FromB64(parts[i + 1]);
        var mac = FromBase64Url(parts[4]);
        if (values.Any(v => v is null) || mac is null) return Verdict.Edited;
        identity = new FormIdentity(values[0]!, values[1]!, values[2]!);
        if (!CryptographicOperations.FixedTimeEquals(mac, Mac(key, string.Join('.', parts[..4]))))
            return identity.CampaignId != campaignId ? Verdict.OtherCampaign : Verdict.Edited;
        return identity.CampaignId == campaignId ? Verdict.Valid : Verdict.OtherCampaign;
    }

    static byte[] Mac(byte[] key, string body) => HMACSHA256.HashData(key, Encoding.UTF8.GetBytes("officetools-form\n" + body));

    static string B64(string s) => Base64Url(Encoding.UTF8.GetBytes(s));

    static string? FromB64(string s)
    {
        if (FromBase64Url(s) is not { } bytes) return null;
        try { return new UTF8Encoding(false, true).GetString(bytes); }
        catch (DecoderFallbackException) { return null; }
    }

    static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    static byte[]? FromBase64Url(string s)
    {
        if (s.Length > 4096) return null;
        var b = s.Replace('-', '+').Replace('_', '/');
        b += new string('=', (4 - b.Length % 4) % 4);
        try { return Convert.FromBase64String(b); }
        catch (FormatException) { return null; }
    }
}
