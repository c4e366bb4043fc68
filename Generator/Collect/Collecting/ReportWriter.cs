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
    /// <summary>The report as indented UTF-8 JSON; dates as yyyy-MM-dd, times as ISO 8601.</summary>
    public static byte[] ToJson(CollectReport report)
    {
        using var ms = new MemoryStream();
        using (var w = new Utf8JsonWriter(ms, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteStartArray("units");
            foreach (var u in report.Units)
            {
                w.WriteStartObject();
                w.WriteString("id", u.Id);
                w.WriteString("name", u.Name);
                w.WriteString("status", u.Status.Word());
                if (u.File is null) w.WriteNull("file"); else w.WriteString("file", u.File);
                if (u.SubmittedAt is { } at) w.WriteString("submittedAt", at.ToString("yyyy-MM-ddTHH:mm:ssK", CultureInfo.InvariantCulture));
                else w.WriteNull("submittedAt");
                w.WriteNumber("versions", u.Versions);
                w.WriteStartObject("values");
                foreach (var (tag, value) in u.Values) WriteValue(w, tag, value);
                w.WriteEndObject();
                WriteProblems(w, u.Problems);
                if (u.NotCounted.Count > 0)
                {
                    w.WriteStartArray("notCounted");
                    foreach (var f in u.NotCounted)
                    {
                        w.WriteStartObject();
                        w.WriteString("file", f.File);
                        WriteProblems(w, f.Problems);
                        w.WriteEndObject();
                    }
                    w.WriteEndArray();
                }
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteStartArray("unmatched");
            foreach (var f in report.Unmatched)
            {
                w.WriteStartObject();
                w.WriteString("file", f.File);
                WriteProblems(w, f.Problems);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteStartArray("slips");
            foreach (var slip in report.Slips)
            {
                w.WriteStartObject();
                w.WriteString("unit", slip.UnitId);
                w.WriteString("notice", slip.Number);
                w.WriteNumber("round", slip.Round);
                w.WriteString("file", slip.File);
                w.WriteBoolean("counted", slip.Counts);
                w.WriteStartObject("values");
                foreach (var (tag, value) in slip.Values) WriteValue(w, tag, value);
                w.WriteEndObject();
                WriteProblems(w, slip.Problems);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        return ms.ToArray();
    }

    static void WriteProblems(Utf8JsonWriter w, IReadOnlyList<Diagnostic> problems)
    {
        w.WriteStartArray("problems");
        foreach (var p in problems)
        {
            w.WriteStartObject();
            w.WriteString("code", p.Id);
            if (p.Tag is null) w.WriteNull("tag"); else w.WriteString("tag", p.Tag);
            w.WriteString("message", p.Message);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    static void WriteValue(Utf8JsonWriter w, string name, object? value)
    {
        switch (value)
        {
            case null: w.WriteNull(name); break;
            case bool b: w.WriteBoolean(name, b); break;
            case DateTime d: w.WriteString(name, d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)); break;
            default: w.WriteString(name, Convert.ToString(value, CultureInfo.InvariantCulture)); break;
        }
    }

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
