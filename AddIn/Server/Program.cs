var builder = WebApplication.CreateBuilder(args);
var app = builder.Build();
app.Run();

/// <summary>Entry type, visible to the tests' WebApplicationFactory.</summary>
public partial class Program;
