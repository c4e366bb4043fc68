using System.CommandLine;
using OfficeTools.Collect.Commands;

namespace OfficeTools.Cli.Commands;

/// <summary>`officetools setup`: prepares the store once (SharePoint library, list, columns and index).</summary>
public static class SetupCommand
{
    /// <summary>Builds the setup command.</summary>
    public static Command Create()
    {
        var command = new Command("setup", "Prepare the store once: on SharePoint the library, the submissions list, their columns and the Unit index; says what it made");
        var selection = StoreSelection.AddTo(command, withLocalRoot: true);
        command.SetAction(async (parse, ct) =>
        {
            var config = parse.InvocationConfiguration;
            if (selection.ReadOrReport(parse, config.Error) is not { } store) return ExitCodes.Usage;
            var request = new SetupRequest { Store = store };
            return await SetupRun.RunAsync(request, config.Output, config.Error, ct).ConfigureAwait(false);
        });
        return command;
    }
}
