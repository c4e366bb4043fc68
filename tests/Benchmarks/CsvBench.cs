using System.Diagnostics;
using System.Text;
using nietras.SeparatedValues;
using OfficeTools.Data;

namespace OfficeTools.Benchmarks;

/// <summary>
/// The kept CSV reader (CsvData) against Sep doing the same work on the same large file: decode, split with
/// quotes unescaped, check every row's field count, and build the records (an empty field is null).
/// </summary>
static class CsvBench
{
    public static void Run(int rows)
    {
        var path = Path.Combine(Path.GetTempPath(), $"csv-bench-{rows}.csv");
        File.WriteAllText(path, Make(rows), new UTF8Encoding(true));
        var mb = new FileInfo(path).Length / 1048576.0;
        for (var i = 0; i < 2; i++) { Ours(path); WithSep(path); }
        double Best(Func<string, int> read)
        {
            var best = double.MaxValue;
            for (var i = 0; i < 5; i++)
            {
                var clock = Stopwatch.StartNew();
                if (read(path) != rows) throw new InvalidOperationException("wrong record count");
                best = Math.Min(best, clock.Elapsed.TotalSeconds);
            }
            return best;
        }
        var ours = Best(Ours);
        var sep = Best(WithSep);
        Console.WriteLine($"csv: {rows} rows, {mb:0.0} MB; CsvData {ours:0.000} s, Sep {sep:0.000} s; CsvData/Sep {ours / sep:0.00}");
        File.Delete(path);
    }

    static string Make(int rows)
    {
        var sb = new StringBuilder("unit_id,unit_name,item_id,problem,measure,deadline,status,note\r\n");
        for (var i = 0; i < rows; i++)
            sb.Append($"U{i % 400:000},\"县民政局领导班子，第{i % 7}组\",I{i:000000},\"落实\"\"三重一大\"\"制度不到位\",建立台账并逐项销号,2015-03-{1 + i % 28:00},{(i % 3 == 0 ? "已完成" : "整改中")},{(i % 5 == 0 ? "" : "按期推进")}\r\n");
        return sb.ToString();
    }

    static int Ours(string path) => CsvData.Load(path) is { Value: List<object?> records } ? records.Count : -1;

    /// <summary>What CsvData does, with Sep splitting: the header names the fields, ragged rows are errors with their line.</summary>
    static int WithSep(string path)
    {
        using var reader = Sep.New(',').Reader(o => o with { HasHeader = false, Unescape = true, DisableColCountCheck = true }).FromFile(path);
        string[]? header = null;
        var records = new List<object?>();
        var errors = new List<string>();
        foreach (var row in reader)
        {
            if (header is null) { header = new string[row.ColCount]; for (var c = 0; c < row.ColCount; c++) header[c] = row[c].ToString(); continue; }
            if (row.ColCount != header.Length) { errors.Add($"line {row.LineNumberFrom}"); continue; }
            var record = new Dictionary<string, object?>(header.Length, StringComparer.Ordinal);
            for (var c = 0; c < header.Length; c++) { var span = row[c].Span; record[header[c]] = span.Length == 0 ? null : span.ToString(); }
            records.Add(record);
        }
        return errors.Count == 0 ? records.Count : -1;
    }
}
