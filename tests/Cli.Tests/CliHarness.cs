using System.IO.Compression;
using OfficeTools.Testing;

namespace OfficeTools.Cli.Tests;

/// <summary>Runs the real command line in-process and makes the input files the cases need.</summary>
public static class CliHarness
{
    /// <summary>The exit code and both streams of one run.</summary>
    public sealed record Run(int Code, string Out, string Err);

    /// <summary>Runs officetools with <paramref name="args"/> through the same entry the program uses.</summary>
    public static Run Exec(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = Program.Run(args, output, error);
        return new Run(code, output.ToString(), error.ToString());
    }

    /// <summary>A fresh empty folder under the system temp folder.</summary>
    public static string TempDir()
    {
        var dir = Path.Combine(Path.GetTempPath(), "ot-cli-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        return dir;
    }

    /// <summary>A template with one paragraph per tag in <paramref name="paragraphs"/>.</summary>
    public static byte[] Template(params string[] paragraphs) =>
        DocxFactory.Create(string.Concat(paragraphs.Select(p => DocxFactory.P(p))));

    /// <summary>The simple notice template used by most cases: {{ unit }} and {{ no }}.</summary>
    public static byte[] NoticeTemplate() => Template("督办通知单", "承办单位：{{ unit }}", "编号：{{ no }}");

    /// <summary>A zip archive that is not a Word document.</summary>
    public static byte[] PlainZip()
    {
        using var ms = new MemoryStream();
        using (var zip = new ZipArchive(ms, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var w = new StreamWriter(zip.CreateEntry("readme.txt").Open());
            w.Write("just a zip");
        }
        return ms.ToArray();
    }

    /// <summary>The start of a legacy binary (OLE compound) file, as a .doc or .xls begins.</summary>
    public static byte[] OleHeader()
    {
        var bytes = new byte[1024];
        byte[] signature = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
        signature.CopyTo(bytes, 0);
        return bytes;
    }
}
