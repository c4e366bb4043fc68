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
        var store = new Option<string?>("--store") { Description = "local or sharepoint (settings from appsettings.json / OFFICETOOLS__Store__* / --set)" };
        var to = new Option<string?>("--to") { Description = "the local store's root folder (default: Store:LocalRoot, ./store)" };
        var settings = new Option<string?>("--settings") { Description = "the settings file (default appsettings.json)" };
        var set = new Option<string[]>("--set") { Description = "a store setting KEY=VALUE (repeatable)" };
        var command = new Command("publish", "Put a batch's forms into each unit's folder of the store; re-publishing the same forms sends nothing")
        {
            dir, store, to, settings, set,
        };
        command.SetAction(async (parse, ct) =>
        {
            var config = parse.InvocationConfiguration;
            var errors = new List<string>();
            var overrides = StoreRun.ParseOverrides(parse.GetValue(set) ?? [], errors);
            if (errors.Count > 0)
            {
                foreach (var e in errors) config.Error.WriteLine(e);
                return ExitCodes.Usage;
            }
            var request = new PublishRequest(parse.GetValue(dir)!)
            {
                Store = parse.GetValue(store), To = parse.GetValue(to), Settings = parse.GetValue(settings), Overrides = overrides,
            };
            return await PublishRun.RunAsync(request, config.Output, config.Error, ct).ConfigureAwait(false);
        });
        return command;
    }
}
