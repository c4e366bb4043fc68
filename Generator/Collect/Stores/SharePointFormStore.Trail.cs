using System.Globalization;
using Microsoft.Graph;
using Microsoft.Graph.Models;
using Microsoft.Kiota.Abstractions;
using OfficeTools.Documents.Campaigns;

namespace OfficeTools.Collect.Stores;

public sealed partial class SharePointFormStore
{
    static readonly string[] TrailFields = ["Title", .. SharePointSchema.Trail.Select(c => c.Name)];

    /// <inheritdoc />
    public async Task<int> AppendAsync(IReadOnlyList<TrailEvent> events, CancellationToken cancellationToken = default)
    {
        await ResolveAsync(cancellationToken).ConfigureAwait(false);
        if (trailListId is null)
            throw new StoreException($"the site has no list «{options.TrailList}» for the campaign's trail; run `officetools setup --store sharepoint` once", kind: StoreFailure.NotSetUp);
        // Keys already in the list are skipped: a rerun, or a retry after a lost answer, records each step once.
        var known = (await ReadTrailAsync(cancellationToken).ConfigureAwait(false)).Select(e => e.Key).ToHashSet(StringComparer.Ordinal);
        var added = 0;
        foreach (var e in events)
        {
            if (!known.Add(e.Key)) continue;
            if (e.Key.Length > SharePointSchema.TextLimit) throw new StoreException($"trail key «{e.Key[..40]}…» is longer than SharePoint's {SharePointSchema.TextLimit} characters");
            var fields = new Dictionary<string, object>
            {
                ["Title"] = e.Action.ToString(), ["Key"] = e.Key, ["At"] = e.At.UtcDateTime.ToString("o", CultureInfo.InvariantCulture),
                ["Actor"] = Text(e.Actor), ["Action"] = e.Action.ToString(), ["Round"] = e.Round,
            };
            if (e.Unit is not null) fields["Unit"] = Text(e.Unit);
            if (e.Item is not null) fields["Item"] = Text(e.Item);
            if (e.Reference is not null) fields["Reference"] = Text(e.Reference);
            if (e.Value is not null) fields["Value"] = Text(e.Value);
            if (e.Detail is not null) fields["Detail"] = e.Detail;
            try
            {
                await graph.Sites[siteId].Lists[trailListId].Items.PostAsync(new ListItem { Fields = new FieldValueSet { AdditionalData = fields } },
                    cancellationToken: cancellationToken).ConfigureAwait(false);
            }
            catch (Exception x) when (IsGraphFailure(x))
            {
                throw Fail($"recording «{e.Action}» in the list «{options.TrailList}» ({added} of {events.Count} step(s) recorded before it)", x);
            }
            added++;
        }
        return added;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<TrailEvent>> ReadTrailAsync(CancellationToken cancellationToken = default)
    {
        await ResolveAsync(cancellationToken).ConfigureAwait(false);
        var list = new List<(long Id, TrailEvent Event)>();
        if (trailListId is null) return [];
        try
        {
            var first = await graph.Sites[siteId].Lists[trailListId].Items.GetAsync(rc =>
            {
                rc.QueryParameters.Expand = [$"fields($select={string.Join(",", TrailFields)})"];
                rc.QueryParameters.Top = 200;
            }, cancellationToken).ConfigureAwait(false);
            if (first is null) return [];
            var pages = PageIterator<ListItem, ListItemCollectionResponse>.CreatePageIterator(graph, first, item =>
            {
                if (ToEvent(item) is { } e) list.Add((long.TryParse(item.Id, CultureInfo.InvariantCulture, out var id) ? id : long.MaxValue, e));
                return true;
            });
            await pages.IterateAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (IsGraphFailure(e))
        {
            throw Fail($"reading the list «{options.TrailList}»", e);
        }
        // the list's item ids grow in order of creation; the first entry of a key wins, as in the local store
        var seen = new HashSet<string>(StringComparer.Ordinal);
        return list.OrderBy(p => p.Id).Select(p => p.Event).Where(e => seen.Add(e.Key)).ToList();
    }

    static TrailEvent? ToEvent(ListItem item)
    {
        var f = item.Fields?.AdditionalData ?? new Dictionary<string, object>();
        string? S(string k) => f.TryGetValue(k, out var v) ? FieldText(v) : null;
        if (S("Key") is not { Length: > 0 } key || !Enum.TryParse<TrailAction>(S("Action"), out var action)) return null;
        var at = f.TryGetValue("At", out var a) && a is DateTime dt ? new DateTimeOffset(DateTime.SpecifyKind(dt, DateTimeKind.Utc))
            : DateTimeOffset.TryParse(S("At"), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var p) ? p : DateTimeOffset.MinValue;
        var round = decimal.TryParse(S("Round"), NumberStyles.Number, CultureInfo.InvariantCulture, out var r) ? (int)r : 0;
        return new TrailEvent(key, at, S("Actor") ?? "", action, round)
        {
            Unit = S("Unit"), Item = S("Item"), Reference = S("Reference"), Value = S("Value"), Detail = S("Detail"),
        };
    }

    // The SDK's JSON reader turns any text field that looks like a date (a notice's 限期 "2015-01-18") into a DateTime, and a
    // GUID into a Guid: give the text back as it was written (yyyy-MM-dd for a bare date, ISO 8601 otherwise).
    internal static string? FieldText(object? value) => value switch
    {
        null => null,
        DateTime d when d.Kind == DateTimeKind.Unspecified && d.TimeOfDay == TimeSpan.Zero => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTime d => d.ToString("O", CultureInfo.InvariantCulture),
        DateTimeOffset o => o.ToString("O", CultureInfo.InvariantCulture),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture),
    };
}
