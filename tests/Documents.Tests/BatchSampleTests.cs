using OfficeTools.Documents.Batch;
using OfficeTools.Documents.Catalogue;
using OfficeTools.Documents.Ledger;
using OfficeTools.Documents.Rules;
using OfficeTools.Testing;

namespace OfficeTools.Documents.Tests;

/// <summary>`batch` on the sample county: every file exists and is valid, index.json agrees with the ledger and the rules.</summary>
public class BatchSampleTests(BatchFixture run) : IClassFixture<BatchFixture>
{
    static readonly Ledger.Ledger Sample = TestLedgers.LoadOk(TestLedgers.SampleJson);

    BatchIndex Index
    {
        get
        {
            var (index, error) = BatchIndexJson.Read(Path.Combine(run.Output, BatchIndex.FileName));
            return index ?? throw new InvalidDataException(error);
        }
    }

    [Fact]
    public void Run_succeeds_with_a_summary()
    {
        Assert.True(run.Result.Success, string.Join("\n", run.Result.Errors));
        var s = run.Result.Summary!;
        Assert.Equal(Sample.Units.Count, s.Units);
        Assert.Equal(Sample.Units.Count, s.Forms);
        Assert.Equal(Sample.Items.Count, s.Items);
        Assert.True(s.Notices > 0);
        Assert.Empty(Directory.GetDirectories(Path.GetDirectoryName(run.Output)!, ".out.*"));
    }

    [Fact]
    public void Every_listed_file_exists_and_nothing_else_is_written()
    {
        var listed = Index.Files.Select(f => f.Path).ToHashSet();
        var onDisk = Directory.GetFiles(run.Output, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(run.Output, f).Replace('\\', '/')).Where(f => f is not "index.json" and not ".officetools-files").ToHashSet();
        Assert.Equal(listed.Order(), onDisk.Order());
        // The manifest lists exactly the files written, index.json included.
        var manifest = File.ReadAllLines(Path.Combine(run.Output, ".officetools-files")).Select(l => l[66..]).ToHashSet();
        Assert.Equal(listed.Append("index.json").Order(), manifest.Order());
        Assert.Contains("briefing.docx", listed);
        Assert.Equal(Sample.Units.Count, listed.Count(f => f.StartsWith("forms/", StringComparison.Ordinal)));
    }

    [Fact]
    public void Every_document_passes_the_OpenXml_validator()
    {
        foreach (var file in Directory.GetFiles(run.Output, "*.docx", SearchOption.AllDirectories))
            DocxValidation.AssertValid(File.ReadAllBytes(file));
    }

    [Fact]
    public void Forms_use_the_variant_of_the_unit_kind_and_carry_the_unit()
    {
        foreach (var f in Index.Files.Where(f => f.Type == DocumentKind.Form))
        {
            var unit = Sample.FindUnit(f.UnitId!)!;
            var expected = unit.Kind switch { UnitKinds.Leadership => "form-leadership.docx", UnitKinds.Grassroots => "form-grassroots.docx", _ => "form-member.docx" };
            Assert.Equal(expected, f.Template);
            var text = DocxText.Body(File.ReadAllBytes(Path.Combine(run.Output, f.Path)));
            Assert.Contains(unit.Name, text);
            foreach (var item in Sample.ItemsOf(unit.Id)) Assert.Contains(item.Problem, text);
        }
    }

    [Fact]
    public void Notices_go_exactly_to_units_with_dissatisfied_or_overdue_items_numbered_in_unit_order()
    {
        var asOf = Sample.Campaign.AsOf;
        var expected = Sample.Units.Where(u => Sample.ItemsOf(u.Id).Any(i => i.Satisfaction == "不满意" || UnitStats.IsOverdue(i, asOf)))
            .Select(u => u.Id).ToList();
        var notices = Index.Files.Where(f => f.Type == DocumentKind.Notice).ToList();
        Assert.Equal(expected, notices.Select(n => n.UnitId));
        for (var i = 0; i < notices.Count; i++)
        {
            var number = $"{Sample.Campaign.Code}〔{Sample.Campaign.Year}〕{Sample.Campaign.NoticeSerial + i}号";
            Assert.Equal(number, notices[i].Number);
            var text = DocxText.Body(File.ReadAllBytes(Path.Combine(run.Output, notices[i].Path)));
            Assert.Contains(number, text);
            Assert.Contains(Sample.FindUnit(expected[i])!.Name, text);
        }
    }

    [Fact]
    public void Index_lists_each_unit_with_its_outcomes_and_reasons()
    {
        var units = Index.Units;
        Assert.Equal(Sample.Units.Select(u => u.Id), units.Select(u => u.Id));
        var outcomes = RuleSet.Default().RuleSet!.Evaluate(Sample).Outcomes;
        foreach (var u in units)
        {
            var id = u.Id;
            var listed = u.Outcomes;
            Assert.Equal(outcomes[id].Select(o => o.Kind), listed.Select(o => o.Kind));
            foreach (var o in listed)
            {
                Assert.False(string.IsNullOrEmpty(o.Reason));
                var ids = o.Items.Select(i => i.Id).ToList();
                Assert.NotEmpty(ids);
                Assert.All(ids, i => Assert.Equal(id, Sample.Items.Single(x => x.Id == i).Unit));
            }
            Assert.Equal(u.Notice != null, listed.Any(o => o.Kind == "督办通知单"));
        }
    }

    [Fact]
    public void Briefing_states_the_statistics_and_names_praised_and_criticised_units()
    {
        var text = DocxText.Body(File.ReadAllBytes(Path.Combine(run.Output, "briefing.docx")));
        var done = Sample.Items.Count(i => i.State == "done");
        Assert.Contains(Sample.Items.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), text);
        Assert.Contains(done.ToString(System.Globalization.CultureInfo.InvariantCulture), text);
        Assert.Contains($"{Sample.Campaign.BriefingCode}〔{Sample.Campaign.Year}〕{Sample.Campaign.BriefingSerial}号", text);
        var outcomes = RuleSet.Default().RuleSet!.Evaluate(Sample).Outcomes;
        foreach (var u in Sample.Units.Where(u => outcomes[u.Id].Any(o => o.Kind is "表扬" or "约谈提醒")))
            Assert.Contains(u.Name, text);
    }
}
