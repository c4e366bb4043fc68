using System.Diagnostics;

namespace OfficeTools.AddIn.Tests;

/// <summary>The service as its own process (dotnet OfficeTools.AddIn.Server.dll), for the checks that stop it before it listens.</summary>
public static class ServerProcess
{
    /// <summary>Runs the service with <paramref name="args"/> and <paramref name="environment"/> until it exits (60 s at most): its exit code and standard error.</summary>
    public static async Task<(int Code, string Err)> RunAsync(IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "OfficeTools.AddIn.Server.dll");
        var psi = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        psi.ArgumentList.Add(dll);
        foreach (var a in args) psi.ArgumentList.Add(a);
        psi.Environment.Remove("ASPNETCORE_URLS");
        foreach (var (k, v) in environment) psi.Environment[k] = v;
        using var p = Process.Start(psi)!;
        var err = p.StandardError.ReadToEndAsync();
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        try { await p.WaitForExitAsync(cts.Token); }
        catch (OperationCanceledException) { p.Kill(true); throw; }
        return (p.ExitCode, await err);
    }
}
