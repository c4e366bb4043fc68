using System.CommandLine;
using OfficeTools.Engine;

namespace OfficeTools.Cli.Commands;

/// <summary>`officetools lint TEMPLATE`: every template error at once, each with its location.</summary>
public static class LintCommand
{
    /// <summary>Builds the lint command.</summary>
    public static Command Create()
    {
        var template = new Argument<string>("TEMPLATE") { Description = "the Word template (.docx or .dotx)" };
        var command = new Command("lint", "Check a template: every error at once, each with its location") { template };
        var limits = new LimitOptions().AddTo(command);
        command.SetAction(parse =>
        {
            var path = parse.GetValue(template)!;
            var config = parse.InvocationConfiguration;
            if (TemplateInput.Open(path, TemplateOptions.Default with { Limits = limits.Read(parse) }, config.Error) is not { } compiled) return ExitCodes.InputErrors;
            var errors = compiled.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);
            var warnings = compiled.Diagnostics.Count - errors;
            if (errors > 0)
            {
                config.Error.WriteLine($"{path}: {errors} error(s), {warnings} warning(s)");
                return ExitCodes.InputErrors;
            }
            config.Output.WriteLine(warnings == 0 ? $"{path}: no problems" : $"{path}: no problems ({warnings} warning(s))");
            return ExitCodes.Ok;
        });
        return command;
    }
}
