using OfficeTools.Documents.Ledger;
using OfficeTools.Documents.Rules;
using static OfficeTools.Documents.Tests.MiniLedger;

namespace OfficeTools.Documents.Tests;

/// <summary>The seed's ladder, rung by rung: a minimal ledger per rung gives exactly that outcome, with the right items as reason.</summary>
public class RuleLadderTests
{
    static readonly RuleSet Rules = RuleSet.Default().RuleSet!;

    static IReadOnlyList<Outcome> Outcomes(params LedgerItem[] items)
    {
        var eval = Rules.Evaluate(Of(items));
        Assert.Empty(eval.Errors);
        return eval.Outcomes["U1"];
    }

    static void AssertOutcomes(IReadOnlyList<Outcome> outcomes, params (string Kind, string[] Ids)[] expected)
    {
        Assert.Equal(expected.Select(e => e.Kind), outcomes.Select(o => o.Kind));
        foreach (var (kind, ids) in expected)
            Assert.Equal(ids, outcomes.Single(o => o.Kind == kind).Items.Select(i => i.Id));
    }

    [Fact]
    public void All_done_and_satisfied_is_praised()
    {
        var o = Outcomes(Item("A"), Item("B"), Item("C"));
        AssertOutcomes(o, ("表扬", ["A", "B", "C"]));
        Assert.Contains("抓得紧、成效好", o[0].ReasonText);
    }

    [Fact]
    public void Done_but_only_basically_satisfied_is_not_praised()
        => AssertOutcomes(Outcomes(Item("A", satisfaction: "基本满意"), Item("B", satisfaction: "基本满意")));

    [Fact]
    public void Basically_complete_gets_consolidation_requirements()
        => AssertOutcomes(Outcomes(Item("A"), Item("B", status: "基本完成", dueOffset: 30)), ("巩固提高", ["B"]));

    [Fact]
    public void Not_yet_started_but_not_due_gets_itemized_follow_up()
        => AssertOutcomes(Outcomes(Item("A"), Item("B", status: "尚未启动", satisfaction: "", dueOffset: 30)), ("逐项明确", ["B"]));

    [Fact]
    public void Newly_found_problem_is_taken_into_rectification()
        => AssertOutcomes(Outcomes(Item("A"), Item("N", status: "未完成", satisfaction: "", dueOffset: 40, newlyFound: true)),
            ("逐项明确", ["N"]), ("纳入整改", ["N"]));

    [Fact]
    public void Unsatisfied_masses_get_a_supervision_notice_and_no_awards()
    {
        var o = Outcomes(Item("A"), Item("B", satisfaction: "不满意"));
        AssertOutcomes(o, ("督办通知单", ["B"]), ("不列入评先选优", ["B"]));
        Assert.True(o[0].Notice);
        Assert.Contains(o[0].Requirements, r => r.Contains("回炉"));
        Assert.Contains("B「问题B」", o[0].ReasonText);
    }

    [Fact]
    public void One_overdue_item_gets_a_notice_but_no_talk()
        => AssertOutcomes(Outcomes(Item("A"), Item("B", status: "部分整改到位", dueOffset: -3)),
            ("督办通知单", ["B"]), ("不列入评先选优", ["B"]), ("巩固提高", ["B"]));

    [Fact]
    public void Two_overdue_items_get_a_reminder_talk_for_the_head()
    {
        var o = Outcomes(Item("A", status: "尚未启动", satisfaction: "", dueOffset: -5), Item("B", status: "尚未启动", satisfaction: "", dueOffset: -1), Item("C"));
        AssertOutcomes(o, ("约谈提醒", ["A", "B"]), ("督办通知单", ["A", "B"]), ("不列入评先选优", ["A", "B"]), ("逐项明确", ["A", "B"]));
        Assert.Contains("主要负责人", o[0].Action);
    }

    [Fact]
    public void Formalism_gets_admonishment()
        => AssertOutcomes(Outcomes(Item("A", formalism: true), Item("B")), ("诫勉批评", ["A"]), ("不列入评先选优", ["A"]));

    [Fact]
    public void Many_unsatisfied_items_mean_the_masses_object_strongly()
        => AssertOutcomes(Outcomes(Item("A", satisfaction: "不满意"), Item("B", satisfaction: "不满意"), Item("C", satisfaction: "不满意")),
            ("诫勉批评", ["A", "B", "C"]), ("督办通知单", ["A", "B", "C"]), ("不列入评先选优", ["A", "B", "C"]));

    [Fact]
    public void Relapse_holds_offender_and_leaders_accountable()
    {
        var o = Outcomes(Item("A", relapse: true), Item("B"));
        AssertOutcomes(o, ("追究责任", ["A"]), ("不列入评先选优", ["A"]));
        Assert.Contains("当事人", o[0].Action);
        Assert.Contains("相关领导", o[0].Action);
    }

