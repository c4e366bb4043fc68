using System.CommandLine;
using OfficeTools.Collect.Commands;

namespace OfficeTools.Cli.Commands;

/// <summary>`officetools publish DIR`: puts a batch's forms into each unit's folder of the store (idempotent).</summary>
public static class PublishCommand
{
    /// <summary>Builds the publish command.</summary>
    public static Command Create()
    {
        var dir = new Argument<string>("DIR") { Description = "the output folder of `officetools batch` (forms/ and index.json)" };
        var command = new Command("publish", "Put a batch's forms into each unit's folder of the store; re-publishing the same forms sends nothing")
        {
            dir,
        };
        var selection = StoreSelection.AddTo(command, withLocalRoot: true);
        var under = UnderOption.AddTo(command);
        command.SetAction(async (parse, ct) =>
        {
            var config = parse.InvocationConfiguration;
            if (selection.ReadOrReport(parse, config.Error) is not var (store, to, settings, overrides)) return ExitCodes.Usage;
            var request = new PublishRequest(parse.GetValue(dir)!)
            {
                Store = store, To = to, Settings = settings, Overrides = overrides, Under = parse.GetValue(under),
            };
            return await PublishRun.RunAsync(request, config.Output, config.Error, ct).ConfigureAwait(false);
        });
        return command;
    }
}
