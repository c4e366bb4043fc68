using OfficeTools.Documents.Ledger;
using OfficeTools.Documents.Rules;

namespace OfficeTools.Documents.Models;

public sealed partial class ModelBuilder
{
    /// <summary>The 班子成员 who report at the 民主生活会: the campaign's 党员领导干部, in ledger order.</summary>
    public IReadOnlyList<Unit> MeetingMembers() => [.. ledger.Units.Where(u => u.Kind == UnitKinds.Leader)];

    /// <summary>
    /// The 个人整改措施落实情况报告 model of one 班子成员, to be reported at the 民主生活会 on <paramref name="date"/>, in the member's
    /// own voice. Drafted from <paramref name="answers"/>, the values of the member's self-inspection form as collected (自查情况,
    /// 存在问题, 整改措施 per focus point; each item's 整改进展 and 进展说明), where the store has a valid one; otherwise from the
    /// member's ledger items alone. The member revises the draft before the meeting.
    /// </summary>
    public Dictionary<string, object?> MemberReport(Unit member, IReadOnlyDictionary<string, object?>? answers, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(member);
        var asOf = ledger.Campaign.AsOf;
        var items = ledger.ItemsOf(member.Id).ToList();
        string Answer(string tag) => answers?.GetValueOrDefault(tag) is { } v ? (v.ToString() ?? "").Trim() : "";
        string ProgressOf(LedgerItem i) => Answer($"item.{i.Id}.status") is { Length: > 0 } s ? s : i.Status;
        bool Done(LedgerItem i) => i.Closed || Statuses.StateOf(ProgressOf(i)) == "done";

        var done = new List<object?>();
        var gaps = new List<object?>();
        if (answers is not null)
            foreach (var f in FocusCatalog.For(member.Kind))
            {
                var self = Answer($"focus.{f.No}.self");
                var measures = Answer($"focus.{f.No}.measures");
                if (self.Length + measures.Length > 0)
                    done.Add(Entry(done.Count, f.Title, Sentence(self) + Sentence(measures)));
                if (Answer($"focus.{f.No}.problems") is { Length: > 0 } problems && Statuses.StateOf(Answer($"focus.{f.No}.status")) != "done")
                    gaps.Add(Entry(gaps.Count, f.Title, Sentence(problems)));
            }
        foreach (var i in items.Where(Done))
            done.Add(Entry(done.Count, $"关于{Gw.Quote(Gw.Condense(i.Problem))}的问题",
                Sentence(i.Measure) + Sentence(Answer($"item.{i.Id}.note")) + (i.Closed ? "已整改到位，经复核销号。" : "已整改到位。")));
        foreach (var i in items.Where(i => !Done(i)))
            gaps.Add(Entry(gaps.Count, $"关于{Gw.Quote(Gw.Condense(i.Problem))}的问题",
                $"目前{(Statuses.StateOf(ProgressOf(i)) == "partial" ? "部分整改到位" : "尚未启动整改")}" +
                (UnitStats.IsOverdue(i with { Status = ProgressOf(i) }, asOf) ? $"，已超过{Gw.Date(i.Due)}的整改时限" : $"，计划于{Gw.Date(i.Due)}前整改到位") + "。" +
                Sentence(Answer($"item.{i.Id}.note"))));
        var newProblems = Answer("new_problems");
        var plans = new List<object?>
        {
            "对尚未整改到位的问题，逐项明确措施和时限，一项一项抓落实，整改一个、销号一个。",
            "对已整改到位的问题，定期“回头看”，巩固整改成果，坚决防止“四风”问题反弹回潮。",
            "对照“三严三实”要求，带头执行中央八项规定精神，把整改成果转化为建章立制、推动工作的实际成效。",
        };
        if (newProblems.Length > 0) plans.Insert(0, $"对“回头看”中新发现的问题：{Sentence(newProblems)}及时纳入整改内容，明确措施和时限。");
        var meeting = $"{ParentOrgOf(member)}专题民主生活会";
        return new Dictionary<string, object?>
        {
            ["campaign"] = _campaign, ["unit"] = UnitModel(member),
            ["report"] = new Dictionary<string, object?>
            {
                ["title"] = "个人整改措施落实情况报告", ["meeting"] = meeting, ["author"] = member.PersonName, ["post"] = member.Post,
                ["date"] = Gw.Date(date), ["date_iso"] = Gw.Iso(date),
                ["from_form"] = answers is not null,
                ["opening"] = "按照整改落实情况“回头看”的部署和" + meeting + "的安排，本人对照个人整改措施，" +
                    (answers is not null ? "结合自查报告表的自查情况，" : "结合整改台账，") +
                    $"逐项检查了落实情况。列入整改台账的个人整改事项{items.Count}项，已整改到位{items.Count(Done)}项。现报告如下：",
                ["done"] = done, ["gaps"] = gaps, ["plans"] = plans,
            },
        };
    }

    static Dictionary<string, object?> Entry(int count, string title, string text) =>
        new() { ["no"] = (long)(count + 1), ["title"] = title, ["text"] = text };

    // a text as a sentence of the report: its own full stop at the end, nothing when empty
    static string Sentence(string text) => text.Trim() is { Length: > 0 } t ? Gw.EndWith(t, '。') : "";
}
