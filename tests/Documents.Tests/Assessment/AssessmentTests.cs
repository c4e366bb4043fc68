using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using OfficeTools.Data;
using OfficeTools.Documents.Assessment;
using OfficeTools.Documents.Campaigns;
using OfficeTools.Documents.Rules;
using OfficeTools.Testing;

namespace OfficeTools.Documents.Tests.Assessment;

/// <summary>年度考核: every unit and person scored by the rules file's assessment rule, flagged for 评先选优, in a printable workbook.</summary>
public sealed class AssessmentTests : IDisposable
{
    readonly string _dir = Directory.CreateTempSubdirectory("assess").FullName;

    /// <summary>Removes the test's files.</summary>
    public void Dispose() => Directory.Delete(_dir, recursive: true);

    static Campaign Sample(string? rules = null) =>
        Campaign.Open(new CampaignSource(TestLedgers.SampleJson) { Rules = rules }).Campaign ?? throw new InvalidOperationException("sample campaign");

    string Rules(string assessment)
    {
        var json = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(RepoPaths.Of("Templates", "rules", "default-rules.json")))!;
        json["assessment"] = System.Text.Json.Nodes.JsonNode.Parse(assessment);
        var path = Path.Combine(_dir, $"rules-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, json.ToJsonString());
        return path;
    }

    [Fact]
    public void The_default_rule_scores_every_unit_from_its_figures_and_flags_those_the_rules_keep_out_of_awards()
    {
        var campaign = Sample();
        var result = Assessments.Of(campaign);
        Assert.True(result.Success);
        Assert.Equal(campaign.Ledger.Units.Select(u => u.Id), result.Rows.Select(r => r.Unit.Id));
        Assert.Contains(result.Rows, r => r.IsPerson);
        Assert.Contains(result.Rows, r => !r.IsPerson);
        foreach (var r in result.Rows)
        {
            var s = r.Stats;
            var penalties = campaign.Outcomes[r.Unit.Id].Count(o => o.Category == "penalty");
            var raw = 40.0 * s.Done / s.Items + 30.0 * s.Closed / s.Items + 30 * s.SatisfactionRate - 5 * s.Overdue - 10 * penalties;
            Assert.Equal(Math.Clamp(Math.Round(raw, 1, MidpointRounding.AwayFromZero), 0, 100), r.Score, 6);
            Assert.Equal(campaign.Outcomes[r.Unit.Id].Any(o => o.Kind == "不列入评先选优"), r.Excluded);
            Assert.Equal(campaign.Ledger.ItemsOf(r.Unit.Id).Count(), s.Items);
        }
        // the sample has units on both sides of the line, and scores that differ
        Assert.Contains(result.Rows, r => r.Excluded);
        Assert.Contains(result.Rows, r => !r.Excluded);
        Assert.True(result.Rows.Select(r => r.Score).Distinct().Count() > 3);
    }

    [Fact]
    public void An_edited_rule_gives_its_own_scores_and_flag()
    {
        var campaign = Sample(Rules("""{ "score": "stats.done * 10 + 50", "exclude": "stats.overdue > 0", "description": "按整改到位事项计分" }"""));
        var result = Assessments.Of(campaign);
        Assert.True(result.Success);
        Assert.All(result.Rows, r => Assert.Equal(Math.Min(100, r.Stats.Done * 10 + 50), r.Score));
        Assert.All(result.Rows, r => Assert.Equal(r.Stats.Overdue > 0, r.Excluded));
        Assert.Equal("按整改到位事项计分", campaign.Rules.Assessment.Description);
    }

