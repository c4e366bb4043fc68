using System.CommandLine;
using OfficeTools.Collect.Commands;

namespace OfficeTools.Cli.Commands;

/// <summary>`officetools setup`: prepares the store once (SharePoint library, list, columns and index).</summary>
public static class SetupCommand
{
    /// <summary>Builds the setup command.</summary>
    public static Command Create()
    {
        var store = new Option<string?>("--store") { Description = "local or sharepoint (settings from appsettings.json / OFFICETOOLS__Store__* / --set)" };
        var to = new Option<string?>("--to") { Description = "the local store's root folder (default: Store:LocalRoot, ./store)" };
        var settings = new Option<string?>("--settings") { Description = "the settings file (default appsettings.json)" };
        var set = new Option<string[]>("--set") { Description = "a store setting KEY=VALUE (repeatable)" };
        var command = new Command("setup", "Prepare the store once: on SharePoint the library, the submissions list, their columns and the Unit index; says what it made")
        {
            store, to, settings, set,
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
            var request = new SetupRequest { Store = parse.GetValue(store), To = parse.GetValue(to), Settings = parse.GetValue(settings), Overrides = overrides };
            return await SetupRun.RunAsync(request, config.Output, config.Error, ct).ConfigureAwait(false);
        });
        return command;
    }
}
