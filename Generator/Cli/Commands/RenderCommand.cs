using System.CommandLine;
using OfficeTools.Cli.Rendering;

namespace OfficeTools.Cli.Commands;

/// <summary>`officetools render TEMPLATE DATA -o OUT`: one document per record.</summary>
public static class RenderCommand
{
    /// <summary>Builds the render command.</summary>
    public static Command Create()
    {
        var template = new Argument<string>("TEMPLATE") { Description = "the Word template (.docx or .dotx)" };
        var data = new Argument<string>("DATA") { Description = "the data: .json (an object or a list), .csv or .xlsx (first sheet, row 1 = field names)" };
        var output = new Option<string>("--output", "-o")
        {
            Description = "the output .docx for one record; the output folder for a list of records",
        };
        var merge = new Option<string?>("--merge") { Description = "every record's document into this one print file (.docx), each from a new odd page, instead of -o" };
        var name = new Option<string?>("--name") { Description = "file name per record, a Scriban template such as 'notice-{{ no }}.docx'" };
        var lenient = new Option<bool>("--lenient") { Description = "render unknown variables as empty instead of failing" };
        var restart = new Option<bool>("--restart-numbering") { Description = "restart numbered lists in each repetition of a block" };
        var jobs = new Option<int>("--jobs", "-j") { Description = "records rendered in parallel (default: the number of processors)" };
        jobs.Validators.Add(r =>
        {
            if (r.Tokens.Count > 0 && int.TryParse(r.Tokens[^1].Value, out var n) && n < 1) r.AddError("--jobs must be 1 or more");
        });
        var command = new Command("render", "Render a template with data: one document, or one per record into a folder")
        {
            template, data, output, name, lenient, restart, jobs, merge,
        };
        command.Validators.Add(r =>
        {
            var (o, m) = (r.GetValue(output), r.GetValue(merge));
            if (o == null && m == null) r.AddError("give the output: -o OUT (a document or a folder) or --merge OUT.docx (one print file)");
            else if (o != null && m != null) r.AddError("give -o OUT or --merge OUT.docx, not both");
        });
        var limits = new LimitOptions().AddTo(command);
        command.SetAction(parse =>
        {
            var request = new RenderRequest(parse.GetValue(template)!, parse.GetValue(data)!, parse.GetValue(output) ?? "",
                parse.GetValue(name), parse.GetValue(lenient), parse.GetValue(restart), parse.GetValue(jobs)) { Limits = limits.Read(parse), Merge = parse.GetValue(merge) };
            var config = parse.InvocationConfiguration;
            var showProgress = ReferenceEquals(config.Error, Console.Error) && !Console.IsErrorRedirected;
            return new RenderJob(request, config.Output, config.Error, showProgress).Run();
        });
        return command;
    }
}
