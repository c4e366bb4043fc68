using System.Security.Cryptography;
using System.Text;

namespace OfficeTools.Documents.Identity;

/// <summary>
/// Who a generated form is for — campaign, unit, form kind — sealed with an HMAC-SHA256 under the campaign's key
/// (<see cref="CampaignKeys"/>). The sealed text, <c>v1.&lt;campaign&gt;.&lt;unit&gt;.&lt;kind&gt;.&lt;mac&gt;</c> (each part
/// base64url), lives in a custom document property (<see cref="FormStamp"/>), never on the page. A notice (whose 办理结果
/// return slip comes back like a form) is sealed with its number and round too: <c>v2.…&lt;kind&gt;.&lt;number&gt;.&lt;round&gt;.&lt;mac&gt;</c>.
/// Forms sealed as v1 are still read.
/// </summary>
public sealed record FormIdentity(string CampaignId, string UnitId, string Kind)
{
    const string Version = "v1";
    const string NoticeVersion = "v2";

    /// <summary>The notice's number (发文字号), for a notice's identity; null for a form.</summary>
    public string? Number { get; init; }

    /// <summary>The round the notice was issued in (1, 2, …); 0 for a form.</summary>
    public int Round { get; init; }

    /// <summary>The identity of a unit's notice numbered <paramref name="number"/> in <paramref name="round"/> (kind: the notice's title).</summary>
    public static FormIdentity Notice(string campaignId, string unitId, string kind, string number, int round) =>
        new(campaignId, unitId, kind) { Number = number, Round = round };

    /// <summary>The sealed text for <paramref name="key"/>.</summary>
    public string Seal(byte[] key)
    {
        var body = Number is null
            ? $"{Version}.{B64(CampaignId)}.{B64(UnitId)}.{B64(Kind)}"
            : $"{NoticeVersion}.{B64(CampaignId)}.{B64(UnitId)}.{B64(Kind)}.{B64(Number)}.{B64(Round.ToString(System.Globalization.CultureInfo.InvariantCulture))}";
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
        if (parts is not ({ Length: 5 } or { Length: 7 }) || parts[0] != (parts.Length == 5 ? Version : NoticeVersion)) return Verdict.Missing;
        var values = new string?[parts.Length - 2];
        for (var i = 0; i < values.Length; i++) values[i] = FromB64(parts[i + 1]);
        var mac = FromBase64Url(parts[^1]);
        if (values.Any(v => v is null) || mac is null) return Verdict.Edited;
        var round = 0;
        if (values.Length == 5 && !int.TryParse(values[4], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out round))
            return Verdict.Edited;
        identity = new FormIdentity(values[0]!, values[1]!, values[2]!) { Number = values.Length == 5 ? values[3] : null, Round = round };
        if (!CryptographicOperations.FixedTimeEquals(mac, Mac(key, string.Join('.', parts[..^1]))))
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
