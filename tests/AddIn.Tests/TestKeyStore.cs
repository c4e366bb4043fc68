using System.Runtime.CompilerServices;

namespace OfficeTools.AddIn.Tests;

/// <summary>Campaign keys made by this test run go to a temp folder of its own, never to the user's key store.</summary>
static class TestKeyStore
{
    /// <summary>The folder, set in OFFICETOOLS_KEYS before any test runs (child processes inherit it).</summary>
    public static string Folder { get; } = Path.Combine(Path.GetTempPath(), "officetools-test-keys-" + Environment.ProcessId);

    [ModuleInitializer]
    internal static void Init() => Environment.SetEnvironmentVariable("OFFICETOOLS_KEYS", Folder);
}
