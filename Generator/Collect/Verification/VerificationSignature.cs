using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using OfficeTools.Data;

namespace OfficeTools.Collect.Verification;

/// <summary>What the signature knows of one row: its unit id, the stage it was written at and a fingerprint of its given cells.</summary>
sealed record SignedRow(string Id, string UnitId, string Stage, string Fingerprint, int Order);

/// <summary>
/// The hidden sheet 校验信息: the layout version, the columns of both sheets, the campaign and round, and every item id
/// and proposed id with its unit and a fingerprint, with a hash of each id list. The reader tells from it that columns
/// moved, that a row's id or given cells were typed over, or that the hidden sheet itself was edited. It is a
/// consistency check, not a seal: anyone may rewrite it, and the clerk is trusted.
/// </summary>
sealed record VerificationSignature(string Version, string VerifyColumns, string ProposalColumns, string? CampaignId, int Round,
    IReadOnlyDictionary<string, SignedRow> Items, IReadOnlyDictionary<string, SignedRow> Proposals)
{
    const string VersionKey = "版式", VerifyKey = "复核表列", ProposalKey = "新发现问题列", CampaignKey = "活动编号", RoundKey = "轮次",
        ItemHashKey = "事项哈希", ProposalHashKey = "拟编号哈希", ItemKey = "事项", ProposalRowKey = "拟增事项";

    public static string Columns(IEnumerable<SheetColumn> columns) => string.Join("、", columns.Select(c => c.Header));

    /// <summary>The fingerprint of a row's identifying given cells (unit, problem, measure), normalised as the reader sees them.</summary>
    public static string Fingerprint(params string?[] cells) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join("\u001F", cells.Select(Normal)))))[..16];

    static string Normal(string? s) => (s ?? "").Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Trim();

    static string Hash(IEnumerable<string> ids) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join("\n", ids))));

    /// <summary>The rows of the hidden sheet.</summary>
    public static IEnumerable<IReadOnlyList<object?>> Rows(VerificationCampaign campaign, IReadOnlyList<VerificationRow> rows, IReadOnlyList<ProposedItem> proposals)
    {
        yield return ["本页由系统生成，用于核对复核表，请勿修改。"];
        yield return [VersionKey, VerificationLayout.Version];
        yield return [VerifyKey, Columns(VerificationLayout.VerifyColumns)];
        yield return [ProposalKey, Columns(VerificationLayout.ProposalColumns)];
        yield return [CampaignKey, campaign.CampaignId ?? ""];
        yield return [RoundKey, (long)campaign.Round];
        yield return [ItemHashKey, Hash(rows.Select(r => r.ItemId))];
        yield return [ProposalHashKey, Hash(proposals.Select(p => p.ProposedId))];
        foreach (var r in rows)
            yield return [ItemKey, r.ItemId, r.UnitId, r.Stage.ToString(), Fingerprint(r.UnitName, r.Problem, r.Measure)];
        foreach (var p in proposals)
            yield return [ProposalRowKey, p.ProposedId, p.UnitId, "", Fingerprint(p.UnitName, p.Problem, p.Measure)];
    }

    /// <summary>Reads the hidden sheet back; a problem (and null) when it is not what the writer made.</summary>
    public static VerificationSignature? Parse(XlsxSheet sheet, List<Diagnostic> problems)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var items = new Dictionary<string, SignedRow>(StringComparer.Ordinal);
        var proposals = new Dictionary<string, SignedRow>(StringComparer.Ordinal);
        var itemOrder = new List<string>();
        var proposalOrder = new List<string>();
        foreach (var row in sheet.Rows)
        {
            var key = SheetCells.Text(row[0]);
            string Cell(int c) => SheetCells.Text(row[c]);
            if (key == ItemKey || key == ProposalRowKey)
            {
                var (target, order) = key == ItemKey ? (items, itemOrder) : (proposals, proposalOrder);
                target[Cell(1)] = new SignedRow(Cell(1), Cell(2), Cell(3), Cell(4), order.Count);
                order.Add(Cell(1));
            }
            else if (key.Length > 0) values[key] = Cell(1);
        }
        string? Edited()
        {
            if (!values.TryGetValue(VersionKey, out var version)) return "it has no layout version";
            if (version != VerificationLayout.Version) return $"it is of layout {version}, this program reads {VerificationLayout.Version}";
            if (values.GetValueOrDefault(ItemHashKey) != Hash(itemOrder) || values.GetValueOrDefault(ProposalHashKey) != Hash(proposalOrder))
                return "its list of item ids does not match its hash";
            return null;
        }
        if (Edited() is { } why)
        {
            problems.Add(SheetProblem.At(SheetProblemCodes.Signature, sheet.File, sheet.Name, null, null, null,
                $"the hidden sheet {sheet.Name} was edited or comes from another program ({why}); make a new verification sheet"));
            return null;
        }
        return new VerificationSignature(values[VersionKey], values.GetValueOrDefault(VerifyKey, ""), values.GetValueOrDefault(ProposalKey, ""),
            values.GetValueOrDefault(CampaignKey) is { Length: > 0 } c ? c : null,
            int.TryParse(values.GetValueOrDefault(RoundKey), NumberStyles.Integer, CultureInfo.InvariantCulture, out var round) ? round : 0,
            items, proposals);
    }
}
