using OfficeTools.Collect.Stores;

namespace OfficeTools.Collect.Commands;

/// <summary>What `officetools setup` was asked to do: the store to prepare.</summary>
public sealed record SetupRequest
{
    /// <summary>The store: --store, --to, --settings, --set.</summary>
    public StoreChoice Store { get; init; } = StoreChoice.None;
}

/// <summary>
/// Prepares a store once, with an account that may: on SharePoint the library, the submissions list, their columns
/// and the Unit index (<see cref="SharePointSchema"/>); after that an account that may only write is enough.
/// </summary>
public static class SetupRun
{
    /// <summary>Exit codes: 0 ready, 1 configuration or store errors.</summary>
    public static async Task<int> RunAsync(SetupRequest request, TextWriter output, TextWriter error, CancellationToken cancellationToken = default)
    {
        var options = request.Store.Options();
        if (StoreRun.Problems(options) is { Count: > 0 } problems)
        {
            foreach (var p in problems) error.WriteLine($"configuration: {p}");
            return 1;
        }
        if (!options.IsSharePoint)
        {
            await using var local = new LocalFormStore(options.LocalRoot);
            await local.ListSubmissionsAsync(cancellationToken).ConfigureAwait(false);
            output.WriteLine($"{local.Description}: ready (a local store needs no setup; its folder and database are made on first use)");
            return 0;
        }
        await using var store = SharePointFormStore.Create(options);
        try
        {
            var done = await store.SetUpAsync(cancellationToken).ConfigureAwait(false);
            foreach (var line in done) output.WriteLine(line);
            output.WriteLine($"{store.Description}: ready" + (done.Count == 0 ? " (nothing to do: everything was in place)" : ""));
            return 0;
        }
        catch (StoreException e)
        {
            error.WriteLine($"{store.Description}: error: {e.Message}");
            return 1;
        }
    }
}
