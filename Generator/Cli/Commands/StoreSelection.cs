using System.CommandLine;
using OfficeTools.Collect.Commands;

namespace OfficeTools.Cli.Commands;

/// <summary>The options that choose a store, shared by publish, setup and collect: --store, --settings, --set, and --to where a command writes a local store.</summary>
sealed class StoreSelection
{
    readonly Option<string?> _store = new("--store") { Description = "local or sharepoint (settings from appsettings.json / OFFICETOOLS__Store__* / --set)" };
    readonly Option<string?> _settings = new("--settings") { Description = "the settings file (default appsettings.json)" };
    readonly Option<string[]> _set = new("--set") { Description = "a store setting KEY=VALUE (repeatable), e.g. --set SiteHost=contoso.sharepoint.com", AllowMultipleArgumentsPerToken = false };
    readonly Option<string?>? _to;

    StoreSelection(bool withLocalRoot) =>
        _to = withLocalRoot ? new Option<string?>("--to") { Description = "the local store's root folder (default: Store:LocalRoot, ./store)" } : null;

    /// <summary>Adds the options to <paramref name="command"/>; <paramref name="withLocalRoot"/> adds --to.</summary>
    public static StoreSelection AddTo(Command command, bool withLocalRoot)
    {
        var s = new StoreSelection(withLocalRoot);
        command.Options.Add(s._store);
        if (s._to is not null) command.Options.Add(s._to);
        command.Options.Add(s._settings);
        command.Options.Add(s._set);
        return s;
    }

    /// <summary>What was chosen; malformed --set pairs go to <paramref name="errors"/>.</summary>
    public StoreChoice Read(ParseResult parse, List<string> errors) =>
        new(parse.GetValue(_store), _to is null ? null : parse.GetValue(_to), parse.GetValue(_settings), StoreRun.ParseOverrides(parse.GetValue(_set) ?? [], errors));

    /// <summary>What was chosen, or null after writing every malformed --set pair to <paramref name="error"/> (a usage error).</summary>
    public StoreChoice? ReadOrReport(ParseResult parse, TextWriter error)
    {
        var errors = new List<string>();
        var chosen = Read(parse, errors);
        foreach (var e in errors) error.WriteLine(e);
        return errors.Count > 0 ? null : chosen;
    }
}
