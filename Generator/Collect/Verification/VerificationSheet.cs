using System.Globalization;
using OfficeTools.Data;
using OfficeTools.Documents.Campaigns;
using OfficeTools.Documents.Ledger;
using static OfficeTools.Collect.Verification.VerificationLayout;

namespace OfficeTools.Collect.Verification;

/// <summary>
/// The 复核 verification sheet (.xlsx) the clerk fills in Excel, WPS or LibreOffice: sheet 复核 with one row per item
/// awaiting a verdict (the ledger's and the unit's columns locked, the clerk's columns with drop-downs), sheet 新发现问题
/// with the proposed new items to confirm, and a hidden signature sheet the reader checks the filled sheet against.
/// </summary>
public static partial class VerificationSheet
{
    /// <summary>Writes the sheet to <paramref name="path"/> (through a temporary file, so a failure leaves nothing).</summary>
    /// <exception cref="ArgumentException">An item id or proposed id is empty or given twice.</exception>
    public static void Write(string path, IReadOnlyList<VerificationRow> rows, IReadOnlyList<ProposedItem> proposals, VerificationCampaign campaign)
    {
        Check(rows, proposals);
        XlsxWriter.Write(path, Sheets(rows, proposals, campaign));
    }

    /// <summary>Writes the sheet as an .xlsx package to <paramref name="stream"/>.</summary>
    /// <exception cref="ArgumentException">An item id or proposed id is empty or given twice.</exception>
    public static void Write(Stream stream, IReadOnlyList<VerificationRow> rows, IReadOnlyList<ProposedItem> proposals, VerificationCampaign campaign)
    {
        Check(rows, proposals);
        XlsxWriter.Write(stream, Sheets(rows, proposals, campaign));
    }

