using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace OfficeTools.Documents.Campaigns.Forwarding;

/// <summary>
/// A lower level's merged result forwarded upward (逐级上报): the campaign, the subtree's root unit, when it was made, and the
/// trail entries of the subtree's units. Sealed with an HMAC-SHA256 under the campaign's key over the payload as written, so the
/// level above takes it only from someone holding that key and only unedited.
/// </summary>
public sealed record ForwardFile(string Campaign, string Root, DateTimeOffset At, IReadOnlyList<TrailEvent> Events)
{
    /// <summary>The format's name, the first thing a reader checks.</summary>
    public const string Format = "officetools-forward/1";

    /// <summary>The largest file read (a county's whole trail is far smaller).</summary>
    public const long MaxBytes = 64L * 1024 * 1024;

    /// <summary>The file's bytes: compact JSON {format, payload, seal}.</summary>
    public byte[] Write(byte[] key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var payload = Payload();
        using var ms = new MemoryStream();
        using (var w = new Utf8JsonWriter(ms))
        {
            w.WriteStartObject();
            w.WriteString("format", Format);
            w.WritePropertyName("payload");
            w.WriteRawValue(payload, skipInputValidation: true);
            w.WriteString("seal", Convert.ToHexStringLower(Mac(key, payload)));
            w.WriteEndObject();
        }
        return ms.ToArray();
    }

    byte[] Payload()
    {
        using var ms = new MemoryStream();
        using (var w = new Utf8JsonWriter(ms, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteString("campaign", Campaign);
            w.WriteString("root", Root);
            w.WriteString("at", At.ToString("O", CultureInfo.InvariantCulture));
            w.WriteStartArray("events");
            foreach (var e in Events)
            {
                w.WriteStartObject();
                w.WriteString("key", e.Key);
                w.WriteString("at", e.At.ToString("O", CultureInfo.InvariantCulture));
                w.WriteString("actor", e.Actor);
                w.WriteString("action", e.Action.ToString());
                w.WriteNumber("round", e.Round);
                foreach (var (name, value) in new[] { ("unit", e.Unit), ("item", e.Item), ("reference", e.Reference), ("value", e.Value), ("detail", e.Detail) })
                    if (value is not null) w.WriteString(name, value);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        return ms.ToArray();
    }

    static byte[] Mac(byte[] key, byte[] payload) =>
        HMACSHA256.HashData(key, (byte[])[.. Encoding.UTF8.GetBytes("officetools-forward\n"), .. payload]);

    /// <summary>
    /// The forward in <paramref name="bytes"/> (read from <paramref name="file"/>), checked against the key of
    /// <paramref name="campaign"/> before anything else in it is read; or the located problem (not a forward, of another campaign,
    /// damaged, edited or sealed under another key, a bad entry). Only the campaign it names is looked at unsealed, to say so.
    /// </summary>
    public static (ForwardFile? Forward, Diagnostic? Problem) Read(byte[] bytes, string file, string campaign, byte[] key)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        ArgumentNullException.ThrowIfNull(key);
        Diagnostic Bad(string where, string message) => new(file, where, message) { Id = "forward-file" };
        if (bytes.LongLength > MaxBytes) return (null, Bad("", $"larger than {MaxBytes / 1024 / 1024} MB; not a forwarded result"));
        try
        {
            using var doc = JsonDocument.Parse(bytes, new JsonDocumentOptions { MaxDepth = 8 });
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("format", out var f) || f.ValueKind != JsonValueKind.String || f.GetString() != Format)
                return (null, Bad("format", $"not a forwarded result (export forward writes {Format})"));
            if (!root.TryGetProperty("payload", out var payload) || payload.ValueKind != JsonValueKind.Object
                || !root.TryGetProperty("seal", out var seal) || seal.ValueKind != JsonValueKind.String)
                return (null, Bad("seal", "the forward has no payload or no seal"));
            if (Text(payload, "campaign") is { } named && named != campaign)
                return (null, new Diagnostic(file, "campaign", $"forwarded in campaign '{named}', not this one ('{campaign}')") { Id = Steps.ForwardSteps.OtherCampaign });
            var raw = Encoding.UTF8.GetBytes(payload.GetRawText());
            byte[] given;
            try { given = Convert.FromHexString(seal.GetString()!); }
            catch (FormatException) { return (null, Bad("seal", "the seal is damaged")); }
            if (!CryptographicOperations.FixedTimeEquals(given, Mac(key, raw)))
                return (null, Bad("seal", "the seal does not match: the file was edited, or it is sealed under another campaign's key"));
            var id = Text(payload, "campaign");
            var unit = Text(payload, "root");
            if (id is null || unit is null || Text(payload, "at") is not { } atText
                || !DateTimeOffset.TryParse(atText, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var at)
                || !payload.TryGetProperty("events", out var list) || list.ValueKind != JsonValueKind.Array)
                return (null, Bad("payload", "the campaign, the root unit, the time or the entries are missing"));
            var events = new List<TrailEvent>();
            var n = 0;
            foreach (var e in list.EnumerateArray())
            {
                n++;
                if (e.ValueKind != JsonValueKind.Object || Text(e, "key") is not { Length: > 0 } k || Text(e, "actor") is not { } actor
                    || !Enum.TryParse<TrailAction>(Text(e, "action"), out var action) || !Enum.IsDefined(action)
                    || Text(e, "at") is not { } t || !DateTimeOffset.TryParse(t, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var when)
                    || !e.TryGetProperty("round", out var r) || !r.TryGetInt32(out var round) || round < 0)
                    return (null, Bad($"entry {n}", "not a trail entry (key, time, actor, action and round are needed)"));
                events.Add(new TrailEvent(k, when, actor, action, round)
                {
                    Unit = Text(e, "unit"), Item = Text(e, "item"), Reference = Text(e, "reference"), Value = Text(e, "value"), Detail = Text(e, "detail"),
                });
            }
            return (new ForwardFile(id, unit, at, events), null);
        }
        catch (JsonException e)
        {
            return (null, Bad($"line {(e.LineNumber ?? 0) + 1}", "not a forwarded result (not JSON)"));
        }
    }

    static string? Text(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
}
