using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using OfficeTools.Documents.Check;

namespace OfficeTools.Cli.Commands;

/// <summary>`officetools check FILE.docx…`: every departure from GB/T 9704-2012, each located and citing the clause.</summary>
public static class CheckCommand
{
    /// <summary>Builds the check command.</summary>
    public static Command Create()
    {
        var files = new Argument<string[]>("FILE") { Description = "the 公文 to check (.docx), one or more", Arity = ArgumentArity.OneOrMore };
        var json = new Option<bool>("--json") { Description = "the findings as JSON on stdout (code, severity, clause, part, paragraph, near, message)" };
        var command = new Command("check", "Check 公文 against GB/T 9704-2012: page, grid, 版头, fonts and sizes, 发文字号, 成文日期, 版记, page numbers") { files, json };
        var limits = new LimitOptions().AddTo(command);
        command.SetAction(parse =>
        {
            var config = parse.InvocationConfiguration;
            var reports = parse.GetValue(files)!.Select(f => (File: f, Findings: Check(f, limits.Read(parse)))).ToList();
            if (parse.GetValue(json)) WriteJson(reports, config.Output);
            else foreach (var (file, findings) in reports) WriteText(file, findings, config.Output, config.Error);
            return reports.Any(r => r.Findings.Any(f => f.Severity == FindingSeverity.Error)) ? ExitCodes.InputErrors : ExitCodes.Ok;
        });
        return command;
    }

    static IReadOnlyList<Finding> Check(string path, OfficeTools.Packages.PackageLimits limits)
    {
        if (Directory.Exists(path)) return [GongwenChecker.Unreadable("这是一个文件夹，不是 Word 文档")];
        if (!File.Exists(path)) return [GongwenChecker.Unreadable("找不到文件")];
        try
        {
            using var stream = File.OpenRead(path);
            return GongwenChecker.Check(stream, Path.GetFileName(path), limits);
        }
        catch (UnauthorizedAccessException)
        {
            return [GongwenChecker.Unreadable("没有读取这个文件的权限")];
        }
        catch (IOException)
        {
            // The other files are still checked: one unreadable file is one finding, not the end of the run.
            return [GongwenChecker.Unreadable("无法读取文件（磁盘或系统错误）")];
        }
    }

    static void WriteText(string file, IReadOnlyList<Finding> findings, TextWriter output, TextWriter error)
    {
        foreach (var f in findings)
        {
            var kind = f.Severity == FindingSeverity.Error ? "错误" : "提示";
            var clause = f.Clause.Length > 0 ? $"（{f.Clause}）" : "";
            error.WriteLine($"{file}: {f.Place}: {kind} {f.Code} {f.Message}{clause}");
        }
        var errors = findings.Count(f => f.Severity == FindingSeverity.Error);
        if (errors > 0) error.WriteLine($"{file}: {errors} 处不符合 GB/T 9704-2012");
        else output.WriteLine($"{file}: 未发现不符合 GB/T 9704-2012 之处");
    }

    static void WriteJson(List<(string File, IReadOnlyList<Finding> Findings)> reports, TextWriter output)
    {
        var options = new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        var rows = reports.SelectMany(r => r.Findings.Select(f => new Dictionary<string, object?>
        {
            ["file"] = r.File,
            ["code"] = f.Code,
            ["severity"] = f.Severity == FindingSeverity.Error ? "error" : "info",
            ["clause"] = f.Clause,
            ["part"] = f.Place.Part,
            ["paragraph"] = f.Place.Paragraph,
            ["table"] = f.Place.Table,
            ["row"] = f.Place.Row,
            ["cell"] = f.Place.Cell,
            ["near"] = f.Place.Near,
            ["location"] = f.Place.ToString(),
            ["message"] = f.Message,
        }));
        output.WriteLine(JsonSerializer.Serialize(rows, options));
    }
}
