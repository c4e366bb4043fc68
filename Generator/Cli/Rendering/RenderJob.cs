using System.Diagnostics;
using OfficeTools.Cli.Commands;
using OfficeTools.Data;
using OfficeTools.Engine;

namespace OfficeTools.Cli.Rendering;

/// <summary>
/// Runs a render: compiles the template once, reads the data, and writes one document (a record) or one per
/// record (a list) — all or nothing: outputs go to temporary files and are moved into place only when every
/// record rendered and every file name is good.
/// </summary>
public sealed partial class RenderJob
{
    readonly RenderRequest _request;
    readonly TextWriter _output;
    readonly TextWriter _error;
    readonly bool _showProgress;
    readonly Stopwatch _clock = Stopwatch.StartNew();

    /// <summary>A job writing its summary to <paramref name="output"/> and problems (and the progress bar when <paramref name="showProgress"/>) to <paramref name="error"/>.</summary>
    public RenderJob(RenderRequest request, TextWriter output, TextWriter error, bool showProgress)
    {
        _request = request;
        _output = output;
        _error = error;
        _showProgress = showProgress;
    }

    /// <summary>Runs the job; returns the exit code.</summary>
    public int Run()
    {
        var options = TemplateOptions.Default with { Strict = !_request.Lenient, RestartNumbering = _request.RestartNumbering, Limits = _request.Limits };
        // Picture paths in the data resolve in the data file's folder (never above it).
        if (_request.Data != "-") options = options with { Pictures = PictureOptions.Default with { Root = Path.GetDirectoryName(Path.GetFullPath(_request.Data)) } };
        // The data and the --name expression are read on another core while the template compiles; problems are
        // still reported in a fixed order, template and data together, so one run shows everything to fix.
        var inputs = Task.Run(() => new Inputs(DataLoader.Open(_request.Data, _request.Limits), ParseNames()));
        var template = TemplateInput.Compile(_request.Template, options, _error);
        var (data, names) = inputs.GetAwaiter().GetResult();
        using (data)
        {
            foreach (var e in data.Errors) _error.WriteLine(e);
            if (template == null || data.Errors.Count > 0) return ExitCodes.InputErrors;
            if (_request.Merge != null) return RenderMerged(template, data);
            return data.IsList ? RenderList(template, data, names) : RenderOne(template, data.Single);
        }
    }

    sealed record Inputs(RecordSet Data, ParsedNames Names);

    /// <summary>The parsed --name expression (null when not given or invalid) and its errors.</summary>
    sealed record ParsedNames(NameTemplate? Template, IReadOnlyList<string> Errors);

    ParsedNames ParseNames()
    {
        if (_request.Name is not { } expr) return new ParsedNames(null, []);
        var names = NameTemplate.Parse(expr, out var errors);
        return new ParsedNames(names, errors);
    }

    string TemplateStem => Path.GetFileNameWithoutExtension(_request.Template);

    int RenderOne(DocxTemplate template, object? record)
    {
        if (record is not IDictionary<string, object?>)
        {
            _error.WriteLine($"{_request.Data}: data: error: the data must be an object (one document) or a list of objects (one document each)");
            return ExitCodes.InputErrors;
        }
        var asFolder = Directory.Exists(_request.Output) || Path.EndsInDirectorySeparator(_request.Output);
        var target = asFolder ? Path.Combine(_request.Output, TemplateStem + ".docx") : _request.Output;
        if (!asFolder && Path.GetExtension(target) is { Length: > 0 } ext && !ext.Equals(".docx", StringComparison.OrdinalIgnoreCase))
        {
            _error.WriteLine($"{_request.Output}: output: error: one record makes one Word document; name the output .docx (not '{ext}')");
            return ExitCodes.InputErrors;
        }
        var folder = Path.GetDirectoryName(Path.GetFullPath(target))!;
        if (WritableProblem(folder, mayCreate: true) is { } problem)
        {
            _error.WriteLine($"{_request.Output}: output: error: {problem}");
            return ExitCodes.InputErrors;
        }
        var result = template.Render(record);
        if (!result.Success)
        {
            foreach (var d in result.Diagnostics) _error.WriteLine(d.ToString());
            _error.WriteLine("nothing written");
            return ExitCodes.InputErrors;
        }
        if (asFolder) return WriteIntoFolder(result.Document!);
        try
        {
            Directory.CreateDirectory(folder);
            WriteAtomically(target, result.Document!);
        }
        catch (Exception e) when (IoFailure.Is(e))
        {
            _error.WriteLine($"{target}: cannot write: {IoFailure.Reason(e)}; nothing written");
            return ExitCodes.InputErrors;
        }
        _output.WriteLine($"wrote {target} ({_clock.Elapsed.TotalSeconds:0.0} s)");
        return ExitCodes.Ok;
    }

    /// <summary>One document into the output folder, by the folder's rules: a file this tool did not write is kept.</summary>
    int WriteIntoFolder(byte[] document)
    {
        var name = TemplateStem + ".docx";
        StagedOutput? staged = null;
        try
        {
            staged = StagedOutput.Begin(_request.Output);
            NewFile.Write(Path.Combine(staged.Folder, name), document);
        }
        catch (Exception e) when (IoFailure.Is(e))
        {
            staged?.Dispose();
            _error.WriteLine($"{Path.Combine(_request.Output, name)}: cannot write: {IoFailure.Reason(e)}; nothing written");
            return ExitCodes.InputErrors;
        }
        using (staged)
        {
            var commit = staged.Commit([name], replaceSet: false);
            foreach (var e in commit.Errors) _error.WriteLine(e);
            if (commit.Errors.Count > 0) return ExitCodes.InputErrors;
            foreach (var k in commit.Kept) _output.WriteLine(k);
            _output.WriteLine($"wrote {staged.Shown(name)} ({_clock.Elapsed.TotalSeconds:0.0} s)");
            return ExitCodes.Ok;
        }
    }

    /// <summary>Writes to a temporary file beside <paramref name="path"/>, then moves it into place.</summary>
    static void WriteAtomically(string path, byte[] bytes)
    {
        var full = Path.GetFullPath(path);
        var temp = Path.Combine(Path.GetDirectoryName(full)!, $".{Guid.NewGuid():N}.tmp");
        try
        {
            NewFile.Write(temp, bytes);
            File.Move(temp, full, overwrite: true);
        }
        finally
        {
            if (File.Exists(temp)) File.Delete(temp);
        }
    }

    /// <summary>Why nothing can be written in <paramref name="folder"/> (probed with a real file), or null.</summary>
    static string? WritableProblem(string folder, bool mayCreate)
    {
        var existing = folder;
        while (!Directory.Exists(existing))
        {
            if (File.Exists(existing)) return $"cannot create the folder: '{existing}' is a file";
            if (!mayCreate) return $"folder '{folder}' does not exist";
            existing = Path.GetDirectoryName(existing);
            if (existing == null) return $"folder '{folder}' cannot be created";
        }
        var probe = Path.Combine(existing, $".officetools-probe-{Guid.NewGuid():N}");
        try
        {
            using (File.Create(probe, 1, FileOptions.DeleteOnClose)) { }
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return $"cannot write in '{existing}': {IoFailure.Reason(e)}";
        }
    }
}