    [Theory]
    [InlineData("""{ "score": "40 * stats.done_rate +" }""", "assessment, score", "bad expression")]
    [InlineData("""{ "score": "stats.don * 10" }""", "assessment, score", "don")]
    [InlineData("""{ "score": "unit.name" }""", "assessment, score", "must give a number")]
    [InlineData("""{ "exclude": "stats.overdue" }""", "assessment, exclude", "true or false")]
    [InlineData("""{ "score": 100 }""", "assessment, score", "expected text")]
    [InlineData("""[ "score" ]""", "assessment", "expected an object")]
    public void A_rule_that_does_not_parse_or_run_is_refused_when_the_rules_load_with_its_place(string assessment, string where, string message)
    {
        var loaded = RuleSet.Load(Rules(assessment));
        Assert.False(loaded.Success);
        var error = Assert.Single(loaded.Errors);
        Assert.Equal(where, error.Location);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Both_mistakes_of_a_rule_are_reported_at_once()
    {
        var loaded = RuleSet.Load(Rules("""{ "score": "(", "exclude": "1 +" }"""));
        Assert.Equal(["assessment, exclude", "assessment, score"], loaded.Errors.Select(e => e.Location).Distinct().Order());
    }

    [Fact]
    public void The_workbook_has_a_summary_of_units_and_of_persons_and_a_sheet_each_valid_and_printable()
    {
        var campaign = Sample();
        var rows = Assessments.Of(campaign).Rows;
        var path = Path.Combine(_dir, "kh.xlsx");
        XlsxWriter.Write(path, AssessmentWorkbook.Sheets(campaign.Ledger.Campaign, campaign.Rules.Assessment, rows));

        using (var doc = SpreadsheetDocument.Open(path, false))
        {
            Assert.Empty(new OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Microsoft365).Validate(doc, TestContext.Current.CancellationToken));
            var sheets = doc.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().ToList();
            Assert.Equal(2 + rows.Count, sheets.Count);
            var views = sheets.Select(s => ((WorksheetPart)doc.WorkbookPart.GetPartById(s.Id!)).Worksheet.GetFirstChild<SheetViews>()?.GetFirstChild<SheetView>()).ToList();
            // one tab selected: several selected tabs are grouped in Excel and typing on one types on all
            Assert.Single(views, v => v?.TabSelected?.Value == true);
            Assert.Equal(3, views[0]!.GetFirstChild<Pane>()!.VerticalSplit!.Value);
            var formats = doc.WorkbookPart.WorkbookStylesPart!.Stylesheet.NumberingFormats!.Elements<NumberingFormat>().Select(f => f.FormatCode!.Value).ToList();
            Assert.Contains("0.0%", formats);
            Assert.Contains("yyyy\"年\"m\"月\"d\"日\"", formats);
        }

        var book = XlsxReader.ReadWorkbook(path).Workbook!;
        Assert.Equal("单位考核汇总", book.Sheets[0].Name);
        Assert.Equal("个人考核汇总", book.Sheets[1].Name);
        var units = book.Sheets[0].Rows.Where(r => r.Number > XlsxPrintedSheet.HeaderRow).ToList();
        var persons = book.Sheets[1].Rows.Where(r => r.Number > XlsxPrintedSheet.HeaderRow).ToList();
        Assert.Equal(rows.Count(r => !r.IsPerson), units.Count);
        Assert.Equal(rows.Count(r => r.IsPerson), persons.Count);
        // each row: its name, its figures as numbers, the flag in words and the score
        foreach (var (row, cells) in rows.Where(r => !r.IsPerson).Zip(units))
        {
            Assert.Equal(row.Unit.Name, cells[1]);
            Assert.Equal(row.Stats.Items, Convert.ToInt32(cells[4], System.Globalization.CultureInfo.InvariantCulture));
            Assert.Equal(row.Excluded ? "是" : "否", cells[12]);
            Assert.Equal(row.Score, Convert.ToDouble(cells[13], System.Globalization.CultureInfo.InvariantCulture), 6);
        }
        var person = rows.First(r => r.IsPerson);
        Assert.Equal(person.Unit.PersonName, persons[0][1]);
        Assert.Equal(person.Unit.Post, persons[0][2]);
        // a person's reasons never carry ledger ids; the card of a unit lists its items
        Assert.DoesNotMatch(@"\bI\d{3,}", string.Join(" ", book.Sheets.SelectMany(s => s.Rows).SelectMany(r => r.Cells).OfType<string>()));
        var card = book.Sheets.Single(s => s.Name == rows[0].Unit.Name);
        Assert.All(campaign.Ledger.ItemsOf(rows[0].Unit.Id), i => Assert.Contains(card.Rows, r => Equals(r[1], i.Problem)));
    }

    [Fact]
    public void Tab_names_are_made_valid_and_unique()
    {
        var taken = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        Assert.Equal("王伟", XlsxPrintedSheet.TabName("王伟", taken));
        Assert.Equal("王伟（2）", XlsxPrintedSheet.TabName("王伟", taken));
        Assert.Equal("a_b_c", XlsxPrintedSheet.TabName("a/b:c", taken));
        var longName = new string('县', 40);
        Assert.Equal(31, XlsxPrintedSheet.TabName(longName, taken).Length);
        Assert.Equal(31, XlsxPrintedSheet.TabName(longName, taken).Length);
        Assert.Equal("表", XlsxPrintedSheet.TabName("''", taken));
    }
}
