using OfficeTools.TemplateBuilder.Documents;
using OfficeTools.TemplateBuilder.Parts;

// Builds the GB/T 9704 templates into the folder given as the only argument (the repository's Templates/).
if (args.Length != 1)
{
    Console.Error.WriteLine("usage: dotnet run --project Templates/Builder -- <output folder>");
    return 2;
}

var outDir = Path.GetFullPath(args[0]);
Directory.CreateDirectory(outDir);
var templates = new List<(string File, string Body)>
{
    ("notice.docx", NoticeTemplate.Xml()),
    ("briefing.docx", BriefingTemplate.Xml()),
};
templates.AddRange(FormVariant.All.Select(v => (v.FileName, FormTemplate.Xml(v))));

foreach (var (file, body) in templates)
{
    try
    {
        var bytes = DocxPackage.Build(body);
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
