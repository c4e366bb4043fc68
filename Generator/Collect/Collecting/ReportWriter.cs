using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using OfficeTools.Collect.Reading;
using OfficeTools.Collect.Submissions;

namespace OfficeTools.Collect.Collecting;

/// <summary>
/// Writes OUT.json: <c>{"units":[{id,name,status,file,submittedAt,values,problems,notCounted?}], "unmatched":[…], "slips":[{unit,notice,round,file,counted,values,problems}]}</c>;
/// notCounted lists a unit's newer forms that did not displace its valid one, with their problems.
/// </summary>
public static class ReportWriter
{
    static readonly ReportJsonContext Context = new(new JsonSerializerOptions(ReportJsonContext.Default.Options)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    /// <summary>The report as indented UTF-8 JSON; dates as yyyy-MM-dd, times as ISO 8601.</summary>
    public static byte[] ToJson(CollectReport report)
    {
        var file = new ReportJsonFile(
            [.. report.Units.Select(u => new ReportJsonFile.UnitJson(u.Id, u.Name, u.Status.Word(), u.File,
                u.SubmittedAt?.ToString("yyyy-MM-ddTHH:mm:ssK", CultureInfo.InvariantCulture), u.Versions, Values(u.Values), Problems(u.Problems),
                u.NotCounted.Count > 0 ? [.. u.NotCounted.Select(Form)] : null))],
            [.. report.Unmatched.Select(Form)],
            [.. report.Slips.Select(s => new ReportJsonFile.SlipJson(s.UnitId, s.Number, s.Round, s.File, s.Counts, Values(s.Values), Problems(s.Problems)))]);
        return JsonSerializer.SerializeToUtf8Bytes(file, Context.ReportJsonFile);
    }

    static ReportJsonFile.FormJson Form(UnmatchedForm f) => new(f.File, Problems(f.Problems));

    static List<ReportJsonFile.ProblemJson> Problems(IReadOnlyList<Diagnostic> problems) => [.. problems.Select(p => new ReportJsonFile.ProblemJson(p.Id, p.Tag, p.Message))];

    static readonly JsonElement Null = JsonDocument.Parse("null").RootElement.Clone();

    static Dictionary<string, JsonElement> Values(IEnumerable<KeyValuePair<string, object?>> values) =>
        values.ToDictionary(v => v.Key, v => v.Value switch
        {
            null => Null,
            bool b => JsonSerializer.SerializeToElement(b, Context.Boolean),
            DateTime d => JsonSerializer.SerializeToElement(d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), Context.String),
            var other => JsonSerializer.SerializeToElement(Convert.ToString(other, CultureInfo.InvariantCulture) ?? "", Context.String),
        }, StringComparer.Ordinal);

    /// <summary>A status table for the terminal: one line per unit, CJK-aware column widths, then the counts.</summary>
    public static string StatusTable(CollectReport report)
    {
        var rows = new List<string[]> { new[] { "单位编号", "单位名称", "状态", "问题" } };
        rows.AddRange(report.Units.Select(u => new[] { u.Id, u.Name, u.Status.Word(), u.Problems.Count == 0 ? "" : u.Problems[0].Line + (u.Problems.Count > 1 ? $" (+{u.Problems.Count - 1})" : "") }));
        var widths = Enumerable.Range(0, 3).Select(c => rows.Max(r => Width(r[c]))).ToArray();
        var sb = new StringBuilder();
        foreach (var r in rows)
        {
            for (var c = 0; c < 3; c++) sb.Append(r[c]).Append(' ', widths[c] - Width(r[c]) + 2);
            sb.Append(r[3].TrimEnd()).Append('\n');
        }
        sb.Append(string.Join(", ", new[] { SubmissionStatus.Submitted, SubmissionStatus.Incomplete, SubmissionStatus.Invalid, SubmissionStatus.Missing, SubmissionStatus.Overdue }
            .Select(s => $"{s.Word()} {report.Counts.GetValueOrDefault(s)}")));
        if (report.Unmatched.Count > 0) sb.Append($", unmatched files {report.Unmatched.Count}");
        sb.Append('\n');
        // the return slips after the forms: each refused one with its first problem
        foreach (var slip in report.Slips)
            sb.Append($"办理结果报告单 {slip.Number} ({slip.UnitId}): {(slip.Counts ? "收到" : "退回")}")
                .Append(slip.Problems.Count == 0 ? "" : "  " + slip.Problems[0].Line + (slip.Problems.Count > 1 ? $" (+{slip.Problems.Count - 1})" : "")).Append('\n');
        return sb.ToString();
    }

    static int Width(string s) => s.Sum(ch => ch >= 0x1100 && (ch <= 0x115F || (ch >= 0x2E80 && ch <= 0xA4CF) || (ch >= 0xAC00 && ch <= 0xD7A3) || (ch >= 0xF900 && ch <= 0xFAFF) || (ch >= 0xFE30 && ch <= 0xFE4F) || (ch >= 0xFF00 && ch <= 0xFF60) || (ch >= 0xFFE0 && ch <= 0xFFE6)) ? 2 : 1);
}
