using OfficeTools.Cli.Commands;
using OfficeTools.Collect.Commands;
using OfficeTools.Documents.Ledger;
using OfficeTools.Documents.Reminders;

namespace OfficeTools.Cli.Tests;

/// <summary>The three-colour table of remind: ANSI colours on a terminal, the words 红/黄/绿 always, columns aligned either way.</summary>
public sealed class ReminderTableTests
{
    static readonly RemindResult Result = new(new DateOnly(2015, 1, 25), ReminderSettings.Default,
    [
        new(new Unit("U1", "县民政局领导班子", UnitKinds.Leadership, null, "吴淑珍", "张振宇", "1"), ReminderColour.Red, ReminderLevel.Deputy,
            [new(DeadlineKind.Report, new DateOnly(2015, 1, 20), -5, ReminderColour.Red)]),
        new(new Unit("U2", "县教育局领导班子", UnitKinds.Leadership, null, "李", "王", "2"), ReminderColour.Yellow, ReminderLevel.Contact,
            [new(DeadlineKind.Notice, new DateOnly(2015, 1, 27), 2, ReminderColour.Yellow)]),
        new(new Unit("U3", "县财政局领导班子", UnitKinds.Leadership, null, "赵", "钱", "3"), ReminderColour.Green, ReminderLevel.Contact, []),
    ], []);

    static string[] Lines(bool colour)
    {
        var w = new StringWriter();
        ReminderTable.Write(w, Result, colour);
        return w.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToArray();
    }

    [Fact]
    public void On_a_terminal_each_row_is_in_its_colour_and_otherwise_the_words_stand_alone()
    {
        var plain = Lines(false);
        Assert.StartsWith("催办 2015-01-25: 红 1, 黄 1, 绿 1", plain[0], StringComparison.Ordinal);
        Assert.Equal(["红", "黄", "绿"], plain[2..].Select(l => l[..1]));
        Assert.Contains("自查报告表未报送", plain[2], StringComparison.Ordinal);
        Assert.Contains("已逾期5天", plain[2], StringComparison.Ordinal);
        Assert.Contains("分管领导", plain[2], StringComparison.Ordinal);
        Assert.Contains("督办事项1项", plain[3], StringComparison.Ordinal);
        Assert.Contains("还有2天", plain[3], StringComparison.Ordinal);
        Assert.DoesNotContain(plain, l => l.Contains('\u001b', StringComparison.Ordinal));

        // on a terminal: Spectre.Console's bordered table, each row's cells in its colour
        var coloured = Lines(true);
        static string Strip(string l) => System.Text.RegularExpressions.Regex.Replace(l, "\u001b\\[[0-9;]*m", "");
        string Row(string word) => coloured.Single(l => Strip(l).Contains("│ " + word + " ", StringComparison.Ordinal));
        Assert.Matches("\u001b\\[91m红", Row("红"));
        Assert.Matches("\u001b\\[93m黄", Row("黄"));
        Assert.Matches("\u001b\\[32m绿", Row("绿"));
        Assert.StartsWith("╭", Strip(coloured[1]), StringComparison.Ordinal);
        Assert.DoesNotContain('\u001b', coloured[0]);
        // the same cells either way: stripped of colour and borders, each row reads as the plain one
        static string[] Words(string l) => Strip(l).Split([' ', '│'], StringSplitOptions.RemoveEmptyEntries);
        foreach (var (plainRow, word) in plain[2..].Zip(["红", "黄", "绿"]))
            Assert.Equal(Words(plainRow), Words(Row(word)));
    }
}
