using OfficeTools.AddIn.Server.Auth;
using OfficeTools.AddIn.Server.Features;
using OfficeTools.AddIn.Server.Hosting;
using OfficeTools.AddIn.Server.Manifest;
using OfficeTools.AddIn.Server.Security;

if (args.Length > 0 && args[0] == "stamp-manifest")
    return ManifestStamper.Run(args, Console.Out, Console.Error);

var builder = WebApplication.CreateBuilder(args);
var refusal = LoopbackGuard.Refusal(LoopbackGuard.ConfiguredUrls(builder.Configuration),
    builder.Configuration.GetSection(AuthOptions.Section).Get<AuthOptions>()?.Enabled ?? false);
if (refusal != null)
{
    Console.Error.WriteLine(refusal);
    return 1;
}

if (CloudSettings.Problems(builder.Configuration) is { Count: > 0 } cloudProblems)
{
    Console.Error.WriteLine(CloudSettings.Refusal(cloudProblems));
    return 1;
}

builder.AddAddInHosting();
builder.AddAddInAuth();
builder.AddAddInServices();

var app = builder.Build();
app.UseExceptionHandler();
app.UseBrokenRequestCheck();
app.UseStatusCodePages();
app.UseSecurityHeaders();
app.UseLocalModeHostCheck();
app.UseCrossSiteWriteCheck();
app.UseTaskPaneFiles();
app.UseCors();
app.UseAuthentication();
app.UseAuthorization();
app.UseLoopbackCheckOnStart();

app.MapGroup("/api").MapSessionApi();
var api = app.MapGroup("/api").RequireAuthorization(AuthSetup.Policy);
api.MapTemplatesApi();
api.MapUnitsApi();
api.MapRenderApi();
api.MapSubmitApi();
api.MapStatusApi();
api.MapBriefingApi();
api.MapCampaignApi();

app.Run();
return 0;

/// <summary>Entry type, visible to the tests' WebApplicationFactory.</summary>
public partial class Program;
