using OfficeTools.Data;
using OfficeTools.Engine;
using OfficeTools.Engine.Merge;

namespace OfficeTools.Cli.Rendering;

public sealed partial class RenderJob
{
    /// <summary>
    /// `--merge OUT.docx`: every record's document into one print file, in the data's order. Records render in
    /// parallel a window at a time and are merged in order, so memory holds a window, not the list. The file is
    /// written beside the target and moved into place only when every record went in.
    /// </summary>
    int RenderMerged(DocxTemplate template, RecordSet data)
    {
        var target = _request.Merge!;
        if (!Path.GetExtension(target).Equals(".docx", StringComparison.OrdinalIgnoreCase))
        {
            _error.WriteLine($"{target}: --merge: error: the print file is one Word document; name it .docx");
            return ExitCodes.InputErrors;
        }
        var folder = Path.GetDirectoryName(Path.GetFullPath(target))!;
        if ((Directory.Exists(target) ? "is a folder; name the print file (.docx)" : WritableProblem(folder, mayCreate: true)) is { } problem)
        {
            _error.WriteLine($"{target}: --merge: error: {problem}");
            return ExitCodes.InputErrors;
        }
        IEnumerable<DataRecord> records = data.IsList ? data.Records : [new DataRecord(1, data.Single, null)];
        var errors = new List<string>();
        string? temp = null;
        try
        {
            Directory.CreateDirectory(folder);
            temp = Path.Combine(folder, $".{Guid.NewGuid():N}.tmp");
            int count;
            using (var file = new FileStream(temp, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 1 << 16))
            using (var merger = new DocxMerger(file))
            {
                count = MergeAll(template, records, merger, errors, data.Count);
                if (errors.Count == 0 && count > 0) merger.Finish();
            }
            if (errors.Count > 0 || count == 0)
            {
                foreach (var e in errors) _error.WriteLine(e);
                _error.WriteLine(count == 0 ? $"{_request.Data}: data: error: no records to render; nothing written"
                    : $"{errors.Count} error(s) in {count} record(s); nothing written");
                return ExitCodes.InputErrors;
            }
            File.Move(temp, Path.GetFullPath(target), overwrite: true);
            _output.WriteLine($"merged {count} document{(count == 1 ? "" : "s")} into {target} in {_clock.Elapsed.TotalSeconds:0.0} s");
            return ExitCodes.Ok;
        }
        catch (Exception e) when (IoFailure.Is(e))
        {
            _error.WriteLine($"{target}: cannot write: {IoFailure.Reason(e)}; nothing written");
            return ExitCodes.InputErrors;
        }
        finally
        {
            if (temp != null && File.Exists(temp)) File.Delete(temp);
        }
    }

    int MergeAll(DocxTemplate template, IEnumerable<DataRecord> records, DocxMerger merger, List<string> errors, int? total)
    {
        var jobs = _request.Jobs > 0 ? _request.Jobs : Environment.ProcessorCount;
        var progress = new ProgressBar(_showProgress ? _error : null, total, () => 0);
        var count = 0;
        foreach (var window in records.Chunk(jobs * 4))
        {
            var rendered = new string?[window.Length][];
            var documents = new byte[]?[window.Length];
            Parallel.For(0, window.Length, new ParallelOptions { MaxDegreeOfParallelism = jobs }, i =>
            {
                var record = window[i];
                var where = $"{_request.Data}: record {record.Number}";
                if (record.Error is { } dataError) rendered[i] = [dataError.ToString()];
                else if (record.Value is not IDictionary<string, object?>)
                    rendered[i] = [$"{where}: error: not an object (each record must be an object of fields)"];
                else
                {
                    var result = template.Render(record.Value);
                    if (result.Success) documents[i] = result.Document;
                    else rendered[i] = [.. result.Diagnostics.Select(d => $"{where}: {d}")];
                }
                progress.Tick();
            });
            for (var i = 0; i < window.Length; i++)
            {
                count = Math.Max(count, window[i].Number);
                if (rendered[i] is { } problems) errors.AddRange(problems!);
                // After an error nothing will be kept: later records are only checked.
                else if (errors.Count == 0 && merger.Add(documents[i]!, $"{_request.Data}: record {window[i].Number}") is { } problem) errors.Add(problem.ToString());
            }
        }
        progress.Finish();
        return count;
    }
}