    [Fact]
    public void Unit_without_items_gets_nothing() => AssertOutcomes(Outcomes());

    [Fact]
    public void Bad_expression_is_an_error_naming_the_file_and_rule()
    {
        var r = RuleSet.Parse(Json("""{"rules":[{"id":"ok","outcome":"表扬","when":"true","reason":"r"},{"id":"broken","outcome":"约谈提醒","when":"stats.overdue >","reason":"r"}]}"""), "my-rules.json");
        Assert.False(r.Success);
        var e = Assert.Single(r.Errors);
        Assert.Equal("my-rules.json", e.File);
        Assert.Contains("rule 2 (broken), when", e.Location);
    }

    [Fact]
    public void A_rules_document_names_what_the_outcome_calls_for_and_an_unknown_one_is_located()
    {
        var rules = RuleSet.Default().RuleSet!.Rules;
        Assert.Equal(OutcomeDocument.Talk, rules.Single(r => r.Outcome == "约谈提醒").Document);
        Assert.Equal(OutcomeDocument.Admonition, rules.Single(r => r.Outcome == "诫勉批评").Document);
        Assert.Equal(OutcomeDocument.Commendation, rules.Single(r => r.Outcome == "表扬").Document);
        Assert.All(rules.Where(r => r.Outcome is not ("约谈提醒" or "诫勉批评" or "表扬")), r => Assert.Equal(OutcomeDocument.None, r.Document));
        // the outcome carries it: a renamed outcome still gets its documents
        var renamed = RuleSet.Parse(Json("""{"rules":[{"id":"talk","outcome":"提醒谈话","when":"true","reason":"r","document":"talk"}]}"""), "mine.json").RuleSet!;
        Assert.Equal(OutcomeDocument.Talk, Assert.Single(renamed.Evaluate(Of(Item("A"))).Outcomes["U1"]).Document);
        var bad = RuleSet.Parse(Json("""{"rules":[{"id":"x","outcome":"表扬","when":"true","reason":"r","document":"letter"}]}"""), "bad.json");
        var e = Assert.Single(bad.Errors);
        Assert.Equal("rule 1, document", e.Location);
        Assert.Contains("'letter' is not a document an outcome calls for: talk, admonition, commendation", e.Message);
    }

    [Fact]
    public void Misspelt_member_is_caught_when_the_rules_load()
    {
        var r = RuleSet.Parse(Json("""{"rules":[{"id":"typo","outcome":"督办通知单","when":"stats.unsatisified > 0","reason":"r"}]}"""), "typo.json");
        var e = Assert.Single(r.Errors);
        Assert.Contains("rule 1 (typo)", e.Location);
        Assert.Contains("unsatisified", e.Message);
    }

    [Fact]
    public void Non_boolean_condition_is_an_error()
    {
        var r = RuleSet.Parse(Json("""{"rules":[{"id":"num","outcome":"表扬","when":"stats.items","reason":"r"}]}"""), "num.json");
        Assert.Contains("true or false", Assert.Single(r.Errors).Message);
    }

    [Fact]
    public void Missing_fields_and_bad_json_are_reported()
    {
        var r = RuleSet.Parse(Json("""{"rules":[{"id":"a","when":"true"},{"id":"a","outcome":"x","when":"true","reason":"r","category":"bonus"}]}"""), "f.json");
        Assert.Contains(r.Errors, e => e.Message.Contains("outcome"));
        Assert.Contains(r.Errors, e => e.Message.Contains("reason"));
        Assert.Contains(r.Errors, e => e.Message.Contains("duplicate rule id"));
        Assert.Contains(r.Errors, e => e.Message.Contains("bonus"));
        Assert.Contains("line", Assert.Single(RuleSet.Parse(Json("{\"rules\": [ }"), "g.json").Errors).Location);
    }

    [Fact]
    public void Rules_can_see_earlier_outcomes()
    {
        var r = RuleSet.Parse(Json("""{"rules":[{"id":"a","outcome":"督办通知单","when":"stats.unsatisfied > 0","reason":"r","notice":true},{"id":"b","outcome":"通报批评","when":"outcomes | array.contains '督办通知单'","reason":"r2"}]}"""), "f.json");
        Assert.True(r.Success, string.Join("\n", r.Errors));
        var o = r.RuleSet!.Evaluate(Of(Item("A", satisfaction: "不满意"))).Outcomes["U1"];
        Assert.Equal(["督办通知单", "通报批评"], o.Select(x => x.Kind));
        Assert.Equal(["A"], o[1].Items.Select(i => i.Id));
    }

    static MemoryStream Json(string s) => new(System.Text.Encoding.UTF8.GetBytes(s));
}
