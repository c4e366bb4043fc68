using System.CommandLine;
using OfficeTools.Packages;

namespace OfficeTools.Cli.Commands;

/// <summary>
/// The caps on every archive a command opens (templates, .xlsx data), as options: --max-part-mb, --max-total-mb
/// and --max-parts. The refusal message of a crossed cap names the option that raises it.
/// </summary>
sealed class LimitOptions
{
    const long Mb = 1024 * 1024;

    readonly Option<int?> _partMb = Megabytes("--max-part-mb", "most megabytes one part of a package may inflate to", PackageLimits.Default.MaxPartBytes / Mb);
    readonly Option<int?> _totalMb = Megabytes("--max-total-mb", "most megabytes all parts of a package may inflate to", PackageLimits.Default.MaxTotalBytes / Mb);
    readonly Option<int?> _parts = Megabytes("--max-parts", "most entries a package may hold", PackageLimits.Default.MaxEntries);

    /// <summary>Adds the three options to <paramref name="command"/>.</summary>
    public LimitOptions AddTo(Command command)
    {
        command.Options.Add(_partMb);
        command.Options.Add(_totalMb);
        command.Options.Add(_parts);
        return this;
    }

    /// <summary>The limits asked for, the defaults where an option was not given.</summary>
    public PackageLimits Read(ParseResult parse)
    {
        var d = PackageLimits.Default;
        return d with
        {
            MaxPartBytes = parse.GetValue(_partMb) is { } part ? part * Mb : d.MaxPartBytes,
            MaxTotalBytes = parse.GetValue(_totalMb) is { } total ? total * Mb : d.MaxTotalBytes,
            MaxEntries = parse.GetValue(_parts) ?? d.MaxEntries,
        };
    }

    static Option<int?> Megabytes(string name, string description, long fallback)
    {
        var option = new Option<int?>(name) { Description = $"{description} (default {fallback})" };
        option.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int?>() is < 1) r.AddError($"{name} must be 1 or more");
        });
        return option;
    }
}
