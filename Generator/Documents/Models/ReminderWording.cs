using OfficeTools.Documents.Reminders;

namespace OfficeTools.Documents.Models;

/// <summary>The words of a 催办通知, stiffer as the unit is later: to the 联系人 a reminder, to the 分管领导 a charge, to the 主要负责人 a warning.</summary>
public static class ReminderWording
{
    /// <summary>Who the 催办通知 is addressed to (主送): the person of the row's level, 同志; a unit without that person, its 负责同志.</summary>
    public static string Addressee(ReminderRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        var u = row.Unit;
        if (u.IsPerson) return u.PersonName + "同志";
        var (name, fallback) = row.Level switch
        {
            ReminderLevel.Head => (u.Head, "主要负责同志"),
            ReminderLevel.Deputy => (u.Deputy, "分管负责同志"),
            _ => (u.Contact, "负责同志"),
        };
        return name.Trim().Length > 0 ? name.Trim() + "同志" : u.Name + fallback;
    }

    /// <summary>The first paragraph: what is due or late, said to the level the row went to.</summary>
    public static string Opening(ReminderRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        var u = row.Unit;
        var who = u.IsPerson ? "你" : u.Name;
        var times = row.Before > 0 ? $"经{row.Before}次催办" : "";
        // short openings keep a one-item 催办 on one page under the 版头
        if (row.Colour == ReminderColour.Yellow)
            return $"{who}有下列事项即将到期，请{(u.IsPerson ? "你" : "提醒单位")}抓紧办理，确保按期完成、按时报送。";
        if (row.DaysLate == 0)
            return $"{who}有下列事项今日到期，尚未办结，请{(u.IsPerson ? "你" : "及时报告单位领导，")}抓紧办理。";
        return row.Level switch
        {
            ReminderLevel.Head => $"{who}有下列事项已逾期{row.DaysLate}天，{times}仍未办结，整改工作抓得不紧、落实不力。",
            ReminderLevel.Deputy => $"{who}有下列事项已逾期{row.DaysLate}天，{times}仍未办结。",
            _ => $"{who}有下列事项已逾期{row.DaysLate}天，仍未办结，请{(u.IsPerson ? "你" : "及时报告单位领导，")}抓紧办理。",
        };
    }

    /// <summary>What is asked, and by when: stiffer at each level. The office writes of itself as 我办, as a 催办 from it does.</summary>
    public static string Request(ReminderRow row, string replyBy)
    {
        ArgumentNullException.ThrowIfNull(row);
        var person = row.Unit.IsPerson;
        return row.Level switch
        {
            ReminderLevel.Head => (person ? "请你" : "请你作为单位主要负责人，切实履行整改第一责任人职责，亲自过问、") +
                $"限期办结，于{replyBy}前将办理结果和逾期原因书面报送我办。逾期仍未办结的，将予以通报，并{(person ? "对你" : "对单位主要负责人")}进行约谈提醒。",
            ReminderLevel.Deputy => (person ? "请你" : "请你作为分管领导，督促有关责任人") +
                $"抓紧办理，于{replyBy}前将办理结果报送我办，并说明逾期原因。",
            _ => $"请于{replyBy}前将办理结果报送我办。",
        };
    }
}
