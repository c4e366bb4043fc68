using OfficeTools.TemplateBuilder;

// Builds the GB/T 9704 templates into the folder given as the only argument (the repository's Templates/).
if (args.Length != 1)
{
    Console.Error.WriteLine("usage: dotnet run --project Templates/Builder -- <output folder>");
    return 2;
}

var outDir = Path.GetFullPath(args[0]);
Directory.CreateDirectory(outDir);
foreach (var file in Catalog.Files)
{
    try
    {
        var bytes = Catalog.Build(file);
        File.WriteAllBytes(Path.Combine(outDir, file), bytes);
        Console.WriteLine($"{file}: {bytes.Length:N0} bytes");
    }
    catch (InvalidDataException e)
    {
        Console.Error.WriteLine($"{file}: {e.Message}");
        return 1;
    }
}
return 0;
