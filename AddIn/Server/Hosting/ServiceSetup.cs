using OfficeTools.AddIn.Server.Services;
using OfficeTools.Collect.Configuration;

namespace OfficeTools.AddIn.Server.Hosting;

/// <summary>Wires the ledger, the templates and the store.</summary>
public static class ServiceSetup
{
    /// <summary>Adds the singletons every feature shares; the store is configured by the <c>Store</c> section.</summary>
    public static WebApplicationBuilder AddAddInServices(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<StoreOptions>().BindConfiguration("Store");
        builder.Services.AddSingleton<LedgerSource>();
        builder.Services.AddSingleton<TemplateLibrary>();
        builder.Services.AddSingleton<RenderCache>();
        builder.Services.AddSingleton<StoreFactory>();
        builder.Services.AddSingleton<StoreAccess>();
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddExceptionHandler<KnownFailureHandler>();
        return builder;
    }
}
