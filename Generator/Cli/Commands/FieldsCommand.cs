using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using OfficeTools.Engine;

namespace OfficeTools.Cli.Commands;

/// <summary>`officetools fields TEMPLATE [--json]`: the variables, loops, conditions and content controls, with where they are.</summary>
public static class FieldsCommand
{
    /// <summary>Builds the fields command.</summary>
    public static Command Create()
    {
        var template = new Argument<string>("TEMPLATE") { Description = "the Word template (.docx or .dotx)" };
        var json = new Option<bool>("--json") { Description = "machine-readable JSON instead of a table" };
        var command = new Command("fields", "List the variables, loops, conditions and content controls a template uses") { template, json };
        var limits = new LimitOptions().AddTo(command);
        command.SetAction(parse =>
        {
            var path = parse.GetValue(template)!;
            var config = parse.InvocationConfiguration;
            if (TemplateInput.Open(path, TemplateOptions.Default with { Limits = limits.Read(parse) }, config.Error) is not { } compiled) return ExitCodes.InputErrors;
            if (parse.GetValue(json)) WriteJson(compiled.Fields, config.Output);
            else WriteTable(compiled.Fields, config.Output);
            return compiled.HasErrors ? ExitCodes.InputErrors : ExitCodes.Ok;
        });
        return command;
    }

    static void WriteJson(IReadOnlyList<TemplateField> fields, TextWriter output)
    {
        var options = new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        var rows = fields.Select(f => new Dictionary<string, string>
        {
            ["kind"] = KindName(f.Kind), ["name"] = f.Name, ["part"] = f.Part, ["location"] = f.Location, ["snippet"] = f.Snippet,
        });
        output.WriteLine(JsonSerializer.Serialize(rows, options));
    }

    static void WriteTable(IReadOnlyList<TemplateField> fields, TextWriter output)
    {
        string[] header = ["KIND", "NAME", "PART", "LOCATION", "SNIPPET"];
        var rows = fields.Select(f => new[] { KindName(f.Kind), f.Name, f.Part, f.Location, f.Snippet }).ToList();
        TextTable.Write(output, header, rows, TextTable.IsTerminal(output));
        output.WriteLine($"{fields.Count} field(s)");
    }

    static string KindName(FieldKind kind) => kind switch
    {
        FieldKind.Variable => "variable",
        FieldKind.Loop => "loop",
        FieldKind.Condition => "condition",
        _ => "content-control",
    };
}