    static void Check(IReadOnlyList<VerificationRow> rows, IReadOnlyList<ProposedItem> proposals)
    {
        foreach (var (ids, what) in new[] { (rows.Select(r => r.ItemId), "item id"), (proposals.Select(p => p.ProposedId), "proposed id") })
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var id in ids)
            {
                if (string.IsNullOrWhiteSpace(id) || id != id.Trim()) throw new ArgumentException($"an empty or padded {what}: «{id}»");
                if (!seen.Add(id)) throw new ArgumentException($"the {what} {id} is given twice");
            }
        }
    }

    static readonly XlsxStyle Given = new() { Border = true, Wrap = true };
    static readonly XlsxStyle GivenCentred = Given with { Align = XlsxAlign.Center };
    static readonly XlsxStyle Clerk = new() { Border = true, Wrap = true, Locked = false, Fill = "FFF9E5" };
    static readonly XlsxStyle ClerkCentred = Clerk with { Align = XlsxAlign.Center };
    static readonly XlsxStyle Heading = XlsxPrintedSheet.Heading;
    static readonly XlsxStyle ClerkHeading = Heading with { Fill = "FFE699" };

    static IEnumerable<XlsxSheetData> Sheets(IReadOnlyList<VerificationRow> rows, IReadOnlyList<ProposedItem> proposals, VerificationCampaign campaign)
    {
        var round = campaign.Round > 0 ? $"（第{RoundText(campaign.Round)}轮）" : "";
        var made = campaign.Date is { } d ? $"制表日期：{d.Year}年{d.Month}月{d.Day}日。" : "";
        yield return Sheet(VerifySheet, VerifyColumns, $"{campaign.Office}整改事项复核表{round}",
            "填写说明：请只填写黄色各列。复核结论从下拉列表中选择“通过”或“退回重办”，选择“退回重办”的须填写退回原因；"
            + "群众评价（复核）可从下拉列表中选择；复核日期按“2026-12-03”格式填写。其余各列为台账和单位自报内容，请勿改动，也请勿移动、增删列。" + made,
            rows.Select((r, i) => VerifyRow(r, i + 1)), Math.Max(rows.Count, 1),
            [
                new XlsxValidation(Range(Col.Verdict, rows.Count)) { List = Verdicts.Choices, Prompt = "请选择：通过 或 退回重办", Error = "请从下拉列表中选择：通过 或 退回重办" },
                new XlsxValidation(Range(Col.VerifiedSatisfaction, rows.Count)) { List = Statuses.Satisfaction, Prompt = "可选择：满意、基本满意 或 不满意", Error = "请从下拉列表中选择：满意、基本满意 或 不满意" },
                new XlsxValidation(Range(Col.Date, rows.Count)) { From = new DateOnly(2000, 1, 1), To = new DateOnly(2099, 12, 31), Prompt = "请填写日期，如 2026-12-03", Error = "请填写日期，如 2026-12-03" },
            ]);
        yield return Sheet(ProposalSheet, ProposalColumns, $"{campaign.Office}新发现问题确认表{round}",
            "填写说明：请在“确认”一列从下拉列表中选择“纳入台账”或“不纳入”；选择“纳入台账”的问题将作为新的整改事项列入整改台账。其余各列请勿改动。",
            proposals.Select(ProposalRow), Math.Max(proposals.Count, 1),
            [new XlsxValidation(Range(PCol.Confirm, proposals.Count)) { List = ProposalChoices, Prompt = "请选择：纳入台账 或 不纳入", Error = "请从下拉列表中选择：纳入台账 或 不纳入" }]);
        yield return new XlsxSheetData(SignatureSheet, VerificationSignature.Rows(campaign, rows, proposals))
            { Layout = new XlsxSheetLayout { Hidden = true, Protected = true } };
    }

    static XlsxSheetData Sheet(string name, IReadOnlyList<SheetColumn> columns, string title, string note,
        IEnumerable<IReadOnlyList<object?>> data, int dataRows, IReadOnlyList<XlsxValidation> validations)
    {
        var sheet = XlsxPrintedSheet.Make(name, title, note, [.. columns.Select(c => new XlsxCell(c.Header, c.Clerk ? ClerkHeading : Heading))],
            [.. columns.Select(c => c.Width)], data);
        return sheet with { Layout = sheet.Layout! with { Validations = validations, Protected = true } };
    }

    static string Range(int column, int rows)
    {
        var letter = XlsxCells.ColumnName(column);
        return $"{letter}{HeaderRow + 1}:{letter}{HeaderRow + Math.Max(rows, 1)}";
    }

    static IReadOnlyList<object?> VerifyRow(VerificationRow r, int seq) =>
    [
        new XlsxCell((long)seq, GivenCentred), new XlsxCell(Lines(r.UnitName), Given), new XlsxCell(r.ItemId, GivenCentred),
        new XlsxCell(Lines(r.Problem), Given), new XlsxCell(Lines(r.Measure), Given), new XlsxCell(r.Reported, GivenCentred),
        new XlsxCell(r.DoneDate, GivenCentred with { Date = true }), new XlsxCell(Lines(r.Evidence), Given), new XlsxCell(r.Satisfaction, GivenCentred),
        new XlsxCell(null, ClerkCentred), new XlsxCell(null, Clerk), new XlsxCell(null, ClerkCentred), new XlsxCell(null, ClerkCentred),
        new XlsxCell(null, ClerkCentred with { Date = true }),
    ];

    static IReadOnlyList<object?> ProposalRow(ProposedItem p) =>
    [
        new XlsxCell(Lines(p.UnitName), Given), new XlsxCell(p.ProposedId, GivenCentred), new XlsxCell(Lines(p.Problem), Given),
        new XlsxCell(Lines(p.Measure), Given), new XlsxCell(Lines(p.Owner), GivenCentred), new XlsxCell(p.Due, GivenCentred with { Date = true }),
        new XlsxCell(null, ClerkCentred),
    ];

    // Excel keeps a line break as \n and would write a \r as _x000D_: one kind of line break, as Excel's own.
    static string Lines(string s) => s.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');

    // 第一轮 … 第十轮, then digits: rounds past ten are rare and 第11轮 reads as well.
    static string RoundText(int round) => round is >= 1 and <= 10 ? "一二三四五六七八九十"[round - 1].ToString() : round.ToString(CultureInfo.InvariantCulture);
}
