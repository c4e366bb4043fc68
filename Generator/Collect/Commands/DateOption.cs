using System.Globalization;

namespace OfficeTools.Collect.Commands;

/// <summary>The documents' <c>--date</c> of the loop's commands (remind, sample, export bulletin, outcomes): one way to read it.</summary>
public static class DateOption
{
    /// <summary>The date typed (yyyy-MM-dd), or today when none; a text that is no date adds its located problem and gives today.</summary>
    public static DateOnly Read(string? text, List<string> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        var today = DateOnly.FromDateTime(DateTime.Now);
        if (text is null) return today;
        if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) return date;
        problems.Add($"--date «{text}»: not a date; write it yyyy-MM-dd (e.g. 2015-01-20)");
        return today;
    }
}
