using OfficeTools.Collect.Collecting;
using OfficeTools.Collect.Ledger;
using OfficeTools.Collect.Reading;
using OfficeTools.Collect.Tests.Support;
using OfficeTools.Documents.Batch;
using OfficeTools.Documents.Campaigns;
using OfficeTools.Documents.Campaigns.Steps;

namespace OfficeTools.Collect.Tests;

/// <summary>
/// A notice's 办理结果 return slip of the sample batch, filled as Word leaves it and read back by the collector: its answers
/// per item, and the refusals (a notice never issued, another unit's slip, answers outside the ledger's words), each located.
/// </summary>
public class SlipReadBackTests(SampleBatch batch) : IClassFixture<SampleBatch>
{
    const string Unit = "U004";

    (BatchIndex Index, IndexedUnit Unit, byte[] Blank) Notice()
    {
        var (index, error) = BatchIndexJson.Read(Path.Combine(batch.Dir, BatchIndex.FileName));
        Assert.True(index is not null, error);
        var unit = index.Units.Single(u => u.Id == Unit);
        return (index, unit, File.ReadAllBytes(Path.Combine(batch.Dir, unit.Notice!.File)));
    }

    CollectReport Collect(byte[] slip, CampaignHistory? history, string? filedUnder = Unit)
    {
        var (ledger, errors) = LedgerView.Load(batch.Ledger);
        Assert.True(ledger is not null, string.Join("\n", errors));
        var form = new ReturnedForm("slip.docx", DateTimeOffset.UtcNow, "clerk@example.cn", () => slip) { Unit = filedUnder };
        return Collector.Collect([form], ledger, DateTimeOffset.Now, history: history, cancellationToken: TestContext.Current.CancellationToken);
    }

    CampaignHistory Issued() => CampaignHistory.Replay(IssueSteps.Published(Notice().Index, "hash", "clerk", DateTimeOffset.UtcNow));

    Dictionary<string, object?> Answers(IReadOnlyList<string> items) => new()
    {
        [$"item.{items[0]}.measure"] = "修订完善制度12项", [$"item.{items[0]}.status"] = "整改到位",
        [$"item.{items[0]}.done_date"] = new DateTime(2015, 1, 10), [$"item.{items[0]}.evidence"] = "制度汇编",
        [$"item.{items[0]}.satisfaction"] = "基本满意", ["signature"] = "吴淑珍", ["fill_date"] = new DateTime(2015, 1, 12),
        [$"item.{items[1]}.status"] = "部分整改到位", [$"item.{items[2]}.status"] = "尚未启动",
        [$"item.{items[3]}.status"] = "整改到位", [$"item.{items[4]}.status"] = "部分整改到位",
    };

    [Fact]
    public void A_filled_slip_gives_each_items_answers_tied_to_its_notice()
    {
        var (_, unit, blank) = Notice();
        var items = unit.Notice!.Items;
        var report = Collect(FormFiller.Fill(blank, Answers(items)), Issued());
        var slip = Assert.Single(report.Slips);
        Assert.True(slip.Counts, string.Join("\n", slip.Problems));
        Assert.Empty(slip.Problems);
        Assert.Equal((Unit, unit.Notice.Number, 1), (slip.UnitId, slip.Number, slip.Round));
        Assert.Equal("修订完善制度12项", slip.Values[$"item.{items[0]}.measure"]);
        Assert.Equal(new DateTime(2015, 1, 10), slip.Values[$"item.{items[0]}.done_date"]);
        Assert.Equal("基本满意", slip.Values[$"item.{items[0]}.satisfaction"]);
        // a slip is no self-inspection form: the unit's form is still missing
        Assert.Null(report.Units.Single(u => u.Id == Unit).File);
        Assert.Empty(report.Unmatched);
        Assert.True(report.MergedFields > 0);
    }

    [Fact]
    public void A_slip_for_a_notice_never_issued_is_refused_with_its_number()
    {
        var (_, unit, blank) = Notice();
        var slip = Assert.Single(Collect(FormFiller.Fill(blank, Answers(unit.Notice!.Items)), CampaignHistory.Empty).Slips);
        Assert.False(slip.Counts);
        var p = Assert.Single(slip.Problems);
        Assert.Equal((FormProblem.UnknownNotice, "notice.number"), (p.Id, p.Tag));
        Assert.Contains(unit.Notice.Number, p.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_slip_filed_as_another_units_is_refused()
    {
        var (_, unit, blank) = Notice();
        var slip = Assert.Single(Collect(FormFiller.Fill(blank, Answers(unit.Notice!.Items)), Issued(), filedUnder: "U008").Slips);
        Assert.False(slip.Counts);
        Assert.Equal(FormProblem.OtherUnit, Assert.Single(slip.Problems).Id);
    }

    [Fact]
    public void A_slip_whose_number_was_typed_over_counts_for_nothing()
    {
        var (_, unit, blank) = Notice();
        var edited = FormFiller.ForceText(FormFiller.Fill(blank, Answers(unit.Notice!.Items)), "notice.number", "青教督〔2014〕99号");
        var report = Collect(edited, Issued());
        Assert.Empty(report.Slips);
        Assert.Contains(Assert.Single(report.Unmatched).Problems, p => p.Id == FormProblem.IdentityEdited && p.Tag == "notice.number");
    }

    [Fact]
    public void Bad_answers_are_each_located_by_item_and_field_and_the_slip_is_refused()
    {
        var (_, unit, blank) = Notice();
        var items = unit.Notice!.Items;
        var slip = FormFiller.Fill(blank, Answers(items));
        slip = FormFiller.ForceText(slip, $"item.{items[1]}.status", "基本完成了");
        slip = FormFiller.ForceText(slip, $"item.{items[2]}.satisfaction", "还行");
        slip = FormFiller.ForceText(slip, $"item.{items[3]}.done_date", "下周");
        var read = Assert.Single(Collect(slip, Issued()).Slips);
        Assert.False(read.Counts);
        Assert.Collection(read.Problems.OrderBy(p => items.ToList().IndexOf(ItemOf(p.Tag!))),
            p => Assert.Equal((FormProblem.NotAChoice, $"item.{items[1]}.status"), (p.Id, p.Tag)),
            p => Assert.Equal((FormProblem.NotAChoice, $"item.{items[2]}.satisfaction"), (p.Id, p.Tag)),
            p => Assert.Equal((FormProblem.BadDate, $"item.{items[3]}.done_date"), (p.Id, p.Tag)));
        Assert.Contains(read.Problems, p => p.Message.StartsWith($"item {items[1]} 完成情况", StringComparison.Ordinal) && p.Message.Contains("基本完成了", StringComparison.Ordinal));
        Assert.Contains(read.Problems, p => p.Message.StartsWith($"item {items[2]} 群众评价", StringComparison.Ordinal));
        Assert.Contains(read.Problems, p => p.Message.StartsWith($"item {items[3]} 完成时间", StringComparison.Ordinal) && p.Message.Contains("下周", StringComparison.Ordinal));
    }

    static string ItemOf(string tag) => ItemTag.TryParse(tag, out var id, out _) ? id : tag;
}
