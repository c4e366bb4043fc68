using OfficeTools.Engine;

namespace OfficeTools.Cli.Commands;

/// <summary>Opens and compiles a template file, refusing what must never render (macros, legacy .doc), and prints its diagnostics.</summary>
static class TemplateInput
{
    static readonly byte[] OleSignature = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    /// <summary>The compiled template, or null when it has errors (all already written to <paramref name="error"/>).</summary>
    public static DocxTemplate? Compile(string path, TemplateOptions options, TextWriter error, bool printWarnings = true)
    {
        var template = Open(path, options, error, printWarnings);
        return template is { HasErrors: false } ? template : null;
    }

    /// <summary>
    /// The compiled template, errors or not (its diagnostics written to <paramref name="error"/>), or null when the
    /// file is refused before compiling (the reason written).
    /// </summary>
    public static DocxTemplate? Open(string path, TemplateOptions? options, TextWriter error, bool printWarnings = true)
    {
        if (Refusal(path) is { } message)
        {
            error.WriteLine($"{path}: file: error: {message}");
            return null;
        }
        DocxTemplate template;
        using (var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read))
            template = DocxTemplate.Compile(stream, path, options);
        foreach (var d in template.Diagnostics)
            if (printWarnings || d.Severity == DiagnosticSeverity.Error) error.WriteLine(d.ToString());
        return template;
    }

    /// <summary>Why the file cannot be a template, or null when it may be compiled.</summary>
    public static string? Refusal(string path)
    {
        if (Directory.Exists(path)) return "is a folder, not a Word template";
        if (!File.Exists(path)) return "template file not found";
        var ext = Path.GetExtension(path).ToLowerInvariant();
        if (ext is ".docm" or ".dotm")
            return "macro-enabled Word files (.docm/.dotm) are refused: macros never travel into output. Save the template as .docx or .dotx in Word";
        if (ext is ".doc" or ".dot" || StartsWith(path, OleSignature))
            return "legacy binary Word document (.doc): open it in Word and save it as .docx";
        if (ext is not (".docx" or ".dotx"))
            return $"not a Word template ('{ext}'): use a .docx or .dotx file";
        if (!StartsWith(path, "PK"u8.ToArray()))
            return "not a Word document: the file is not a zip package (a .docx is a zip); is it truncated or renamed?";
        return null;
    }

    static bool StartsWith(string path, byte[] signature)
    {
        var head = new byte[signature.Length];
        using var s = File.OpenRead(path);
        return s.ReadAtLeast(head, head.Length, throwOnEndOfStream: false) == head.Length && head.AsSpan().SequenceEqual(signature);
    }
}
