using OfficeTools.Collect.Configuration;

namespace OfficeTools.Collect.Commands;

/// <summary>
/// The store a command was pointed at, as every command's request carries it: <see cref="Kind"/> (--store: local or
/// sharepoint), <see cref="LocalRoot"/> (--to: a local store's folder), <see cref="Settings"/> (--settings) and the --set
/// pairs. Nothing chosen (<see cref="None"/>) means no store, for the commands that can do without one.
/// </summary>
public sealed record StoreChoice(string? Kind, string? LocalRoot, string? Settings, IReadOnlyDictionary<string, string?> Overrides)
{
    /// <summary>No --store, --to, --settings or --set.</summary>
    public static StoreChoice None { get; } = new(null, null, null, new Dictionary<string, string?>());

    /// <summary>The local store at <paramref name="root"/>.</summary>
    public static StoreChoice Local(string root) => None with { LocalRoot = root };

    /// <summary>True when a store was named (--store or --to).</summary>
    public bool Named => Kind is not null || LocalRoot is not null;

    /// <summary>The store's options from the settings, the environment and the command line.</summary>
    public StoreOptions Options() => StoreRun.Options(Settings, Kind, Overrides, LocalRoot);
}
