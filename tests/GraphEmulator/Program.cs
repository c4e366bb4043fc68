using System.Globalization;
using OfficeTools.GraphEmulator;

// `dotnet run --project tests/GraphEmulator [-- PORT]`: serves the emulator on 127.0.0.1 until Ctrl+C.
var port = args.Length > 0 && int.TryParse(args[0], CultureInfo.InvariantCulture, out var p) ? p : 0;
using var server = new EmulatorServer(port).Start();
Console.WriteLine($"Graph emulator: {server.BaseUrl} (site {server.State.Host}:{server.State.SitePath}, libraries {string.Join(", ", server.State.Drives.Values.Select(d => d.Name))}, lists {string.Join(", ", server.State.Lists.Values.Select(l => l.Name))})");
Console.WriteLine($"Token of the test app (Sites.Selected, fullcontrol on the site): {EmulatorTokens.App(expires: DateTimeOffset.UtcNow.AddDays(1))}");
Console.WriteLine($"Control API: {server.RootUrl}/_emulator/faults, {server.RootUrl}/_emulator/counters");
server.WaitForShutdown();
