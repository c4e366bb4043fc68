using System.Text.RegularExpressions;
using System.Xml.Linq;
using DocumentFormat.OpenXml.Packaging;
using OfficeTools.Documents.Rules;
using OfficeTools.Testing;

namespace OfficeTools.Documents.Tests;

/// <summary>
/// The wording rules of issue 12, run on every document of the sample batch: what a 主任 reads before signing has no
/// machine ids, no 「」, no English, no "100.0%", no rule labels glued together, satisfaction that adds up, praise that
/// is not one formula, no 审议, no "签字：签字", and notices to a person that speak to the person.
/// </summary>
public partial class WordingTests(BatchFixture run) : IClassFixture<BatchFixture>
{
    static readonly Ledger.Ledger Sample = TestLedgers.LoadOk(TestLedgers.SampleJson);
    static readonly XNamespace W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    // the batch's documents, then those of the outcomes (约谈提醒通知, 约谈记录, 诫勉谈话记录, 表扬通报, the 民主生活会 pack)
    IEnumerable<(string File, string Text)> Documents() =>
        new[] { run.Output, run.Outcomes }.SelectMany(root => Directory.GetFiles(root, "*.docx", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            .Select(f => ((root == run.Output ? "" : "outcomes/") + Path.GetRelativePath(root, f), Visible(File.ReadAllBytes(f)))));

    [Fact]
    public void The_batch_made_documents_to_check()
    {
        Assert.True(run.Result.Success, string.Join("\n", run.Result.Errors));
        Assert.True(run.OutcomeResult.Success, string.Join("\n", run.OutcomeResult.Errors));
        Assert.Equal(23, run.OutcomeResult.Written.Count);
        Assert.True(Documents().Count() > Sample.Units.Count);
    }

    [Fact]
    public void No_document_shows_a_ledger_or_unit_id() => AssertNone(Id(), "a ledger or unit id");

    [Fact]
    public void No_document_uses_corner_brackets() => AssertNone(Corner(), "「」 (mainland usage is “ ” and ‘ ’)");

    [Fact]
    public void No_document_has_English_in_its_text() => AssertNone(Latin(), "ASCII letters", t => Email().Replace(t, ""));

    [Fact]
    public void No_attachment_number_runs_into_a_figure() =>
        AssertNone(AttachmentNumber(), "an attachment's number followed by a figure (附件 2.21项 reads as a decimal)");

    [Fact]
    public void No_rate_ends_in_a_trailing_zero_decimal() => AssertNone(TrailingZero(), "a rate with a trailing .0");

    [Fact]
    public void No_document_asks_for_deliberation_or_signs_with_the_word_signature()
    {
        AssertNone(Deliberation(), "审议 (a 通报 reports)");
        AssertNone(SignSign(), "签字：签字 (a signature line is a blank to sign)");
    }

    [Fact]
    public void Rule_labels_are_never_glued_together_or_listed_as_outcomes()
    {
        // actions (the rules' steps: 下发督办通知单, 约谈提醒) are taken out first; a label left glued to another is a label list
        var rules = RuleSet.Default().RuleSet!.Rules;
        var kinds = rules.Select(r => r.Outcome).ToList();
        var steps = rules.Select(r => r.Step).Where(s => s.Length > 0).OrderByDescending(s => s.Length).ToList();
        foreach (var (file, text) in Documents().Select(d => (d.File, steps.Aggregate(d.Text, (t, s) => t.Replace(s, "◆", StringComparison.Ordinal)))))
            foreach (var a in kinds)
                foreach (var b in kinds.Where(b => b != a))
                {
                    Assert.False(text.Contains(a + "、" + b, StringComparison.Ordinal), $"{file}: rule labels glued: {a}、{b}");
                    Assert.False(Regex.IsMatch(text, $@"(^|\n)\s*\d+．{Regex.Escape(a)}："), $"{file}: an outcome listed by its rule label: {a}");
                }
    }

    [Fact]
    public void Briefing_satisfaction_adds_up_to_the_items()
    {
        var text = Briefing();
        var m = Satisfaction().Match(text);
        Assert.True(m.Success, "the briefing states the satisfaction figures");
        var sum = new[] { "s", "b", "u", "n" }.Sum(g => m.Groups[g].Success ? int.Parse(m.Groups[g].Value) : 0);
        Assert.Equal(Sample.Items.Count, sum);
    }

    [Fact]
    public void Briefing_praise_is_not_one_formula_repeated()
    {
        var text = Briefing();
        var start = text.IndexOf("予以表扬", StringComparison.Ordinal);
        var end = text.IndexOf("存在的主要问题", StringComparison.Ordinal);
        Assert.True(start > 0 && end > start, "the briefing has a 表扬 section");
        var reasons = text[start..end].Split('\n').Select(l => Praised().Match(l)).Where(m => m.Success).Select(m => m.Groups["why"].Value).ToList();
        Assert.NotEmpty(reasons);
        Assert.Equal(reasons.Count, reasons.Distinct().Count());
    }

    [Fact]
    public void A_notice_to_a_person_speaks_to_the_person()
    {
        var people = Sample.Units.Where(u => u.IsPerson).Select(u => $"-{u.Id}.docx").ToList();
        var notices = Documents().Where(d => d.File.StartsWith("notices", StringComparison.Ordinal) && people.Any(p => d.File.EndsWith(p, StringComparison.Ordinal))).ToList();
        Assert.NotEmpty(notices);
        // the 约谈提醒通知 to a person too
        var talks = Documents().Where(d => d.File.StartsWith("outcomes/talk-notices", StringComparison.Ordinal) && people.Any(p => d.File.EndsWith(p, StringComparison.Ordinal))).ToList();
        Assert.NotEmpty(talks);
        notices.AddRange(talks);
        foreach (var (file, text) in notices)
        {
            Assert.False(text.Contains("你单位", StringComparison.Ordinal), $"{file}: 你单位 in a notice to a person");
            Assert.False(text.Contains("承办单位", StringComparison.Ordinal), $"{file}: 承办单位 in a notice to a person");
        }
    }

    [Fact]
    public void A_notice_never_shows_a_date_already_past_on_its_own_date()
    {
        var noticeDate = Sample.Campaign.NoticeDate;
        foreach (var (file, text) in Documents().Where(d => d.File.StartsWith("notices", StringComparison.Ordinal)))
            foreach (Match m in Date().Matches(text))
            {
                var d = new DateOnly(int.Parse(m.Groups[1].Value), int.Parse(m.Groups[2].Value), int.Parse(m.Groups[3].Value));
                Assert.True(d >= noticeDate, $"{file}: {m.Value} is before the notice's date {noticeDate}");
            }
    }

    string Briefing() => Documents().Single(d => d.File == "briefing.docx").Text;

    void AssertNone(Regex pattern, string what, Func<string, string>? prepare = null)
    {
        var found = Documents().SelectMany(d => pattern.Matches((prepare ?? (t => t))(d.Text)).Select(m => $"{d.File}: «{Around(d.Text, m.Value)}»")).Take(10).ToList();
        Assert.True(found.Count == 0, $"{what} in:\n" + string.Join("\n", found));
    }

    static string Around(string text, string hit)
    {
        var i = text.IndexOf(hit, StringComparison.Ordinal);
        return i < 0 ? hit : text[Math.Max(0, i - 15)..Math.Min(text.Length, i + hit.Length + 15)].Replace('\n', ' ');
    }

    // What a reader sees: every paragraph of the body, headers and footers, without hidden runs (the unit.id control's
    // value is hidden text, there for the machine).
    static string Visible(byte[] docx)
    {
        using var stream = new MemoryStream(docx, writable: false);
        using var doc = WordprocessingDocument.Open(stream, false);
        var main = doc.MainDocumentPart!;
        var lines = new List<string>();
        foreach (var part in new OpenXmlPart[] { main }.Concat(main.HeaderParts).Concat(main.FooterParts))
        {
            using var s = part.GetStream();
            var x = XDocument.Load(s);
            x.Descendants(W + "r").Where(r => r.Element(W + "rPr")?.Element(W + "vanish") is not null).ToList().ForEach(r => r.Remove());
            lines.AddRange(x.Descendants(W + "p").Where(p => !p.Ancestors(W + "p").Any()).Select(DocxText.ParagraphText));
        }
        return string.Join("\n", lines);
    }

    [GeneratedRegex(@"(?<![A-Za-z0-9])[IU]\d{3,}")] private static partial Regex Id();
    [GeneratedRegex("[「」]")] private static partial Regex Corner();
    [GeneratedRegex("[A-Za-z]+")] private static partial Regex Latin();
    [GeneratedRegex(@"[\w.+-]+@[\w-]+(\.[\w-]+)+")] private static partial Regex Email();
    [GeneratedRegex(@"\d+\.0%")] private static partial Regex TrailingZero();
    [GeneratedRegex(@"(?:附件：|　)\d+\.\d")] private static partial Regex AttachmentNumber();
    [GeneratedRegex("审议")] private static partial Regex Deliberation();
    [GeneratedRegex("签字[）)]?[：:]\\s*签字")] private static partial Regex SignSign();
    [GeneratedRegex(@"(?<!基本|不)满意(?<s>\d+)项、基本满意(?<b>\d+)项、不满意(?<u>\d+)项(，尚未评价(?<n>\d+)项)?")] private static partial Regex Satisfaction();
    [GeneratedRegex(@"^\s*\d+．[^：]+：(?<why>.+)$")] private static partial Regex Praised();
    [GeneratedRegex(@"(\d{4})年(\d{1,2})月(\d{1,2})日")] private static partial Regex Date();
}
