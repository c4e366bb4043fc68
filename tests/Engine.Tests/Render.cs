using System.IO.Compression;
using System.Text;
using System.Text.Json;
using System.Xml.Linq;
using OfficeTools.Testing;

namespace OfficeTools.Engine.Tests;

/// <summary>Small helpers: compile + render from snippets, read a part of the output.</summary>
internal static class Render
{
    public static readonly XNamespace W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    public static readonly XNamespace W14 = "http://schemas.microsoft.com/office/word/2010/wordml";

    /// <summary>Compiles <paramref name="docx"/> (no errors expected), renders <paramref name="json"/>, validates the output.</summary>
    public static byte[] Ok(byte[] docx, string json, TemplateOptions? options = null)
    {
        var t = DocxTemplate.Compile(new MemoryStream(docx), "t.docx", options);
        Assert.False(t.HasErrors, string.Join("\n", t.Diagnostics));
        using var data = JsonDocument.Parse(json);
        var r = t.Render(data.RootElement, TestContext.Current.CancellationToken);
        Assert.True(r.Success, string.Join("\n", r.Diagnostics));
        DocxValidation.AssertValid(r.Document!);
        return r.Document!;
    }

    /// <summary>One entry of a package as XML.</summary>
    public static XDocument Part(byte[] docx, string entry)
    {
        using var zip = new ZipArchive(new MemoryStream(docx), ZipArchiveMode.Read);
        using var s = zip.GetEntry(entry)!.Open();
        return XDocument.Load(s);
    }

    /// <summary>One entry of a package as text.</summary>
    public static string Text(byte[] docx, string entry)
    {
        using var zip = new ZipArchive(new MemoryStream(docx), ZipArchiveMode.Read);
        using var s = zip.GetEntry(entry)!.Open();
        using var r = new StreamReader(s, Encoding.UTF8);
        return r.ReadToEnd();
    }
}
