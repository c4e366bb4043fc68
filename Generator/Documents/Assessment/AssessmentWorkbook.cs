using OfficeTools.Data;
using OfficeTools.Documents.Campaigns;
using OfficeTools.Documents.Ledger;
using OfficeTools.Documents.Rules;

namespace OfficeTools.Documents.Assessment;

/// <summary>
/// The 年度考核 workbook: a summary sheet of the units (领导班子, 基层党组织) and one of the persons (党员干部), then one sheet
/// per unit and per person with its figures and its items, every sheet printable as it is.
/// </summary>
public static class AssessmentWorkbook
{
    const string Rate = "0.0%";
    const string Points = "0.0";
    const string Count = "0";
    const string Day = "yyyy\"年\"m\"月\"d\"日\"";

    static readonly XlsxStyle Cell = XlsxPrintedSheet.Cell;
    static readonly XlsxStyle Centred = XlsxPrintedSheet.Centred;
    static readonly XlsxStyle Label = XlsxPrintedSheet.Heading with { Align = XlsxAlign.Left };

    static readonly (string Header, double Width)[] Figures =
    [
        ("整改事项（项）", 10), ("整改到位（项）", 10), ("整改完成率", 10), ("已销号（项）", 10), ("销号率", 9), ("逾期未完成（项）", 11),
        ("群众满意率", 9), ("处理结果及原因", 44), ("不列入评先选优", 9), ("考核得分", 8),
    ];

    /// <summary>The sheets for <paramref name="rows"/> of the campaign <paramref name="campaign"/>, judged by <paramref name="rule"/>.</summary>
    public static IReadOnlyList<XlsxSheetData> Sheets(Ledger.Campaign campaign, AssessmentRule rule, IReadOnlyList<AssessmentRow> rows)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentNullException.ThrowIfNull(rows);
        var taken = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var note = $"考核规则：{(rule.Description.Length > 0 ? rule.Description : $"得分按“{rule.Score}”计算")}。统计截至{Date(campaign.AsOf)}。";
        var units = rows.Where(r => !r.IsPerson).ToList();
        var persons = rows.Where(r => r.IsPerson).ToList();
        var sheets = new List<XlsxSheetData>
        {
            Summary(XlsxPrintedSheet.TabName("单位考核汇总", taken), $"{campaign.Year}年度领导班子和基层党组织整改落实情况考核汇总表", note,
                ["单位名称", "类别", "上级党组织"], [22, 10, 16], units, r => [r.Unit.Name, r.Unit.Kind, r.Above]),
            Summary(XlsxPrintedSheet.TabName("个人考核汇总", taken), $"{campaign.Year}年度党员干部整改落实情况考核汇总表", note,
                ["姓名", "职务", "所在党组织"], [10, 18, 20], persons, r => [r.Unit.PersonName, r.Unit.Post, r.Above]),
        };
        sheets.AddRange(rows.Select(r => Card(XlsxPrintedSheet.TabName(r.IsPerson ? r.Unit.PersonName : r.Unit.Name, taken), campaign, note, r)));
        return sheets;
    }

    static XlsxSheetData Summary(string name, string title, string note, string[] who, double[] widths, IReadOnlyList<AssessmentRow> rows,
        Func<AssessmentRow, string[]> names)
    {
        var headings = who.Prepend("序号").Concat(Figures.Select(f => f.Header)).Select(h => new XlsxCell(h, XlsxPrintedSheet.Heading)).ToList();
        var data = rows.Select((r, i) => (IReadOnlyList<object?>)[new XlsxCell(i + 1, Centred), .. names(r).Select(n => new XlsxCell(n, Cell)), .. FigureCells(r)]);
        if (rows.Count == 0) data = [[new XlsxCell("（无）", Centred)]];
        return XlsxPrintedSheet.Make(name, title, note, headings, [5, .. widths, .. Figures.Select(f => f.Width)], data);
    }

    static IEnumerable<XlsxCell> FigureCells(AssessmentRow r)
    {
        var s = r.Stats;
        yield return new XlsxCell(s.Items, Number(Count));
        yield return new XlsxCell(s.Done, Number(Count));
        yield return new XlsxCell(s.DoneRate, Number(Rate));
        yield return new XlsxCell(s.Closed, Number(Count));
        yield return new XlsxCell(s.ClosedRate, Number(Rate));
        yield return new XlsxCell(s.Overdue, Number(Count));
        yield return s.Items - s.Unassessed == 0 ? new XlsxCell("未评价", Centred) : new XlsxCell(s.SatisfactionRate, Number(Rate));
        yield return new XlsxCell(Judged(r), Cell);
        yield return new XlsxCell(r.Excluded ? "是" : "否", Centred);
        yield return new XlsxCell(r.Score, Number(Points));
    }

    static string Judged(AssessmentRow r) => string.Join("；", r.Judgements) is { Length: > 0 } j ? j : "无";

    static XlsxStyle Number(string format) => Centred with { NumberFormat = format };

    // one unit's or person's card: who, the figures as label / value pairs, then its items
    static XlsxSheetData Card(string name, Ledger.Campaign campaign, string note, AssessmentRow r)
    {
        var u = r.Unit;
        var who = r.IsPerson
            ? new (string, object?)[] { ("姓名", u.PersonName), ("职务", u.Post), ("所在党组织", r.Above) }
            : [("单位名称", u.Name), ("类别", u.Kind), ("上级党组织", r.Above), ("主要负责人", u.Head)];
        var figures = FigureCells(r).ToList();
        var rows = new List<IReadOnlyList<object?>>();
        foreach (var (label, value) in who.Where(w => w.Item2 is not "" and not null))
            rows.Add([new XlsxCell(label, Label), new XlsxCell(value, Cell)]);
        for (var i = 0; i < Figures.Length; i++) rows.Add([new XlsxCell(Figures[i].Header, Label), figures[i] with { Style = figures[i].Style with { Align = XlsxAlign.Left } }]);
        rows.Add([]);
        rows.Add([.. new[] { "序号", "整改问题", "整改时限", "整改状态", "阶段", "群众评价" }.Select(h => new XlsxCell(h, XlsxPrintedSheet.Heading))]);
        var labelled = rows.Count - 2;
        var items = r.Items;
        foreach (var (item, i) in items.Select((x, i) => (x, i)))
            rows.Add([new XlsxCell(i + 1, Centred), new XlsxCell(item.Problem, Cell), new XlsxCell(item.Due, Centred with { NumberFormat = Day }),
                new XlsxCell(item.Status, Centred), new XlsxCell((item.Stage ?? ItemStages.OfProgress(item.Status)).Text(), Centred),
                new XlsxCell(item.Satisfaction.Length > 0 ? item.Satisfaction : "未评价", Centred)]);
        if (items.Count == 0) rows.Add([new XlsxCell("（无整改事项）", Cell)]);
        var title = $"{campaign.Year}年度{(r.IsPerson ? u.PersonName : u.Name)}整改落实情况考核表";
        var sheet = XlsxPrintedSheet.Make(name, title, note, [new XlsxCell("项目", XlsxPrintedSheet.Heading), new XlsxCell("情况", XlsxPrintedSheet.Heading)],
            [18, 60, 16, 14, 12, 10], rows);
        var first = XlsxPrintedSheet.HeaderRow + 1;
        var merges = Enumerable.Range(first - 1, labelled + 1).Select(row => $"B{row}:F{row}");
        return sheet with { Layout = sheet.Layout! with { Merges = ["A1:F1", "A2:F2", .. merges], FrozenRows = 0 } };
    }

    static string Date(DateOnly d) => $"{d.Year}年{d.Month}月{d.Day}日";
}
