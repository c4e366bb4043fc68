using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using OfficeTools.Data;
using OfficeTools.Documents.Ledger;

namespace OfficeTools.Documents.Tests.Sample;

/// <summary>Writes <see cref="SampleTables"/> as the three ledger formats: JSON, .xlsx (Chinese headers) and a CSV folder.</summary>
public static class SampleWriters
{
    /// <summary>The ledger as indented JSON with readable Chinese.</summary>
    public static string Json(SampleTables t)
    {
        using var ms = new MemoryStream();
        using (var w = new Utf8JsonWriter(ms, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteString("$schema", "../schema/ledger.schema.json");
            w.WritePropertyName("campaign");
            Record(w, t.Campaign);
            foreach (var (name, rows) in new[] { ("units", t.Units), ("items", t.Items), ("rules_made", t.RulesMade) })
            {
                w.WriteStartArray(name);
                foreach (var r in rows) Record(w, r);
                w.WriteEndArray();
            }
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(ms.ToArray()).Replace("\r\n", "\n") + "\n";
    }

    static void Record(Utf8JsonWriter w, List<(string Key, object? Value)> row)
    {
        w.WriteStartObject();
        foreach (var (k, v) in row)
        {
            switch (v)
            {
                case null: w.WriteNull(k); break;
                case string s: w.WriteString(k, s); break;
                case long l: w.WriteNumber(k, l); break;
                case bool b: w.WriteBoolean(k, b); break;
                case DateOnly d: w.WriteString(k, d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)); break;
                default: throw new ArgumentException($"unexpected value {v} for {k}");
            }
        }
        w.WriteEndObject();
    }

    // The sample is a ledger before the loop: the optional loop columns (阶段 … 销号人) are what a write-back adds.
    static IEnumerable<LedgerField> Columns(LedgerTable table) => table.Fields.Except(LedgerFields.LoopFields);

    /// <summary>The ledger as an .xlsx workbook: sheets 活动 (项目/内容), 单位, 整改事项, 制度建设 with Chinese headers.</summary>
    public static void Xlsx(SampleTables t, string path)
    {
        object? Cell(object? v) => v switch
        {
            DateOnly d => d.ToDateTime(TimeOnly.MinValue),
            bool b => b ? "是" : "否",
            _ => v,
        };
        List<IReadOnlyList<object?>> Table(LedgerTable table, List<List<(string Key, object? Value)>> rows) =>
            [Columns(table).Select(f => (object?)f.Header).ToList(), .. rows.Select(r => (IReadOnlyList<object?>)r.Select(p => Cell(p.Value)).ToList())];
        var campaign = new List<IReadOnlyList<object?>> { new object?[] { LedgerFields.CampaignKeyHeader, LedgerFields.CampaignValueHeader } };
        campaign.AddRange(t.Campaign.Select(p => (IReadOnlyList<object?>)new[] { LedgerFields.Campaign.Find(p.Key)!.Header, Cell(p.Value) }));
        XlsxWriter.Write(path,
        [
            new XlsxSheetData(LedgerFields.Campaign.Sheet, campaign),
            new XlsxSheetData(LedgerFields.Units.Sheet, Table(LedgerFields.Units, t.Units)),
            new XlsxSheetData(LedgerFields.Items.Sheet, Table(LedgerFields.Items, t.Items)),
            new XlsxSheetData(LedgerFields.RulesMade.Sheet, Table(LedgerFields.RulesMade, t.RulesMade)),
        ]);
    }

    /// <summary>The ledger as a folder of CSV files named after the sheets (活动.csv, 单位.csv, 整改事项.csv, 制度建设.csv).</summary>
    public static void Csv(SampleTables t, string folder)
    {
        Directory.CreateDirectory(folder);
        static string Text(object? v) => v switch
        {
            null => "",
            DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            bool b => b ? "是" : "否",
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            _ => v.ToString() ?? "",
        };
        static string Quote(string s) => s.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + s.Replace("\"", "\"\"") + "\"" : s;
        void Write(string name, IEnumerable<IEnumerable<string>> rows) =>
            File.WriteAllText(Path.Combine(folder, name + ".csv"), string.Concat(rows.Select(r => string.Join(",", r.Select(Quote)) + "\r\n")), new UTF8Encoding(true));
        Write(LedgerFields.Campaign.Sheet, [[LedgerFields.CampaignKeyHeader, LedgerFields.CampaignValueHeader],
            .. t.Campaign.Select(p => new[] { LedgerFields.Campaign.Find(p.Key)!.Header, Text(p.Value) })]);
        foreach (var (table, rows) in new[] { (LedgerFields.Units, t.Units), (LedgerFields.Items, t.Items), (LedgerFields.RulesMade, t.RulesMade) })
            Write(table.Sheet, [Columns(table).Select(f => f.Header), .. rows.Select(r => r.Select(p => Text(p.Value)))]);
    }
}
